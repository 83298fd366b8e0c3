//! Input from an EROFS image read by this crate's reader: its entries as
//! [`Node`]s and its files' content as [`FileData`].

use crate::error::Result;
use crate::reader::{Archive, Entry, Kind};
use crate::writer::tree::{FileData, Node};
use std::os::unix::ffi::OsStrExt;
use std::sync::{Arc, Mutex};

/// The entries of `archive`, in its order (node i is `archive.entries()[i]`).
pub fn nodes_from_archive(archive: &Archive) -> Result<Vec<Node>> {
    archive
        .entries()
        .iter()
        .map(|e| {
            let (mtime, mtime_nsec) = archive.mtime(e);
            Ok(Node {
                path: e.path.as_os_str().as_bytes().to_vec(),
                kind: e.kind,
                mode: e.inode.mode & 0o7777,
                uid: e.inode.uid,
                gid: e.inode.gid,
                mtime,
                mtime_nsec,
                size: if e.kind == Kind::File {
                    e.inode.size
                } else {
                    0
                },
                rdev: if matches!(e.kind, Kind::CharDevice | Kind::BlockDevice) {
                    e.inode.raw_u
                } else {
                    0
                },
                target: if e.kind == Kind::Symlink {
                    archive.read_link(e)?
                } else {
                    Vec::new()
                },
                xattrs: archive.xattrs(e)?,
                link: (e.kind != Kind::Dir && e.inode.nlink > 1).then_some(e.nid),
            })
        })
        .collect()
}

/// File content from an EROFS archive: whole files decoded once, the last
/// few kept (units of one file arrive together).
pub struct ArchiveData<'a> {
    archive: &'a Archive,
    cache: Mutex<Vec<(usize, Arc<Vec<u8>>)>>,
}

impl<'a> ArchiveData<'a> {
    pub fn new(archive: &'a Archive) -> Self {
        ArchiveData {
            archive,
            cache: Mutex::new(Vec::new()),
        }
    }

    fn file(&self, node: usize) -> Result<Arc<Vec<u8>>> {
        if let Some((_, d)) = self
            .cache
            .lock()
            .expect("cache lock")
            .iter()
            .find(|c| c.0 == node)
        {
            return Ok(d.clone());
        }
        let entry: &Entry = &self.archive.entries()[node];
        let data = Arc::new(self.archive.read_file(entry)?);
        let mut cache = self.cache.lock().expect("cache lock");
        if cache.len() >= 8 {
            cache.remove(0);
        }
        cache.push((node, data.clone()));
        Ok(data)
    }
}

impl FileData for ArchiveData<'_> {
    fn read(&self, node: usize, offset: u64, len: usize) -> Result<Vec<u8>> {
        let d = self.file(node)?;
        let start = (offset as usize).min(d.len());
        Ok(d[start..(start + len).min(d.len())].to_vec())
    }
}
