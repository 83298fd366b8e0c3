//! Differential check on mutated images: our reader, backhand (=0.25.5) and `unsquashfs`
//! read the same image with a few bytes changed. Whenever ours accepts an image (opens it
//! and reads every file), the others must give the same paths, kinds, sizes, file bytes
//! and link targets; otherwise ours must be the one that rejects.

use crate::common::*;
use squashfs::Archive;
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::Command;

/// What all three readers must agree on: path → (kind, size, sha256, link target).
type Listing = BTreeMap<Vec<u8>, (char, u64, String, Vec<u8>)>;

fn listing(manifest: BTreeMap<Vec<u8>, Item>) -> Listing {
    manifest
        .into_iter()
        .map(|(path, i)| (path, (i.kind, i.size, i.sha, i.target)))
        .collect()
}

fn ours(image: &[u8]) -> Option<Listing> {
    let a = Archive::from_bytes(image).ok()?;
    for e in a.entries().iter().filter(|e| e.file().is_some()) {
        a.read_file(e).ok()?;
    }
    Some(listing(image_manifest(&a)))
}

fn backhand(image: &[u8]) -> Result<Listing, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let fs = backhand::FilesystemReader::from_reader(std::io::Cursor::new(image.to_vec()))
            .map_err(|e| format!("backhand: {e}"))?;
        Ok(listing(backhand_manifest(&fs)))
    }))
    .unwrap_or_else(|_| Err("backhand panicked".into()))
}

fn unsquashfs(image: &Path, out: &Path) -> Result<Listing, String> {
    let _ = std::fs::remove_dir_all(out);
    let result = Command::new("unsquashfs")
        .args(["-no-progress", "-quiet", "-no-xattrs", "-d"])
        .arg(out)
        .arg(image)
        .output()
        .unwrap();
    if !result.status.success() {
        return Err(format!(
            "unsquashfs: {}",
            String::from_utf8_lossy(&result.stderr).trim()
        ));
    }
    Ok(listing(tree_manifest(out)))
}

#[test]
fn mutated_images_agree_or_ours_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("etc/sub")).unwrap();
    std::fs::write(tree.join("etc/hostname"), b"live\n").unwrap();
    std::fs::write(tree.join("etc/sub/text"), text_bytes(1, 20_000)).unwrap();
    std::fs::write(tree.join("blocks"), rand_bytes(2, 9_000)).unwrap();
    std::os::unix::fs::symlink("etc/hostname", tree.join("link")).unwrap();
    let original = dir.path().join("original.sq");
    mksquashfs(
        &tree,
        &original,
        &["-comp", "gzip", "-b", "4096", "-no-xattrs"],
    );
    let bytes = std::fs::read(&original).unwrap();
    let used = u64::from_le_bytes(bytes[40..48].try_into().unwrap()) as usize;
    let base = ours(&bytes).expect("ours reads the original");
    assert_eq!(backhand(&bytes).unwrap(), base);
    assert_eq!(
        unsquashfs(&original, &dir.path().join("out")).unwrap(),
        base
    );
    assert_eq!(base.len(), 7);

    let mut rng = rand_bytes(99, 1 << 16);
    let mut next = || {
        let v = u32::from_le_bytes(rng[..4].try_into().unwrap()) as usize;
        rng.rotate_left(4);
        v
    };
    let (mut accepted, mut rejected) = (0, 0);
    let mut disagreements = Vec::new();
    let image = dir.path().join("mutated.sq");
    let out = dir.path().join("out");
    for round in 0..600 {
        let mut bad = bytes.clone();
        for _ in 0..1 + round % 3 {
            let at = 96 + next() % (used - 96);
            bad[at] ^= 1 << (next() % 8);
        }
        let Some(mine) = ours(&bad) else {
            rejected += 1;
            continue;
        };
        accepted += 1;
        std::fs::write(&image, &bad).unwrap();
        for (reader, theirs) in [
            ("backhand", backhand(&bad)),
            ("unsquashfs", unsquashfs(&image, &out)),
        ] {
            match theirs {
                Ok(theirs) if theirs == mine => {}
                Ok(theirs) => {
                    let differ: Vec<_> = mine
                        .keys()
                        .chain(theirs.keys())
                        .filter(|p| mine.get(*p) != theirs.get(*p))
                        .map(|p| String::from_utf8_lossy(p).into_owned())
                        .collect();
                    disagreements.push(format!("round {round}: {reader} differs on {differ:?}"));
                }
                Err(e) => disagreements.push(format!("round {round}: ours accepts, {e}")),
            }
        }
    }
    eprintln!("{accepted} mutated images accepted by ours, {rejected} rejected");
    assert!(
        rejected > 0 && accepted > 0,
        "{accepted} accepted, {rejected} rejected"
    );
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}
