//! Compares two images' content: sqcmp A B (prints the first difference).
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let open = |p: &str| {
        squashfs::Archive::open(std::path::Path::new(p)).unwrap_or_else(|e| {
            eprintln!("error: {e}");
            std::process::exit(2)
        })
    };
    match squashfs::compare(&open(&a[1]), &open(&a[2])) {
        Ok(()) => println!("identical content"),
        Err(d) => {
            println!("differ: {d}");
            std::process::exit(1)
        }
    }
}
