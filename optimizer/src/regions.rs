//! One index of an image, from byte offset to region to inode and file, for any image
//! format: the replay (`liveopt simulate`), the host-side profile mapping (reads → files)
//! and the access-sequence analysis all read an image through it. It is plain data: a
//! reader fills it ([`RegionIndex::from_squashfs`], [`RegionIndex::from_erofs`] in
//! `erofs_index.rs`) through [`RegionIndex::new`].

use std::collections::BTreeMap;
use std::sync::Arc;

use formats::Extent;
use squashfs::Archive;

/// What a region of the image holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// Data block `block` (in file order) of the file with inode number `inode`.
    Data { inode: u32, block: u32 },
    /// A block holding the tails of several files.
    Fragment { index: u32 },
    /// One metadata block of the inode table.
    Inodes,
    /// One metadata block of the directory listings.
    Directories,
    /// A structure the mount reads; tables of one kind correspond across layouts.
    Table(Table),
    /// Bytes no structure claims (alignment, the padded tail of the image).
    Padding,
}

/// The mount-time structures of an image.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Superblock,
    CompressorOptions,
    Ids,
    Fragments,
    Export,
    Xattrs,
}

impl Table {
    /// The image's head: what a mount reads first to learn the rest.
    pub fn is_head(self) -> bool {
        matches!(self, Table::Superblock | Table::CompressorOptions)
    }
}

/// A byte range of the image and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: u64,
    pub len: u64,
    pub kind: RegionKind,
}

impl Region {
    pub fn new(start: u64, len: u64, kind: RegionKind) -> Region {
        Region { start, len, kind }
    }

    pub fn end(&self) -> u64 {
        self.start + self.len
    }
}

/// Where a regular file's bytes are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileData {
    pub size: u64,
    /// Every data block in file order: image offset and on-disk length (0: a sparse block).
    pub blocks: Vec<Extent>,
    /// The file bytes `[start, end)` each of `blocks` holds, when blocks are not of one
    /// size (EROFS pclusters, pieces of the packed inode); empty: block `i` holds
    /// `[i·block_size, (i+1)·block_size)`, as in squashfs.
    pub spans: Vec<(u64, u64)>,
    /// The fragment holding the file's tail, if any (squashfs).
    pub fragment: Option<u32>,
}

impl FileData {
    /// The file bytes `[start, end)` that block `i` holds.
    pub fn span(&self, i: usize, block_size: u64) -> (u64, u64) {
        match self.spans.get(i) {
            Some(&span) => span,
            None => (
                i as u64 * block_size,
                ((i as u64 + 1) * block_size).min(self.size),
            ),
        }
    }

    /// Where the squashfs fragment's tail starts: after the last full block.
    pub fn tail_start(&self, block_size: u64) -> u64 {
        self.blocks.len() as u64 * block_size
    }
}

/// One path of the image, as a reader reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexEntry {
    pub inode: u32,
    /// "/usr/bin/ls" (raw bytes); the root is "/".
    pub path: Vec<u8>,
    pub file: Option<FileData>,
    /// Where the inode starts: its metadata block's image offset, and the offset inside
    /// the uncompressed block.
    pub inode_at: Option<(u64, u16)>,
    /// Directories: where the listing starts (as `inode_at`) and its size.
    pub listing: Option<(u64, u16, u32)>,
}

/// An inode as the index keeps it: its first path and, for a regular file, its data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexedInode {
    /// Shared with the path → inode map: each path is stored once.
    pub path: Arc<[u8]>,
    pub file: Option<FileData>,
}

/// A fragment block and the files whose tails it holds (first paths, in entry order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FragmentBlock {
    pub region: Option<Region>,
    pub files: Vec<u32>,
}

/// One metadata table (inode or directory) as a stream of objects: the table's
/// uncompressed bytes are its blocks one after another, every block but the last
/// holding `block_size` bytes.
#[derive(Clone, Debug, Default)]
pub struct MetaStream {
    block_size: u64,
    /// The table's metadata blocks, in table order.
    blocks: Vec<Region>,
    /// (position in the stream, length, inode number), sorted by position.
    objects: Vec<(u64, u64, u32)>,
    /// inode number → (position, length).
    by_inode: BTreeMap<u32, (u64, u64)>,
}

impl MetaStream {
    fn new(block_size: u64, blocks: Vec<Region>) -> Self {
        MetaStream {
            block_size,
            blocks,
            ..Default::default()
        }
    }

    pub fn blocks(&self) -> &[Region] {
        &self.blocks
    }

