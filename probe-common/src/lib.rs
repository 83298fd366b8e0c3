//! The event layout shared by the kernel probe (probe-ebpf) and the collector.
#![no_std]
