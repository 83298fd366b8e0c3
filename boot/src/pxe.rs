//! PXE tree writer (in progress).