    /// Stream position of (block start offset, offset inside the block).
    pub fn position(&self, block_start: u64, offset: u16) -> Option<u64> {
        let i = self.block_number(block_start)?;
        Some(i as u64 * self.block_size + offset as u64)
    }

    /// The number of the block starting at image offset `block_start`.
    pub fn block_number(&self, block_start: u64) -> Option<usize> {
        self.blocks
            .binary_search_by_key(&block_start, |r| r.start)
            .ok()
    }

    /// Stream bytes `[a, b)` of block `k`.
    pub fn block_span(&self, k: usize) -> (u64, u64) {
        (k as u64 * self.block_size, (k as u64 + 1) * self.block_size)
    }

    fn finish(&mut self, mut objects: Vec<(u64, u64, u32)>) {
        objects.sort_unstable();
        self.by_inode = objects.iter().map(|&(p, l, n)| (n, (p, l))).collect();
        self.objects = objects;
    }

    /// The objects lying (partly) in stream bytes `[a, b)`, as (position, length, inode).
    pub fn objects_in(&self, a: u64, b: u64) -> impl Iterator<Item = &(u64, u64, u32)> + Clone {
        let first = self.objects.partition_point(|o| o.0 + o.1 <= a);
        self.objects[first..].iter().take_while(move |o| o.0 < b)
    }

    /// An inode's object: (position, length).
    pub fn object(&self, inode: u32) -> Option<(u64, u64)> {
        self.by_inode.get(&inode).copied()
    }

    /// The blocks holding stream bytes `[a, b)`, appended to `out` as (offset, length).
    pub fn blocks_of(&self, a: u64, b: u64, out: &mut Vec<(u64, u64)>) {
        if b <= a {
            return;
        }
        let first = (a / self.block_size) as usize;
        let last = ((b - 1) / self.block_size) as usize;
        for r in self.blocks.iter().take(last + 1).skip(first) {
            out.push((r.start, r.len));
        }
    }
}

/// The image's region map plus its inodes, paths, fragments and metadata streams.
#[derive(Clone, Debug, Default)]
pub struct RegionIndex {
    /// Sorted by offset, not overlapping.
    regions: Vec<Region>,
    block_size: u64,
    inodes: BTreeMap<u32, IndexedInode>,
    /// Every path → its inode number.
    paths: BTreeMap<Arc<[u8]>, u32>,
    fragments: BTreeMap<u32, FragmentBlock>,
    inode_table: MetaStream,
    directory_table: MetaStream,
    /// Mount-time structures, per kind, in offset order.
    tables: BTreeMap<Table, Vec<Region>>,
}

impl RegionIndex {
    /// `regions` sorted by offset and not overlapping; `entries` in directory order (the
    /// first path of an inode names it); metadata blocks hold `metadata_block` bytes.
    pub fn new(
        regions: Vec<Region>,
        block_size: u32,
        metadata_block: u64,
        entries: impl IntoIterator<Item = IndexEntry>,
    ) -> RegionIndex {
        let of_kind = |k: RegionKind| -> Vec<Region> {
            regions.iter().filter(|r| r.kind == k).copied().collect()
        };
        let mut inode_table = MetaStream::new(metadata_block, of_kind(RegionKind::Inodes));
        let mut directory_table = MetaStream::new(metadata_block, of_kind(RegionKind::Directories));
        let mut fragments: BTreeMap<u32, FragmentBlock> = BTreeMap::new();
        let mut tables: BTreeMap<Table, Vec<Region>> = BTreeMap::new();
        for r in &regions {
            match r.kind {
                RegionKind::Fragment { index } => {
                    fragments.entry(index).or_default().region = Some(*r);
                }
                RegionKind::Table(t) => tables.entry(t).or_default().push(*r),
                _ => {}
            }
        }
        let mut inodes = BTreeMap::new();
        let mut paths = BTreeMap::new();
        let mut inode_starts = BTreeMap::new();
        let mut listings = Vec::new();
        for e in entries {
            let path: Arc<[u8]> = e.path.into();
            paths.insert(path.clone(), e.inode);
            if inodes.contains_key(&e.inode) {
                continue; // a hard link: the first path names the inode
            }
            if let Some(p) = e.inode_at.and_then(|(b, o)| inode_table.position(b, o)) {
                inode_starts.insert(e.inode, p);
            }
            if let Some((block, offset, size)) = e.listing {
                if let Some(p) = directory_table.position(block, offset) {
                    if size > 0 {
                        listings.push((p, size as u64, e.inode));
                    }
                }
            }
            if let Some(index) = e.file.as_ref().and_then(|f| f.fragment) {
                fragments.entry(index).or_default().files.push(e.inode);
            }
            inodes.insert(e.inode, IndexedInode { path, file: e.file });
        }
        inode_table.finish(inode_objects(&inode_starts, &inode_table));
        directory_table.finish(listings);
        RegionIndex {
            regions,
            block_size: block_size as u64,
            inodes,
            paths,
            fragments,
            inode_table,
            directory_table,
            tables,
        }
    }

