//! Where an EROFS image's bytes go: LZ4 pclusters (and their leading zero
//! padding) before and after an offset, plain lclusters, and the rest
//! (metadata, inline tails, directories, flat files).
//!
//! `cargo run --release -p erofs --example breakdown IMAGE [HOT_END]`
// An example links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

use erofs::{Algorithm, Archive, Kind, Source};
use std::collections::BTreeMap;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: breakdown IMAGE [HOT_END]");
        std::process::exit(2);
    };
    let hot_end: u64 = args
        .get(2)
        .map_or(0, |s| s.parse().expect("HOT_END: bytes"));
    let a = Archive::open(std::path::Path::new(path)).expect("an EROFS image");
    let img = std::fs::read(path).expect("readable image");
    let total = img.len() as u64;
    let mut lz4: BTreeMap<u64, u64> = BTreeMap::new();
    let (mut plain, mut logical, mut flat_files, mut flat_bytes) = (0u64, 0u64, 0u64, 0u64);
    for e in a.entries().iter().filter(|e| e.kind == Kind::File) {
        let extents = a.compressed_extents(e).unwrap_or_default();
        if extents.is_empty() {
            flat_files += 1;
            flat_bytes += e.inode.size;
        }
        for x in extents {
            logical += x.logical_len;
            if let Source::Pcluster {
                image_offset,
                image_len,
                algorithm,
                ..
            } = x.source
            {
                if algorithm == Algorithm::Lz4 {
                    lz4.insert(image_offset, image_len);
                } else {
                    plain += image_len;
                }
            }
        }
    }
    // [hot, cold] x [pclusters, bytes, zero padding]
    let mut s = [[0u64; 3]; 2];
    for (&off, &len) in &lz4 {
        let b = &img[off as usize..(off + len) as usize];
        let k = usize::from(off >= hot_end);
        s[k][0] += 1;
        s[k][1] += len;
        s[k][2] += b.iter().take_while(|&&x| x == 0).count() as u64;
    }
    println!("image {total} bytes");
    for (k, name) in ["before HOT_END", "after HOT_END"].iter().enumerate() {
        println!(
            "LZ4 pclusters {name}: {} of {} bytes, {} bytes zero padding ({:.1}% of the image)",
            s[k][0],
            s[k][1],
            s[k][2],
            100.0 * s[k][2] as f64 / total as f64
        );
    }
    println!("plain lclusters: {plain} bytes");
    println!("compressed files: {logical} bytes of content");
    println!("files not compressed: {flat_files}, {flat_bytes} bytes of content");
    let rest = total - lz4.values().sum::<u64>() - plain;
    println!("the rest (metadata, inline tails, directories, flat files): {rest} bytes");
}
