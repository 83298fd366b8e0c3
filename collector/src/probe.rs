//! The compiled kernel probe, embedded at build time by `build.rs`.

/// The probe's ELF object; empty if the build had no bpf-linker.
pub static PROBE_OBJECT: &[u8] = aya::include_bytes_aligned!(concat!(env!("OUT_DIR"), "/probe"));
