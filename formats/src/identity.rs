/// Identifies an image (squashfs or EROFS): superblock fields plus a content hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImageIdentity {
    pub bytes_used: u64,
    pub mkfs_time: u32,
    pub inode_count: u32,
    pub block_size: u32,
    /// "gzip", "xz", "zstd", "lz4", "lzo", "lzma"; EROFS: the algorithms its
    /// superblock lists joined by `+` ("lz4+lzma"), "none" for an uncompressed image.
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

#[cfg(feature = "erofs")]
impl ImageIdentity {
    /// An EROFS image's identity: `bytes_used` is its blocks × block size, `mkfs_time` the
    /// build time, `inode_count` the inode count; hashes `bytes_used` bytes of the file
    /// `image` from `offset` (where `archive` was opened: 0, or its place in an ISO).
    pub fn of_erofs(
        archive: &erofs::Archive,
        image: &std::path::Path,
        offset: u64,
    ) -> std::io::Result<ImageIdentity> {
        use sha2::{Digest, Sha256};
        use std::io::Read;
        let sb = archive.superblock();
        let bytes_used = u64::from(sb.blocks) * sb.block_size();
        let compressor = sb.compressor_name().unwrap_or_else(|| {
            // Before per-algorithm configurations, compressed meant lz4.
            let compressed = archive.entries().iter().any(|e| {
                matches!(
                    e.inode.layout,
                    erofs::format::DataLayout::CompressedFull
                        | erofs::format::DataLayout::CompressedCompact
                )
            });
            if compressed { "lz4" } else { "none" }.to_string()
        });
        let mut hash = Sha256::new();
        let mut file = std::fs::File::open(image)?;
        std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(offset))?;
        let mut file = file.take(bytes_used);
        std::io::copy(&mut file, &mut hash)?;
        Ok(ImageIdentity {
            bytes_used,
            mkfs_time: sb.build_time,
            inode_count: u32::try_from(sb.inos).unwrap_or(u32::MAX),
            block_size: sb.block_size() as u32,
            compressor,
            sha256: hex::encode(hash.finalize()),
        })
    }
}
