//! Damaged images: every truncation and every single-byte change of the
//! metadata of a real mkfs.erofs image gives an error or a readable tree,
//! never a panic; errors are one line. Needs mkfs.erofs (see scripts/build-erofs-utils.sh).

// Integration tests link every dev-dependency of the crate.

use crate::common;

use erofs::format::{Superblock, SUPER_OFFSET};
use erofs::Archive;

fn image(options: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("d/e")).unwrap();
    std::fs::write(tree.join("a"), b"short").unwrap();
    std::fs::write(tree.join("d/b"), vec![3u8; 10000]).unwrap();
    std::fs::write(tree.join("d/e/c"), vec![4u8; 70000]).unwrap();
    std::os::unix::fs::symlink("d/b", tree.join("l")).unwrap();
    let img = dir.path().join("img");
    common::build(&tree, &img, options);
    std::fs::read(img).unwrap()
}

/// Opens and reads everything; returns the error line, if any.
fn read_all(bytes: Vec<u8>) -> Option<String> {
    let result = Archive::from_bytes(bytes).and_then(|a| {
        for e in a.entries() {
            a.read_file(e)?;
            a.xattrs(e)?;
        }
        Ok(())
    });
    result.err().map(|e| {
        let line = e.to_string();
        assert!(!line.contains('\n'), "multi-line error: {line}");
        line
    })
}

/// Rewrites the superblock checksum so a change past it is really parsed.
fn fix_checksum(bytes: &mut [u8]) {
    let Ok(sb) = Superblock::parse(&bytes[SUPER_OFFSET as usize..]) else {
        return;
    };
    let start = SUPER_OFFSET as usize;
    let sum = Superblock::compute_checksum(&bytes[start..start + sb.checksum_len()]);
    bytes[start + 4..start + 8].copy_from_slice(&sum.to_le_bytes());
}

#[test]
fn the_intact_images_read() {
    for options in [
        &[][..],
        &["--chunksize=4096"],
        &["-Eforce-inode-extended"],
        &["-zlz4hc", "-Elegacy-compress"],
    ] {
        assert_eq!(read_all(image(options)), None, "{options:?}");
    }
}

#[test]
fn truncations_are_errors() {
    let img = image(&[]);
    for len in (0..img.len()).step_by(97) {
        assert!(
            read_all(img[..len].to_vec()).is_some(),
            "truncated to {len} read without error"
        );
    }
}

#[test]
fn a_changed_superblock_byte_fails_the_checksum() {
    let mut img = image(&[]);
    img[SUPER_OFFSET as usize + 40] ^= 1;
    let err = read_all(img).unwrap();
    assert!(err.contains("checksum"), "{err}");
}

#[test]
fn bad_magic_is_refused() {
    let mut img = image(&[]);
    img[SUPER_OFFSET as usize] ^= 0xff;
    assert!(read_all(img).unwrap().contains("not an EROFS image"));
}

#[test]
fn unknown_incompat_bits_are_refused() {
    let mut img = image(&[]);
    let at = SUPER_OFFSET as usize + 80;
    img[at + 1] |= 0x80; // 0x8000: no such feature
    fix_checksum(&mut img);
    let err = read_all(img).unwrap();
    assert!(
        err.starts_with("unsupported erofs feature: incompatible feature bits 0x8000"),
        "{err}"
    );
}

#[test]
fn every_metadata_byte_change_is_handled() {
    for options in [
        &[][..],
        &["--chunksize=4096", "-Eforce-chunk-indexes"],
        &["-zlz4hc", "-Elegacy-compress"],
    ] {
        let img = image(options);
        let sb = Superblock::parse(&img[SUPER_OFFSET as usize..]).unwrap();
        // Metadata (inodes, dirents, inline data, chunk indexes) starts at meta_blkaddr;
        // mkfs puts it before the data blocks in these small images: scan two blocks.
        let start = (u64::from(sb.meta_blkaddr) * sb.block_size()) as usize;
        for at in start..(start + 8192).min(img.len()) {
            for value in [0xff, img[at] ^ 0x80] {
                let mut bad = img.clone();
                bad[at] = value;
                fix_checksum(&mut bad);
                let _ = read_all(bad);
            }
        }
    }
}
