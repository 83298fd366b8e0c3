//! Live-root migration (in progress).