    /// The index of a squashfs image.
    pub fn from_squashfs(archive: &Archive) -> RegionIndex {
        let regions = archive
            .regions()
            .into_iter()
            .map(|r| Region::new(r.start, r.len, squashfs_kind(r.kind)))
            .collect();
        let entries = archive.paths().map(|(e, path)| IndexEntry {
            inode: e.inode_number,
            path,
            file: e.file().map(|f| FileData {
                size: f.file_size,
                blocks: f
                    .block_positions()
                    .map(|(pos, len)| Extent::new(pos, len as u64))
                    .collect(),
                spans: Vec::new(),
                fragment: f.fragment.map(|(index, _)| index),
            }),
            inode_at: Some((e.inode_location, e.inode_offset)),
            listing: e.dir_listing(),
        });
        RegionIndex::new(
            regions,
            archive.superblock().block_size,
            squashfs::format::METADATA_SIZE as u64,
            entries,
        )
    }

    /// Sets which files each fragment holds, for formats whose files name no fragment
    /// (EROFS: the packed inode's pclusters), in entry order.
    pub(crate) fn set_fragment_users(&mut self, users: BTreeMap<u32, Vec<u32>>) {
        for (index, files) in users {
            self.fragments.entry(index).or_default().files = files;
        }
    }

    /// Every region, in offset order.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// The regions overlapping `[a, b)`, in offset order.
    pub fn regions_in(&self, a: u64, b: u64) -> &[Region] {
        let first = self.regions.partition_point(|r| r.end() <= a);
        let end = self.regions.partition_point(|r| r.start < b);
        &self.regions[first..end.max(first)]
    }

    /// The region holding `offset`.
    pub fn locate(&self, offset: u64) -> Option<&Region> {
        let i = self.regions.partition_point(|r| r.start <= offset);
        let r = self.regions.get(i.checked_sub(1)?)?;
        (offset < r.end()).then_some(r)
    }

    /// The data block size: file bytes `[i·bs, (i+1)·bs)` are in data block `i`.
    pub fn block_size(&self) -> u64 {
        self.block_size
    }

    /// The first path of an inode.
    pub fn path_of(&self, inode: u32) -> Option<&[u8]> {
        self.inodes.get(&inode).map(|i| &*i.path)
    }

    /// The inode a path names.
    pub fn inode_of(&self, path: &[u8]) -> Option<u32> {
        self.paths.get(path).copied()
    }

    /// A regular file's first path and data.
    pub fn file(&self, inode: u32) -> Option<(&[u8], &FileData)> {
        let i = self.inodes.get(&inode)?;
        Some((&*i.path, i.file.as_ref()?))
    }

    /// The bytes `[start, end)` of file `inode` that region `r` (one of its data blocks or
    /// a fragment it uses) holds.
    pub fn file_bytes_in(&self, inode: u32, r: &Region) -> Option<(u64, u64)> {
        let (_, file) = self.file(inode)?;
        let bs = self.block_size;
        match r.kind {
            RegionKind::Data { block, .. } => Some(file.span(block as usize, bs)),
            RegionKind::Fragment { .. } if file.fragment.is_some() => {
                Some((file.tail_start(bs), file.size))
            }
            // EROFS: the file's pieces in this pcluster of the packed inode.
            RegionKind::Fragment { .. } => (0..file.blocks.len())
                .filter(|&i| file.blocks[i].offset == r.start)
                .map(|i| file.span(i, bs))
                .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1))),
            _ => None,
        }
    }

    pub fn fragment(&self, index: u32) -> Option<&FragmentBlock> {
        self.fragments.get(&index)
    }

    pub fn inode_table(&self) -> &MetaStream {
        &self.inode_table
    }

    pub fn directory_table(&self) -> &MetaStream {
        &self.directory_table
    }

    /// The regions of one mount-time structure, in offset order.
    pub fn table(&self, table: Table) -> &[Region] {
        self.tables.get(&table).map_or(&[], Vec::as_slice)
    }
}

/// An inode runs from its start until the next one starts; the last to the table's end.
fn inode_objects(starts: &BTreeMap<u32, u64>, table: &MetaStream) -> Vec<(u64, u64, u32)> {
    let mut starts: Vec<(u64, u32)> = starts.iter().map(|(&n, &p)| (p, n)).collect();
    starts.sort_unstable();
    let table_end = table.blocks.len() as u64 * table.block_size;
    starts
        .iter()
        .enumerate()
        .map(|(i, &(p, n))| {
            let end = starts.get(i + 1).map_or(table_end, |s| s.0);
            (p, end.saturating_sub(p).max(1), n)
        })
        .collect()
}

