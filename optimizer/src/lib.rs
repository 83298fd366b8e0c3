//! Image layout for the boot: plans the order, drives the squashfs writer,
//! writes the readahead list, and reports before/after figures.
