//! Hand-crafted hostile images (`testkit::crafted_squashfs`): each is refused with an
//! error, quickly, by the reader. The untouched crafted image reads as squashfs-tools
//! reads it, so the lies are the only thing wrong with the others.

use crate::common::*;
use squashfs::Archive;
use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};
use testkit::crafted_squashfs as crafted;

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

#[test]
fn the_untouched_crafted_image_reads_like_unsquashfs() {
    let dir = tempfile::tempdir().unwrap();
    let image = dir.path().join("valid.sq");
    std::fs::write(&image, crafted::valid()).unwrap();
    let out = dir.path().join("out");
    run(Command::new("unsquashfs")
        .args(["-no-progress", "-quiet", "-d"])
        .arg(&out)
        .arg(&image));
    let archive = Archive::open(&image).unwrap();
    let mut files = 0;
    for (e, path) in archive.paths().filter(|(e, _)| e.file().is_some()) {
        let path = String::from_utf8_lossy(&path[1..]).into_owned();
        let theirs = std::fs::read(out.join(&path)).unwrap();
        assert_eq!(archive.read_file(e).unwrap(), theirs, "{path}");
        files += 1;
    }
    assert_eq!(files, 2);
    assert_eq!(std::fs::read(out.join("etc/hostname")).unwrap(), b"live\n");
}

#[test]
fn every_crafted_lie_is_an_error_within_seconds() {
    let mut accepted = Vec::new();
    for (name, image) in crafted::all(&zlib) {
        let t0 = Instant::now();
        let result = Archive::from_bytes(image).and_then(|a| {
            for e in a.entries().iter().filter(|e| e.file().is_some()) {
                a.read_file(e)?;
            }
            Ok(a.entries().len())
        });
        let took = t0.elapsed();
        assert!(took < Duration::from_secs(5), "{name}: took {took:?}");
        match result {
            Ok(entries) => accepted.push(format!("{name} ({entries} entries)")),
            Err(e) => {
                let e = e.to_string();
                eprintln!("{name}: {e} ({took:?})");
                assert!(!e.contains('\n'), "{name}: a one-line error: {e}");
            }
        }
    }
    assert!(accepted.is_empty(), "accepted: {accepted:?}");
}

/// Directories naming one xattr set share its decoded copy: 200 directories with a set
/// of 2000 names whose values refer to one 8000-byte value are 16 MB, not 3.2 GB.
#[test]
fn an_xattr_set_is_decoded_once_and_shared() {
    let archive = Archive::from_bytes(crafted::xattr_references(200, 2000, true)).unwrap();
    let sets: Vec<_> = archive.entries().iter().map(|e| &e.xattrs).collect();
    assert_eq!(sets.len(), 201);
    assert_eq!(sets[0].len(), 2000);
    assert!(sets[0].iter().all(|(_, v)| v.len() == 8000));
    // Shared: every entry's slice is the same memory.
    assert!(sets.iter().all(|s| s.as_ptr() == sets[0].as_ptr()));
}