fn squashfs_kind(kind: squashfs::RegionKind) -> RegionKind {
    use squashfs::RegionKind as S;
    match kind {
        S::Superblock => RegionKind::Table(Table::Superblock),
        S::CompressorOptions => RegionKind::Table(Table::CompressorOptions),
        S::Data {
            inode_number,
            block,
        } => RegionKind::Data {
            inode: inode_number,
            block,
        },
        S::Fragment { index } => RegionKind::Fragment { index },
        S::InodeTable => RegionKind::Inodes,
        S::DirectoryTable => RegionKind::Directories,
        S::FragmentTable => RegionKind::Table(Table::Fragments),
        S::ExportTable => RegionKind::Table(Table::Export),
        S::IdTable => RegionKind::Table(Table::Ids),
        S::XattrTable => RegionKind::Table(Table::Xattrs),
        S::Padding => RegionKind::Padding,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Superblock, two data blocks of inode 5, a fragment shared by inodes 6 and 7
    /// (7 also under a second path), two inode-table blocks, padding.
    fn index() -> RegionIndex {
        let regions = vec![
            Region::new(0, 96, RegionKind::Table(Table::Superblock)),
            Region::new(96, 1000, RegionKind::Data { inode: 5, block: 0 }),
            Region::new(1096, 900, RegionKind::Data { inode: 5, block: 1 }),
            Region::new(1996, 500, RegionKind::Fragment { index: 0 }),
            Region::new(2496, 300, RegionKind::Inodes),
            Region::new(2796, 100, RegionKind::Inodes),
            Region::new(2896, 300, RegionKind::Padding),
        ];
        let file = |inode, path: &[u8], fragment| IndexEntry {
            inode,
            path: path.to_vec(),
            file: Some(FileData {
                size: 10,
                fragment,
                ..FileData::default()
            }),
            inode_at: Some((if inode == 7 { 2796 } else { 2496 }, inode as u16 * 100)),
            listing: None,
        };
        RegionIndex::new(
            regions,
            4096,
            8192,
            [
                file(5, b"/big", None),
                file(6, b"/a", Some(0)),
                file(7, b"/b", Some(0)),
                file(7, b"/hardlink", Some(0)),
            ],
        )
    }

    #[test]
    fn regions_in_finds_overlaps() {
        let idx = index();
        let starts = |a, b| {
            idx.regions_in(a, b)
                .iter()
                .map(|r| r.start)
                .collect::<Vec<_>>()
        };
        assert_eq!(starts(0, 1), vec![0]);
        assert_eq!(starts(95, 97), vec![0, 96]);
        assert_eq!(starts(1096, 1996), vec![1096]);
        assert_eq!(starts(1000, 2500), vec![96, 1096, 1996, 2496]);
        assert_eq!(starts(5000, 5010), Vec::<u64>::new());
        assert_eq!(idx.locate(1095).map(|r| r.start), Some(96));
        assert_eq!(idx.locate(3196), None);
    }

    #[test]
    fn inodes_paths_fragments_and_metadata_objects() {
        let idx = index();
        assert_eq!(
            idx.path_of(7),
            Some(&b"/b"[..]),
            "the first path names an inode"
        );
        assert_eq!(idx.inode_of(b"/hardlink"), Some(7));
        assert_eq!(idx.fragment(0).unwrap().files, vec![6, 7]);
        assert_eq!(idx.fragment(0).unwrap().region.unwrap().start, 1996);
        assert_eq!(idx.table(Table::Superblock).len(), 1);
        assert!(idx.table(Table::Xattrs).is_empty());
        // Inodes 5 and 6 in the first metadata block, 7 in the second at 8192 + 700;
        // each runs until the next starts, the last to the end of the stream.
        let t = idx.inode_table();
        assert_eq!(t.object(5), Some((500, 100)));
        assert_eq!(t.object(6), Some((600, 8292)));
        assert_eq!(t.object(7), Some((8892, 8192 * 2 - 8892)));
        let in_first: Vec<u32> = t.objects_in(0, 8192).map(|o| o.2).collect();
        assert_eq!(in_first, vec![5, 6]);
        let mut blocks = Vec::new();
        t.blocks_of(8000, 8300, &mut blocks);
        assert_eq!(blocks, vec![(2496, 300), (2796, 100)]);
    }
}
