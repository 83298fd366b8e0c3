//! The liveopt initramfs finds its medium behind real controllers: the sorted example (with
//! its readahead list) on an ISO, booted in QEMU through `liveopt initramfs --with-liveopt`
//! on a matrix of machines and buses (IDE and AHCI CDs, USB sticks on xHCI as usb-storage
//! and UAS, a USB CD drive, NVMe, virtio-scsi CD and disk), from plain, xz- and
//! zstd-compressed module trees, and by label among several disks. `/init` loads the
//! drivers by device alias; each case must reach the marker with the readahead list read,
//! and prints its time from `/init`'s start to the medium found (results/initramfs-media).
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
    /// Which initrd: the plain tree's, the xz tree's or the zstd tree's.
    tree: &'static str,
    args: Vec<String>,
    append: &'static str,
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

fn cases(iso: &Path, decoy: &Path, blank: &Path) -> Vec<Case> {
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
            append: "",
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
            append: "",
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
            append: "",
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
            append: "",
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
            append: "",
        },
        Case {
            name: "NVMe",
            tree: "plain",
            args: with(
                args(&["-device", "nvme,serial=liveopt,drive=m"]),
                drive("m", iso, ""),
            ),
            append: "",
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
            append: "",
        },
        Case {
            name: "virtio-scsi disks, by label among three",
            tree: "plain",
            args: [
                args(&["-device", "virtio-scsi-pci,id=vs"]),
                drive("blank", blank, "").to_vec(),
                args(&["-device", "scsi-hd,bus=vs.0,scsi-id=0,drive=blank"]),
                drive("decoy", decoy, "").to_vec(),
                args(&["-device", "scsi-hd,bus=vs.0,scsi-id=1,drive=decoy"]),
                drive("m", iso, "").to_vec(),
                args(&["-device", "scsi-hd,bus=vs.0,scsi-id=2,drive=m"]),
            ]
            .concat(),
            append: "liveopt.medium=LABEL=LIVEOPT",
        },
    ]
}

#[test]
fn media_matrix_boots_to_the_marker() {
    let ex = example();
    let sorted = sorted_example(&ex);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // The sorted image and its list side by side, as wrap_squashfs expects them.
    let image = dir.join("sorted.squashfs");
    fs::copy(&sorted.image, &image).unwrap();
    fs::copy(&sorted.list, dir.join("sorted.readahead")).unwrap();
    let iso = dir.join("sorted.iso");
    qemu::iso::wrap_squashfs(&image, &iso).unwrap();
    let decoy = decoy_iso(dir);
    let blank = dir.join("blank.img");
    fs::write(&blank, vec![0u8; 4 << 20]).unwrap();

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

    let only: Option<Vec<String>> = std::env::var("LIVEOPT_MEDIA_CASES")
        .ok()
        .map(|v| v.split(',').map(str::to_string).collect());
    let mut table = String::from(
        "| case | modules | /init to medium found | to marker |\n| --- | --- | --- | --- |\n",
    );
    let mut failures = Vec::new();
    for case in cases(&iso, &decoy, &blank) {
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
        if !case.append.is_empty() {
            assert!(found.text.contains("LABEL=LIVEOPT"), "{}", found.text);
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
