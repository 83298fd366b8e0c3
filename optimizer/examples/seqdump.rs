//! Dumps the access sequence of an image for a profile (offset, len, kind), for debugging layouts.
//!
//! seqdump IMAGE PROFILE
// A test, example or bench links every dependency of its package, used or not.
#![allow(unused_crate_dependencies)]
use anyhow::Result;
fn main() -> Result<()> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let archive = squashfs::Archive::open(std::path::Path::new(&a[0]))?;
    let profile = formats::profile::load(std::path::Path::new(&a[1]))?;
    let m = optimizer::plan::map_profile(&archive, &profile, optimizer::MatchBy::Path);
    let seq = optimizer::analysis::access_sequence(&archive, &m);
    for x in &seq.accesses {
        println!("{} {} {:?}", x.extent.offset, x.extent.len, x.kind);
    }
    Ok(())
}
