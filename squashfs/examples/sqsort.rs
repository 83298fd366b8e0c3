//! Rewrites an image: sqsort IN OUT [--comp gzip|xz|zstd|lz4] [--bs N] [--first] [--hot ino,ino,...]
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let input = squashfs::Archive::open(std::path::Path::new(&a[1])).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(1)
    });
    let mut plan = squashfs::Plan::default();
    let mut i = 3;
    while i < a.len() {
        match a[i].as_str() {
            "--comp" => {
                plan.compression = Some(squashfs::Compression::parse(&a[i + 1]).unwrap());
                i += 1
            }
            "--bs" => {
                plan.block_size = Some(a[i + 1].parse().unwrap());
                i += 1
            }
            "--first" => plan.tables = squashfs::TablePlacement::HotDataFirst,
            "--tables-first" => plan.tables = squashfs::TablePlacement::TablesFirst,
            "--hot" => {
                plan.hot_inodes = a[i + 1].split(',').map(|s| s.parse().unwrap()).collect();
                i += 1
            }
            x => panic!("bad arg {x}"),
        }
        i += 1;
    }
    let t = std::time::Instant::now();
    match squashfs::write_image(&input, &plan, std::path::Path::new(&a[2]), &|_, _| {}) {
        Ok(s) => eprintln!("{s:?} in {:.2}s", t.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1)
        }
    }
}
