//! Damaged images: every truncation and every single-byte change of the
//! metadata of a real mkfs.erofs image gives an error or a readable tree,
//! never a panic; errors are one line. Needs mkfs.erofs (see scripts/build-erofs-utils.sh).

// Integration tests link every dev-dependency of the crate.

use crate::common;

use erofs::format::{DataLayout, Superblock, SUPER_OFFSET};
use erofs::{Archive, Entry, Source};
use std::path::Path;

fn image(options: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("d/e")).unwrap();
    std::fs::write(tree.join("a"), b"short").unwrap();
    std::fs::write(tree.join("d/b"), vec![3u8; 10000]).unwrap();
    std::fs::write(tree.join("d/e/c"), vec![4u8; 70000]).unwrap();
    // Compressible, yet many pclusters long.
    let text: String = (0u64..3000)
        .map(|i| format!("line {i}: {}\n", i * i * 7919 % 100_003))
        .collect();
    std::fs::write(tree.join("d/text"), &text).unwrap();
    std::fs::write(tree.join("d/text-copy"), &text).unwrap();
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

fn is_compressed(e: &Entry) -> bool {
    matches!(
        e.inode.layout,
        DataLayout::CompressedFull | DataLayout::CompressedCompact
    )
}

/// Image offset of a compressed inode's map header.
fn map_header_at(archive: &Archive, e: &Entry) -> usize {
    let end =
        archive.inode_offset(e.nid).unwrap() + e.inode.disk_size() + e.inode.xattr_ibody_size();
    end.next_multiple_of(8) as usize
}

/// A compressing pcluster (not stored plain) of d/text other than the last,
/// and the next extent's start.
fn compressed_then_next(archive: &Archive, e: &Entry) -> Option<(u64, u64)> {
    let extents = archive.compressed_extents(e).unwrap();
    extents.windows(2).find_map(|pair| match pair[0].source {
        Source::Pcluster { algorithm, .. } if algorithm.compression_type().is_some() => {
            Some((pair[0].logical_start, pair[1].logical_start))
        }
        _ => None,
    })
}

#[test]
fn a_pcluster_claiming_more_than_it_decodes_to_is_an_error() {
    // Full indexes: the next head's cluster offset moved on, so the pcluster's
    // extent claims 64 bytes more than its data decodes to.
    let mut img = image(&["-zlz4hc", "-Elegacy-compress"]);
    let archive = Archive::from_bytes(img.clone()).unwrap();
    let text = archive.stat(Path::new("d/text")).unwrap();
    let bs = archive.superblock().block_size();
    let (_, next) = compressed_then_next(&archive, text).expect("two extents");
    assert!(next % bs + 64 < bs, "next extent at {next}");
    let entry_at = map_header_at(&archive, text) + 16 + 8 * (next / bs) as usize;
    let clusterofs = (next % bs + 64) as u16;
    img[entry_at + 2..entry_at + 4].copy_from_slice(&clusterofs.to_le_bytes());
    fix_checksum(&mut img);
    let err = read_all(img).expect("a longer extent read without error");
    assert!(err.contains("d/text") && err.contains("yields"), "{err}");
}

#[test]
fn a_fragment_past_the_packed_inode_is_an_error() {
    let mut img = image(&["-zlz4hc", "-Eall-fragments"]);
    let archive = Archive::from_bytes(img.clone()).unwrap();
    let packed = archive.inode(archive.superblock().packed_nid).unwrap();
    let c = archive.stat(Path::new("d/e/c")).unwrap();
    let extents = archive.compressed_extents(c).unwrap();
    assert!(
        matches!(extents[0].source, Source::Fragment { .. }),
        "{extents:?}"
    );
    // The whole-file fragment's offset (the map header with bit 63 set) moved past the packed data.
    let at = map_header_at(&archive, c);
    let offset = packed.size - c.inode.size / 2;
    img[at..at + 8].copy_from_slice(&(offset | 1 << 63).to_le_bytes());
    fix_checksum(&mut img);
    let err = read_all(img).expect("a fragment past the packed inode read");
    assert!(
        err.contains("past the packed inode") && err.contains("d/e/c"),
        "{err}"
    );
}

/// Every byte of every compressed file's map header and index (and of the
/// packed inode's), set to two other values: an error line or a tree that
/// reads, never a panic or a hang (the index is walked forward once; its
/// back/forward deltas are not followed, so a delta loop cannot trap it).
#[test]
fn every_map_header_and_index_byte_change_is_handled() {
    for options in [
        &["-zlz4hc", "-Eztailpacking"][..],
        &["-zlz4", "-C65536", "-Elegacy-compress"],
        &["-zlz4hc", "-C65536"],
        &["-zlz4hc", "-Efragments,dedupe"],
        &["-zlzma", "-Eall-fragments,fragdedupe=inode", "-C1048576"],
    ] {
        let img = image(options);
        let archive = Archive::from_bytes(img.clone()).unwrap();
        let packed = archive.superblock().packed_nid;
        let mut compressed: Vec<Entry> = archive
            .entries()
            .iter()
            .filter(|e| is_compressed(e))
            .cloned()
            .collect();
        if packed != 0 {
            let inode = archive.inode(packed).unwrap();
            compressed.push(Entry {
                path: "packed".into(),
                nid: packed,
                kind: erofs::Kind::File,
                inode,
            });
        }
        assert!(compressed.len() >= 2, "{options:?}");
        let (mut errors, mut changes) = (0, 0);
        for e in &compressed {
            let at = map_header_at(&archive, e);
            // Header and index: 8 bytes per lcluster at most, plus the 16 bytes
            // before; the first 40 lclusters' worth (the rest repeats the pattern).
            let lclusters = e
                .inode
                .size
                .div_ceil(archive.superblock().block_size())
                .min(20);
            for pos in at..(at + 16 + 8 * lclusters as usize).min(img.len()) {
                for value in [0xff, img[pos] ^ 0x01] {
                    let mut bad = img.clone();
                    bad[pos] = value;
                    fix_checksum(&mut bad);
                    if read_all(bad).is_some() {
                        errors += 1;
                    }
                    changes += 1;
                }
            }
        }
        // Many changes are harmless (NONHEAD deltas, unused bits); some must be caught.
        assert!(errors > 0, "{options:?}: no error in {changes} changes");
    }
}
