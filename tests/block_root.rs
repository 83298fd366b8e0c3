//! The block live root on real QEMU boots of the block-layout example
//! (`liveopt qemu build-example DIR --layout block`): the liveopt initramfs sets up
//! loop → dm-snapshot `live-rw` → dm linear `live-root` over `LiveOS/rootfs.img`, systemd
//! boots from it to a root login on ttyS0, and the running system shows the stack
//! (`liveopt dm`, the static liveopt-boot in the guest) and takes writes into the snapshot.

use std::time::Duration;

use crate::common;
use qemu::example_block::LIVE_ONLY_PACKAGE;

const COMMAND: Duration = Duration::from_secs(120);
/// root's password on the installed disk (the live session has none), and its hash
/// (`openssl passwd -6 -salt liveoptinstall liveopt-install`).
const ROOT_PASSWORD: &str = "liveopt-install";
const ROOT_HASH: &str = "$6$liveoptinstall$7qw7MS4xIcMrh2maawTQafq210oDuyo93k3yrC9aIwLzMGq/MIyOQQZW1QT0wwtJT7S3l6XbRGeqtz0rYfHWR.";

/// `liveopt install` with root's password for the installed disk, then `rest`.
fn install_command(rest: &str) -> String {
    format!("liveopt install --password-hash 'root={ROOT_HASH}' {rest}")
}

/// `liveopt dm status live-rw`'s allocated sectors (`<allocated>/<total> <metadata>`).
fn cow_sectors(status: &str) -> u64 {
    status
        .split_whitespace()
        .nth(3)
        .and_then(|field| field.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no allocated/total in the snapshot status {status:?}"))
}

/// Boots the block example from its CD with `disks` as virtio disks (vda, vdb, ...) and
/// logs in as root.
fn boot_cd_with_disks(
    block: &qemu::example_block::BlockExample,
    disks: &[&std::path::Path],
) -> qemu::session::Session {
    boot_cd(block, disks, "")
}

/// Set (to anything) for the figures of results/install/: the CD is then throttled like a
/// CD and the idle session measured, which the test's assertions do not need (a minute
/// and a half of a warm suite).
const FIGURES: &str = "LIVEOPT_INSTALL_FIGURES";

/// QEMU throttling that makes the CD drive read like a CD (about 24x, and a CD's seeks).
const CD_THROTTLE: &str = "throttling.bps-read=3600000,throttling.iops-read=20";

/// [`boot_cd_with_disks`] with `cd_options` appended to the CD's `-drive`.
fn boot_cd(
    block: &qemu::example_block::BlockExample,
    disks: &[&std::path::Path],
    cd_options: &str,
) -> qemu::session::Session {
    let mut config = qemu::BootConfig::new(&block.kernel, &block.initrd, &block.iso, true);
    let extra = match cd_options {
        "" => String::new(),
        options => format!(",{options}"),
    };
    config.media_args = vec![
        "-drive".into(),
        format!(
            "file={},media=cdrom,if=ide,readonly=on{extra}",
            block.iso.display()
        ),
    ];
    for disk in disks {
        config.media_args.extend([
            "-drive".to_string(),
            format!("file={},if=virtio,format=raw", disk.display()),
        ]);
    }
    let mut guest = qemu::session::Session::start(&config).unwrap();
    guest.login_as_root(Duration::from_secs(600)).unwrap();
    guest
}

/// A sparse all-zero disk image of `bytes` in `dir`.
fn blank_disk(dir: &std::path::Path, name: &str, bytes: u64) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::File::create(&path)
        .unwrap()
        .set_len(bytes)
        .unwrap();
    path
}

