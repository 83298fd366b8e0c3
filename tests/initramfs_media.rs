//! The liveopt initramfs finds its medium behind real controllers: the sorted example (with
//! its readahead list) on an ISO, booted in QEMU through `liveopt initramfs --with-liveopt`
//! on a matrix of machines and buses (IDE and AHCI CDs, USB sticks on xHCI as usb-storage
//! and UAS, a USB CD drive, NVMe, virtio-scsi CD and disk, an SD card on sdhci), from
//! plain, xz- and zstd-compressed module trees, by label and by UUID among several disks,
//! and beside a device whose driver module is broken (logged, the boot goes on). `/init`
//! loads the drivers by device alias; each case must reach the marker with the readahead
//! list read, and prints its time from `/init`'s start to the medium found
//! (results/initramfs-media).
//!
//! `LIVEOPT_MEDIA_CASES=name,name` boots only those cases. Needs QEMU, xorriso, xz, zstd,
//! GNU cpio and the example (`liveopt qemu build-example target/example`, cached).
use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{example, liveopt, sorted_example};

/// `testkit::run_ok`'s stdout as text.
fn run_ok(cmd: &mut Command) -> String {
    String::from_utf8_lossy(&testkit::run_ok(cmd).stdout).into_owned()
}

/// `liveopt initramfs --with-liveopt` for the module tree `modules`; returns its output.
fn initramfs(modules: &Path, out: &Path, extra: &[&str]) -> String {
    run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(out)
            .arg("--kernel-modules")
            .arg(modules)
            .arg("--with-liveopt")
            .args(extra),
    )
}

/// The module files (relative to the tree) an initramfs carries, from GNU cpio's listing.
fn modules_in(initrd: &Path) -> Vec<String> {
    let out = Command::new("cpio")
        .args(["-it", "--quiet"])
        .stdin(fs::File::open(initrd).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("lib/modules/"))
        .filter(|l| l.ends_with(".ko"))
        .map(str::to_string)
        .collect()
}

