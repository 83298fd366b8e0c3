//! `liveopt qemu profile`: boot an image with QEMU's block trace on and turn what the
//! medium served into a boot profile (host-side view: no guest instrumentation).

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use formats::profile::{ImageRead, Profile, Source};

use crate::boot::{boot, BootConfig, BootEnd, BootOutcome};
use crate::iso::{self, Extent};
use crate::mapping::files_from_reads;
use crate::trace::{parse_qemu_log, DeviceRead};
use formats::block_trace::{BlockTrace, TraceRead};

/// The recorder name profiles from this module carry.
pub const RECORDER: &str = "liveopt qemu profile (host)";

/// What to profile.
#[derive(Clone, Debug)]
pub struct ProfileRequest {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// A squashfs image, or (with `cdrom`) an ISO holding one.
    pub image: PathBuf,
    pub cdrom: bool,
    pub append: String,
    pub timeout: Duration,
    /// QEMU `-drive` options (throttling), if any.
    pub drive_options: String,
    /// Also run this liveopt binary's eBPF recorder inside the guest (added to the initrd
    /// with its hook by `guest::initrd_with_recorder`).
    pub guest_recorder: Option<PathBuf>,
    /// Boot a distribution's live ISO through its own boot entry and initramfs, instead of
    /// the example's liveopt initramfs.
    pub iso_boot: Option<IsoBoot>,
}

/// How a distribution's live ISO boots and when its boot is over.
#[derive(Clone, Debug)]
pub struct IsoBoot {
    /// The kernel command line (the boot entry's, or what replaces it).
    pub cmdline: String,
    /// The live image's path inside the ISO.
    pub live_image: String,
    /// End at this serial line; else at a login prompt or the live image idle for `idle`.
    pub marker: Option<String>,
    pub idle: Duration,
}

/// A profiled boot.
pub struct ProfiledBoot {
    pub profile: Profile,
    pub trace: BlockTrace,
    pub outcome: BootOutcome,
    /// Device reads QEMU logged, and those dropped from the profile and trace.
    pub device_reads: usize,
    pub dropped: DroppedReads,
    /// The guest-side recorder's output, when it ran.
    pub guest: Option<crate::guest::GuestOutput>,
}

/// The medium to attach, where the live image (squashfs or EROFS) lies on it, and the
/// image opened.
struct Medium {
    path: PathBuf,
    extent: Extent,
    image: iso::PlacedImage,
}

fn prepare_medium(image: &Path, cdrom: bool, live_image: Option<&str>) -> Result<Medium> {
    let image_is_iso = iso::is_iso(image)?;
    if !cdrom {
        if image_is_iso {
            bail!("{} is an ISO: boot it with --cdrom", image.display());
        }
        let len = std::fs::metadata(image)?.len();
        let extent = Extent { offset: 0, len };
        return Ok(Medium {
            path: image.to_path_buf(),
            extent,
            image: iso::PlacedImage::open(image, extent)?,
        });
    }
    if image_is_iso {
        let (_, extent) = crate::live_iso::LiveIso::open(image)?.live_image(live_image)?;
        return Ok(Medium {
            path: image.to_path_buf(),
            extent,
            image: iso::PlacedImage::open(image, extent)?,
        });
    }
    let iso_path = cached_iso(image)?;
    let (_, extent) = iso::find_live_image(&iso_path)?;
    let len = std::fs::metadata(image)?.len();
    Ok(Medium {
        path: iso_path,
        extent,
        image: iso::PlacedImage::open(image, Extent { offset: 0, len })?,
    })
}

/// `<image>.iso` beside the image, rebuilt when older than the image or of another size.
pub fn cached_iso(squashfs: &Path) -> Result<PathBuf> {
    let mut name = squashfs.file_name().unwrap_or_default().to_os_string();
    name.push(".iso");
    let iso_path = squashfs.with_file_name(name);
    let image_meta =
        std::fs::metadata(squashfs).with_context(|| format!("reading {}", squashfs.display()))?;
    let fresh = std::fs::metadata(&iso_path)
        .ok()
        .filter(|m| m.modified().ok() >= image_meta.modified().ok())
        .and_then(|_| iso::find_live_image(&iso_path).ok())
        .is_some_and(|(_, extent)| extent.len == image_meta.len());
    if !fresh {
        iso::wrap_squashfs(squashfs, &iso_path)?;
    }
    Ok(iso_path)
}

