//! Readahead inside a distribution's own initrd: reads an initrd as the kernel does
//! (concatenated newc cpio archives, each plain or gzip/zstd/xz/lzma/lz4-legacy
//! compressed, zero padding between them), tells which initramfs it is (live-boot,
//! dracut dmsquash-live, liveopt's own) and returns it with one more archive appended
//! that holds `liveopt-boot` and the hook for that family. The original bytes stay
//! unchanged in front; the kernel unpacks the appended archive over them.
//!
//! The appended archive is uncompressed (the binary is ~1.2 MiB, the hook a few lines:
//! compressing would save little and would make the kernel's support for a second
//! compressor matter). The exception is an initrd that ends in an lz4-legacy stream:
//! that format has no end marker, so the kernel's decoder reads every following byte
//! as another chunk; there our archive goes in as more lz4-legacy chunks of that stream.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::initramfs::binary::{members_with_parents, stripped, BOOT_BINARY_PATH};
use crate::initramfs::cpio::{write_newc, Member};
use crate::initramfs::ExtraFile;

/// The live-boot hook, installed as [`LIVE_BOOT_HOOK_PATH`].
pub const LIVE_BOOT_HOOK: &str = include_str!("../hooks/live-boot/9999-liveopt.sh");
/// live-boot sources `/lib/live/boot/????-*` in order; this name sorts after its own files.
pub const LIVE_BOOT_HOOK_PATH: &str = "/lib/live/boot/9999-liveopt.sh";

/// The dracut hooks, the same files the `90liveopt` module installs with `inst_hook`.
pub const DRACUT_READAHEAD_HOOK: &str =
    include_str!("../hooks/dracut/90liveopt/liveopt-readahead.sh");
pub const DRACUT_UMOUNT_HOOK: &str = include_str!("../hooks/dracut/90liveopt/liveopt-umount.sh");
/// Where dracut's /init looks for them (`$hookdir`, `/lib/dracut/hooks`; merged-/usr
/// initrds reach it through their `lib` symlink): the readahead hook sorts before the
/// `dmsquash-live-root.sh` job that dmsquash-live queues in the same directory.
pub const DRACUT_READAHEAD_HOOK_PATH: &str =
    "/lib/dracut/hooks/initqueue/settled/00-liveopt-readahead.sh";
pub const DRACUT_UMOUNT_HOOK_PATH: &str = "/lib/dracut/hooks/pre-pivot/99-liveopt-umount.sh";

/// Which initramfs an initrd is, by the files it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Debian live-boot on initramfs-tools (`/lib/live/boot/`, `/scripts/live`).
    LiveBoot,
    /// dracut with the dmsquash-live module (Fedora, RHEL live media).
    Dracut,
    /// liveopt's own initramfs (its `/init` runs the readahead itself).
    Liveopt,
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Family::LiveBoot => "live-boot",
            Family::Dracut => "dracut dmsquash-live",
            Family::Liveopt => "liveopt",
        })
    }
}

/// How one archive of an initrd is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
    Xz,
    Lzma,
    /// `lz4 -l`, the only lz4 format the kernel reads.
    Lz4Legacy,
}

/// One archive of an initrd: where its bytes are and how they are stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub offset: usize,
    pub len: usize,
    pub compression: Compression,
    /// Length of the (decompressed) cpio data.
    pub cpio_len: usize,
}

/// What the kernel would see in an initrd.
#[derive(Clone, Debug, Default)]
pub struct Initrd {
    pub segments: Vec<Segment>,
    /// Every member's path (no leading `/` or `./`), in unpack order; later ones win.
    pub paths: Vec<String>,
}

const LZ4_LEGACY_MAGIC: u32 = 0x184C_2102;
/// lz4-legacy chunks decompress to at most 8 MiB (`lz4 -l`, the kernel's `unlz4`).
const LZ4_LEGACY_CHUNK: usize = 8 << 20;

