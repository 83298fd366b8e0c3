//! Merging several boots into one profile: the union of files, ordered by
//! median first-access rank, so one slow or odd boot cannot reorder the rest.

use std::collections::HashMap;

use anyhow::{bail, Result};

use super::model::*;
use super::ranks::rank_pages;
use crate::ImageIdentity;

/// Merges profiles (docs/profile-format.md, "Merging").
///
/// - Files: the union by path. A file's rank in a boot is its index in that
///   boot's file list; the merged order is by median rank over the boots that
///   have the file (boots without it do not count), ties by first appearance
///   (scanning the inputs in order, each in file order).
/// - Per file: pages and kinds unioned, each page at the earliest of its
///   ranks in the boots (each boot's ranges numbered in its access order), counts summed, `t` is the median of the
///   first-access times (lower median), inode and first process from the first
///   boot that has the file (inode dropped if boots disagree).
/// - Source: recorder "merge", boots/events/dropped summed, duration the
///   longest, kernel kept if all agree. Image identities must agree (profiles
///   without one are ignored): merging boots of different images is an error.
/// - Image reads are per-boot byte offsets and are not merged (left empty).
pub fn merge(profiles: &[Profile]) -> Result<Profile> {
    let mut image: Option<&ImageIdentity> = None;
    for (i, p) in profiles.iter().enumerate() {
        if let Some(id) = &p.source.image {
            match image {
                Some(first) if first != id => bail!(
                    "cannot merge profiles of different images: input {} is image sha256 {} but an earlier one is {}",
                    i + 1,
                    short(&id.sha256),
                    short(&first.sha256)
                ),
                _ => image = Some(id),
            }
        }
    }

    let mut kernel = profiles.first().and_then(|p| p.source.kernel.clone());
    if profiles.iter().any(|p| p.source.kernel != kernel) {
        kernel = None;
    }

    struct Acc {
        entry: FileEntry,
        /// Page ranges with their rank in their own boot.
        ranked: Vec<(std::ops::Range<u64>, u64)>,
        ranks: Vec<u64>,
        times: Vec<u64>,
        inode_conflict: bool,
    }
    let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut accs: Vec<Acc> = Vec::new();
    for p in profiles {
        let mut ranked_by_file: Vec<Vec<(std::ops::Range<u64>, u64)>> =
            vec![Vec::new(); p.files.len()];
        for r in p.ranges_in_access_order() {
            ranked_by_file[r.file].push((r.pages, r.rank));
        }
        // A path listed twice in one boot counts once, at its first rank.
        let mut seen_this_boot: HashMap<&[u8], ()> = HashMap::new();
        for ((rank, f), ranked) in p.files.iter().enumerate().zip(ranked_by_file) {
            if seen_this_boot.insert(&f.path, ()).is_some() {
                continue;
            }
            let slot = *index.entry(f.path.clone()).or_insert_with(|| {
                accs.push(Acc {
                    entry: FileEntry {
                        path: f.path.clone(),
                        inode: f.inode,
                        first_process: f.first_process.clone(),
                        ..FileEntry::default()
                    },
                    ranked: Vec::new(),
                    ranks: Vec::new(),
                    times: Vec::new(),
                    inode_conflict: false,
                });
                accs.len() - 1
            });
            let acc = &mut accs[slot];
            acc.ranks.push(rank as u64);
            acc.times.push(f.first_access_ns);
            acc.entry.kinds.insert(f.kinds);
            acc.entry.count += f.count;
            acc.ranked.extend(ranked);
            if acc.entry.inode.is_none() {
                acc.entry.inode = f.inode;
            } else if f.inode.is_some() && f.inode != acc.entry.inode {
                acc.inode_conflict = true;
            }
            if acc.entry.first_process.is_none() {
                acc.entry.first_process = f.first_process.clone();
            }
        }
    }

    // Sort key: twice the median (exact for even counts), then first appearance.
    let mut keyed: Vec<(u64, usize, FileEntry)> = accs
        .into_iter()
        .enumerate()
        .map(|(appearance, mut acc)| {
            acc.ranks.sort_unstable();
            acc.times.sort_unstable();
            let n = acc.ranks.len();
            let twice_median = acc.ranks[(n - 1) / 2] + acc.ranks[n / 2];
            acc.entry.first_access_ns = acc.times[(n - 1) / 2];
            (acc.entry.pages, acc.entry.page_ranks) = rank_pages(acc.ranked);
            if acc.inode_conflict {
                acc.entry.inode = None;
            }
            (twice_median, appearance, acc.entry)
        })
        .collect();
    keyed.sort_by_key(|(m, a, _)| (*m, *a));

    let mut merged = Profile {
        source: Source {
            recorder: "merge".into(),
            kernel,
            image: image.cloned(),
            events: profiles.iter().map(|p| p.source.events).sum(),
            dropped: profiles.iter().map(|p| p.source.dropped).sum(),
            boots: profiles.iter().map(|p| p.source.boots).sum(),
            duration_ns: profiles
                .iter()
                .map(|p| p.source.duration_ns)
                .max()
                .unwrap_or(0),
        },
        files: keyed.into_iter().map(|(_, _, f)| f).collect(),
        image_reads: Vec::new(),
    };
    merged.renumber_ranks();
    Ok(merged)
}

