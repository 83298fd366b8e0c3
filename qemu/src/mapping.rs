//! From block reads of an image to the files they belong to, through the image's
//! [`RegionIndex`]: the host-side boot profile. Data block reads name their file (`BLOCK`); a fragment block read names
//! every file with its tail in that fragment (`FRAGMENT_INFERRED` when nothing else of the
//! file was read); metadata reads (inode/directory tables) name no file.

use std::collections::HashMap;

use formats::profile::{AccessKinds, FileEntry, ImageRead, PAGE_SIZE};
use optimizer::regions::{Region, RegionIndex, RegionKind};

/// Files touched by `reads` (image offsets, issue order), in first-access order.
pub fn files_from_reads(index: &RegionIndex, reads: &[ImageRead]) -> Vec<FileEntry> {
    struct Acc {
        entry: FileEntry,
        first_seq: usize,
        data_read: bool,
        fragment_read: bool,
        last_read: usize,
        reads: Vec<(std::ops::Range<u64>, u64)>,
    }
    let mut acc: HashMap<u32, Acc> = HashMap::new();
    let mut seq = 0usize;
    let mut coverage = Coverage::default();
    let bs = index.block_size();
    for (read_number, read) in reads.iter().enumerate() {
        for region in index.regions_in(read.offset, read.offset.saturating_add(read.len)) {
            if !coverage.add(region, read) {
                continue; // only part of the block has been served so far
            }
            let (inodes, is_fragment): (Vec<(u32, std::ops::Range<u64>)>, bool) = match region.kind
            {
                RegionKind::Data { inode, .. } => {
                    let Some((start, end)) = index.file_bytes_in(inode, region) else {
                        continue;
                    };
                    (vec![(inode, pages(start, end))], false)
                }
                RegionKind::Fragment { index: fragment } => {
                    let users = index.fragment(fragment).map_or(&[][..], |f| &f.files);
                    let touched = users
                        .iter()
                        .filter_map(|&inode| {
                            let (_, file) = index.file(inode)?;
                            if file.fragment.is_none() {
                                // EROFS: the file's own pieces of this packed pcluster.
                                let (start, end) = index.file_bytes_in(inode, region)?;
                                return Some((inode, pages(start, end)));
                            }
                            let tail_start = file.size / bs * bs;
                            Some((inode, pages(tail_start, file.size)))
                        })
                        .collect();
                    (touched, true)
                }
                _ => continue,
            };
            for (inode, page_range) in inodes {
                let path = index.path_of(inode).unwrap_or_default();
                let a = acc.entry(inode).or_insert_with(|| {
                    seq += 1;
                    Acc {
                        entry: FileEntry {
                            path: path.to_vec(),
                            inode: Some(inode as u64),
                            first_access_ns: read.time_ns,
                            ..FileEntry::default()
                        },
                        first_seq: seq,
                        data_read: false,
                        fragment_read: false,
                        last_read: usize::MAX,
                        reads: Vec::new(),
                    }
                });
                if a.last_read != read_number {
                    a.entry.count += 1;
                    a.last_read = read_number;
                }
                if !page_range.is_empty() {
                    // Reads are in issue order: a range's rank is the read that served it.
                    a.reads.push((page_range, read_number as u64));
                }
                if is_fragment {
                    a.fragment_read = true;
                } else {
                    a.data_read = true;
                }
            }
        }
    }
    let mut out: Vec<Acc> = acc.into_values().collect();
    out.sort_by_key(|a| (a.entry.first_access_ns, a.first_seq));
    out.into_iter()
        .map(|mut a| {
            a.entry.kinds = AccessKinds::BLOCK;
            if a.fragment_read && !a.data_read {
                a.entry.kinds.insert(AccessKinds::FRAGMENT_INFERRED);
            }
            (a.entry.pages, a.entry.page_ranks) = formats::profile::rank_pages(a.reads);
            a.entry
        })
        .collect()
}

/// Which bytes of each block the medium has served so far. The squashfs driver always reads
/// a whole (compressed) block, so a block counts as read once all its bytes were served;
/// a read that only grazes a block (the edge of a readahead window) does not name its file.
#[derive(Default)]
struct Coverage {
    partial: HashMap<u64, Vec<std::ops::Range<u64>>>,
    complete: std::collections::HashSet<u64>,
}