/// Parses `initrd` the way the kernel's `unpack_to_rootfs` does.
pub fn read(initrd: &[u8]) -> Result<Initrd> {
    let mut parsed = Initrd::default();
    let mut pos = 0;
    while pos < initrd.len() {
        let rest = &initrd[pos..];
        if rest[0] == 0 {
            pos += 1;
            continue;
        }
        let compression = compression_of(rest).with_context(|| format!("initrd at byte {pos}"))?;
        let (cpio, consumed) = match compression {
            Compression::None => {
                if pos % 4 != 0 {
                    bail!("initrd at byte {pos}: cpio archive not 4-byte aligned");
                }
                let len = cpio_paths(rest, &mut parsed.paths)
                    .with_context(|| format!("initrd at byte {pos}"))?;
                (None, len)
            }
            _ => {
                let (data, consumed) = decompress(compression, rest)
                    .with_context(|| format!("initrd at byte {pos}: {compression:?} archive"))?;
                (Some(data), consumed)
            }
        };
        let cpio_len = match &cpio {
            Some(data) => {
                cpio_stream_paths(data, &mut parsed.paths)
                    .with_context(|| format!("initrd at byte {pos}: {compression:?} archive"))?;
                data.len()
            }
            None => consumed,
        };
        parsed.segments.push(Segment {
            offset: pos,
            len: consumed,
            compression,
            cpio_len,
        });
        pos += consumed;
    }
    if parsed.segments.is_empty() {
        bail!("initrd is empty");
    }
    Ok(parsed)
}

/// The family of `initrd`, from its paths.
pub fn family(initrd: &[u8]) -> Result<Family> {
    family_of(&read(initrd)?.paths)
}

fn family_of(paths: &[String]) -> Result<Family> {
    let has = |test: &dyn Fn(&str) -> bool| paths.iter().any(|p| test(p));
    let liveopt_paths = crate::initramfs::PATHS_SCRIPT.trim_start_matches('/');
    if has(&|p| p == liveopt_paths) {
        return Ok(Family::Liveopt);
    }
    if has(&|p| p.starts_with("lib/live/boot/") || p == "scripts/live") {
        return Ok(Family::LiveBoot);
    }
    if has(&|p| {
        p.rsplit('/')
            .next()
            .is_some_and(|name| name.starts_with("dmsquash-live"))
    }) {
        return Ok(Family::Dracut);
    }
    bail!("initrd is none of live-boot, dracut dmsquash-live or liveopt's own initramfs")
}

/// The files appended for `family`.
fn hook_files(family: Family, boot_binary: &[u8]) -> Vec<ExtraFile> {
    let mut files = vec![ExtraFile {
        path: BOOT_BINARY_PATH.to_string(),
        mode: 0o755,
        data: boot_binary.to_vec(),
    }];
    match family {
        Family::LiveBoot => files.push(ExtraFile {
            path: LIVE_BOOT_HOOK_PATH.to_string(),
            mode: 0o644,
            data: LIVE_BOOT_HOOK.as_bytes().to_vec(),
        }),
        Family::Dracut => files.extend(
            [
                (DRACUT_READAHEAD_HOOK_PATH, DRACUT_READAHEAD_HOOK),
                (DRACUT_UMOUNT_HOOK_PATH, DRACUT_UMOUNT_HOOK),
            ]
            .map(|(path, script)| ExtraFile {
                path: path.to_string(),
                mode: 0o755,
                data: script.as_bytes().to_vec(),
            }),
        ),
        // Its /init already runs the readahead; only the binary is refreshed.
        Family::Liveopt => {}
    }
    files
}

