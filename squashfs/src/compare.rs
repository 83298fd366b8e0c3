//! Content equality of two images, as `liveopt verify` needs it: the same
//! paths with the same types, mode, owner, mtime, symlink targets, device
//! numbers, xattrs, hard-link structure and file bytes. Layout (block order,
//! inode numbers, compression) may differ. The first difference is returned
//! as one readable line.

use crate::reader::{show, Archive, Entry};
use crate::writer::par::par_ordered;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;

/// The first difference found between two images, as one readable line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Difference(pub String);

fn diff(msg: String) -> Difference {
    Difference(msg)
}

/// Checks that `a` and `b` hold the same tree, metadata and file bytes.
pub fn compare(a: &Archive, b: &Archive) -> Result<(), Difference> {
    let eb: HashMap<Vec<u8>, &Entry> = b.paths().map(|(e, p)| (p, e)).collect();
    let ea: std::collections::HashSet<Vec<u8>> = a.paths().map(|(_, p)| p).collect();
    if let Some((_, p)) = b.paths().find(|(_, p)| !ea.contains(p)) {
        return Err(diff(format!("{}: only in the second image", show(&p))));
    }
    drop(ea);
    let mut a_to_b: HashMap<u32, u32> = HashMap::new();
    let mut b_to_a: HashMap<u32, u32> = HashMap::new();
    let mut files = Vec::new();
    for (x, path) in a.paths() {
        let p = show(&path);
        let y = eb
            .get(&path)
            .ok_or_else(|| diff(format!("{p}: only in the first image")))?;
        if x.kind != y.kind {
            return Err(diff(format!("{p}: type {:?} vs {:?}", x.kind, y.kind)));
        }
        if x.mode != y.mode {
            return Err(diff(format!("{p}: mode {:o} vs {:o}", x.mode, y.mode)));
        }
        if (x.uid, x.gid) != (y.uid, y.gid) {
            return Err(diff(format!(
                "{p}: owner {}:{} vs {}:{}",
                x.uid, x.gid, y.uid, y.gid
            )));
        }
        if x.mtime != y.mtime {
            return Err(diff(format!("{p}: mtime {} vs {}", x.mtime, y.mtime)));
        }
        if x.symlink_target() != y.symlink_target() {
            return Err(diff(format!("{p}: symlink target differs")));
        }
        if x.rdev() != y.rdev() {
            return Err(diff(format!(
                "{p}: device number {:?} vs {:?}",
                x.rdev(),
                y.rdev()
            )));
        }
        let mut xa = x.xattrs.to_vec();
        let mut ya = y.xattrs.to_vec();
        xa.sort();
        ya.sort();
        if xa != ya {
            return Err(diff(format!("{p}: xattrs differ")));
        }
        if *a_to_b.entry(x.inode_number).or_insert(y.inode_number) != y.inode_number
            || *b_to_a.entry(y.inode_number).or_insert(x.inode_number) != x.inode_number
        {
            return Err(diff(format!("{p}: hard-link structure differs")));
        }
        if x.kind != crate::Kind::Dir && x.nlink != y.nlink {
            return Err(diff(format!("{p}: link count {} vs {}", x.nlink, y.nlink)));
        }
        if let (Some(fx), Some(fy)) = (x.file(), y.file()) {
            if fx.file_size != fy.file_size {
                return Err(diff(format!(
                    "{p}: size {} vs {}",
                    fx.file_size, fy.file_size
                )));
            }
            files.push((x, *y));
        }
    }
    par_ordered(
        files.into_iter(),
        |(x, y)| -> Result<(), Difference> {
            let hx = hash(a, x)?;
            let hy = hash(b, y)?;
            if hx != hy {
                return Err(diff(format!(
                    "{}: file contents differ",
                    show(&a.entry_path(x))
                )));
            }
            Ok(())
        },
        |_| Ok(()),
    )
}

struct H(Sha256);
impl Write for H {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.update(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn hash(a: &Archive, e: &Entry) -> Result<[u8; 32], Difference> {
    let mut h = H(Sha256::new());
    a.read_file_to(e, &mut h)
        .map_err(|err| diff(format!("{}: {err}", show(&a.entry_path(e)))))?;
    Ok(h.0.finalize().into())
}
