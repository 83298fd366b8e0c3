//! Builds the kernel probe (`probe-ebpf`) for bpfel-unknown-none with aya-build and
//! leaves it in `OUT_DIR/probe`, where `src/probe.rs` embeds it.
//!
//! Works on stable Rust: RUSTC_BOOTSTRAP=1 lets aya-build pass `-Z build-std=core`.
//! bpf-linker is taken from PATH, else from the workspace's `.tools/bin`
//! (scripts/setup.sh). Without any bpf-linker the host build still succeeds with an
//! empty probe, and `liveopt record` reports that the probe was not built.
use std::{
    env,
    path::{Path, PathBuf},
};

fn find_in_path(name: &str) -> Option<PathBuf> {
    env::split_paths(&env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn main() -> anyhow::Result<()> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest_dir
        .parent()
        .expect("collector sits in the workspace root");
    let probe_dir = root.join("probe-ebpf");
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    println!("cargo:rerun-if-changed={}", probe_dir.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        probe_dir.join("Cargo.toml").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        root.join("probe-common/src").display()
    );

    if find_in_path("bpf-linker").is_none() {
        let tools = root.join(".tools/bin");
        if tools.join("bpf-linker").is_file() {
            let mut paths = vec![tools];
            paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
            // Single-threaded build script: setting our own environment is fine.
            env::set_var("PATH", env::join_paths(paths)?);
        } else {
            println!(
                "cargo:warning=bpf-linker not found (run scripts/setup.sh); building without the eBPF probe"
            );
            std::fs::write(out_dir.join("probe"), b"")?;
            return Ok(());
        }
    }
    env::set_var("RUSTC_BOOTSTRAP", "1");
    // aya-build runs `cargo build --package probe-ebpf` in the current directory;
    // probe-ebpf is its own workspace, so run it from there.
    env::set_current_dir(&probe_dir)?;
    let toolchain = env::var("RUSTUP_TOOLCHAIN").unwrap_or_else(|_| "stable".to_string());
    let package = aya_build::Package {
        name: "probe-ebpf",
        root_dir: path_str(&probe_dir),
        ..Default::default()
    };
    aya_build::build_ebpf([package], aya_build::Toolchain::Custom(&toolchain))?;
    Ok(())
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("workspace path is UTF-8")
}