/// `initrd` followed by an archive with `liveopt-boot` (read from `boot_binary`) and
/// `family`'s hook; the original bytes are the unchanged prefix of the result. Injecting
/// again does not add a second hook: an archive an earlier `inject` appended is replaced by
/// the new one, and an initrd that has the hook inside (dracut's `90liveopt` module, or an
/// lz4-legacy stream we continued) is returned as it is.
pub fn inject(initrd: &[u8], family: Family, boot_binary: &Path) -> Result<Vec<u8>> {
    let mut parsed = read(initrd)?;
    let mut initrd = initrd;
    if let Some(offset) = appended_by_us(initrd, &parsed)? {
        initrd = &initrd[..offset];
        parsed = read(initrd)?;
    }
    if has_hook(&parsed.paths, family) {
        return Ok(initrd.to_vec());
    }
    let binary =
        std::fs::read(boot_binary).with_context(|| format!("reading {}", boot_binary.display()))?;
    if !crate::initramfs::is_static_elf(&binary) {
        bail!("{} is not a static ELF binary", boot_binary.display());
    }
    // cargo's release build keeps symbols and debug info (~13 MiB vs ~1.2 MiB stripped).
    let binary = std::fs::read(stripped(boot_binary)?)?;
    // A directory entry over an existing path of another type makes the kernel unlink
    // it: merged-/usr initrds have `bin -> usr/bin`. So only missing parents are added;
    // the kernel follows existing symlinks when it creates our files.
    let existing: std::collections::HashSet<&str> =
        parsed.paths.iter().map(String::as_str).collect();
    let members: Vec<Member> = members_with_parents(&hook_files(family, &binary))
        .into_iter()
        .filter(|m| !(matches!(m, Member::Dir { .. }) && existing.contains(m.path())))
        .collect();
    let mut cpio = Vec::new();
    write_newc(&mut cpio, &members)?;

    let mut out = initrd.to_vec();
    let last = parsed
        .segments
        .last()
        .expect("read() rejects an empty initrd");
    if last.compression == Compression::Lz4Legacy && last.offset + last.len == initrd.len() {
        // Our cpio continues the decompressed stream, which must stay 4-byte aligned.
        let mut padded = vec![0u8; (4 - last.cpio_len % 4) % 4];
        padded.extend_from_slice(&cpio);
        out.extend_from_slice(&lz4_legacy(&padded));
    } else {
        out.resize(initrd.len().next_multiple_of(4), 0);
        out.extend_from_slice(&cpio);
    }
    Ok(out)
}

/// Every path [`inject`] may write, without the leading `/`.
fn injected_paths() -> [&'static str; 4] {
    [
        BOOT_BINARY_PATH,
        LIVE_BOOT_HOOK_PATH,
        DRACUT_READAHEAD_HOOK_PATH,
        DRACUT_UMOUNT_HOOK_PATH,
    ]
    .map(|p| p.trim_start_matches('/'))
}

/// Where the archive an earlier [`inject`] appended to `initrd` starts, if its last archive
/// is one: uncompressed, with `liveopt-boot` and nothing but our files and their parents.
fn appended_by_us(initrd: &[u8], parsed: &Initrd) -> Result<Option<usize>> {
    let last = parsed
        .segments
        .last()
        .expect("read() rejects an empty initrd");
    if last.compression != Compression::None || parsed.segments.len() < 2 {
        return Ok(None);
    }
    let mut paths = Vec::new();
    cpio_paths(&initrd[last.offset..], &mut paths)?;
    let ours = injected_paths();
    let is_ours = |path: &String| {
        ours.iter()
            .any(|p| p == path || p.starts_with(&format!("{path}/")))
    };
    let has_binary = paths.iter().any(|p| p == ours[0]);
    Ok((has_binary && paths.iter().all(is_ours)).then_some(last.offset))
}

/// Whether `paths` (an initrd's) hold `family`'s hook already, under `/` or `/usr`.
fn has_hook(paths: &[String], family: Family) -> bool {
    let hook = match family {
        Family::LiveBoot => LIVE_BOOT_HOOK_PATH,
        Family::Dracut => DRACUT_READAHEAD_HOOK_PATH,
        // Its /init runs the readahead: there is no hook, only the binary to refresh.
        Family::Liveopt => return false,
    };
    let hook = hook.trim_start_matches('/');
    paths
        .iter()
        .any(|p| p.strip_prefix("usr/").unwrap_or(p) == hook)
}

/// The kernel's magic numbers (`lib/decompress.c`).
fn compression_of(data: &[u8]) -> Result<Compression> {
    Ok(match data {
        [b'0', b'7', b'0', b'7', b'0', b'1' | b'2', ..] => Compression::None,
        [0x1f, 0x8b | 0x9e, ..] => Compression::Gzip,
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
        [0xfd, b'7', b'z', b'X', b'Z', 0, ..] => Compression::Xz,
        [0x5d, 0, 0, ..] => Compression::Lzma,
        [0x02, 0x21, 0x4c, 0x18, ..] => Compression::Lz4Legacy,
        [b'B', b'Z', b'h', ..] => bail!("bzip2-compressed archive (not supported)"),
        [0x89, b'L', b'Z', ..] => bail!("lzo-compressed archive (not supported)"),
        _ => bail!(
            "neither a cpio archive nor a compression the kernel knows (starts with {:02x?})",
            &data[..data.len().min(6)]
        ),
    })
}

