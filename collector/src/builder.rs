//! Folds probe events into a `formats::profile::Profile`: one entry per file in
//! first-access order, coalesced page ranges, access kinds, counts, the first
//! process, and the image's block reads.

use std::collections::HashMap;

use formats::profile::{AccessKinds, FileEntry, ImageRead, Process, Profile, Source};
use probe_common::{Event, EventKind};

use crate::target::Target;

/// Page ranges are coalesced as they arrive once a file has this many.
const COALESCE_AT: usize = 256;

struct Acc {
    entry: FileEntry,
    /// Arrival order, to break first-access time ties.
    seq: u64,
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
    ) -> &mut FileEntry {
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
        &mut acc.entry
    }

    /// A page-cache event (cache-add, read, map-pages, fault); `time_ns` is relative to the start.
    pub fn page_event(&mut self, e: &Event, kind: EventKind, time_ns: u64) {
        let key = (e.dev, e.ino);
        let Some(path) = self.target.files.get(&key) else {
            return;
        };
        let path = path.clone();
        let entry = self.touch(key, &path, e, time_ns, kind);
        let range = e.index..e.index.saturating_add(e.count.max(1));
        match entry.pages.last_mut() {
            Some(last) if range.start >= last.start && range.start <= last.end => {
                last.end = last.end.max(range.end)
            }
            _ => entry.pages.push(range),
        }
        if entry.pages.len() >= COALESCE_AT && entry.pages.len().is_power_of_two() {
            entry.pages = formats::profile::normalize_pages(&entry.pages);
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
                entry.pages = formats::profile::normalize_pages(&entry.pages);
                entry
            })
            .collect();
        let mut image_reads = self.image_reads;
        image_reads.sort_by_key(|r| r.time_ns);
        Profile {
            source,
            files,
            image_reads,
        }
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
}