/// A module tree at `dir` holding `files` of `source` compressed with `tool` (`xz` or
/// `zstd`, as distributions ship them: `.ko.xz`, `.ko.zst`), plus `modules.builtin`.
fn compressed_tree(source: &Path, files: &[String], tool: &str, dir: &Path) -> PathBuf {
    let root = dir.join(format!("{tool}-tree"));
    for file in files {
        let to = root.join(file);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(source.join(file), &to).unwrap();
        let args: &[&str] = if tool == "xz" {
            &["-q", "--check=crc32"]
        } else {
            &["-q", "--rm", "-19"]
        };
        run_ok(Command::new(tool).args(args).arg(&to));
    }
    fs::copy(source.join("modules.builtin"), root.join("modules.builtin")).unwrap();
    let suffix = if tool == "xz" { ".ko.xz" } else { ".ko.zst" };
    let compressed = walk(&root)
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .count();
    assert_eq!(compressed, files.len(), "every module compressed");
    root
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// An ISO labelled `DECOY` whose `/live/filesystem.squashfs` is not a squashfs: a boot that
/// took it would fail to mount its root.
fn decoy_iso(dir: &Path) -> PathBuf {
    let junk = dir.join("junk.squashfs");
    fs::write(&junk, vec![0x5a; 1 << 20]).unwrap();
    let iso = dir.join("decoy.iso");
    run_ok(
        Command::new("xorriso")
            .args([
                "-as",
                "mkisofs",
                "-quiet",
                "-R",
                "-V",
                "DECOY",
                // Not the sorted ISO's creation time, which is its UUID.
                "--modification-date=2020010100000000",
                "-graft-points",
                "-o",
            ])
            .arg(&iso)
            .arg(format!("/live/filesystem.squashfs={}", junk.display())),
    );
    iso
}

struct Case {
    name: &'static str,
    /// Which initrd: the plain tree's, the xz or zstd tree's, or the tree with a broken
    /// nvme module.
    tree: &'static str,
    args: Vec<String>,
    append: String,
    /// A line the serial log must hold besides the medium, the readahead and the marker.
    expect: Option<String>,
}

fn drive(id: &str, file: &Path, extra: &str) -> [String; 2] {
    [
        "-drive".into(),
        format!(
            "file={},if=none,id={id},format=raw,readonly=on{extra}",
            file.display()
        ),
    ]
}

fn args(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

/// The boot media of the matrix: the sorted example's ISO, a copy of it padded to a power
/// of two (QEMU's SD card takes no other size), a decoy ISO and a blank disk.
struct Media<'a> {
    iso: &'a Path,
    sd_image: &'a Path,
    decoy: &'a Path,
    blank: &'a Path,
}

fn cases(media: &Media) -> Vec<Case> {
    let Media {
        iso,
        sd_image,
        decoy,
        blank,
    } = *media;
    let iso_uuid = blkid_uuid(iso);
    assert_ne!(iso_uuid, blkid_uuid(decoy), "the decoy has the ISO's UUID");
    let xhci = ["-device", "qemu-xhci,id=xhci"];
    let with = |mut a: Vec<String>, d: [String; 2]| {
        a.extend(d);
        a
    };
    vec![
        Case {
            name: "pc IDE CD",
            tree: "plain",
            args: args(&[
                "-drive",
                &format!("file={},media=cdrom,if=ide,readonly=on", iso.display()),
            ]),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "q35 AHCI CD",
            tree: "plain",
            args: [
                args(&["-machine", "q35"]),
                drive("m", iso, ",media=cdrom").to_vec(),
                args(&["-device", "ide-cd,drive=m,bus=ide.0"]),
            ]
            .concat(),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "USB stick (xHCI, usb-storage), xz modules",
            tree: "xz",
            args: [
                args(&xhci),
                drive("m", iso, "").to_vec(),
                args(&["-device", "usb-storage,bus=xhci.0,drive=m"]),
            ]
            .concat(),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "USB stick (xHCI, UAS), zstd modules",
            tree: "zstd",
            args: [
                args(&xhci),
                args(&["-device", "usb-uas,id=uas,bus=xhci.0"]),
                drive("m", iso, "").to_vec(),
                args(&["-device", "scsi-hd,bus=uas.0,scsi-id=0,lun=0,drive=m"]),
            ]
            .concat(),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "USB CD drive (xHCI)",
            tree: "plain",
            args: [
                args(&xhci),
                args(&["-device", "usb-bot,id=bot,bus=xhci.0"]),
                drive("m", iso, ",media=cdrom").to_vec(),
                args(&["-device", "scsi-cd,bus=bot.0,drive=m"]),
            ]
            .concat(),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "NVMe",
            tree: "plain",
            args: with(
                args(&["-device", "nvme,serial=liveopt,drive=m"]),
                drive("m", iso, ""),
            ),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "virtio-scsi CD",
            tree: "plain",
            args: [
                args(&["-device", "virtio-scsi-pci,id=vs"]),
                drive("m", iso, ",media=cdrom").to_vec(),
                args(&["-device", "scsi-cd,bus=vs.0,drive=m"]),
            ]
            .concat(),
            append: String::new(),
            expect: None,
        },
        Case {
            name: "virtio-scsi disks, by label among three",
            tree: "plain",
            args: scsi_disks(&[("blank", blank), ("decoy", decoy), ("m", iso)]),
            append: "liveopt.medium=LABEL=LIVEOPT".into(),
            expect: Some("LABEL=LIVEOPT), image".into()),
        },
        Case {
            name: "virtio-scsi disks, by UUID among three",
            tree: "plain",
            args: scsi_disks(&[("decoy", decoy), ("m", iso), ("blank", blank)]),
            append: format!("liveopt.medium=UUID={iso_uuid}"),
            expect: Some(format!("UUID={iso_uuid}), image")),
        },
        Case {
            name: "SD card (sdhci-pci)",
            tree: "plain",
            args: [
                args(&["-device", "sdhci-pci"]),
                // QEMU's SD card refuses a read-only drive: a scratch copy, writable.
                args(&[
                    "-drive",
                    &format!("file={},if=none,id=m,format=raw", sd_image.display()),
                ]),
                args(&["-device", "sd-card,drive=m"]),
            ]
            .concat(),
            append: String::new(),
            expect: Some("medium: /dev/mmcblk0".into()),
        },
        Case {
            name: "USB stick beside a virtio disk holding no image (a cut-short copy)",
            tree: "plain",
            args: [
                args(&xhci),
                drive("m", iso, "").to_vec(),
                args(&["-device", "usb-storage,bus=xhci.0,drive=m"]),
                args(&[
                    "-drive",
                    &format!("file={},if=virtio,format=raw,readonly=on", blank.display()),
                ]),
            ]
            .concat(),
            append: String::new(),
            expect: Some("medium: /dev/sda".into()),
        },
        Case {
            name: "IDE CD beside an NVMe disk whose driver fails to load",
            tree: "broken-nvme",
            args: [
                args(&[
                    "-drive",
                    &format!("file={},media=cdrom,if=ide,readonly=on", iso.display()),
                ]),
                args(&["-device", "nvme,serial=broken,drive=blank"]),
                drive("blank", blank, "").to_vec(),
            ]
            .concat(),
            append: String::new(),
            expect: Some("liveopt-init: insmod nvme failed".into()),
        },
    ]
}

/// A virtio-scsi controller with `disks` (drive id, file) on SCSI ids 0, 1, 2...
fn scsi_disks(disks: &[(&str, &Path)]) -> Vec<String> {
    let mut out = args(&["-device", "virtio-scsi-pci,id=vs"]);
    for (scsi_id, (id, file)) in disks.iter().enumerate() {
        out.extend(drive(id, file, ""));
        out.extend(args(&[
            "-device",
            &format!("scsi-hd,bus=vs.0,scsi-id={scsi_id},drive={id}"),
        ]));
    }
    out
}

/// The UUID blkid gives the ISO 9660 file system in `iso` (its creation time).
fn blkid_uuid(iso: &Path) -> String {
    let uuid = run_ok(
        Command::new("blkid")
            .args(["-p", "-o", "value", "-s", "UUID"])
            .arg(iso),
    );
    let uuid = uuid.trim().to_string();
    assert!(!uuid.is_empty(), "no UUID for {}", iso.display());
    uuid
}

/// A copy of the module tree `source` holding `files`, with `module`'s ELF header naming
/// another machine (ARM): its `.modinfo` still reads, and the kernel refuses to load it.
fn tree_with_broken_module(source: &Path, files: &[String], module: &str, dir: &Path) -> PathBuf {
    let root = dir.join("broken-tree");
    let mut broken = 0;
    for file in files {
        let to = root.join(file);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        let mut bytes = fs::read(source.join(file)).unwrap();
        if file.ends_with(&format!("/{module}.ko")) {
            // e_machine: EM_ARM instead of EM_X86_64.
            bytes[18..20].copy_from_slice(&40u16.to_le_bytes());
            broken += 1;
        }
        fs::write(&to, bytes).unwrap();
    }
    assert_eq!(broken, 1, "no {module}.ko in {files:?}");
    fs::copy(source.join("modules.builtin"), root.join("modules.builtin")).unwrap();
    root
}

/// The sorted example and its list side by side in `dir` (as wrap_squashfs expects them),
/// wrapped in an ISO there.
fn sorted_example_iso(ex: &qemu::Example, dir: &Path) -> PathBuf {
    let sorted = sorted_example(ex);
    let image = dir.join("sorted.squashfs");
    fs::copy(&sorted.image, &image).unwrap();
    fs::copy(&sorted.list, dir.join("sorted.readahead")).unwrap();
    let iso = dir.join("sorted.iso");
    qemu::iso::wrap_squashfs(&image, &iso).unwrap();
    iso
}

#[test]
fn media_matrix_boots_to_the_marker() {
    let ex = example();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let iso = sorted_example_iso(&ex, dir);
    let decoy = decoy_iso(dir);
    let blank = dir.join("blank.img");
    fs::write(&blank, vec![0u8; 4 << 20]).unwrap();
    let sd_image = dir.join("sorted-sd.img");
    fs::copy(&iso, &sd_image).unwrap();
    let sd_file = fs::OpenOptions::new().write(true).open(&sd_image).unwrap();
    sd_file
        .set_len(fs::metadata(&iso).unwrap().len().next_power_of_two())
        .unwrap();
    let media = Media {
        iso: &iso,
        sd_image: &sd_image,
        decoy: &decoy,
        blank: &blank,
    };

    let plain = dir.join("initrd-plain.img");
    let report = initramfs(&ex.modules, &plain, &[]);
    eprintln!("{report}");
    let files = modules_in(&plain);
    for wanted in [
        "ahci.ko",
        "xhci-pci.ko",
        "uas.ko",
        "usb-storage.ko",
        "nvme.ko",
        "virtio_scsi.ko",
    ] {
        assert!(
            files.iter().any(|f| f.ends_with(&format!("/{wanted}"))),
            "no {wanted} in {files:?}"
        );
    }
    let mut initrds = vec![("plain", plain.clone())];
    for tool in ["xz", "zstd"] {
        let tree = compressed_tree(&ex.modules, &files, tool, dir);
        let initrd = dir.join(format!("initrd-{tool}.img"));
        initramfs(&tree, &initrd, &[]);
        assert_eq!(modules_in(&initrd), files, "{tool} tree: the same modules");
        // Decompressed while building: byte for byte the plain tree's modules.
        let out = dir.join(format!("x-{tool}"));
        fs::create_dir(&out).unwrap();
        let status = Command::new("cpio")
            .args(["-id", "--quiet"])
            .current_dir(&out)
            .stdin(fs::File::open(&initrd).unwrap())
            .status()
            .unwrap();
        assert!(status.success());
        for file in &files {
            assert_eq!(
                fs::read(out.join("lib/modules").join(file)).unwrap(),
                fs::read(ex.modules.join(file)).unwrap(),
                "{file} from the {tool} tree"
            );
        }
        initrds.push((tool, initrd));
    }
    let broken_tree = tree_with_broken_module(&ex.modules, &files, "nvme", dir);
    let broken = dir.join("initrd-broken-nvme.img");
    initramfs(&broken_tree, &broken, &[]);
    initrds.push(("broken-nvme", broken));

    let only: Option<Vec<String>> = std::env::var("LIVEOPT_MEDIA_CASES")
        .ok()
        .map(|v| v.split(',').map(str::to_string).collect());
    let mut table = String::from(
        "| case | modules | /init to medium found | to marker |\n| --- | --- | --- | --- |\n",
    );
    let mut failures = Vec::new();
    for case in cases(&media) {
        if only
            .as_ref()
            .is_some_and(|o| !o.iter().any(|n| case.name.contains(n.as_str())))
        {
            continue;
        }
        let initrd = &initrds.iter().find(|(t, _)| *t == case.tree).unwrap().1;
        let mut config = qemu::BootConfig::new(&ex.kernel, initrd, &iso, true);
        config.media_args = case.args.clone();
        config.append = format!("liveopt.media=auto {}", case.append);
        config.timeout = Duration::from_secs(600);
        eprintln!("== {}: qemu {}", case.name, case.args.join(" "));
        let outcome = match qemu::boot(&config) {
            Ok(outcome) => outcome,
            Err(err) => {
                failures.push(format!("{}: {err:#}", case.name));
                continue;
            }
        };
        let serial = outcome.serial_text();
        for line in serial.lines().filter(|l| l.contains("liveopt")) {
            eprintln!("  | {line}");
        }
        let found = outcome
            .serial
            .iter()
            .find(|l| l.text.contains("liveopt-init: medium: /dev/"));
        let list_read = serial
            .lines()
            .any(|l| l.contains("liveopt-readahead:") && l.contains("list done"));
        let (Some(found), Some(start), true, true) = (
            found,
            outcome.init_started_ns(),
            list_read,
            serial.contains(qemu::MARKER),
        ) else {
            failures.push(format!(
                "{}: no medium, readahead or marker:\n{serial}",
                case.name
            ));
            continue;
        };
        if let Some(expected) = &case.expect {
            if !serial.contains(expected) {
                failures.push(format!("{}: no {expected:?}:\n{serial}", case.name));
                continue;
            }
        }
        let to_medium = (found.time_ns - start) as f64 / 1e9;
        table.push_str(&format!(
            "| {} | {} | {:.1} s (`{}`) | {:.0} s |\n",
            case.name,
            case.tree,
            to_medium,
            found.text.trim().trim_start_matches("liveopt-init: "),
            outcome.time_to_marker.as_secs_f64()
        ));
    }
    eprintln!("{table}");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Bad module trees and names: one line on stderr, exit 1, no output file.
#[test]
fn bad_module_trees_are_refused_with_one_line() {
    let ex = example();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let broken = dir.join("broken");
    let module = broken.join("kernel/drivers/cdrom/cdrom.ko.xz");
    fs::create_dir_all(module.parent().unwrap()).unwrap();
    fs::write(&module, b"not xz at all").unwrap();
    let empty = dir.join("empty");
    fs::create_dir_all(empty.join("kernel")).unwrap();
    let out = dir.join("initrd.img");
    for (tree, extra, expected) in [
        (
            dir.join("missing"),
            None,
            "is not a lib/modules/<version> tree",
        ),
        (empty.clone(), None, "holds no kernel modules"),
        (broken.clone(), None, "decompressing"),
        (
            ex.modules.clone(),
            Some("no_such_module"),
            "no_such_module is neither in",
        ),
    ] {
        let mut cmd = liveopt();
        cmd.arg("initramfs")
            .arg("-o")
            .arg(&out)
            .arg("--kernel-modules")
            .arg(&tree);
        if let Some(name) = extra {
            cmd.args(["--add-module", name]);
        }
        let result = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{tree:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(expected), "{expected:?} not in {stderr}");
        assert!(!out.exists(), "{tree:?} left an output file");
    }
}

/// `--drivers generic` carries the storage classes and reports its size; `--add-module`
/// adds a module loaded first.
#[test]
fn generic_drivers_are_listed_with_the_size() {
    let ex = example();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("initrd.img");
    let report = run_ok(
        liveopt()
            .arg("initramfs")
            .arg("-o")
            .arg(&out)
            .arg("--kernel-modules")
            .arg(&ex.modules)
            .args(["--add-module", "ext4"]),
    );
    let size = fs::metadata(&out).unwrap().len();
    assert!(report.contains(&format!("({size} bytes")), "{report}");
    let (first, drivers) = report
        .split_once("drivers by device alias (generic):")
        .unwrap();
    assert!(first.contains(" ext4"), "{report}");
    for driver in [
        "ahci",
        "xhci_pci",
        "uas",
        "usb_storage",
        "nvme",
        "virtio_scsi",
        "sd_mod",
        "sr_mod",
    ] {
        assert!(
            drivers.split_whitespace().any(|d| d == driver),
            "no {driver} in {report}"
        );
    }
}

/// `--compress zstd|xz|gzip`: each file is the plain initramfs's cpio, byte for byte, once
/// the real tool decompresses it; each boots the sorted example from the IDE CD to the
/// marker with its list read. Prints size, the kernel's time from QEMU's start to /init
/// (loading and unpacking the initramfs) and to the marker (results/initramfs-media).
#[test]
fn compressed_initramfs_boots() {
    let ex = example();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let iso = sorted_example_iso(&ex, dir);

    let plain = dir.join("initrd-none.img");
    initramfs(&ex.modules, &plain, &[]);
    let plain_bytes = fs::read(&plain).unwrap();
    let mut table = String::from(
        "| --compress | bytes | QEMU start to /init | to marker |\n| --- | ---: | ---: | ---: |\n",
    );
    for (name, decompress) in [
        ("none", None),
        ("gzip", Some("gzip")),
        ("xz", Some("xz")),
        ("zstd", Some("zstd")),
    ] {
        let initrd = dir.join(format!("initrd-{name}.img"));
        let report = initramfs(&ex.modules, &initrd, &["--compress", name]);
        let bytes = fs::metadata(&initrd).unwrap().len();
        assert!(report.contains(&format!("({bytes} bytes")), "{report}");
        if let Some(tool) = decompress {
            assert!(
                bytes < plain_bytes.len() as u64 / 2,
                "{name}: {bytes} bytes"
            );
            let out = Command::new(tool)
                .args(["-d", "-c"])
                .stdin(fs::File::open(&initrd).unwrap())
                .output()
                .unwrap();
            assert!(out.status.success(), "{tool} -d refused it");
            assert!(out.stdout == plain_bytes, "{name}: not the plain cpio");
            assert!(
                report.contains(&format!(
                    "{name} compressed from {} bytes",
                    plain_bytes.len()
                )),
                "{report}"
            );
        }
        let mut config = qemu::BootConfig::new(&ex.kernel, &initrd, &iso, true);
        config.append = "liveopt.media=auto".into();
        config.timeout = Duration::from_secs(600);
        let outcome = qemu::boot(&config).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        let serial = outcome.serial_text();
        assert!(
            serial.contains(qemu::MARKER),
            "{name}: no marker:\n{serial}"
        );
        assert!(
            serial
                .lines()
                .any(|l| l.contains("liveopt-readahead:") && l.contains("list done")),
            "{name}: no readahead:\n{serial}"
        );
        let init = outcome.init_started_ns().expect("/init started");
        table.push_str(&format!(
            "| {name} | {bytes} | {:.1} s | {:.0} s |\n",
            (init - outcome.started_ns) as f64 / 1e9,
            outcome.time_to_marker.as_secs_f64()
        ));
    }
    eprintln!("{table}");
}
