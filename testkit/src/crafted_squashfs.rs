//! Hostile squashfs images, built byte by byte (independently of the `squashfs` crate's own
//! format code): each is a valid small image but for one lie. Metadata is stored
//! uncompressed, file data as uncompressed blocks; `unsquashfs` reads [`valid`].

/// Data block size of every crafted image.
pub const BLOCK_SIZE: u32 = 4096;
const METADATA: usize = 8192;
const NO_TABLE: u64 = u64::MAX;
const NO_FRAGMENT: u32 = u32::MAX;

/// A crafted image with every lie it can tell, by name, for tests that loop over them.
pub fn all(zlib: &dyn Fn(&[u8]) -> Vec<u8>) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("2^32 inodes", inode_count_2_32()),
        ("a 4 GiB directory", directory_of_4_gib()),
        ("a directory containing its ancestor", ancestor_cycle()),
        ("10,000 nested directories", nested(10_000)),
        (
            "directories sharing one listing",
            shared_listing(2000, 2000),
        ),
        (
            "a fragment table pointing into itself",
            fragment_into_itself(),
        ),
        (
            "a block expanding past the block size",
            expanding_block(zlib),
        ),
        ("an xattr table with a huge count", xattr_huge_count()),
        (
            "xattr values shared by reference",
            xattr_references(200, 2000, false),
        ),
        (
            "an inode table of metadata bombs",
            metadata_bombs(zlib, 40_000),
        ),
    ]
}

/// A small image with a directory, a file in blocks and a file with a fragment tail.
pub fn valid() -> Vec<u8> {
    sample(false).image
}