fn short(sha: &str) -> &str {
    &sha[..sha.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boot(paths: &[&str]) -> Profile {
        Profile {
            source: Source {
                recorder: "test".into(),
                boots: 1,
                events: 10,
                dropped: 1,
                duration_ns: 100,
                ..Source::default()
            },
            files: paths
                .iter()
                .enumerate()
                .map(|(i, p)| FileEntry {
                    path: p.as_bytes().to_vec(),
                    first_access_ns: i as u64 * 10,
                    pages: std::iter::once(i as u64..i as u64 + 1).collect(),
                    kinds: AccessKinds::OPEN,
                    count: 1,
                    ..FileEntry::default()
                })
                .collect(),
            image_reads: vec![],
        }
    }

    fn paths(p: &Profile) -> Vec<String> {
        p.files
            .iter()
            .map(|f| String::from_utf8(f.path.clone()).unwrap())
            .collect()
    }

    #[test]
    fn median_rank_orders_files() {
        // /c is first in two of three boots: median rank 0 beats /a's median 1.
        let m = merge(&[
            boot(&["/a", "/b", "/c"]),
            boot(&["/c", "/a", "/b"]),
            boot(&["/c", "/a", "/b"]),
        ])
        .unwrap();
        assert_eq!(paths(&m), ["/c", "/a", "/b"]);
        assert_eq!(m.source.boots, 3);
        assert_eq!(m.source.events, 30);
        assert_eq!(m.source.dropped, 3);
        assert_eq!(m.source.recorder, "merge");
        let c = &m.files[0];
        assert_eq!(c.count, 3);
        // Pages unioned: /c was page 2 in boot 1, page 0 in boots 2 and 3.
        assert_eq!(c.pages, vec![0..1, 2..3]);
        // Median time: 20, 0, 0 -> 0.
        assert_eq!(c.first_access_ns, 0);
    }

    #[test]
    fn missing_files_do_not_count_and_ties_keep_first_appearance() {
        // /a: ranks 0,0 -> 0. /b: ranks 1,2 -> 1.5. /x: rank 1 (boot 2 only) -> 1.
        // /y: rank 0 (boot 3 only) -> 0.
        let m = merge(&[
            boot(&["/a", "/b"]),
            boot(&["/a", "/x", "/b"]),
            boot(&["/y"]),
        ])
        .unwrap();
        // Ties at median 0: /a (first seen) before /y.
        assert_eq!(paths(&m), ["/a", "/y", "/x", "/b"]);
    }

    #[test]
    fn even_count_median_is_exact() {
        // /p: ranks 0 and 3 -> 1.5; /q: ranks 1 and 1 -> 1. /q must come first.
        let m = merge(&[boot(&["/p", "/q"]), boot(&["/r", "/q", "/s", "/p"])]).unwrap();
        assert_eq!(paths(&m), ["/r", "/q", "/p", "/s"]);
    }

    #[test]
    fn range_ranks_keep_the_earliest() {
        let mut a = boot(&["/lib", "/bin"]);
        a.files[0].pages = vec![0..4, 4..8];
        a.files[0].page_ranks = vec![0, 2];
        a.files[1].pages = std::iter::once(0..1).collect::<Vec<_>>();
        a.files[1].page_ranks = vec![1];
        // The second boot reads /lib's late pages 4..8 first, before /bin.
        let mut b = boot(&["/lib", "/bin"]);
        b.files[0].pages = std::iter::once(4..8).collect::<Vec<_>>();
        b.files[0].page_ranks = vec![0];
        b.files[1].pages = std::iter::once(0..1).collect::<Vec<_>>();
        b.files[1].page_ranks = vec![1];
        let m = merge(&[a, b]).unwrap();
        let order: Vec<(String, std::ops::Range<u64>)> = m
            .ranges_in_access_order()
            .into_iter()
            .map(|r| (paths(&m)[r.file].clone(), r.pages))
            .collect();
        // 4..8 takes its earlier rank (0, from the second boot), so it joins 0..4
        // (rank 0 in the first boot) ahead of /bin.
        assert_eq!(
            order,
            vec![("/lib".to_string(), 0..8), ("/bin".to_string(), 0..1)]
        );
        assert_eq!(m.files[0].page_ranks, vec![0]);
    }

    #[test]
    fn images_must_agree() {
        let mut a = boot(&["/a"]);
        let mut b = boot(&["/a"]);
        let id = ImageIdentity {
            sha256: "aa".repeat(32),
            ..ImageIdentity::default()
        };
        a.source.image = Some(id.clone());
        // No identity on one side: kept.
        assert_eq!(
            merge(&[a.clone(), b.clone()]).unwrap().source.image,
            Some(id.clone())
        );
        b.source.image = Some(ImageIdentity {
            sha256: "bb".repeat(32),
            ..id
        });
        let err = merge(&[a, b]).unwrap_err().to_string();
        assert!(err.contains("different images"), "{err}");
    }

    #[test]
    fn empty_input() {
        let m = merge(&[]).unwrap();
        assert!(m.files.is_empty());
        assert_eq!(m.source.boots, 0);
    }
}