impl Coverage {
    /// Adds `read`'s part of `region`; true if the region is now (or already was) fully served.
    fn add(&mut self, region: &Region, read: &ImageRead) -> bool {
        if self.complete.contains(&region.start) {
            return true;
        }
        let start = read.offset.max(region.start);
        let end = (read.offset + read.len).min(region.start + region.len);
        let ranges = self.partial.entry(region.start).or_default();
        ranges.push(start..end);
        ranges.sort_by_key(|r| r.start);
        let mut covered = 0;
        let mut reach = region.start;
        for r in ranges.iter() {
            let from = r.start.max(reach);
            if r.end > from {
                covered += r.end - from;
                reach = r.end;
            }
        }
        if covered >= region.len {
            self.partial.remove(&region.start);
            self.complete.insert(region.start);
            true
        } else {
            false
        }
    }
}

fn pages(start: u64, end: u64) -> std::ops::Range<u64> {
    if end <= start {
        return start / PAGE_SIZE..start / PAGE_SIZE;
    }
    start / PAGE_SIZE..end.div_ceil(PAGE_SIZE)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use optimizer::regions::{FileData, IndexEntry, Table};

    /// A hand-made map: superblock, 2 data blocks of inode 5, 1 of inode 6, a fragment
    /// shared by inodes 7 and 8, then the inode table.
    fn index() -> RegionIndex {
        let regions = vec![
            Region::new(0, 96, RegionKind::Table(Table::Superblock)),
            Region::new(96, 1000, RegionKind::Data { inode: 5, block: 0 }),
            Region::new(1096, 900, RegionKind::Data { inode: 5, block: 1 }),
            Region::new(1996, 500, RegionKind::Data { inode: 6, block: 0 }),
            Region::new(2496, 300, RegionKind::Fragment { index: 0 }),
            Region::new(2796, 400, RegionKind::Inodes),
        ];
        let files = vec![
            file(5, b"/big".to_vec(), 2 * 131072, None),
            file(6, b"/mid".to_vec(), 131072 + 100, Some(0)),
            file(7, b"/small1".to_vec(), 10, Some(0)),
            file(8, b"/small2".to_vec(), 5000, Some(0)),
            file(7, b"/hardlink".to_vec(), 10, Some(0)),
        ];
        RegionIndex::new(regions, 131072, 8192, files)
    }

    fn file(inode: u32, path: Vec<u8>, size: u64, fragment: Option<u32>) -> IndexEntry {
        IndexEntry {
            inode,
            path,
            file: Some(FileData {
                size,
                fragment,
                ..FileData::default()
            }),
            ..IndexEntry::default()
        }
    }

    fn read(time_ns: u64, offset: u64, len: u64) -> ImageRead {
        ImageRead {
            time_ns,
            offset,
            len,
        }
    }

    #[test]
    fn maps_reads_to_files_in_first_access_order() {
        let idx = index();
        let reads = [
            read(10, 0, 96),      // superblock: no file
            read(20, 2796, 400),  // inode table: no file
            read(30, 1100, 100),  // part of /big block 1: not yet
            read(35, 1096, 450),  // more of it: not yet
            read(40, 2496, 300),  // fragment 0: /mid tail, /small1, /small2
            read(45, 1500, 496),  // completes /big block 1
            read(50, 96, 1000),   // /big block 0
            read(60, 1996, 4096), // /mid block 0, fragment again, inode table
        ];
        let files = files_from_reads(&idx, &reads);
        let names: Vec<&[u8]> = files.iter().map(|f| f.path.as_slice()).collect();
        assert_eq!(names, vec![&b"/mid"[..], b"/small1", b"/small2", b"/big"]);
        let big = &files[3];
        assert_eq!(
            (big.first_access_ns, big.count, big.kinds),
            (45, 2, AccessKinds::BLOCK)
        );
        // Block 1 (pages 32..64) was served by read 5, before block 0 by read 6.
        assert_eq!(big.pages, vec![0..32, 32..64]);
        assert_eq!(big.page_ranks, vec![6, 5]);
        let mid = &files[0];
        assert_eq!((mid.first_access_ns, mid.count), (40, 2));
        assert_eq!(mid.kinds, AccessKinds::BLOCK, "data blocks were read too");
        assert_eq!(mid.coalesced_pages(), vec![0..33]);
        assert_eq!(mid.pages.len(), mid.page_ranks.len());
        let small = &files[1];
        assert_eq!(
            small.kinds,
            AccessKinds::BLOCK.union(AccessKinds::FRAGMENT_INFERRED)
        );
        assert_eq!(
            (small.inode, small.pages.clone(), small.count),
            (Some(7), vec![0..1], 2)
        );
        assert_eq!(files[2].pages, vec![0..2]);
    }

    #[test]
    fn a_block_only_grazed_by_reads_names_no_file() {
        let idx = index();
        assert!(files_from_reads(&idx, &[read(1, 0, 200), read(2, 1900, 200)]).is_empty());
    }

    /// A real mksquashfs image with uncompressed data: the expected answers come from
    /// finding each file's bytes in the raw image, independently of the squashfs reader.
    #[test]
    fn maps_reads_on_a_real_image_to_the_files_whose_bytes_are_there() {
        if std::process::Command::new("mksquashfs")
            .arg("-version")
            .output()
            .is_err()
        {
            eprintln!("mksquashfs not installed; skipping");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        std::fs::create_dir(&tree).unwrap();
        let pattern = |seed: u32, len: usize| -> Vec<u8> {
            let mut x = seed.wrapping_mul(2654435761).wrapping_add(1);
            (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x as u8
                })
                .collect()
        };
        let big = pattern(1, 3 * 131072);
        let small1 = pattern(2, 1000);
        let small2 = pattern(3, 2000);
        std::fs::write(tree.join("big"), &big).unwrap();
        std::fs::write(tree.join("small1"), &small1).unwrap();
        std::fs::write(tree.join("small2"), &small2).unwrap();
        let image = dir.path().join("x.squashfs");
        let status = std::process::Command::new("mksquashfs")
            .arg(&tree)
            .arg(&image)
            .args([
                "-noappend",
                "-noI",
                "-noD",
                "-noF",
                "-noX",
                "-quiet",
                "-no-progress",
            ])
            .status()
            .unwrap();
        assert!(status.success());
        let raw = std::fs::read(&image).unwrap();
        let find =
            |needle: &[u8]| raw.windows(needle.len()).position(|w| w == needle).unwrap() as u64;
        let archive = squashfs::Archive::open(&image).unwrap();
        let index = RegionIndex::from_squashfs(&archive);

        // With -noD/-noF blocks are stored as is: block 1 of /big is 128 KiB at its bytes,
        // the fragment holds exactly the two small files.
        let big_block1 = find(&big[131072..131072 + 64]);
        let fragment_at = find(&small1[..64]).min(find(&small2[..64]));
        let reads = [
            read(1, 0, 96),
            read(2, big_block1, 131072),
            read(3, fragment_at, 3000),
        ];
        let files = files_from_reads(&index, &reads);
        let names: Vec<String> = files
            .iter()
            .map(|f| String::from_utf8_lossy(&f.path).into_owned())
            .collect();
        assert_eq!(names, vec!["/big", "/small1", "/small2"]);
        assert_eq!(
            files[0].pages,
            vec![32..64],
            "block 1 of 128 KiB = pages 32..64"
        );
        assert_eq!(files[0].kinds, AccessKinds::BLOCK);
        for f in &files[1..] {
            assert_eq!(
                f.kinds,
                AccessKinds::BLOCK.union(AccessKinds::FRAGMENT_INFERRED)
            );
            assert_eq!(f.first_access_ns, 3);
        }
        // A read of the superblock alone names no file; nor does part of a block.
        assert!(files_from_reads(&index, &[read(1, 0, 96)]).is_empty());
        assert!(files_from_reads(&index, &[read(1, big_block1 + 100, 4096)]).is_empty());
    }
}
