//! Rebuild the probe when bpf-linker changes (it is the probe's linker).
fn main() {
    if let Ok(linker) = which::which("bpf-linker") {
        println!("cargo:rerun-if-changed={}", linker.display());
    }
}