/// Device reads left out of a boot's profile and trace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DroppedReads {
    /// Before the initramfs started (firmware, bootloader).
    pub firmware: usize,
    /// Outside the image (ISO metadata).
    pub outside: usize,
    /// After the boot marker (the test system powering off).
    pub after_marker: usize,
}

/// Device reads → image reads: drop firmware reads (before `init_started_ns`, else before
/// the first read of the image) and reads
/// issued after the marker (`marker_ns`: the boot is over, the guest powers off), clip to
/// the image's extent, make offsets image-relative and times relative to `started_ns`.
pub fn device_to_image_reads(
    reads: &[DeviceRead],
    extent: Extent,
    started_ns: u64,
    init_started_ns: Option<u64>,
    marker_ns: Option<u64>,
) -> (Vec<ImageRead>, DroppedReads) {
    let mut dropped = DroppedReads::default();
    let mut out = Vec::new();
    let reads_image =
        |r: &DeviceRead| r.offset < extent.offset + extent.len && r.offset + r.len > extent.offset;
    let first_image_read_ns = reads.iter().find(|r| reads_image(r)).map(|r| r.time_ns);
    for r in reads {
        if init_started_ns
            .or(first_image_read_ns)
            .is_some_and(|t| r.time_ns < t)
        {
            dropped.firmware += 1;
            continue;
        }
        if marker_ns.is_some_and(|t| r.time_ns > t) {
            dropped.after_marker += 1;
            continue;
        }
        let start = r.offset.max(extent.offset);
        let end = (r.offset + r.len).min(extent.offset + extent.len);
        if start >= end {
            dropped.outside += 1;
            continue;
        }
        out.push(ImageRead {
            time_ns: r.time_ns.saturating_sub(started_ns),
            offset: start - extent.offset,
            len: end - start,
        });
    }
    (out, dropped)
}

/// Boots `request` with the trace on and builds the host-side profile.
pub fn profile_boot(request: &ProfileRequest) -> Result<ProfiledBoot> {
    for (what, path) in [
        ("kernel", &request.kernel),
        ("initrd", &request.initrd),
        ("image", &request.image),
    ] {
        if !path.is_file() {
            bail!("{what} {} does not exist", path.display());
        }
    }
    let live_image = request.iso_boot.as_ref().map(|b| b.live_image.as_str());
    let medium = prepare_medium(&request.image, request.cdrom, live_image)?;
    let scratch = tempfile::tempdir()?;
    let qemu_log = scratch.path().join("qemu-trace.log");
    let mut config = BootConfig::new(
        &request.kernel,
        &request.initrd,
        &medium.path,
        request.cdrom,
    );
    config.append = request.append.clone();
    let guest_serial = scratch.path().join("ttyS1.txt");
    if let Some(recorder) = &request.guest_recorder {
        let initrd = scratch.path().join("initrd-with-recorder.img");
        crate::guest::initrd_with_recorder(&request.initrd, recorder, &initrd)?;
        config.initrd = initrd;
        config.second_serial = Some(guest_serial.clone());
        config.end = BootEnd::MarkerThenPowerOff(crate::boot::MARKER.to_string());
    }
    if let Some(iso_boot) = &request.iso_boot {
        config.entry_cmdline = Some(iso_boot.cmdline.clone());
        config.end = match &iso_boot.marker {
            Some(text) => BootEnd::Marker(text.clone()),
            None => BootEnd::LoginOrIdle {
                idle: iso_boot.idle,
                image: (medium.extent.offset, medium.extent.len),
            },
        };
    }
    config.timeout = request.timeout;
    config.trace = Some(qemu_log.clone());
    config.drive_options = request.drive_options.clone();
    let outcome = boot(&config)?;
    let guest = match &request.guest_recorder {
        Some(_) => {
            let text =
                std::fs::read(&guest_serial).context("reading the guest's second serial port")?;
            Some(crate::guest::parse_guest_output(&String::from_utf8_lossy(
                &text,
            ))?)
        }
        None => None,
    };
    let text = std::fs::read_to_string(&qemu_log).context("reading QEMU's trace log")?;
    let (device_reads, lines) = parse_qemu_log(&text);
    let marker_ns = outcome.started_ns + outcome.time_to_marker.as_nanos() as u64;
    let (image_reads, dropped) = device_to_image_reads(
        &device_reads,
        medium.extent,
        outcome.started_ns,
        outcome.kernel_ran_init_ns(),
        Some(marker_ns),
    );
    if image_reads.is_empty() {
        bail!(
            "the trace holds no reads of the image ({} device reads)",
            device_reads.len()
        );
    }
    let index = medium.image.index()?;
    let files = files_from_reads(&index, &image_reads);
    let mut profile = Profile {
        source: Source {
            recorder: RECORDER.to_string(),
            kernel: kernel_version(&request.kernel).ok(),
            image: Some(medium.image.identity().context("hashing the image")?),
            events: lines,
            dropped: 0,
            boots: 1,
            duration_ns: outcome.time_to_marker.as_nanos() as u64,
        },
        files,
        image_reads: image_reads.clone(),
    };
    profile.renumber_ranks();
    let trace = BlockTrace {
        header: vec![
            (
                "medium".into(),
                if request.cdrom { "cdrom" } else { "disk" }.into(),
            ),
            ("device".into(), medium.path.display().to_string()),
            ("image".into(), request.image.display().to_string()),
            ("image_offset".into(), medium.extent.offset.to_string()),
            ("image_size".into(), medium.extent.len.to_string()),
            (
                "time_to_marker_ns".into(),
                outcome.time_to_marker.as_nanos().to_string(),
            ),
            ("cmdline".into(), config.cmdline()),
            ("accel".into(), "tcg".into()),
        ],
        reads: image_reads
            .iter()
            .map(|r| TraceRead {
                time_ns: r.time_ns,
                offset: r.offset,
                len: r.len,
            })
            .collect(),
    };
    Ok(ProfiledBoot {
        profile,
        trace,
        outcome,
        device_reads: device_reads.len(),
        dropped,
        guest,
    })
}