/// The superblock claims 2^32 - 1 inodes; the inode table holds a handful.
pub fn inode_count_2_32() -> Vec<u8> {
    let mut image = valid();
    image[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    image
}

/// A directory (extended inode) whose listing claims 4 GiB.
pub fn directory_of_4_gib() -> Vec<u8> {
    let mut built = sample(true);
    // Extended directory: header, nlink, then file_size.
    let at = built.inode_at(1) + 16 + 4;
    built.image[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    built.image
}

/// /a/b lists the root directory under the name `up`.
pub fn ancestor_cycle() -> Vec<u8> {
    let tree = vec![dir(&[("a", 1)]), dir(&[("b", 2)]), dir(&[("up", 0)])];
    build(&tree, false).image
}

/// A chain of `depth` directories, each named `d`.
pub fn nested(depth: usize) -> Vec<u8> {
    let mut tree: Vec<Node> = (1..depth).map(|i| dir(&[("d", i)])).collect();
    tree.push(dir(&[]));
    build(&tree, false).image
}

/// `dirs` directory inodes that all point at one listing of `links` names of one file:
/// `dirs * links` paths from an image of `dirs + links` records.
pub fn shared_listing(dirs: usize, links: usize) -> Vec<u8> {
    let file = dirs + 2;
    let names: Vec<String> = (0..dirs.max(links)).map(|i| format!("n{i}")).collect();
    let mut tree = vec![Node::Dir(
        (0..dirs).map(|i| (names[i].clone(), i + 1)).collect(),
    )];
    tree.extend((0..dirs).map(|_| dir(&[])));
    tree.push(Node::Dir(
        (0..links).map(|i| (names[i].clone(), file)).collect(),
    ));
    tree.push(file_node(b"shared\n".to_vec(), false));
    let mut built = build(&tree, false);
    // Basic directory: header, then start_block, nlink, file_size, offset.
    let listing = built.inode_at(dirs + 1) + 16;
    for d in 1..=dirs {
        let at = built.inode_at(d) + 16;
        let (start_block, sizes) = (listing..listing + 4, listing + 8..listing + 12);
        built.image.copy_within(start_block, at);
        built.image.copy_within(sizes, at + 8);
    }
    built.image
}

/// The fragment entry of the file tail points at the fragment table's own metadata block.
pub fn fragment_into_itself() -> Vec<u8> {
    let mut built = sample(false);
    let table = built.fragment_block;
    built.image[table + 2..table + 10].copy_from_slice(&(table as u64).to_le_bytes());
    built.image
}

/// A file of one block whose compressed bytes (`zlib` of 1 MiB of zeros) expand far
/// past the block size.
pub fn expanding_block(zlib: &dyn Fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let bomb = zlib(&vec![0u8; 1 << 20]);
    assert!(
        bomb.len() < BLOCK_SIZE as usize,
        "zlib did not compress zeros"
    );
    let tree = vec![
        dir(&[("bomb", 1)]),
        Node::File {
            data: vec![0; BLOCK_SIZE as usize],
            fragment_tail: false,
            stored: Some(bomb),
        },
    ];
    build(&tree, false).image
}

/// The xattr table's header claims 2^32 - 1 xattr sets.
pub fn xattr_huge_count() -> Vec<u8> {
    let mut image = valid();
    let end = u64::from_le_bytes(image[40..48].try_into().unwrap());
    let inode_table = image[64..72].to_vec();
    // Header: key/value table start (any earlier table), count, unused; one block location.
    let mut table = inode_table.clone();
    table.extend_from_slice(&u32::MAX.to_le_bytes());
    table.extend_from_slice(&0u32.to_le_bytes());
    table.extend_from_slice(&inode_table);
    image.truncate(end as usize);
    image.extend_from_slice(&table);
    image[56..64].copy_from_slice(&end.to_le_bytes());
    // Clear "no xattrs" from the flags.
    image[25] &= !0x02;
    finish(&mut image);
    image
}

/// `dirs` directories with the one xattr set of the image: `refs` names (all `user.a`
/// unless `distinct_names`) whose values all refer (out of line) to one 8000-byte value:
/// 16 MB per directory from a 50 KiB table.
pub fn xattr_references(dirs: usize, refs: usize, distinct_names: bool) -> Vec<u8> {
    let mut tree = vec![Node::Dir(
        (1..=dirs).map(|i| (format!("d{i}"), i)).collect(),
    )];
    tree.extend((0..dirs).map(|_| dir(&[])));
    let mut built = build(&tree, true);
    for i in 0..=dirs {
        // Extended directory: header, then nlink, size, block, parent, index count, offset.
        let at = built.inode_at(i) + 16 + 20;
        built.image[at..at + 4].copy_from_slice(&0u32.to_le_bytes());
    }
    let mut image = built.image;
    let end = u64::from_le_bytes(image[40..48].try_into().unwrap());
    image.truncate(end as usize);
    // Key/value stream: the value, then the set's names, each referring to the value.
    let mut kv = Vec::new();
    put32(&mut kv, 8000);
    kv.extend(std::iter::repeat_n(b'v', 8000));
    let set_at = kv.len();
    for i in 0..refs {
        let name = if distinct_names {
            format!("a{i}")
        } else {
            "a".to_string()
        };
        put16(&mut kv, 0x0100); // user., value out of line
        put16(&mut kv, name.len() as u16);
        kv.extend_from_slice(name.as_bytes());
        put32(&mut kv, 8);
        put64(&mut kv, 0);
    }
    let kv_start = image.len() as u64;
    image.extend(metadata_blocks(&kv));
    let (block, offset) = meta_ref(set_at);
    let mut id = Vec::new();
    put64(&mut id, (block as u64) << 16 | offset as u64);
    put32(&mut id, refs as u32);
    put32(&mut id, (refs * 8000) as u32);
    let id_block = image.len() as u64;
    image.extend(metadata_blocks(&id));
    let xattr_table = image.len() as u64;
    put64(&mut image, kv_start);
    put32(&mut image, 1);
    put32(&mut image, 0);
    put64(&mut image, id_block);
    image[56..64].copy_from_slice(&xattr_table.to_le_bytes());
    image[25] &= !0x02;
    finish(&mut image);
    image
}

/// The inode table is `blocks` compressed metadata blocks of 8 KiB of zeros each (about
/// 30 bytes on disk): 330 MB from 1.3 MB for 40,000.
pub fn metadata_bombs(zlib: &dyn Fn(&[u8]) -> Vec<u8>, blocks: usize) -> Vec<u8> {
    let built = sample(false);
    let mut image = built.image;
    let end = u64::from_le_bytes(image[40..48].try_into().unwrap()) as usize;
    let directory_table = u64::from_le_bytes(image[72..80].try_into().unwrap()) as usize;
    // The fragment table's block follows the directory table.
    let listings = image[directory_table..built.fragment_block].to_vec();
    image.truncate(end);
    let bomb = zlib(&[0; METADATA]);
    let inode_table = image.len() as u64;
    for _ in 0..blocks {
        put16(&mut image, bomb.len() as u16);
        image.extend_from_slice(&bomb);
    }
    let new_directory_table = image.len() as u64;
    image.extend_from_slice(&listings);
    image[64..72].copy_from_slice(&inode_table.to_le_bytes());
    image[72..80].copy_from_slice(&new_directory_table.to_le_bytes());
    finish(&mut image);
    image
}

/// One inode of a crafted tree: node 0 is the root; children name nodes by index (a
/// child may be any node, cycles included).
pub enum Node {
    Dir(Vec<(String, usize)>),
    File {
        data: Vec<u8>,
        /// The last partial block goes to fragment 0.
        fragment_tail: bool,
        /// The on-disk bytes of the single data block instead of `data` stored as is.
        stored: Option<Vec<u8>>,
    },
}

pub fn dir(children: &[(&str, usize)]) -> Node {
    Node::Dir(children.iter().map(|(n, i)| (n.to_string(), *i)).collect())
}

pub fn file_node(data: Vec<u8>, fragment_tail: bool) -> Node {
    Node::File {
        data,
        fragment_tail,
        stored: None,
    }
}

/// A built image and where things landed in it.
pub struct Built {
    pub image: Vec<u8>,
    inode_table: usize,
    inode_pos: Vec<usize>,
    /// Image offset of the fragment table's metadata block.
    pub fragment_block: usize,
}

impl Built {
    /// Image offset of node `i`'s inode (metadata is uncompressed, so stream positions map
    /// to image offsets).
    pub fn inode_at(&self, i: usize) -> usize {
        let pos = self.inode_pos[i];
        self.inode_table + pos / METADATA * (METADATA + 2) + 2 + pos % METADATA
    }
}

fn sample(extended_dirs: bool) -> Built {
    let tail: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
    let tree = vec![
        dir(&[("etc", 1), ("blocks", 3)]),
        dir(&[("hostname", 2)]),
        file_node(b"live\n".to_vec(), true),
        file_node(tail, false),
    ];
    build(&tree, extended_dirs)
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn put64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Reference of stream position `pos` in a table of uncompressed metadata blocks:
/// (block's offset in the table, offset inside the block).
fn meta_ref(pos: usize) -> (u32, u16) {
    (
        (pos / METADATA * (METADATA + 2)) as u32,
        (pos % METADATA) as u16,
    )
}

/// `stream` as uncompressed metadata blocks.
fn metadata_blocks(stream: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in stream.chunks(METADATA) {
        put16(&mut out, 0x8000 | chunk.len() as u16);
        out.extend_from_slice(chunk);
    }
    out
}

fn listing_len(children: &[(String, usize)]) -> usize {
    children.iter().map(|(name, _)| 12 + 8 + name.len()).sum()
}

fn build(tree: &[Node], extended_dirs: bool) -> Built {
    let inode_count = tree.len() as u32;
    let mut image = vec![0u8; 96];
    // File data and the one fragment block.
    let mut blocks_start = vec![0u64; tree.len()];
    let mut fragment = Vec::new();
    let mut fragment_offset = vec![0u32; tree.len()];
    for (i, node) in tree.iter().enumerate() {
        let Node::File {
            data,
            fragment_tail,
            stored,
        } = node
        else {
            continue;
        };
        blocks_start[i] = image.len() as u64;
        match stored {
            Some(bytes) => image.extend_from_slice(bytes),
            None => {
                let whole = if *fragment_tail {
                    data.len() / BLOCK_SIZE as usize * BLOCK_SIZE as usize
                } else {
                    data.len()
                };
                image.extend_from_slice(&data[..whole]);
                fragment_offset[i] = fragment.len() as u32;
                fragment.extend_from_slice(&data[whole..]);
            }
        }
    }
    let fragment_start = image.len() as u64;
    image.extend_from_slice(&fragment);

    let dir_inode_len = if extended_dirs { 40 } else { 32 };
    let inode_len = |node: &Node| match node {
        Node::Dir(_) => dir_inode_len,
        Node::File {
            data,
            fragment_tail,
            stored,
        } => {
            let blocks = match (stored, fragment_tail) {
                (Some(_), _) => 1,
                (None, true) => data.len() / BLOCK_SIZE as usize,
                (None, false) => data.len().div_ceil(BLOCK_SIZE as usize),
            };
            32 + 4 * blocks
        }
    };
    let mut inode_pos = Vec::new();
    let mut pos = 0;
    for node in tree {
        inode_pos.push(pos);
        pos += inode_len(node);
    }
    let mut listing_pos = Vec::new();
    let mut pos = 0;
    for node in tree {
        listing_pos.push(pos);
        if let Node::Dir(children) = node {
            pos += listing_len(children);
        }
    }

    let mut inodes = Vec::new();
    let mut listings = Vec::new();
    for (i, node) in tree.iter().enumerate() {
        let (kind, extended_kind) = match node {
            Node::Dir(_) => (1u16, 8u16),
            Node::File { .. } => (2, 9),
        };
        let is_extended_dir = extended_dirs && kind == 1;
        put16(
            &mut inodes,
            if is_extended_dir { extended_kind } else { kind },
        );
        put16(&mut inodes, 0o755);
        put16(&mut inodes, 0);
        put16(&mut inodes, 0);
        put32(&mut inodes, 0);
        put32(&mut inodes, i as u32 + 1);
        match node {
            Node::Dir(children) => {
                let (block, offset) = meta_ref(listing_pos[i]);
                let size = listing_len(children) as u32 + 3;
                let parent = if i == 0 { inode_count + 1 } else { 1 };
                if is_extended_dir {
                    put32(&mut inodes, 2);
                    put32(&mut inodes, size);
                    put32(&mut inodes, block);
                    put32(&mut inodes, parent);
                    put16(&mut inodes, 0);
                    put16(&mut inodes, offset);
                    put32(&mut inodes, u32::MAX);
                } else {
                    put32(&mut inodes, block);
                    put32(&mut inodes, 2);
                    put16(&mut inodes, size as u16);
                    put16(&mut inodes, offset);
                    put32(&mut inodes, parent);
                }
                let mut sorted = children.clone();
                sorted.sort();
                for (name, child) in sorted {
                    let (block, offset) = meta_ref(inode_pos[child]);
                    put32(&mut listings, 0);
                    put32(&mut listings, block);
                    put32(&mut listings, child as u32 + 1);
                    put16(&mut listings, offset);
                    put16(&mut listings, 0);
                    put16(
                        &mut listings,
                        if matches!(tree[child], Node::Dir(_)) {
                            1
                        } else {
                            2
                        },
                    );
                    put16(&mut listings, name.len() as u16 - 1);
                    listings.extend_from_slice(name.as_bytes());
                }
            }
            Node::File {
                data,
                fragment_tail,
                stored,
            } => {
                put32(&mut inodes, blocks_start[i] as u32);
                put32(&mut inodes, if *fragment_tail { 0 } else { NO_FRAGMENT });
                put32(&mut inodes, fragment_offset[i]);
                put32(&mut inodes, data.len() as u32);
                let whole = inode_len(node) / 4 - 8;
                for b in 0..whole {
                    let word = match stored {
                        Some(bytes) => bytes.len() as u32,
                        None => {
                            let len =
                                (data.len() - b * BLOCK_SIZE as usize).min(BLOCK_SIZE as usize);
                            len as u32 | 1 << 24
                        }
                    };
                    put32(&mut inodes, word);
                }
            }
        }
    }

    let inode_table = image.len();
    image.extend(metadata_blocks(&inodes));
    let directory_table = image.len();
    image.extend(metadata_blocks(&listings));
    let fragment_block = image.len();
    let (fragment_count, fragment_table) = if fragment.is_empty() {
        (0, NO_TABLE)
    } else {
        let mut entry = Vec::new();
        put64(&mut entry, fragment_start);
        put32(&mut entry, fragment.len() as u32 | 1 << 24);
        put32(&mut entry, 0);
        image.extend(metadata_blocks(&entry));
        let table = image.len() as u64;
        put64(&mut image, fragment_block as u64);
        (1, table)
    };
    let id_block = image.len();
    image.extend(metadata_blocks(&0u32.to_le_bytes()));
    let id_table = image.len();
    put64(&mut image, id_block as u64);

    let (root_block, root_offset) = meta_ref(inode_pos[0]);
    let mut sb = Vec::new();
    put32(&mut sb, 0x7371_7368);
    put32(&mut sb, inode_count);
    put32(&mut sb, 0);
    put32(&mut sb, BLOCK_SIZE);
    put32(&mut sb, fragment_count);
    put16(&mut sb, 1); // gzip
    put16(&mut sb, BLOCK_SIZE.trailing_zeros() as u16);
    put16(&mut sb, 0x0001 | 0x0002 | 0x0008 | 0x0200 | 0x0800);
    put16(&mut sb, 1);
    put16(&mut sb, 4);
    put16(&mut sb, 0);
    put64(&mut sb, (root_block as u64) << 16 | root_offset as u64);
    put64(&mut sb, 0);
    put64(&mut sb, id_table as u64);
    put64(&mut sb, NO_TABLE);
    put64(&mut sb, inode_table as u64);
    put64(&mut sb, directory_table as u64);
    put64(&mut sb, fragment_table);
    put64(&mut sb, NO_TABLE);
    image[..96].copy_from_slice(&sb);
    finish(&mut image);
    Built {
        image,
        inode_table,
        inode_pos,
        fragment_block,
    }
}

/// Sets bytes_used to the image's length and pads it to 4 KiB, as mksquashfs does.
fn finish(image: &mut Vec<u8>) {
    let used = image.len() as u64;
    image[40..48].copy_from_slice(&used.to_le_bytes());
    image.resize(image.len().div_ceil(4096) * 4096, 0);
}
