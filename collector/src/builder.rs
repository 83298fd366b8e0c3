//! Folds probe events into a `formats::profile::Profile`: one entry per file in
//! first-access order, coalesced page ranges, access kinds, counts, the first
//! process, and the image's block reads.

use std::collections::HashMap;
use std::ops::Range;

use formats::profile::{rank_pages, AccessKinds, FileEntry, ImageRead, Process, Profile, Source};
use probe_common::{Event, EventKind};

use crate::target::Target;

/// A file's page reads are folded into ranked ranges once it has this many.
const COALESCE_AT: usize = 256;

struct Acc {
    entry: FileEntry,
    /// Arrival order, to break first-access time ties.
    seq: u64,
    /// Page ranges read, each with the time of its read (ranked by time).
    reads: Vec<(Range<u64>, u64)>,
}

/// Accumulates events; `finish` produces the profile.
pub struct Builder<'a> {
    target: &'a Target,
    files: Vec<Acc>,
    by_key: HashMap<(u32, u64), usize>,
    image_reads: Vec<ImageRead>,
    seq: u64,
}

fn kind_bits(kind: EventKind) -> AccessKinds {
    match kind {
        EventKind::CacheAdd => AccessKinds::CACHE_ADD,
        EventKind::Read => AccessKinds::READ,
        EventKind::MapPages | EventKind::Fault => AccessKinds::FAULT,
        EventKind::Open => AccessKinds::OPEN,
        EventKind::Exec => AccessKinds::EXEC,
        EventKind::BlockRead | EventKind::Fork => AccessKinds::empty(),
    }
}

fn comm_of(e: &Event) -> Vec<u8> {
    let n = e.comm.iter().position(|&c| c == 0).unwrap_or(e.comm.len());
    e.comm[..n].to_vec()
}

impl<'a> Builder<'a> {
    pub fn new(target: &'a Target) -> Self {
        Builder {
            target,
            files: Vec::new(),
            by_key: HashMap::new(),
            image_reads: Vec::new(),
            seq: 0,
        }
    }

    fn touch(
        &mut self,
        key: (u32, u64),
        path: &[u8],
        e: &Event,
        time_ns: u64,
        kind: EventKind,
    ) -> &mut Acc {
        self.seq += 1;
        let seq = self.seq;
        let idx = *self.by_key.entry(key).or_insert_with(|| {
            self.files.push(Acc {
                entry: FileEntry {
                    path: path.to_vec(),
                    inode: Some(key.1),
                    first_access_ns: time_ns,
                    first_process: Some(Process {
                        pid: e.tgid,
                        comm: comm_of(e),
                    }),
                    ..FileEntry::default()
                },
                seq,
                reads: Vec::new(),
            });
            self.files.len() - 1
        });
        let acc = &mut self.files[idx];
        if time_ns < acc.entry.first_access_ns {
            acc.entry.first_access_ns = time_ns;
            acc.entry.first_process = Some(Process {
                pid: e.tgid,
                comm: comm_of(e),
            });
        }
        acc.entry.kinds.insert(kind_bits(kind));
        acc.entry.count += 1;
        acc
    }

    /// A page-cache event (cache-add, read, map-pages, fault); `time_ns` is relative to the start.
    pub fn page_event(&mut self, e: &Event, kind: EventKind, time_ns: u64) {
        let key = (e.dev, e.ino);
        let Some(path) = self.target.files.get(&key) else {
            return;
        };
        let path = path.clone();
        let acc = self.touch(key, &path, e, time_ns, kind);
        let range = e.index..e.index.saturating_add(e.count.max(1));
        acc.reads.push((range, time_ns));
        if acc.reads.len() >= COALESCE_AT && acc.reads.len().is_power_of_two() {
            let (pages, ranks) = rank_pages(std::mem::take(&mut acc.reads));
            acc.reads = pages.into_iter().zip(ranks).collect();
        }
    }

    /// An open or exec of `path` (already made relative to the target).
    pub fn path_event(&mut self, e: &Event, kind: EventKind, path: &[u8], time_ns: u64) {
        let Some(&key) = self.target.by_path.get(path) else {
            return;
        };
        let path = self
            .target
            .files
            .get(&key)
            .cloned()
            .unwrap_or_else(|| path.to_vec());
        self.touch(key, &path, e, time_ns, kind);
    }

    /// A block-layer read; kept if it is on the image's device.
    pub fn block_event(&mut self, e: &Event, time_ns: u64) {
        if self.target.block.is_some_and(|b| b.dev == e.dev) {
            self.image_reads.push(ImageRead {
                time_ns,
                offset: e.index * 512,
                len: e.count,
            });
        }
    }