/// The version string a bzImage carries in its setup header (e.g. "6.1.0-56-amd64 (...)"),
/// first word only.
pub fn kernel_version(bzimage: &Path) -> Result<String> {
    let bytes = std::fs::read(bzimage).with_context(|| format!("reading {}", bzimage.display()))?;
    if bytes.get(0x202..0x206) != Some(b"HdrS") {
        bail!("{} is not a bzImage", bzimage.display());
    }
    let pointer = u16::from_le_bytes([bytes[0x20E], bytes[0x20F]]) as usize + 0x200;
    let tail = bytes.get(pointer..).unwrap_or_default();
    let end = tail.iter().position(|&b| b == 0).unwrap_or(0);
    let full = String::from_utf8_lossy(&tail[..end]).into_owned();
    full.split_whitespace()
        .next()
        .map(str::to_string)
        .filter(|s| !s.is_empty())
        .context("empty kernel version")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_and_drops_device_reads() {
        let extent = Extent {
            offset: 100 * 2048,
            len: 10 * 2048,
        };
        let reads = [
            DeviceRead {
                time_ns: 1_000,
                offset: 17 * 2048,
                len: 2048,
            }, // firmware
            DeviceRead {
                time_ns: 5_000,
                offset: 16 * 2048,
                len: 2048,
            }, // ISO metadata
            DeviceRead {
                time_ns: 6_000,
                offset: 100 * 2048,
                len: 4096,
            },
            DeviceRead {
                time_ns: 7_000,
                offset: 98 * 2048,
                len: 4 * 2048,
            }, // straddles the start
            DeviceRead {
                time_ns: 8_000,
                offset: 109 * 2048,
                len: 64 * 2048,
            }, // runs past the end
            DeviceRead {
                time_ns: 9_000,
                offset: 100 * 2048,
                len: 2048,
            }, // after the marker
        ];
        let (out, dropped) = device_to_image_reads(&reads, extent, 500, Some(2_000), Some(8_500));
        assert_eq!(
            dropped,
            DroppedReads {
                firmware: 1,
                outside: 1,
                after_marker: 1
            }
        );
        assert_eq!(
            out,
            vec![
                ImageRead {
                    time_ns: 5_500,
                    offset: 0,
                    len: 4096
                },
                ImageRead {
                    time_ns: 6_500,
                    offset: 0,
                    len: 2 * 2048
                },
                ImageRead {
                    time_ns: 7_500,
                    offset: 9 * 2048,
                    len: 2048
                },
            ]
        );
        // Without the kernel's `Run /init` line, reads before the first read of the image
        // are the firmware's.
        let (out, dropped) = device_to_image_reads(&reads, extent, 500, None, Some(8_500));
        assert_eq!((out.len(), dropped.firmware, dropped.outside), (3, 2, 0));
    }
}
