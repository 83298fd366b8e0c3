//! What the erofs integration tests share: the mkfs.erofs they build images with.

use std::path::PathBuf;

/// mkfs.erofs 1.9 from the tools cache (scripts/build-erofs-utils.sh); Debian's 1.5 lacks options the tests use.
pub fn mkfs() -> PathBuf {
    let home = std::env::var("HOME").expect("HOME");
    let built = PathBuf::from(home).join(".cache/liveopt/tools/erofs-utils/bin/mkfs.erofs");
    assert!(
        built.exists(),
        "{} missing: run scripts/build-erofs-utils.sh",
        built.display()
    );
    built
}
