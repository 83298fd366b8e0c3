//! Loads the eBPF probe, drains its events, and builds boot profiles from them.
pub mod probe;
