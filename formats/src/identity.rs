/// Identifies a squashfs image: superblock fields plus a content hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImageIdentity {
    pub bytes_used: u64,
    pub mkfs_time: u32,
    pub inode_count: u32,
    pub block_size: u32,
    /// "gzip", "xz", "zstd", "lz4", "lzo", "lzma".
    pub compressor: String,
    /// sha256 of the first `bytes_used` bytes, lowercase hex.
    pub sha256: String,
}

// The one place an opened image becomes an `ImageIdentity`. It lives here, behind
// the `squashfs` feature, because the squashfs crate depends on nothing of ours while
// every crate that opens images (collector, optimizer, qemu) already depends on this
// one; the boot side leaves the feature off and so carries no squashfs reader.
#[cfg(feature = "squashfs")]
impl ImageIdentity {
    /// Reads the superblock fields and hashes the first `bytes_used` bytes.
    pub fn of_squashfs(archive: &squashfs::Archive) -> squashfs::Result<ImageIdentity> {
        let sb = archive.superblock();
        Ok(ImageIdentity {
            bytes_used: sb.bytes_used,
            mkfs_time: sb.mkfs_time,
            inode_count: sb.inode_count,
            block_size: sb.block_size,
            compressor: archive.compressor().id.name().to_string(),
            sha256: hex::encode(archive.image_sha256()?),
        })
    }
}
