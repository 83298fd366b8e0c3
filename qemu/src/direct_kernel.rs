//! A bzImage handed to QEMU as the ELF kernel inside it, entered through its PVH note.
//!
//! Under TCG the guest's own decompressor is slow: Debian's xz-compressed 6.1 kernel
//! spends 3.5 s of a 16 s boot of the example unpacking itself, while the host does it in
//! under a second, once per kernel. The kernel, initramfs and medium are the same; only how
//! the kernel gets into memory changes, and no reads of the medium depend on it. Kernels
//! without a PVH entry, or compressed in a way not handled here, are passed as they are.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context, Result};
use sha2::{Digest, Sha256};

/// ELF note type of the 32-bit PVH entry point (Xen's `XEN_ELFNOTE_PHYS32_ENTRY`), which
/// QEMU requires to boot an ELF kernel on x86.
const XEN_ELFNOTE_PHYS32_ENTRY: u32 = 18;
/// Upper bound on a decompressed kernel, against a corrupt size or a decompression bomb.
const MAX_KERNEL_BYTES: u64 = 512 << 20;

/// The kernel to give QEMU's `-kernel` for `kernel`: its decompressed ELF when it has a PVH
/// entry (cached under the liveopt cache directory by the bzImage's digest), else `kernel`.
pub fn for_qemu(kernel: &Path) -> PathBuf {
    match cache_dir().and_then(|dir| cached_elf(kernel, &dir.join("kernels"))) {
        Ok(Some(elf)) => elf,
        Ok(None) => kernel.to_path_buf(),
        Err(err) => {
            eprintln!(
                "liveopt: booting {} as it is (no decompressed copy: {err:#})",
                kernel.display()
            );
            kernel.to_path_buf()
        }
    }
}

/// The decompressed kernel in `dir`, made there first if need be; `None` when `kernel`
/// has no PVH entry or is no bzImage of a known codec.
fn cached_elf(kernel: &Path, dir: &Path) -> Result<Option<PathBuf>> {
    let Ok(image) = std::fs::read(kernel) else {
        return Ok(None);
    };
    let Some((codec, payload)) = compressed_payload(&image) else {
        return Ok(None);
    };
    let digest = hex::encode(Sha256::digest(&image));
    let elf_path = dir.join(format!("{digest}.elf"));
    let no_entry_path = dir.join(format!("{digest}.no-pvh"));
    if elf_path.is_file() {
        return Ok(Some(elf_path));
    }
    if no_entry_path.is_file() {
        return Ok(None);
    }
    let elf = decompress(codec, payload)?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    if !has_pvh_entry(&elf) {
        publish(dir, &no_entry_path, &[])?;
        return Ok(None);
    }
    publish(dir, &elf_path, &elf)?;
    Ok(Some(elf_path))
}

/// `$LIVEOPT_CACHE`, else `$XDG_CACHE_HOME/liveopt`, else `~/.cache/liveopt` (as
/// scripts/setup.sh).
fn cache_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("LIVEOPT_CACHE") {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return Ok(PathBuf::from(dir).join("liveopt"));
    }
    let home = std::env::var_os("HOME").context("neither LIVEOPT_CACHE nor HOME is set")?;
    Ok(PathBuf::from(home).join(".cache/liveopt"))
}

/// Written whole under a temporary name, then renamed: two boots filling the cache at
/// once each publish a complete file.
fn publish(dir: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = tempfile::Builder::new()
        .prefix(".kernel")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644))
        .tempfile_in(dir)
        .with_context(|| format!("creating a file in {}", dir.display()))?;
    file.write_all(bytes)?;
    file.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Xz,
    Zstd,
    Gzip,
}

/// The compressed kernel inside a bzImage (boot protocol 2.08+: `payload_offset` and
/// `payload_length`, from the start of the protected-mode code), and its codec.
fn compressed_payload(image: &[u8]) -> Option<(Codec, &[u8])> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(image.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(image.get(at..at + 4)?.try_into().ok()?));
    if image.get(0x202..0x206)? != b"HdrS" || u16_at(0x206)? < 0x208 {
        return None;
    }
    let setup_sectors = match *image.get(0x1f1)? {
        0 => 4,
        n => usize::from(n),
    };
    let start = (setup_sectors + 1) * 512 + u32_at(0x248)? as usize;
    let payload = image.get(start..start.checked_add(u32_at(0x24c)? as usize)?)?;
    let codec = if payload.starts_with(b"\xfd7zXZ\0") {
        Codec::Xz
    } else if payload.starts_with(b"\x28\xb5\x2f\xfd") {
        Codec::Zstd
    } else if payload.starts_with(b"\x1f\x8b") {
        Codec::Gzip
    } else {
        return None;
    };
    Some((codec, payload))
}

