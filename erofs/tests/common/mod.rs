//! What the erofs integration tests share: the mkfs.erofs they build images with.

use std::path::{Path, PathBuf};
use std::process::Command;

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

/// Makes `image` from `tree` with mkfs.erofs `options`.
pub fn build(tree: &Path, image: &Path, options: &[&str]) {
    let out = Command::new(mkfs())
        .args(options)
        .arg(image)
        .arg(tree)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "mkfs.erofs {options:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
