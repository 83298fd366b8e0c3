/// A byte range of an image, `[offset, offset + len)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Extent {
    pub offset: u64,
    pub len: u64,
}

impl Extent {
    pub const fn new(offset: u64, len: u64) -> Self {
        Extent { offset, len }
    }
    pub const fn end(&self) -> u64 {
        self.offset + self.len
    }
}