/// One stream of `codec`; what follows it (the kernel build appends the size) is ignored.
fn decompress(codec: Codec, payload: &[u8]) -> Result<Vec<u8>> {
    let reader: Box<dyn Read> = match codec {
        Codec::Xz => return decompress_xz(payload),
        Codec::Zstd => Box::new(zstd::stream::read::Decoder::new(payload)?.single_frame()),
        Codec::Gzip => Box::new(flate2::read::GzDecoder::new(payload)),
    };
    let mut elf = Vec::new();
    reader
        .take(MAX_KERNEL_BYTES + 1)
        .read_to_end(&mut elf)
        .with_context(|| format!("decompressing the {codec:?} kernel"))?;
    ensure!(
        elf.len() as u64 <= MAX_KERNEL_BYTES,
        "the kernel decompresses to more than {MAX_KERNEL_BYTES} bytes"
    );
    Ok(elf)
}

/// xz2's reader takes bytes after the stream for a corrupt stream, so its stream is
/// driven by hand, up to its end.
fn decompress_xz(payload: &[u8]) -> Result<Vec<u8>> {
    use xz2::stream::{Action, Status, Stream};
    let mut stream = Stream::new_stream_decoder(u64::MAX, 0)?;
    let mut elf = Vec::with_capacity(payload.len() * 4);
    loop {
        let (read, written) = (stream.total_in(), elf.len());
        let status = stream
            .process_vec(&payload[read as usize..], &mut elf, Action::Finish)
            .context("decompressing the xz kernel")?;
        if status == Status::StreamEnd {
            return Ok(elf);
        }
        ensure!(
            elf.len() as u64 <= MAX_KERNEL_BYTES,
            "the kernel decompresses to more than {MAX_KERNEL_BYTES} bytes"
        );
        if elf.len() == elf.capacity() {
            elf.reserve(elf.len());
        } else if stream.total_in() == read && elf.len() == written {
            bail!("the xz kernel ends early");
        }
    }
}

/// Whether `elf` is a 64-bit little-endian ELF with a `Xen` note of type
/// [`XEN_ELFNOTE_PHYS32_ENTRY`] in a `PT_NOTE` segment.
fn has_pvh_entry(elf: &[u8]) -> bool {
    notes(elf).is_ok_and(|notes| {
        notes
            .iter()
            .any(|(name, kind)| name == b"Xen" && *kind == XEN_ELFNOTE_PHYS32_ENTRY)
    })
}

