//! Profiling real boots in QEMU: the example live system, host-side block traces, media models.
