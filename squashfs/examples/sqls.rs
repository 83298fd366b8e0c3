//! Lists an image's entries (path, inode, kind, mode, uid/gid, size, sha256) — a debugging aid.
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]
use sha2::{Digest, Sha256};
fn main() {
    let p = std::env::args().nth(1).expect("usage: sqls IMAGE");
    let a = match squashfs::Archive::open(std::path::Path::new(&p)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1)
        }
    };
    for e in a.entries() {
        let h = match e.file() {
            Some(_) => match a.read_file(e) {
                Ok(d) => hex::encode(Sha256::digest(&d)),
                Err(err) => format!("ERR {err}"),
            },
            None => String::new(),
        };
        println!(
            "{} ino={} {:?} {:o} {}/{} n={} x={:?} {}",
            String::from_utf8_lossy(&a.entry_path(e)),
            e.inode_number,
            e.kind,
            e.mode,
            e.uid,
            e.gid,
            e.nlink,
            e.xattrs
                .iter()
                .map(|(k, _)| String::from_utf8_lossy(k).into_owned())
                .collect::<Vec<_>>(),
            h
        );
    }
    let rs = a.regions();
    eprintln!("{} regions, last {:?}", rs.len(), rs.last());
}