/// Decompresses the one stream at the start of `data`: its bytes and how many input
/// bytes it took.
fn decompress(compression: Compression, data: &[u8]) -> Result<(Vec<u8>, usize)> {
    let mut input = data;
    let mut out = Vec::new();
    match compression {
        Compression::None => unreachable!("plain cpio is not decompressed"),
        Compression::Gzip => {
            flate2::bufread::GzDecoder::new(&mut input).read_to_end(&mut out)?;
        }
        Compression::Zstd => {
            zstd::stream::read::Decoder::with_buffer(&mut input)?
                .single_frame()
                .read_to_end(&mut out)?;
        }
        Compression::Xz => {
            xz2::bufread::XzDecoder::new(&mut input).read_to_end(&mut out)?;
        }
        Compression::Lzma => {
            let stream = xz2::stream::Stream::new_lzma_decoder(u64::MAX)?;
            xz2::bufread::XzDecoder::new_stream(&mut input, stream).read_to_end(&mut out)?;
        }
        Compression::Lz4Legacy => return lz4_legacy_decode(data),
    }
    Ok((out, data.len() - input.len()))
}

/// Like the kernel's `unlz4`: chunks (u32 LE length + lz4 block) until the input ends
/// or a length that cannot be a chunk; a repeated magic number is skipped.
fn lz4_legacy_decode(data: &[u8]) -> Result<(Vec<u8>, usize)> {
    let max_chunk = LZ4_LEGACY_CHUNK + LZ4_LEGACY_CHUNK / 255 + 16;
    let mut out = Vec::new();
    let mut buf = vec![0u8; LZ4_LEGACY_CHUNK];
    let mut pos = 4;
    while data.len() - pos >= 4 {
        let size = u32::from_le_bytes(data[pos..pos + 4].try_into().expect("4 bytes"));
        if size == LZ4_LEGACY_MAGIC {
            pos += 4;
            continue;
        }
        let size = size as usize;
        if size == 0 || size > max_chunk || pos + 4 + size > data.len() {
            break;
        }
        let n = lz4_flex::block::decompress_into(&data[pos + 4..pos + 4 + size], &mut buf)
            .map_err(|e| anyhow::anyhow!("lz4 chunk at byte {pos}: {e}"))?;
        out.extend_from_slice(&buf[..n]);
        pos += 4 + size;
    }
    Ok((out, pos))
}

/// `data` as lz4-legacy chunks, magic number first.
fn lz4_legacy(data: &[u8]) -> Vec<u8> {
    let mut out = LZ4_LEGACY_MAGIC.to_le_bytes().to_vec();
    for chunk in data.chunks(LZ4_LEGACY_CHUNK) {
        let block = lz4_flex::block::compress(chunk);
        out.extend_from_slice(&(block.len() as u32).to_le_bytes());
        out.extend_from_slice(&block);
    }
    out
}

/// Several archives back to back with zero padding, as in a decompressed stream.
fn cpio_stream_paths(data: &[u8], paths: &mut Vec<String>) -> Result<()> {
    let mut pos = 0;
    while pos < data.len() {
        if data[pos] == 0 {
            pos += 1;
            continue;
        }
        if pos % 4 != 0 {
            bail!("cpio archive at byte {pos} of the stream is not 4-byte aligned");
        }
        pos += cpio_paths(&data[pos..], paths)
            .with_context(|| format!("at byte {pos} of the decompressed stream"))?;
    }
    Ok(())
}