    pub fn finish(self, source: Source) -> Profile {
        let mut files = self.files;
        files.sort_by_key(|a| (a.entry.first_access_ns, a.seq));
        let files = files
            .into_iter()
            .map(|a| {
                let mut entry = a.entry;
                (entry.pages, entry.page_ranks) = rank_pages(a.reads);
                entry
            })
            .collect();
        let mut image_reads = self.image_reads;
        image_reads.sort_by_key(|r| r.time_ns);
        let mut profile = Profile {
            source,
            files,
            image_reads,
        };
        profile.renumber_ranks();
        profile
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target() -> Target {
        let mut t = Target::default();
        for (ino, path) in [(1u64, "/a"), (2, "/b")] {
            t.files.insert((5, ino), path.as_bytes().to_vec());
            t.by_path.insert(path.as_bytes().to_vec(), (5, ino));
        }
        t.block = Some(crate::target::BlockSource { dev: 7 });
        t
    }

    fn ev(dev: u32, ino: u64, index: u64, count: u64) -> Event {
        Event {
            dev,
            ino,
            index,
            count,
            tgid: 42,
            comm: *b"cat\0\0\0\0\0\0\0\0\0\0\0\0\0",
            ..Event::default()
        }
    }

    #[test]
    fn orders_dedupes_and_coalesces() {
        let t = target();
        let mut b = Builder::new(&t);
        b.path_event(&ev(0, 0, 0, 0), EventKind::Open, b"/b", 10);
        b.page_event(&ev(5, 2, 0, 4), EventKind::CacheAdd, 11);
        b.page_event(&ev(5, 1, 100, 10), EventKind::Read, 20);
        b.page_event(&ev(5, 1, 110, 2), EventKind::CacheAdd, 21);
        b.page_event(&ev(5, 1, 3, 1), EventKind::Fault, 22);
        b.page_event(&ev(5, 9, 0, 1), EventKind::Read, 5); // unknown inode: ignored
        b.block_event(&ev(7, 0, 8, 4096), 23);
        b.block_event(&ev(8, 0, 8, 4096), 24); // other device: ignored
        let p = b.finish(Source::default());
        let paths: Vec<&[u8]> = p.files.iter().map(|f| f.path.as_slice()).collect();
        assert_eq!(paths, vec![b"/b".as_slice(), b"/a".as_slice()]);
        assert_eq!(p.files[1].pages, vec![3..4, 100..112]);
        // 110..112 followed 100..110 directly: one range. Page 3 came last.
        assert_eq!(p.files[0].page_ranks, vec![0]);
        assert_eq!(p.files[1].page_ranks, vec![2, 1]);
        assert!(p.files[1]
            .kinds
            .contains(AccessKinds::READ.union(AccessKinds::FAULT)));
        assert_eq!(
            p.files[0].kinds,
            AccessKinds::OPEN.union(AccessKinds::CACHE_ADD)
        );
        assert_eq!(p.files[0].count, 2);
        assert_eq!(p.files[0].first_process.as_ref().unwrap().comm, b"cat");
        assert_eq!(
            p.image_reads,
            vec![ImageRead {
                time_ns: 23,
                offset: 4096,
                len: 4096
            }]
        );
    }

    /// A library faulted in twice, another file read in between: the late
    /// pages keep their late rank though they touch the early ones.
    #[test]
    fn late_range_gets_late_rank() {
        let t = target();
        let mut b = Builder::new(&t);
        b.page_event(&ev(5, 1, 0, 4), EventKind::Fault, 1);
        b.page_event(&ev(5, 2, 0, 2), EventKind::Read, 2);
        b.page_event(&ev(5, 1, 4, 2), EventKind::Fault, 3);
        // Re-reading early pages changes nothing.
        b.page_event(&ev(5, 1, 0, 6), EventKind::Read, 4);
        let p = b.finish(Source::default());
        assert_eq!(p.files[0].path, b"/a");
        assert_eq!(p.files[0].pages, vec![0..4, 4..6]);
        assert_eq!(p.files[0].page_ranks, vec![0, 2]);
        assert_eq!(p.files[1].page_ranks, vec![1]);
        let order: Vec<(usize, Range<u64>)> = p
            .ranges_in_access_order()
            .into_iter()
            .map(|r| (r.file, r.pages))
            .collect();
        assert_eq!(order, vec![(0, 0..4), (1, 0..2), (0, 4..6)]);
        // And it survives the text format.
        let back = Profile::from_text(&p.to_text()).unwrap();
        assert_eq!(back, p);
    }

    /// Many small reads: folded as they come, same result as folding at the end.
    #[test]
    fn folding_keeps_ranks() {
        let t = target();
        let mut b = Builder::new(&t);
        for i in 0..1000u64 {
            // Pages in a scrambled order, each read twice.
            let page = (i * 7919) % 500;
            b.page_event(&ev(5, 1, page, 1), EventKind::Fault, i);
        }
        let p = b.finish(Source::default());
        let f = &p.files[0];
        assert_eq!(
            f.coalesced_pages(),
            std::iter::once(0..500).collect::<Vec<_>>()
        );
        // Each page at the rank of its first read: rank order is the read order.
        let order: Vec<u64> = p
            .ranges_in_access_order()
            .into_iter()
            .flat_map(|r| r.pages)
            .collect();
        let want: Vec<u64> = (0..500u64).map(|i| (i * 7919) % 500).collect();
        assert_eq!(order, want);
    }
}