/// The GPT partitions of `path` as util-linux's partx reads them (number, start, type GUID, name).
fn partx(path: &std::path::Path) -> String {
    let out = std::process::Command::new("partx")
        .args(["--show", "--output", "NR,START,TYPE,NAME"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs `command` (stderr included), which must fail with one line; returns it.
fn refused(guest: &mut qemu::session::Session, command: &str) -> String {
    let (text, status) = guest.run(&format!("{command} 2>&1"), COMMAND).unwrap();
    assert_ne!(status, 0, "{command} is refused: {text}");
    assert_eq!(text.trim().lines().count(), 1, "one line: {text}");
    text
}

#[test]
fn block_example_boots_to_a_login_on_the_block_live_root() {
    let block = common::block_example();
    let mut config = qemu::BootConfig::new(&block.kernel, &block.initrd, &block.iso, true);
    assert_eq!(
        config.cmdline(),
        std::fs::read_to_string(block.dir.join("cmdline"))
            .unwrap()
            .trim(),
        "the test boots with the example's own command line"
    );
    config.memory_mib = 1024;
    let mut guest = qemu::session::Session::start(&config).unwrap();
    guest.login_as_root(Duration::from_secs(600)).unwrap();

    // Root is ext4 on live-root.
    let root = guest
        .run_ok("awk '$2 == \"/\" { print $1, $3 }' /proc/mounts", COMMAND)
        .unwrap();
    assert_eq!(root.trim(), "/dev/mapper/live-root ext4", "{root}");

    // live-root: one linear target over live-rw, the snapshot of the image's loop.
    let table = guest.run_ok("liveopt dm table live-root", COMMAND).unwrap();
    let deps = guest.run_ok("liveopt dm deps live-root", COMMAND).unwrap();
    let snapshot_table = guest.run_ok("liveopt dm table live-rw", COMMAND).unwrap();
    let snapshot_deps = guest.run_ok("liveopt dm deps live-rw", COMMAND).unwrap();
    eprintln!(
        "live-root: {table}\n  deps {deps}\nlive-rw: {snapshot_table}\n  deps {snapshot_deps}"
    );
    let words: Vec<&str> = table.split_whitespace().collect();
    assert_eq!(words.get(2), Some(&"linear"), "{table}");
    let (live_rw_name, live_rw_dev) = deps.trim().split_once(' ').expect("one dependency");
    assert!(live_rw_name.starts_with("dm-"), "{deps}");
    assert_eq!(
        words.get(3),
        Some(&live_rw_dev),
        "live-root maps live-rw: {table} / {deps}"
    );
    assert!(snapshot_table.contains(" snapshot "), "{snapshot_table}");
    let loops: Vec<&str> = snapshot_deps
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(
        loops.len(),
        2,
        "origin and copy-on-write store: {snapshot_deps}"
    );
    assert!(
        loops.iter().all(|l| l.starts_with("loop")),
        "{snapshot_deps}"
    );
    let image_loop = guest
        .run_ok("cat /sys/block/*/loop/backing_file | sort", COMMAND)
        .unwrap();
    assert!(
        image_loop.contains("/run/live/rootfs/LiveOS/rootfs.img"),
        "{image_loop}"
    );
    assert!(
        image_loop.contains("/run/live/cow/live-rw.cow"),
        "{image_loop}"
    );
    let ro = guest
        .run_ok(
            "for l in /sys/block/loop*; do if [ -f $l/loop/backing_file ]; then echo $(cat $l/ro) $(cat $l/loop/backing_file); fi; done",
            COMMAND,
        )
        .unwrap();
    assert!(
        ro.contains("1 /run/live/rootfs/LiveOS/rootfs.img"),
        "the image's loop is read-only: {ro}"
    );

    // The recorded stack.
    let stack = guest.run_ok("cat /run/liveopt/stack", COMMAND).unwrap();
    for line in [
        "layout=block",
        "snapshot=live-rw",
        "root=live-root",
        "image=/run/live/rootfs/LiveOS/rootfs.img",
    ] {
        assert!(
            stack.lines().any(|l| l.trim() == line),
            "no {line} in {stack}"
        );
    }

    // Writes land in the snapshot's store and read back after the cache is dropped.
    let before = cow_sectors(&guest.run_ok("liveopt dm status live-rw", COMMAND).unwrap());
    let written = guest
        .run_ok(
            "dd if=/dev/urandom of=/root/written bs=1M count=8 2>/dev/null && sync && sha256sum /root/written",
            COMMAND,
        )
        .unwrap();
    let after = cow_sectors(&guest.run_ok("liveopt dm status live-rw", COMMAND).unwrap());
    assert!(
        after >= before + 8 * 2048,
        "8 MiB written, the store grew from {before} to {after} sectors"
    );
    let reread = guest
        .run_ok(
            "echo 3 > /proc/sys/vm/drop_caches && sha256sum /root/written",
            COMMAND,
        )
        .unwrap();
    assert_eq!(reread.trim(), written.trim());
    assert!(!written.trim().is_empty());
}

/// `liveopt install` in the running block live root, onto a blank virtio disk: the plan
/// alone writes nothing; with --yes the disk gets a GPT (checked on the host with
/// partx), live-root is mirrored onto partition 3 while a process writes, switched to a
/// linear table over the disk (deps: the disk only, no snapshot), grown, and every file
/// written before and during the copy reads back intact from the disk; the snapshot, its
/// loops and the medium's mounts are released while the system keeps running.
#[test]
fn install_moves_the_running_root_onto_a_blank_disk() {
    let block = common::block_example();
    let scratch = tempfile::tempdir().unwrap();
    let disk = blank_disk(scratch.path(), "disk.img", 3 << 30);
    // A second disk, large enough, that already holds a filesystem: refused without --force.
    let used = blank_disk(scratch.path(), "used.img", 3 << 30);
    testkit::run_ok(
        std::process::Command::new("mke2fs")
            .args(["-q", "-t", "ext4", "-F"])
            .arg(&used),
    );
    let sha256 = |path: &std::path::Path| {
        String::from_utf8(testkit::run_ok(std::process::Command::new("sha256sum").arg(path)).stdout)
            .unwrap()
    };
    let used_before = sha256(&used);
    let mut guest = boot_cd_with_disks(&block, &[&disk, &used]);

    let text = refused(&mut guest, &install_command("--yes /dev/vdb"));
    assert!(text.contains("--force"), "a disk holding ext4: {text}");
    // What live-config sets up at boot: a live user with no password, passwordless sudo,
    // getty autologin.
    guest
        .run_ok(
            "useradd -m -s /bin/sh user && passwd -d user >/dev/null && mkdir -p /etc/sudoers.d && echo 'user ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/live && mkdir -p /etc/systemd/system/getty@tty1.service.d && printf '[Service]\\n' > /etc/systemd/system/getty@tty1.service.d/live-config_autologin.conf",
            COMMAND,
        )
        .unwrap();
    let text = refused(
        &mut guest,
        &format!(
            "{} --password-hash 'nosuchuser={ROOT_HASH}' /dev/vda",
            install_command("--yes")
        ),
    );
    assert!(
        text.contains("no user nosuchuser; nothing written"),
        "{text}"
    );
    let plan = guest.run_ok(&install_command("/dev/vda"), COMMAND).unwrap();
    assert!(plan.contains("liveopt-incomplete"), "{plan}");
    for line in [
        "root: password set from --password-hash",
        "user: logs in with no password; locked",
        "remove /etc/sudoers.d/live",
        "remove /etc/systemd/system/getty@tty1.service.d/live-config_autologin.conf",
    ] {
        assert!(plan.contains(line), "{line:?} not in the plan: {plan}");
    }
    let live_tools = guest
        .run_ok(
            &format!("dpkg-query -W -f '${{db:Status-Abbrev}}' {LIVE_ONLY_PACKAGE}"),
            COMMAND,
        )
        .unwrap();
    assert!(
        live_tools.starts_with("ii"),
        "the live system lacks {LIVE_ONLY_PACKAGE}: {live_tools}"
    );
    assert!(plan.contains("nothing written"), "{plan}");
    let head = std::fs::read(&disk).unwrap()[..1 << 20].to_vec();
    assert!(
        head.iter().all(|&b| b == 0),
        "the plan alone wrote to the disk"
    );
    refused(&mut guest, &install_command("--yes /dev/sr0"));

    let size_before = guest
        .run_ok("df -B1M --output=size / | tail -1", COMMAND)
        .unwrap();
    guest
        .run_ok(
            "dd if=/dev/urandom of=/root/before bs=1M count=8 2>/dev/null && sync",
            COMMAND,
        )
        .unwrap();
    // A writer that runs through the copy (each file fsync'd).
    guest
        .run_ok(
            "(for i in $(seq 1 24); do dd if=/dev/urandom of=/root/during.$i bs=64k count=8 conv=fsync 2>/dev/null; sleep 1; done; touch /root/writer.done) >/dev/null 2>&1 &",
            COMMAND,
        )
        .unwrap();
    let report = guest
        .run_ok(
            &install_command("--yes --rate 30000 /dev/vda 2>&1"),
            Duration::from_secs(1500),
        )
        .unwrap();
    eprintln!("{report}");
    guest
        .run_ok(
            "while [ ! -f /root/writer.done ]; do sleep 1; done",
            Duration::from_secs(300),
        )
        .unwrap();
    let sums = guest
        .run_ok("sync && sha256sum /root/before /root/during.*", COMMAND)
        .unwrap();
    assert_eq!(sums.lines().count(), 25, "{sums}");

    let deps = guest.run_ok("liveopt dm deps live-root", COMMAND).unwrap();
    let table = guest.run_ok("liveopt dm table live-root", COMMAND).unwrap();
    eprintln!("after install: live-root {table} deps {deps}");
    assert_eq!(deps.lines().count(), 1, "{deps}");
    assert!(
        deps.starts_with("vda "),
        "live-root reads the disk only: {deps}"
    );
    assert!(table.contains(" linear "), "{table}");
    let (_, status) = guest
        .run("liveopt dm table liveopt-target", COMMAND)
        .unwrap();
    assert_ne!(status, 0, "the copy's target device is gone");

    // The medium is released: no snapshot, no loops over the image or the store, nothing
    // mounted under /run/live, the CD ejected (the drive accepted the eject: SCSI status
    // GOOD for both ioctls), and the system goes on.
    assert!(report.contains("install: ejected /dev/sr0"), "{report}");
    let (_, status) = guest.run("liveopt dm table live-rw", COMMAND).unwrap();
    assert_ne!(status, 0, "the snapshot live-rw is removed");
    let loops = guest
        .run_ok(
            "cat /sys/block/loop*/loop/backing_file 2>/dev/null; true",
            COMMAND,
        )
        .unwrap();
    assert!(!loops.contains("rootfs.img"), "{loops}");
    assert!(!loops.contains("live-rw.cow"), "{loops}");
    let live_mounts = guest
        .run_ok("awk '$2 ~ \"^/run/live/\"' /proc/mounts", COMMAND)
        .unwrap();
    assert!(
        live_mounts.trim().is_empty(),
        "still mounted: {live_mounts}"
    );
    let after_release = guest
        .run_ok(
            "dd if=/dev/urandom of=/root/after bs=1M count=4 2>/dev/null && sync && echo 3 > /proc/sys/vm/drop_caches && sha256sum /root/after >/dev/null && echo alive",
            COMMAND,
        )
        .unwrap();
    assert_eq!(after_release.trim(), "alive");
    let size_after = guest
        .run_ok("df -B1M --output=size / | tail -1", COMMAND)
        .unwrap();
    let (before, after): (u64, u64) = (
        size_before.trim().trim_end_matches('M').parse().unwrap(),
        size_after.trim().trim_end_matches('M').parse().unwrap(),
    );
    assert!(after > before + 1024, "grown from {before} to {after} MiB");

    // Read back from the disk, not the page cache.
    let reread = guest
        .run_ok(
            "echo 3 > /proc/sys/vm/drop_caches && sha256sum /root/before /root/during.*",
            COMMAND,
        )
        .unwrap();
    assert_eq!(reread, sums);
    assert!(
        report.contains("renamed root"),
        "step 6 ran to the end: {report}"
    );
    let fstab = guest.run_ok("cat /etc/fstab", COMMAND).unwrap();
    assert!(fstab.contains(" / ext4 "), "{fstab}");
    assert!(
        report.contains(&format!("removed live-only packages: {LIVE_ONLY_PACKAGE}")),
        "{report}"
    );
    let live_tools = guest
        .run_ok(
            &format!("dpkg-query -W -f '${{db:Status-Abbrev}}' {LIVE_ONLY_PACKAGE} 2>&1; dpkg-divert --list | grep -c update-initramfs || true"),
            COMMAND,
        )
        .unwrap();
    assert!(
        !live_tools.starts_with("ii") && live_tools.trim_end().ends_with('0'),
        "{LIVE_ONLY_PACKAGE} still installed or its diversion left: {live_tools}"
    );
    // The live session's settings are gone from the installed system: no account without
    // a password (root has the given one, the live user is locked), no live sudo rule or
    // autologin.
    let shadow = guest.run_ok("cut -d: -f1,2 /etc/shadow", COMMAND).unwrap();
    assert!(
        shadow.lines().all(|l| !l.ends_with(':')),
        "an account with no password: {shadow}"
    );
    assert!(shadow.contains(&format!("root:{ROOT_HASH}")), "{shadow}");
    assert!(
        shadow.lines().any(|l| l.trim() == "user:!"),
        "the live user is locked: {shadow}"
    );
    let leftovers = guest
        .run_ok(
            "ls /etc/sudoers.d/live /etc/systemd/system/getty@tty1.service.d 2>&1; true",
            COMMAND,
        )
        .unwrap();
    assert_eq!(
        leftovers.matches("No such file").count(),
        2,
        "live sudo or autologin left: {leftovers}"
    );
    assert!(
        report.contains("install: live-only settings: passwords set: root; locked (no password): user; removed: /etc/sudoers.d/live /etc/systemd/system/getty@tty1.service.d/live-config_autologin.conf"),
        "{report}"
    );
    guest.run_ok("sync", COMMAND).unwrap();
    drop(guest);
    assert!(sha256(&used) == used_before, "the refused disk was written");

    // util-linux's partx reads the GPT our code wrote (an independent parser).
    let dump = std::process::Command::new("partx")
        .args(["--show", "--output", "NR,START,TYPE,NAME"])
        .arg(&disk)
        .output()
        .unwrap();
    assert!(dump.status.success(), "partx: {dump:?}");
    let dump = String::from_utf8_lossy(&dump.stdout);
    eprintln!("{dump}");
    assert!(
        !dump.contains("liveopt-incomplete") && dump.contains(" root"),
        "renamed once bootable: {dump}"
    );
    assert!(
        dump.contains("c12a7328-f81f-11d2-ba4b-00a0c93ec93b"),
        "an EFI system partition: {dump}"
    );
    assert!(
        dump.contains("21686148-6449-6e6f-744e-656564454649"),
        "a BIOS boot partition: {dump}"
    );

    // The disk alone, through the firmware: BIOS (SeaBIOS → GRUB in the BIOS boot
    // partition), then UEFI (OVMF → GRUB on the ESP's removable path); no -kernel, no CD.
    for firmware in [Firmware::Bios, Firmware::Uefi] {
        boots_alone(&block, &disk, firmware, scratch.path(), &sums);
    }
}

#[derive(Clone, Copy, Debug)]
enum Firmware {
    Bios,
    Uefi,
}

/// Boots `disk` alone through `firmware` (no -kernel, no CD; OVMF's variables copied
/// into `scratch`), logs in on ttyS0 and checks the installed system: `/` is ext4 on
/// `/dev/vda3`, root by UUID, the session's console, the firmware it came through, no
/// live stack, and `sha256sum /root/before /root/during.*` gives `sums`.
fn boots_alone(
    block: &qemu::example_block::BlockExample,
    disk: &std::path::Path,
    firmware: Firmware,
    scratch: &std::path::Path,
    sums: &str,
) {
    let mut media = Vec::new();
    if let Firmware::Uefi = firmware {
        let vars = scratch.join("OVMF_VARS.fd");
        std::fs::copy("/usr/share/OVMF/OVMF_VARS.fd", &vars).expect("OVMF (Debian's ovmf package)");
        media.extend([
            "-drive".to_string(),
            "if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE.fd".to_string(),
            "-drive".to_string(),
            format!("if=pflash,format=raw,file={}", vars.display()),
        ]);
    }
    media.extend([
        "-drive".to_string(),
        format!("file={},if=virtio,format=raw", disk.display()),
    ]);
    let mut config = qemu::BootConfig::new(&block.kernel, &block.initrd, &block.iso, true);
    config.firmware_boot = true;
    config.media_args = media;
    let mut guest = qemu::session::Session::start(&config).unwrap();
    guest
        .login("root", Some(ROOT_PASSWORD), Duration::from_secs(900))
        .unwrap_or_else(|e| panic!("{firmware:?}: no login on the installed disk: {e:#}"));
    let root = guest
        .run_ok("findmnt -no SOURCE,FSTYPE /; cat /proc/cmdline", COMMAND)
        .unwrap();
    eprintln!("{firmware:?}: {root}");
    assert!(root.contains("/dev/vda3 ext4"), "{firmware:?}: {root}");
    assert!(root.contains("root=UUID="), "{firmware:?}: {root}");
    assert!(root.contains("console=ttyS0"), "{firmware:?}: {root}");
    let efi = guest
        .run_ok(
            "test -d /sys/firmware/efi && echo uefi || echo bios",
            COMMAND,
        )
        .unwrap();
    let expected = match firmware {
        Firmware::Bios => "bios",
        Firmware::Uefi => "uefi",
    };
    assert_eq!(efi.trim(), expected, "booted through {firmware:?}");
    let (_, live) = guest.run("test -e /run/liveopt/stack", COMMAND).unwrap();
    assert_ne!(
        live, 0,
        "{firmware:?}: no live stack on the installed system"
    );
    let again = guest
        .run_ok("sha256sum /root/before /root/during.*", COMMAND)
        .unwrap();
    assert_eq!(
        again, sums,
        "{firmware:?}: the files written before and during the copy"
    );
    guest.run_ok("sync", COMMAND).unwrap();
}

/// A disk too small for the live root is refused with nothing written; a power cut in
/// the middle of the copy (QEMU killed) leaves a partition named `liveopt-incomplete` and
/// no boot loader or EFI filesystem anywhere on the disk, so nothing boots it; booting the
/// medium again, a plain install is refused with a pointer to `--resume`, and
/// `liveopt install --resume` redoes the copy and makes the disk bootable.
#[test]
fn install_cut_off_mid_copy_is_never_booted_and_resumes() {
    let block = common::block_example();
    let scratch = tempfile::tempdir().unwrap();
    let disk = blank_disk(scratch.path(), "disk.img", 3 << 30);
    let small = blank_disk(scratch.path(), "small.img", 512 << 20);
    let mut guest = boot_cd_with_disks(&block, &[&disk, &small]);
    let text = refused(&mut guest, &install_command("--yes /dev/vdb"));
    assert!(text.contains("too small"), "{text}");

    // A slow copy, cut off once it has started.
    guest
        .run_ok(
            &install_command("--yes --rate 4000 /dev/vda >/root/install.log 2>&1 &"),
            COMMAND,
        )
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        // `0 <sectors> raid raid1 2 Aa <done>/<total> recover ...`
        let (status, _) = guest
            .run("liveopt dm status live-root 2>/dev/null", COMMAND)
            .unwrap();
        let progress = status
            .split_whitespace()
            .nth(6)
            .and_then(|f| f.split_once('/'))
            .and_then(|(d, t)| Some((d.parse::<u64>().ok()?, t.parse::<u64>().ok()?)));
        if let Some((done, total)) = progress {
            if done > 0 && done < total / 2 {
                eprintln!("cut at {done}/{total}: {status}");
                break;
            }
            assert!(done < total, "the copy finished before the cut: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the copy never started: {status}"
        );
        std::thread::sleep(Duration::from_secs(2));
    }
    drop(guest);

    let table = partx(&disk);
    assert!(table.contains("liveopt-incomplete"), "{table}");
    // The first 3 MiB: the MBR and the start of the ESP (sector 4096).
    let mut bytes = vec![0u8; 3 << 20];
    std::io::Read::read_exact(&mut std::fs::File::open(&disk).unwrap(), &mut bytes).unwrap();
    assert!(
        bytes[..440].iter().all(|&b| b == 0),
        "no boot code in the MBR after the cut"
    );
    let esp_start = 4096 * 512;
    assert!(
        bytes[esp_start..esp_start + 512].iter().all(|&b| b == 0),
        "no filesystem on the ESP after the cut"
    );
    drop(bytes);
    let small_bytes = std::fs::read(&small).unwrap();
    assert!(
        small_bytes.iter().all(|&b| b == 0),
        "the refused small disk was written"
    );
    drop(small_bytes);

    // The medium again: a plain install points at --resume; --resume finishes.
    let mut guest = boot_cd_with_disks(&block, &[&disk, &small]);
    let text = refused(&mut guest, &install_command("--yes /dev/vda"));
    assert!(text.contains("--resume"), "{text}");
    let report = guest
        .run_ok(
            &install_command("--yes --resume /dev/vda 2>&1"),
            Duration::from_secs(1800),
        )
        .unwrap();
    eprintln!("{report}");
    assert!(report.contains("renamed root"), "{report}");
    guest.run_ok("sync", COMMAND).unwrap();
    drop(guest);
    let table = partx(&disk);
    assert!(
        !table.contains("liveopt-incomplete") && table.contains(" root"),
        "{table}"
    );
}

/// Samples, until `/root/probe.stop` exists, every 100 ms: the latency of writing and
/// reading back a small file (bash builtins, no process started) and of the same plus
/// `sync FILE` (an fsync), in µs, one line each to `/root/probe.<label>`.
const PROBE: &str = "bash -c 'while [ ! -e /root/probe.stop ]; do t0=${EPOCHREALTIME/./}; echo $t0 > /root/probe.f; read -r x < /root/probe.f; t1=${EPOCHREALTIME/./}; sync /root/probe.f; t2=${EPOCHREALTIME/./}; echo $((t1-t0)) $((t2-t0)) >> /root/probe.$0; sleep 0.1; done'";

/// Stops the probe and summarises `/root/probe.<label>`: samples, median and max of
/// each latency.
fn probe_summary(guest: &mut qemu::session::Session, label: &str) -> String {
    guest
        .run_ok(
            &format!(
                "touch /root/probe.stop; sleep 1; rm /root/probe.stop; for c in 1 2; do cut -d' ' -f$c /root/probe.{label} | sort -n | awk -v c=$c '{{a[NR]=$1}} END {{printf \"{label} %s: %d samples, median %.1f ms, max %.1f ms\\n\", (c == 1 ? \"write+read\" : \"write+read+fsync\"), NR, a[int((NR+1)/2)]/1000, a[NR]/1000}}'; done"
            ),
            COMMAND,
        )
        .unwrap()
}

/// A cut after the switch, before the disk is bootable: partition 3 holds the complete
/// filesystem and is named `liveopt-copied`; booted from the medium again,
/// `install --resume` makes the disk bootable without copying again, and the disk then
/// boots alone (BIOS) with the files written before and during the copy. The first install
/// prints the figures of results/install/ (the copy's read rate from the medium, the
/// session's file latency during the copy, the switch pause, bytes written); with
/// [`FIGURES`] set (results/install/run.sh) it reads a CD throttled like a CD, and the
/// medium's raw read rate and the idle session's latency are measured first.
#[test]
fn install_cut_off_after_the_switch_is_finished_from_the_medium() {
    let block = common::block_example();
    let scratch = tempfile::tempdir().unwrap();
    let disk = blank_disk(scratch.path(), "disk.img", 3 << 30);
    let figures = std::env::var_os(FIGURES).is_some();
    let mut guest = boot_cd(&block, &[&disk], if figures { CD_THROTTLE } else { "" });

    if figures {
        let raw = guest
            .run_ok(
                "dd if=/dev/sr0 of=/dev/null bs=2M count=16 skip=40 iflag=direct 2>&1 | tail -1",
                COMMAND,
            )
            .unwrap();
        eprintln!("figures: the CD read directly: {raw}");
        guest.run_ok(&format!("({PROBE} idle &)"), COMMAND).unwrap();
        std::thread::sleep(Duration::from_secs(20));
        let idle = probe_summary(&mut guest, "idle");
        eprintln!("figures: {idle}");
    }

    guest
        .run_ok(
            "dd if=/dev/urandom of=/root/before bs=1M count=8 2>/dev/null && sync",
            COMMAND,
        )
        .unwrap();
    // Sectors read from the CD and written to the disk (/sys/block/*/stat fields 3 and 7).
    let stat = "echo sectors $(awk '{print $3}' /sys/block/sr0/stat) $(awk '{print $7}' /sys/block/vda/stat)";
    let sectors = |text: &str| -> Vec<u64> {
        text.lines()
            .find_map(|l| l.trim().strip_prefix("sectors "))
            .and_then(|l| l.split_whitespace().map(|n| n.parse().ok()).collect())
            .unwrap_or_else(|| panic!("no sector counts in {text:?}"))
    };
    let before = sectors(&guest.run_ok(stat, COMMAND).unwrap());
    guest.run_ok(&format!("({PROBE} copy &)"), COMMAND).unwrap();
    guest
        .run_ok(
            &install_command("--yes /dev/vda >/root/install.log 2>&1 &"),
            COMMAND,
        )
        .unwrap();
    guest
        .run_ok(
            "for i in $(seq 1 8); do dd if=/dev/urandom of=/root/during.$i bs=64k count=8 conv=fsync 2>/dev/null; sleep 1; done",
            COMMAND,
        )
        .unwrap();
    let sums = guest
        .run_ok("sha256sum /root/before /root/during.*", COMMAND)
        .unwrap();
    assert_eq!(sums.lines().count(), 9, "{sums}");

    // Cut once the switch line is printed: the install is then growing the filesystem,
    // releasing the medium or making the disk bootable (tens of seconds under TCG).
    let started = std::time::Instant::now();
    let switched = loop {
        let log = guest.run_ok("cat /root/install.log", COMMAND).unwrap();
        if log.contains("install: copied") {
            break log;
        }
        assert!(
            !log.contains("renamed") && !log.contains("Error"),
            "the install ended before the cut: {log}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(1800),
            "no switch: {log}"
        );
        std::thread::sleep(Duration::from_secs(2));
    };
    let after = sectors(&guest.run_ok(stat, COMMAND).unwrap());
    let during = probe_summary(&mut guest, "copy");
    drop(guest);
    let copied = switched
        .lines()
        .find(|l| l.contains("install: copied"))
        .unwrap();
    let seconds: f64 = copied
        .split(" in ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("no copy time in {copied:?}"));
    let read = (after[0] - before[0]) * 512;
    eprintln!(
        "figures: {copied}\nfigures: the copy read {} MiB from the CD, {:.2} MB/s over the copy; vda written {} MiB\nfigures: {during}",
        read >> 20,
        read as f64 / seconds / 1e6,
        ((after[1] - before[1]) * 512) >> 20
    );

    let table = partx(&disk);
    assert!(
        table.contains("liveopt-copied"),
        "cut after the switch, before the rename: {table}"
    );

    // The medium again (unthrottled): --resume finishes without copying.
    let mut guest = boot_cd_with_disks(&block, &[&disk]);
    let text = refused(&mut guest, &install_command("--yes /dev/vda"));
    assert!(text.contains("--resume"), "{text}");
    let plan = guest
        .run_ok("liveopt install --resume /dev/vda", COMMAND)
        .unwrap();
    assert!(plan.contains("nothing written"), "{plan}");
    let started = std::time::Instant::now();
    let report = guest
        .run_ok(
            &install_command("--yes --resume /dev/vda 2>&1"),
            Duration::from_secs(1800),
        )
        .unwrap();
    eprintln!(
        "{report}\nfigures: resumed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(report.contains("renamed root"), "{report}");
    assert!(!report.contains("copying"), "copied again: {report}");
    let table = guest.run_ok("liveopt dm table live-root", COMMAND).unwrap();
    assert!(
        table.contains(" linear "),
        "the session keeps its own root: {table}"
    );
    let mounts = guest
        .run_ok(
            "awk '$2 ~ \"^/run/liveopt/installed\"' /proc/mounts",
            COMMAND,
        )
        .unwrap();
    assert!(mounts.trim().is_empty(), "still mounted: {mounts}");
    guest.run_ok("sync", COMMAND).unwrap();
    drop(guest);
    let table = partx(&disk);
    assert!(
        !table.contains("liveopt-") && table.contains(" root"),
        "{table}"
    );
    assert!(
        table.contains("c12a7328-f81f-11d2-ba4b-00a0c93ec93b")
            && table.contains("21686148-6449-6e6f-744e-656564454649"),
        "an EFI system and a BIOS boot partition: {table}"
    );

    // Through SeaBIOS only: the resume runs the same boot loader step as a plain install,
    // whose disk boots through both firmwares above (OVMF adds a minute under TCG).
    boots_alone(&block, &disk, Firmware::Bios, scratch.path(), &sums);
}
