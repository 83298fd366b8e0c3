//! Measures the readahead mechanisms on this host with a cold cache:
//! `cargo bench -p boot --bench readahead_mechanisms` (as root).
//! Prints, per mechanism and request size, the time the syscalls took (what the
//! service waits for) and the time until every page was resident (mincore).
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use boot::readahead::{self, Extent, Mechanism, Options};

fn main() {
    assert!(common::is_root(), "needs root (drop_caches)");
    let dir = common::workdir("bench");
    let image = common::make_image(dir.path(), 96);
    let size = std::fs::metadata(&image).unwrap().len();
    let ranges = [Extent {
        offset: 0,
        len: size,
    }];
    println!("image {} MiB on {}", size >> 20, image.display());
    println!(
        "{:<10} {:>8} {:>12} {:>12} {:>12}",
        "mechanism", "chunk", "syscalls ms", "resident ms", "MB/s"
    );
    for mechanism in [Mechanism::Pread, Mechanism::Readahead, Mechanism::Fadvise] {
        for chunk in [128u64 << 10, 512 << 10, 2 << 20, 8 << 20] {
            for _ in 0..2 {
                common::drop_file_cache(&image);
                std::fs::write("/proc/sys/vm/drop_caches", "1").unwrap();
                let target = readahead::open_target(&image).unwrap();
                assert_eq!(
                    readahead::resident_count(&target.file).unwrap().0,
                    0,
                    "cache not cold"
                );
                let opts = Options {
                    mechanism,
                    chunk,
                    min_free: 0,
                    time_budget: Duration::from_secs(60),
                };
                let start = Instant::now();
                let report = readahead::warm(&target, &ranges, &opts).unwrap();
                let syscalls = start.elapsed();
                let (mut resident, total) = readahead::resident_count(&target.file).unwrap();
                while resident < total && start.elapsed() < Duration::from_secs(5) {
                    std::thread::sleep(Duration::from_micros(500));
                    resident = readahead::resident_count(&target.file).unwrap().0;
                }
                let done = start.elapsed();
                if resident < total {
                    // On a shared host another process's drop_caches can evict pages.
                    println!("{mechanism} {}K: {resident}/{total} pages resident, evicted meanwhile? not counted", chunk >> 10);
                    continue;
                }
                assert_eq!(report.bytes, size);
                println!(
                    "{:<10} {:>7}K {:>12.1} {:>12.1} {:>12.0}",
                    mechanism.to_string(),
                    chunk >> 10,
                    syscalls.as_secs_f64() * 1e3,
                    done.as_secs_f64() * 1e3,
                    size as f64 / done.as_secs_f64() / 1e6
                );
            }
        }
    }
}