/// One newc archive at the start of `data`, up to and including its trailer: adds its
/// paths, returns its length (padding zeros after it are left to the caller).
fn cpio_paths(data: &[u8], paths: &mut Vec<String>) -> Result<usize> {
    let mut pos = 0;
    loop {
        let header = data
            .get(pos..pos + 110)
            .context("truncated cpio archive (no TRAILER!!!)")?;
        if !matches!(&header[..6], b"070701" | b"070702") {
            bail!("bad cpio header magic at byte {pos}");
        }
        let field = |i: usize| -> Result<usize> {
            let text = std::str::from_utf8(&header[6 + 8 * i..14 + 8 * i])?;
            Ok(usize::from_str_radix(text, 16)?)
        };
        let file_size = field(6).context("cpio header: file size")?;
        let name_size = field(11).context("cpio header: name size")?;
        let name_end = pos + 110 + name_size;
        let name = data
            .get(pos + 110..name_end.saturating_sub(1))
            .filter(|_| name_size > 0)
            .context("truncated cpio name")?;
        let name = String::from_utf8_lossy(name).into_owned();
        let data_start = name_end.next_multiple_of(4);
        let next = (data_start + file_size).next_multiple_of(4);
        if data.len() < data_start + file_size {
            bail!("truncated cpio member {name:?}");
        }
        pos = next.min(data.len());
        if name == "TRAILER!!!" {
            return Ok(pos);
        }
        let clean = name.trim_start_matches("./").trim_start_matches('/');
        if !clean.is_empty() && clean != "." {
            paths.push(clean.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Command, Stdio};

    /// Stands in for liveopt-boot: any static ELF passes the check (busybox is static here).
    const STATIC_BINARY: &str = "/usr/bin/busybox";

    fn run(cmd: &mut Command, input: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        assert!(out.status.success(), "{cmd:?} failed");
        out.stdout
    }

    /// A newc archive of a small tree made by GNU cpio; `merged_usr` makes `bin` and
    /// `lib` symlinks as in a Debian bookworm initrd.
    fn gnu_cpio(dir: &Path, files: &[&str], merged_usr: bool) -> Vec<u8> {
        let root = dir.join(format!(
            "tree-{}-{merged_usr}",
            files.join("+").replace('/', "_")
        ));
        for file in files {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, format!("content of {file}\n")).unwrap();
        }
        if merged_usr {
            std::fs::create_dir_all(root.join("usr/bin")).unwrap();
            std::fs::create_dir_all(root.join("usr/lib")).unwrap();
            std::os::unix::fs::symlink("usr/bin", root.join("bin")).unwrap();
            std::os::unix::fs::symlink("usr/lib", root.join("lib")).unwrap();
        }
        let list = run(
            Command::new("sh")
                .args(["-c", "find . | LC_ALL=C sort"])
                .current_dir(&root),
            b"",
        );
        run(
            Command::new("cpio")
                .args(["-o", "-H", "newc", "--quiet"])
                .current_dir(&root),
            &list,
        )
    }

    /// The uncompressed early archive initramfs-tools and dracut put first.
    fn early_microcode(dir: &Path) -> Vec<u8> {
        gnu_cpio(dir, &["kernel/x86/microcode/GenuineIntel.bin"], false)
    }

    fn compress(tool: &[&str], data: &[u8]) -> Vec<u8> {
        run(Command::new(tool[0]).args(&tool[1..]), data)
    }

    /// Decompresses one segment with the real tool.
    fn real_decompress(compression: Compression, bytes: &[u8]) -> Vec<u8> {
        let tool: &[&str] = match compression {
            Compression::None => return bytes.to_vec(),
            Compression::Gzip => &["gzip", "-dc"],
            Compression::Zstd => &["zstd", "-dcq"],
            Compression::Xz => &["xz", "-dc"],
            Compression::Lzma => &["xz", "--format=lzma", "-dc"],
            Compression::Lz4Legacy => &["lz4", "-dcq"],
        };
        compress(tool, bytes)
    }

    /// The tree the kernel would unpack from `initrd` followed by `appended`, by GNU cpio:
    /// each segment of `initrd` (cut where `read` says) decompressed by the real tool and
    /// extracted over the previous ones; then `appended` on its own, the same way.
    fn kernel_view(
        initrd: &[u8],
        appended: &[u8],
        dir: &Path,
    ) -> std::collections::BTreeSet<String> {
        let out = dir.join("unpacked");
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        let extract = |cpio: &[u8]| {
            let start = cpio.iter().position(|&b| b != 0).unwrap_or(cpio.len());
            run(
                Command::new("cpio")
                    .args(["-idmu", "--quiet"])
                    .current_dir(&out),
                &cpio[start..],
            );
        };
        for seg in read(initrd).unwrap().segments {
            extract(&real_decompress(
                seg.compression,
                &initrd[seg.offset..seg.offset + seg.len],
            ));
        }
        if !appended.is_empty() {
            let start = appended.iter().position(|&b| b != 0).unwrap();
            let tail = &appended[start..];
            if tail.starts_with(&LZ4_LEGACY_MAGIC.to_le_bytes()) {
                extract(&real_decompress(Compression::Lz4Legacy, tail));
            } else {
                extract(tail);
            }
        }
        let listing = run(
            Command::new("sh")
                .args(["-c", "find . -mindepth 1 | sort"])
                .current_dir(&out),
            b"",
        );
        String::from_utf8(listing)
            .unwrap()
            .lines()
            .map(|l| l.trim_start_matches("./").to_string())
            .collect()
    }

    const LIVE_BOOT_FILES: &[&str] = &[
        "init",
        "scripts/live",
        "usr/lib/live/boot/9990-misc-helpers.sh",
        "usr/bin/sh",
    ];

    /// For each compressor the kernel reads: an uncompressed early cpio, then the main
    /// archive compressed by the real tool (as initramfs-tools and dracut lay it out).
    #[test]
    fn every_compression_keeps_the_front_and_adds_our_files() {
        let dir = tempfile::tempdir().unwrap();
        let early = early_microcode(dir.path());
        let main = gnu_cpio(dir.path(), LIVE_BOOT_FILES, true);
        let compressors: &[(&[&str], Compression)] = &[
            (&["gzip", "-c"], Compression::Gzip),
            (&["zstd", "-c", "-q"], Compression::Zstd),
            (&["xz", "-c", "--check=crc32"], Compression::Xz),
            (&["xz", "--format=lzma", "-c"], Compression::Lzma),
            (&["lz4", "-l", "-c", "-q"], Compression::Lz4Legacy),
        ];
        for (tool, expected) in compressors {
            let mut initrd = early.clone();
            initrd.extend_from_slice(&compress(tool, &main));
            let before = kernel_view(&initrd, &[], dir.path());
            assert!(before.contains("scripts/live"), "{tool:?}: {before:?}");

            let parsed = read(&initrd).unwrap();
            let kinds: Vec<Compression> = parsed.segments.iter().map(|s| s.compression).collect();
            assert_eq!(kinds, [Compression::None, *expected], "{tool:?}");
            assert_eq!(family(&initrd).unwrap(), Family::LiveBoot, "{tool:?}");

            let injected = inject(&initrd, Family::LiveBoot, Path::new(STATIC_BINARY)).unwrap();
            assert_eq!(
                &injected[..initrd.len()],
                &initrd[..],
                "{tool:?}: front changed"
            );
            let after = kernel_view(&initrd, &injected[initrd.len()..], dir.path());
            let added: Vec<&String> = after.difference(&before).collect();
            assert_eq!(
                added,
                ["usr/bin/liveopt-boot", "usr/lib/live/boot/9999-liveopt.sh"],
                "{tool:?}"
            );
            assert!(before.is_subset(&after), "{tool:?}: something vanished");
            let unpacked = dir.path().join("unpacked");
            assert!(
                unpacked.join("bin").is_symlink(),
                "{tool:?}: bin symlink replaced"
            );
            assert_eq!(
                std::fs::read(unpacked.join("usr/lib/live/boot/9999-liveopt.sh")).unwrap(),
                LIVE_BOOT_HOOK.as_bytes()
            );
            assert_eq!(
                std::fs::read(unpacked.join("usr/bin/liveopt-boot")).unwrap(),
                std::fs::read(stripped(Path::new(STATIC_BINARY)).unwrap()).unwrap()
            );
        }
    }

    /// Injecting into an injected initrd gives the same bytes as injecting once, for every
    /// compression and each family: one hook, never two.
    #[test]
    fn injecting_twice_is_injecting_once() {
        let dir = tempfile::tempdir().unwrap();
        let early = early_microcode(dir.path());
        let dracut_files = [
            "init",
            "usr/lib/dracut/hooks/initqueue/dmsquash-live-root.sh",
        ];
        let families: [(&[&str], Family); 2] = [
            (LIVE_BOOT_FILES, Family::LiveBoot),
            (&dracut_files, Family::Dracut),
        ];
        for (files, family) in families {
            let main = gnu_cpio(dir.path(), files, true);
            for tool in [&["cat"][..], &["gzip", "-c"], &["lz4", "-l", "-c", "-q"]] {
                let mut initrd = early.clone();
                initrd.extend_from_slice(&compress(tool, &main));
                let binary = Path::new(STATIC_BINARY);
                let once = inject(&initrd, family, binary).unwrap();
                assert!(
                    once.len() > initrd.len(),
                    "{family} {tool:?}: nothing added"
                );
                let twice = inject(&once, family, binary).unwrap();
                assert!(twice == once, "{family} {tool:?}: injected twice");
                let hook = match family {
                    Family::LiveBoot => LIVE_BOOT_HOOK_PATH,
                    _ => DRACUT_READAHEAD_HOOK_PATH,
                };
                let hooks = read(&twice)
                    .unwrap()
                    .paths
                    .iter()
                    .filter(|p| *p == hook.trim_start_matches('/'))
                    .count();
                assert_eq!(hooks, 1, "{family} {tool:?}");
            }
        }
    }

    /// Debian's initramfs runs busybox sh: both hooks must parse there.
    #[test]
    fn hooks_parse_in_busybox_sh() {
        let hooks = Path::new(env!("CARGO_MANIFEST_DIR")).join("hooks");
        let scripts = [
            ("busybox", "live-boot/9999-liveopt.sh"),
            ("busybox", "initramfs-tools/liveopt"),
            ("busybox", "dracut/90liveopt/liveopt-readahead.sh"),
            ("busybox", "dracut/90liveopt/liveopt-umount.sh"),
            // dracut sources module-setup.sh with bash.
            ("bash", "dracut/90liveopt/module-setup.sh"),
        ];
        for (shell, hook) in scripts {
            let mut check = Command::new(shell);
            if shell == "busybox" {
                check.arg("sh");
            }
            let status = check.arg("-n").arg(hooks.join(hook)).status().unwrap();
            assert!(status.success(), "{hook}");
        }
    }

    #[test]
    fn families_are_told_apart_by_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let dracut = gnu_cpio(
            dir.path(),
            &[
                "init",
                "usr/sbin/dmsquash-live-root",
                "usr/lib/dracut/hooks/x.sh",
            ],
            false,
        );
        assert_eq!(family(&dracut).unwrap(), Family::Dracut);
        let liveopt = gnu_cpio(dir.path(), &["init", "lib/liveopt/paths.sh"], false);
        assert_eq!(family(&liveopt).unwrap(), Family::Liveopt);
        let plain = gnu_cpio(dir.path(), &["init", "scripts/local"], false);
        let err = family(&plain).unwrap_err().to_string();
        assert!(err.contains("none of live-boot"), "{err}");
    }

    /// A merged-/usr dracut initrd (as Debian's and Fedora's dracut write it) gets the
    /// module's own hook scripts where dracut's /init looks for them.
    #[test]
    fn dracut_hooks_land_in_the_initqueue_and_pre_pivot() {
        let dir = tempfile::tempdir().unwrap();
        let main = gnu_cpio(
            dir.path(),
            &[
                "init",
                "usr/sbin/dmsquash-live-root",
                "usr/lib/dracut/hooks/initqueue/settled/.keep",
                "usr/lib/dracut/hooks/pre-pivot/20-apply-live-updates.sh",
            ],
            true,
        );
        let initrd = compress(&["gzip", "-c"], &main);
        assert_eq!(family(&initrd).unwrap(), Family::Dracut);
        let before = kernel_view(&initrd, &[], dir.path());
        let injected = inject(&initrd, Family::Dracut, Path::new(STATIC_BINARY)).unwrap();
        assert_eq!(&injected[..initrd.len()], &initrd[..]);
        let after = kernel_view(&initrd, &injected[initrd.len()..], dir.path());
        let added: Vec<&String> = after.difference(&before).collect();
        assert_eq!(
            added,
            [
                "usr/bin/liveopt-boot",
                "usr/lib/dracut/hooks/initqueue/settled/00-liveopt-readahead.sh",
                "usr/lib/dracut/hooks/pre-pivot/99-liveopt-umount.sh",
            ]
        );
        let unpacked = dir.path().join("unpacked");
        assert!(unpacked.join("lib").is_symlink(), "lib symlink replaced");
        let module = Path::new(env!("CARGO_MANIFEST_DIR")).join("hooks/dracut/90liveopt");
        for (installed, source) in [
            (DRACUT_READAHEAD_HOOK_PATH, "liveopt-readahead.sh"),
            (DRACUT_UMOUNT_HOOK_PATH, "liveopt-umount.sh"),
        ] {
            assert_eq!(
                std::fs::read(unpacked.join(installed.trim_start_matches('/'))).unwrap(),
                std::fs::read(module.join(source)).unwrap(),
                "{installed}"
            );
            // The module installs the same files under the same names.
            let setup = std::fs::read_to_string(module.join("module-setup.sh")).unwrap();
            let hook = installed.trim_start_matches("/lib/dracut/hooks/");
            let (stage, name) = hook.rsplit_once('/').unwrap();
            let (priority, _) = name.split_once('-').unwrap();
            assert!(
                setup.contains(&format!(
                    "inst_hook {stage} {priority} \"$moddir/{source}\""
                )),
                "{hook}"
            );
        }
    }

    #[test]
    fn broken_initrds_are_one_line_errors() {
        let dir = tempfile::tempdir().unwrap();
        let good = compress(
            &["gzip", "-c"],
            &gnu_cpio(dir.path(), LIVE_BOOT_FILES, false),
        );
        let truncated = &good[..good.len() / 2];
        let mut junk_after = good.clone();
        junk_after.extend_from_slice(b"JUNKJUNK");
        let cases: &[(&str, &[u8])] = &[
            ("empty", b"".as_slice()),
            ("zeros only", [0u8; 64].as_slice()),
            ("not an initrd", b"hello world, this is text".as_slice()),
            ("truncated gzip", truncated),
            ("junk after the archive", junk_after.as_slice()),
            ("bzip2", b"BZh91AY&SY".as_slice()),
        ];
        for (what, bytes) in cases {
            let err = inject(bytes, Family::LiveBoot, Path::new(STATIC_BINARY)).expect_err(what);
            let text = format!("{err:#}");
            assert!(!text.contains('\n'), "{what}: {text}");
        }
        let err = inject(
            &good,
            Family::LiveBoot,
            Path::new("/nonexistent/liveopt-boot"),
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("/nonexistent/liveopt-boot"));
    }

    /// The live-build fixture ISO's own initrd (Debian bookworm, gzip, merged /usr),
    /// when a previous test run has built it.
    #[test]
    fn live_build_fixture_initrd() {
        let iso = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/example/fixtures/live-build/live.iso");
        if !iso.exists() {
            eprintln!("{} not built yet; skipping", iso.display());
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let initrd_path = dir.path().join("initrd.img");
        let status = Command::new("xorriso")
            .args(["-osirrox", "on", "-indev"])
            .arg(&iso)
            .args(["-extract", "/live/initrd.img"])
            .arg(&initrd_path)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        let initrd = std::fs::read(&initrd_path).unwrap();
        assert_eq!(family(&initrd).unwrap(), Family::LiveBoot);
        let before = kernel_view(&initrd, &[], dir.path());
        assert!(before.contains("usr/lib/live/boot/9990-misc-helpers.sh"));
        let injected = inject(&initrd, Family::LiveBoot, Path::new(STATIC_BINARY)).unwrap();
        assert_eq!(&injected[..initrd.len()], &initrd[..]);
        let after = kernel_view(&initrd, &injected[initrd.len()..], dir.path());
        let added: Vec<&String> = after.difference(&before).collect();
        assert_eq!(
            added,
            ["usr/bin/liveopt-boot", "usr/lib/live/boot/9999-liveopt.sh"]
        );
        // The function the hook replaces is still what live-boot calls for the image.
        let helpers = std::fs::read_to_string(
            dir.path()
                .join("unpacked/usr/lib/live/boot/9990-misc-helpers.sh"),
        )
        .unwrap();
        assert!(helpers.contains("get_backing_device ()"));
        let overlay = std::fs::read_to_string(
            dir.path()
                .join("unpacked/usr/lib/live/boot/9990-overlay.sh"),
        )
        .unwrap();
        assert!(overlay.contains("backdev=$(get_backing_device \"${image}\""));
    }
}
