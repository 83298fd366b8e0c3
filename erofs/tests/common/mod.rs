//! What the erofs integration tests share: the mkfs.erofs they build images with.

use std::path::PathBuf;

/// mkfs.erofs 1.9 from the tools cache that scripts/setup.sh links as `.tools`
/// (built by scripts/build-erofs-utils.sh); Debian's 1.5 lacks options the tests use.
pub fn mkfs() -> PathBuf {
    let built =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.tools/erofs-utils/bin/mkfs.erofs");
    assert!(
        built.exists(),
        "{} missing: run scripts/setup.sh",
        built.display()
    );
    built
}
