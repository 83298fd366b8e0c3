//! Squashfs 4.0: the on-disk format as data structures, a reader, and a writer
//! with explicit control of data, fragment and metadata order.
