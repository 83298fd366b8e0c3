//! From a profile to a writer plan: which image inodes the boot touches,
//! in first-access order. Matching is by inode number when the profile was
//! recorded on this very image, else by path.

use std::collections::{HashMap, HashSet};

use anyhow::{bail, Result};
use squashfs::{Archive, Entry, Kind};

use formats::profile::{FileEntry, Profile};
use formats::ImageIdentity;

/// How profile files are matched to image entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchBy {
    /// `FileEntry.inode` (the profile was recorded on this image).
    Inode,
    /// `FileEntry.path` (a profile of another image, or an imported list).
    Path,
}

/// Profile files resolved to image entries.
pub struct Mapping<'a> {
    pub by: MatchBy,
    /// (profile entry, image entry) in profile order.
    pub files: Vec<(&'a FileEntry, &'a Entry)>,
    /// Paths of profile files the image does not have, in profile order.
    pub missing: Vec<Vec<u8>>,
}

impl Mapping<'_> {
    /// Distinct regular-file inode numbers, in first-access order: what the
    /// writer puts first.
    pub fn hot_inodes(&self) -> Vec<u32> {
        let mut seen = HashSet::new();
        self.files
            .iter()
            .filter(|(_, e)| e.kind == Kind::File)
            .map(|(_, e)| e.inode_number)
            .filter(|ino| seen.insert(*ino))
            .collect()
    }
}

/// Decides how to match `profile` against `archive`:
/// no identity → by path; same image → by inode; another image → by path
/// if `force`, else an error. Compares the cheap superblock fields first and
/// hashes the image only when they agree.
pub fn match_mode(archive: &Archive, profile: &Profile, force: bool) -> Result<MatchBy> {
    let Some(recorded) = &profile.source.image else {
        return Ok(MatchBy::Path);
    };
    let sb = archive.superblock();
    let cheap_equal = recorded.bytes_used == sb.bytes_used
        && recorded.mkfs_time == sb.mkfs_time
        && recorded.inode_count == sb.inode_count
        && recorded.block_size == sb.block_size;
    if cheap_equal {
        let actual = ImageIdentity::of_squashfs(archive)?;
        if same_image(recorded, &actual) {
            return Ok(MatchBy::Inode);
        }
    }
    if force {
        eprintln!(
            "liveopt: warning: the profile was recorded on another image ({} bytes, sha256 {}); matching files by path (--force)",
            recorded.bytes_used,
            short(&recorded.sha256)
        );
        Ok(MatchBy::Path)
    } else {
        bail!(
            "the profile was recorded on another image ({} bytes, sha256 {}), not this one ({} bytes); use --force to match files by path",
            recorded.bytes_used,
            short(&recorded.sha256),
            sb.bytes_used
        )
    }
}

fn same_image(a: &ImageIdentity, b: &ImageIdentity) -> bool {
    a.bytes_used == b.bytes_used && a.sha256.eq_ignore_ascii_case(&b.sha256)
}

fn short(hex: &str) -> &str {
    &hex[..hex.len().min(12)]
}

/// Normalizes a profile path to the image's form: leading `/`, no `//`,
/// no trailing `/` (except the root), no `.` components.
pub fn normalize_path(p: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(p.len() + 1);
    for comp in p.split(|&b| b == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        out.push(b'/');
        out.extend_from_slice(comp);
    }
    if out.is_empty() {
        out.push(b'/');
    }
    out
}

/// Resolves every profile file to an image entry.
pub fn map_profile<'a>(archive: &'a Archive, profile: &'a Profile, by: MatchBy) -> Mapping<'a> {
    let by_path = |f: &FileEntry| by == MatchBy::Path || f.inode.is_none();
    // Only the profile's paths are kept: an index of every path would take
    // more memory than the image's decoded metadata.
    let wanted: HashSet<Vec<u8>> = profile
        .files
        .iter()
        .filter(|f| by_path(f))
        .map(|f| normalize_path(&f.path))
        .collect();
    let mut paths: HashMap<Vec<u8>, &Entry> = HashMap::with_capacity(wanted.len());
    if !wanted.is_empty() {
        for (e, p) in archive.paths() {
            if wanted.contains(&p) {
                paths.insert(p, e);
            }
        }
    }
    let mut files = Vec::with_capacity(profile.files.len());
    let mut missing = Vec::new();
    for f in &profile.files {
        let found = match (by, f.inode) {
            (MatchBy::Inode, Some(ino)) => u32::try_from(ino)
                .ok()
                .and_then(|ino| archive.entry_by_inode(ino)),
            _ => paths.get(&normalize_path(&f.path)).copied(),
        };
        match found {
            Some(e) => files.push((f, e)),
            None => missing.push(f.path.clone()),
        }
    }
    Mapping { by, files, missing }
}

/// The writer plan for `profile` on `archive` (inode matching when the profile
/// carries this image's identity, else path matching). The compression fields
/// are left to the caller.
pub fn plan(archive: &Archive, profile: &Profile) -> squashfs::Plan {
    let same = profile.source.image.as_ref().is_some_and(|recorded| {
        recorded.bytes_used == archive.superblock().bytes_used
            && ImageIdentity::of_squashfs(archive).is_ok_and(|actual| same_image(recorded, &actual))
    });
    let by = if same { MatchBy::Inode } else { MatchBy::Path };
    plan_from(&map_profile(archive, profile, by))
}

/// The writer plan for an already resolved mapping.
pub fn plan_from(mapping: &Mapping<'_>) -> squashfs::Plan {
    squashfs::Plan {
        hot_inodes: mapping.hot_inodes(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_path;

    #[test]
    fn normalizes_paths() {
        assert_eq!(normalize_path(b"usr/bin/ls"), b"/usr/bin/ls");
        assert_eq!(normalize_path(b"//usr/./bin//"), b"/usr/bin");
        assert_eq!(normalize_path(b"/"), b"/");
        assert_eq!(normalize_path(b""), b"/");
    }
}