/// (name without its NUL, type) of every note in the `PT_NOTE` segments.
fn notes(elf: &[u8]) -> Result<Vec<(Vec<u8>, u32)>> {
    const PT_NOTE: u32 = 4;
    let bytes = |at: u64, len: u64| -> Result<&[u8]> {
        let end = at.checked_add(len).context("offset overflow")?;
        elf.get(at as usize..end as usize)
            .with_context(|| format!("bytes {at}..{end} past the end"))
    };
    let u16_at = |at: u64| -> Result<u16> { Ok(u16::from_le_bytes(bytes(at, 2)?.try_into()?)) };
    let u32_at = |at: u64| -> Result<u32> { Ok(u32::from_le_bytes(bytes(at, 4)?.try_into()?)) };
    let u64_at = |at: u64| -> Result<u64> { Ok(u64::from_le_bytes(bytes(at, 8)?.try_into()?)) };
    // ELFCLASS64, ELFDATA2LSB.
    if bytes(0, 6)? != b"\x7fELF\x02\x01" {
        bail!("not a 64-bit little-endian ELF");
    }
    let table = u64_at(0x20)?;
    let entry_size = u64::from(u16_at(0x36)?);
    let mut found = Vec::new();
    for index in 0..u64::from(u16_at(0x38)?) {
        let header = table + index * entry_size;
        if u32_at(header)? != PT_NOTE {
            continue;
        }
        let (mut at, end) = (
            u64_at(header + 8)?,
            u64_at(header + 8)? + u64_at(header + 32)?,
        );
        while at + 12 <= end {
            let (name_len, desc_len) = (u64::from(u32_at(at)?), u64::from(u32_at(at + 4)?));
            let kind = u32_at(at + 8)?;
            let name = bytes(at + 12, name_len)?;
            found.push((name.strip_suffix(b"\0").unwrap_or(name).to_vec(), kind));
            at += 12 + name_len.next_multiple_of(4) + desc_len.next_multiple_of(4);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bzImage header around `payload`, as the boot protocol lays it out.
    fn bz_image(payload: &[u8]) -> Vec<u8> {
        let setup_sectors = 2u8;
        let mut image = vec![0u8; (usize::from(setup_sectors) + 1) * 512];
        image[0x1f1] = setup_sectors;
        image[0x202..0x206].copy_from_slice(b"HdrS");
        image[0x206..0x208].copy_from_slice(&0x20fu16.to_le_bytes());
        image[0x248..0x24c].copy_from_slice(&16u32.to_le_bytes());
        // The kernel build appends the decompressed size to the payload.
        image[0x24c..0x250].copy_from_slice(&(payload.len() as u32 + 4).to_le_bytes());
        image.extend_from_slice(&[0xaa; 16]);
        image.extend_from_slice(payload);
        image.extend_from_slice(&1234u32.to_le_bytes());
        image
    }

    /// A minimal ELF64 with one PT_NOTE segment holding one note of `name` and `kind`.
    fn elf_with_note(name: &[u8], kind: u32) -> Vec<u8> {
        let mut elf = vec![0u8; 64 + 56];
        elf[..6].copy_from_slice(b"\x7fELF\x02\x01");
        elf[0x20..0x28].copy_from_slice(&64u64.to_le_bytes());
        elf[0x36..0x38].copy_from_slice(&56u16.to_le_bytes());
        elf[0x38..0x3a].copy_from_slice(&1u16.to_le_bytes());
        let mut note = Vec::new();
        let name_len = name.len() as u32 + 1;
        note.extend_from_slice(&name_len.to_le_bytes());
        note.extend_from_slice(&8u32.to_le_bytes());
        note.extend_from_slice(&kind.to_le_bytes());
        note.extend_from_slice(name);
        note.push(0);
        note.resize(note.len().next_multiple_of(4), 0);
        note.extend_from_slice(&[1; 8]);
        elf[64..68].copy_from_slice(&4u32.to_le_bytes());
        elf[64 + 8..64 + 16].copy_from_slice(&120u64.to_le_bytes());
        elf[64 + 32..64 + 40].copy_from_slice(&(note.len() as u64).to_le_bytes());
        elf.extend_from_slice(&note);
        elf
    }

    fn xz(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        xz2::read::XzEncoder::new(bytes, 6)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn the_payload_of_each_codec_is_found_and_decompressed() {
        let elf = elf_with_note(b"Xen", XEN_ELFNOTE_PHYS32_ENTRY);
        let gzip = {
            let mut encoder =
                flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            encoder.write_all(&elf).unwrap();
            encoder.finish().unwrap()
        };
        for (codec, payload) in [
            (Codec::Xz, xz(&elf)),
            (Codec::Zstd, zstd::encode_all(&elf[..], 3).unwrap()),
            (Codec::Gzip, gzip),
        ] {
            let image = bz_image(&payload);
            let (found, bytes) = compressed_payload(&image).unwrap_or_else(|| panic!("{codec:?}"));
            assert_eq!((found, &bytes[..payload.len()]), (codec, &payload[..]));
            assert_eq!(decompress(codec, bytes).unwrap(), elf, "{codec:?}");
        }
    }

    #[test]
    fn only_a_xen_phys32_entry_note_makes_a_pvh_kernel() {
        assert!(has_pvh_entry(&elf_with_note(
            b"Xen",
            XEN_ELFNOTE_PHYS32_ENTRY
        )));
        assert!(!has_pvh_entry(&elf_with_note(b"Xen", 5)));
        assert!(!has_pvh_entry(&elf_with_note(
            b"GNU",
            XEN_ELFNOTE_PHYS32_ENTRY
        )));
        let mut truncated = elf_with_note(b"Xen", XEN_ELFNOTE_PHYS32_ENTRY);
        truncated.truncate(130);
        assert!(!has_pvh_entry(&truncated));
        assert!(!has_pvh_entry(b"not an elf"));
    }

    #[test]
    fn what_is_not_a_bzimage_is_booted_as_it_is() {
        assert_eq!(compressed_payload(b"short"), None);
        let mut image = bz_image(&xz(b"kernel"));
        image[0x206..0x208].copy_from_slice(&0x207u16.to_le_bytes());
        assert_eq!(compressed_payload(&image), None, "protocol before 2.08");
        let image = bz_image(b"LZ4 or something else");
        assert_eq!(compressed_payload(&image), None, "unknown codec");
        let mut image = bz_image(&xz(b"kernel"));
        image[0x24c..0x250].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(compressed_payload(&image), None, "payload past the end");
    }

    #[test]
    fn a_pvh_kernel_is_decompressed_once_and_others_are_passed_through() {
        let cache = tempfile::tempdir().unwrap();
        let for_qemu = |kernel: &Path| {
            cached_elf(kernel, cache.path())
                .unwrap()
                .unwrap_or(kernel.to_path_buf())
        };
        let dir = tempfile::tempdir().unwrap();
        let pvh = dir.path().join("vmlinuz");
        let elf = elf_with_note(b"Xen", XEN_ELFNOTE_PHYS32_ENTRY);
        std::fs::write(&pvh, bz_image(&xz(&elf))).unwrap();
        let unpacked = for_qemu(&pvh);
        assert!(unpacked.starts_with(cache.path()), "{unpacked:?}");
        assert_eq!(std::fs::read(&unpacked).unwrap(), elf);
        std::fs::write(&unpacked, b"kept").unwrap();
        assert_eq!(for_qemu(&pvh), unpacked, "the cached copy is used");
        assert_eq!(std::fs::read(&unpacked).unwrap(), b"kept");

        let plain = dir.path().join("vmlinuz-no-pvh");
        std::fs::write(&plain, bz_image(&xz(&elf_with_note(b"Xen", 5)))).unwrap();
        assert_eq!(for_qemu(&plain), plain);
        assert_eq!(for_qemu(&plain), plain, "and remembered as such");
        let missing = dir.path().join("missing");
        assert_eq!(for_qemu(&missing), missing);
        let names: Vec<_> = std::fs::read_dir(cache.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
    }
}
