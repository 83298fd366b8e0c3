//! `liveopt record` on the real kernel, as root: squashfs images loop-mounted,
//! workloads run under the probe, the written profile checked.

use std::{
    fs,
    path::{Path, PathBuf},
    process::{Command, Output},
};

use formats::profile::{AccessKinds, Profile};

const LIVEOPT: &str = env!("CARGO_BIN_EXE_liveopt");
const BIG_PAGES: u64 = 1024;

fn run(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    out
}

fn check(cmd: &mut Command) {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A squashfs (or EROFS) image of a small tree, loop-mounted read-only; unmounted on drop.
struct Mounted {
    dir: tempfile::TempDir,
    mounts: Vec<PathBuf>,
    image: PathBuf,
}

impl Mounted {
    fn new() -> Mounted {
        Mounted::with_image("img.sqfs", |tree, image| {
            check(Command::new("mksquashfs").arg(tree).arg(image).args([
                "-quiet",
                "-noappend",
                "-no-progress",
            ]))
        })
    }

    /// The same tree as an EROFS image: mkfs.erofs, lz4hc (what Debian's 6.1 can mount).
    fn erofs() -> Mounted {
        Mounted::with_image("img.erofs", |tree, image| {
            check(
                Command::new(crate::erofs_simulate::mkfs_erofs())
                    .args(["-zlz4hc", "--quiet"])
                    .arg(image)
                    .arg(tree),
            )
        })
    }

    fn with_image(name: &str, make: impl FnOnce(&Path, &Path)) -> Mounted {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        fs::create_dir_all(tree.join("bin")).unwrap();
        fs::write(tree.join("a"), b"hello\n").unwrap();
        fs::write(tree.join("b"), b"world\n").unwrap();
        fs::write(tree.join("c"), b"outsider\n").unwrap();
        // Incompressible, so every page has its own data blocks.
        let mut big = Vec::with_capacity((BIG_PAGES * 4096) as usize);
        let mut x: u64 = 0x9e3779b97f4a7c15;
        while big.len() < (BIG_PAGES * 4096) as usize {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            big.extend_from_slice(&x.to_le_bytes());
        }
        fs::write(tree.join("big"), &big).unwrap();
        // A static binary run from the image; busybox picks the applet from its name.
        fs::copy("/bin/busybox", tree.join("bin/echo")).expect("busybox-static (scripts/setup.sh)");
        let image = dir.path().join(name);
        make(&tree, &image);
        let mnt = dir.path().join("mnt");
        fs::create_dir(&mnt).unwrap();
        check(
            Command::new("mount")
                .args(["-o", "loop,ro"])
                .arg(&image)
                .arg(&mnt),
        );
        Mounted {
            dir,
            mounts: vec![mnt],
            image,
        }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn image(&self) -> PathBuf {
        self.image.clone()
    }

    fn mnt(&self) -> PathBuf {
        self.path("mnt")
    }

    /// Mounts an overlay with the squashfs mount as its lower layer (upper on tmpfs).
    fn overlay(&mut self) -> PathBuf {
        let rw = self.path("rw");
        let ov = self.path("ov");
        fs::create_dir_all(&rw).unwrap();
        fs::create_dir_all(&ov).unwrap();
        check(
            Command::new("mount")
                .args(["-t", "tmpfs", "tmpfs"])
                .arg(&rw),
        );
        self.mounts.push(rw.clone());
        fs::create_dir_all(rw.join("upper")).unwrap();
        fs::create_dir_all(rw.join("work")).unwrap();
        let opts = format!(
            "lowerdir={},upperdir={},workdir={}",
            self.mnt().display(),
            rw.join("upper").display(),
            rw.join("work").display()
        );
        check(
            Command::new("mount")
                .args(["-t", "overlay", "overlay", "-o", &opts])
                .arg(&ov),
        );
        self.mounts.push(ov.clone());
        ov
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for m in self.mounts.iter().rev() {
            let _ = Command::new("umount").arg(m).status();
        }
    }
}

const WORKLOAD: &str =
    "cat a; cat b; dd if=big of=/dev/null bs=4096 skip=100 count=10 2>/dev/null; ./bin/echo done";

/// Runs `liveopt record <target args> -o OUT -- sh -c WORKLOAD` in `cwd`.
fn record(cwd: &Path, target: &[&str], out: &Path, extra: &[&str]) -> Output {
    let out = run(Command::new(LIVEOPT)
        .current_dir(cwd)
        .arg("record")
        .args(target)
        .arg("-o")
        .arg(out)
        .args(extra)
        .args(["--", "sh", "-c", WORKLOAD]));
    assert!(
        out.status.success(),
        "record failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn paths(p: &Profile) -> Vec<String> {
    p.files
        .iter()
        .map(|f| String::from_utf8_lossy(&f.path).into_owned())
        .collect()
}

fn file<'a>(p: &'a Profile, path: &str) -> &'a formats::profile::FileEntry {
    p.files
        .iter()
        .find(|f| f.path == path.as_bytes())
        .unwrap_or_else(|| panic!("{path} not in profile: {:?}", paths(p)))
}

/// The workload's files in order, big read in the middle only, the binary executed.
fn check_workload_profile(p: &Profile) {
    assert_eq!(
        paths(p),
        ["/a", "/b", "/big", "/bin/echo"],
        "first-access order"
    );
    assert_eq!(p.source.dropped, 0);
    assert!(p.source.events > 0);
    assert_eq!(p.source.recorder, "liveopt record");
    assert_eq!(p.source.boots, 1);
    let big = file(p, "/big");
    assert_read_100_to_110(big);
    assert_eq!(big.pages.len(), big.page_ranks.len(), "every range ranked");
    let read: u64 = big.pages.iter().map(|r| r.end - r.start).sum();
    assert!(
        read < BIG_PAGES / 2,
        "big: {read} pages recorded, expected a small window: {:?}",
        big.pages
    );
    assert!(
        !big.pages.iter().any(|r| r.start == 0),
        "big read from the start: {:?}",
        big.pages
    );
    assert!(big.kinds.contains(AccessKinds::OPEN));
    let echo = file(p, "/bin/echo");
    assert!(
        echo.kinds.contains(AccessKinds::EXEC),
        "echo kinds {:?}",
        echo.kinds
    );
    assert!(file(p, "/a").kinds.contains(AccessKinds::OPEN));
    assert!(
        file(p, "/a").pages.contains(&(0..1)) || file(p, "/a").pages.iter().any(|r| r.start == 0)
    );
    for w in p.files.windows(2) {
        assert!(w[0].first_access_ns <= w[1].first_access_ns);
    }
}

#[test]
fn image_records_order_pages_exec_and_block_reads() {
    let m = Mounted::new();
    let out = m.path("p.profile");
    let raw = m.path("raw.txt");
    let image = m.image();
    record(
        &m.mnt(),
        &[
            "--image",
            image.to_str().unwrap(),
            "--strict",
            "--raw",
            raw.to_str().unwrap(),
        ],
        &out,
        &[],
    );
    let p = formats::profile::load(&out).unwrap();
    check_workload_profile(&p);
    let id = p.source.image.as_ref().expect("image identity");
    let image_len = fs::metadata(&image).unwrap().len();
    assert!(id.bytes_used <= image_len && id.bytes_used > BIG_PAGES * 4096);
    assert_eq!(id.compressor, "gzip");
    // Block-level reads of the image, all inside it.
    assert!(!p.image_reads.is_empty());
    for r in &p.image_reads {
        assert!(
            r.len > 0 && r.offset + r.len <= image_len.next_multiple_of(4096),
            "{r:?}"
        );
    }
    // squashfs inode numbers are what the profile names.
    let listing = run(Command::new("unsquashfs").args(["-lls", "-n"]).arg(&image));
    assert!(listing.status.success());
    assert!(file(&p, "/big").inode.is_some());
    // The raw stream has page-cache and exec lines for the same run.
    let raw = fs::read_to_string(&raw).unwrap();
    assert!(raw
        .lines()
        .any(|l| l.split(' ').nth(1) == Some("cache-add")));
    assert!(raw
        .lines()
        .any(|l| l.contains(" exec ") && l.ends_with(" /bin/echo")));
}

/// The same workload on an EROFS mount: the kernel's inode numbers are nids, and the
/// profile names the files by path; the image's block reads map back to the files
/// through the EROFS region index.
#[test]
fn erofs_image_records_order_pages_exec_and_block_reads() {
    let m = Mounted::erofs();
    let out = m.path("p.profile");
    let image = m.image();
    record(
        &m.mnt(),
        &["--image", image.to_str().unwrap(), "--strict"],
        &out,
        &[],
    );
    let p = formats::profile::load(&out).unwrap();
    check_workload_profile(&p);
    let archive = erofs::Archive::open(&image).unwrap();
    for f in &p.files {
        let rel = std::str::from_utf8(&f.path)
            .unwrap()
            .trim_start_matches('/');
        let nid = archive.stat(Path::new(rel)).unwrap().nid;
        assert_eq!(f.inode, Some(nid), "{rel}: the profile's inode is the nid");
    }
    let id = p.source.image.as_ref().expect("image identity");
    assert_eq!(id.compressor, "lz4");
    assert_eq!(id.block_size, 4096);
    assert!(!p.image_reads.is_empty());
    // The host-side mapping of the same reads names the files the workload read.
    let index = optimizer::regions::RegionIndex::from_erofs(&archive).unwrap();
    let mapped = qemu::mapping::files_from_reads(&index, &p.image_reads);
    let names: Vec<&[u8]> = mapped.iter().map(|f| f.path.as_slice()).collect();
    for want in [&b"/big"[..], b"/bin/echo"] {
        assert!(names.contains(&want), "{names:?} miss {want:?}");
    }
    assert!(!names.contains(&&b"/c"[..]), "/c was not read: {names:?}");
    assert_read_100_to_110(mapped.iter().find(|f| f.path == b"/big").unwrap());
}

/// The workload's `dd` read pages 100..110 of /big.
fn assert_read_100_to_110(big: &formats::profile::FileEntry) {
    assert!(
        big.coalesced_pages()
            .iter()
            .any(|r| r.start <= 100 && r.end >= 110),
        "big pages {:?} miss 100..110",
        big.pages
    );
}

#[test]
fn mount_records_the_same_workload() {
    let m = Mounted::new();
    let out = m.path("p.profile");
    record(&m.mnt(), &["--mount", m.mnt().to_str().unwrap()], &out, &[]);
    let p = formats::profile::load(&out).unwrap();
    check_workload_profile(&p);
    // The mount is a loop-backed squashfs: its image is identified too.
    assert!(p.source.image.is_some());
}

#[test]
fn overlay_on_squashfs_maps_lower_inodes() {
    let mut m = Mounted::new();
    let ov = m.overlay();
    let out = m.path("p.profile");
    record(&ov, &["--mount", ov.to_str().unwrap()], &out, &[]);
    let p = formats::profile::load(&out).unwrap();
    check_workload_profile(&p);

    // --image while the workload runs through the overlay: opens name overlay
    // paths, page-cache events the squashfs inodes; both land on the same files.
    // A fresh image, not a remount: a mount namespace copied meanwhile (another
    // test's `unshare`) keeps the first superblock and its page cache alive, and a
    // remount would share it, so `/a` would already be cached.
    let mut m = Mounted::new();
    let ov = m.overlay();
    let image = m.image();
    let out2 = m.path("p2.profile");
    record(&ov, &["--image", image.to_str().unwrap()], &out2, &[]);
    let p = formats::profile::load(&out2).unwrap();
    check_workload_profile(&p);
}

#[test]
fn follow_command_excludes_other_processes() {
    let m = Mounted::new();
    let mnt = m.mnt();
    let out = m.path("p.profile");
    // Another process reads `c` while the command runs.
    let mut outsider = Command::new("sh")
        .arg("-c")
        .arg(format!("sleep 0.5; cat {}/c > /dev/null", mnt.display()))
        .spawn()
        .unwrap();
    let rec = run(Command::new(LIVEOPT)
        .current_dir(&mnt)
        .args(["record", "--follow-command", "--mount"])
        .arg(&mnt)
        .arg("-o")
        .arg(&out)
        .args([
            "--",
            "sh",
            "-c",
            "cat a >/dev/null; sleep 1.5; cat b >/dev/null",
        ]));
    outsider.wait().unwrap();
    assert!(
        rec.status.success(),
        "{}",
        String::from_utf8_lossy(&rec.stderr)
    );
    let p = formats::profile::load(&out).unwrap();
    assert_eq!(paths(&p), ["/a", "/b"]);
}

#[test]
fn duration_without_command_sees_other_processes() {
    let m = Mounted::new();
    let mnt = m.mnt();
    let out = m.path("p.profile");
    let mut reader = Command::new("sh")
        .arg("-c")
        .arg(format!("sleep 0.7; cat {}/c > /dev/null", mnt.display()))
        .spawn()
        .unwrap();
    let rec = run(Command::new(LIVEOPT)
        .args(["record", "--duration", "2", "--mount"])
        .arg(&mnt)
        .arg("-o")
        .arg(&out));
    reader.wait().unwrap();
    assert!(
        rec.status.success(),
        "{}",
        String::from_utf8_lossy(&rec.stderr)
    );
    let p = formats::profile::load(&out).unwrap();
    assert_eq!(paths(&p), ["/c"]);
    let secs = p.source.duration_ns as f64 / 1e9;
    assert!((1.9..4.0).contains(&secs), "duration {secs}");
}

fn assert_fails_cleanly(out: &Output, output_file: &Path, needle: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(!output_file.exists(), "partial output left behind");
}

#[test]
fn refuses_without_privileges() {
    let dir = tempfile::tempdir().unwrap();
    // A copy nobody can execute, in a directory nobody can write to (output must not appear).
    let bin = dir.path().join("liveopt");
    fs::copy(LIVEOPT, &bin).unwrap();
    let out_file = dir.path().join("p.profile");
    let out = run(Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        .args(["record", "--mount", "/", "-o"])
        .arg(&out_file)
        .args(["--", "true"]));
    assert_fails_cleanly(&out, &out_file, "needs root (CAP_BPF/CAP_PERFMON)");
}

#[test]
fn missing_required_tracepoint_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    // A tracefs that has syscalls but no filemap events (as on a kernel without them).
    let fake = dir.path().join("tracefs");
    let ev = fake.join("events/syscalls/sys_enter_openat");
    fs::create_dir_all(&ev).unwrap();
    fs::write(
        ev.join("format"),
        fs::read("/sys/kernel/tracing/events/syscalls/sys_enter_openat/format").unwrap_or_default(),
    )
    .unwrap();
    let out_file = dir.path().join("p.profile");
    let out = run(Command::new(LIVEOPT)
        .env("LIVEOPT_TRACEFS", &fake)
        .args(["record", "--mount", "/", "-o"])
        .arg(&out_file)
        .args(["--", "true"]));
    assert_fails_cleanly(&out, &out_file, "filemap:mm_filemap_add_to_page_cache");
}

#[test]
fn unreadable_or_unmounted_image_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("p.profile");
    let missing = dir.path().join("missing.sqfs");
    let out = run(Command::new(LIVEOPT)
        .args(["record", "--image"])
        .arg(&missing)
        .arg("-o")
        .arg(&out_file)
        .args(["--", "true"]));
    assert_fails_cleanly(&out, &out_file, "cannot read image");

    let garbage = dir.path().join("garbage.sqfs");
    fs::write(&garbage, vec![0x55u8; 8192]).unwrap();
    let out = run(Command::new(LIVEOPT)
        .args(["record", "--image"])
        .arg(&garbage)
        .arg("-o")
        .arg(&out_file)
        .args(["--", "true"]));
    assert_fails_cleanly(&out, &out_file, "cannot read image");

    // A valid image that is not mounted.
    let tree = dir.path().join("tree");
    fs::create_dir(&tree).unwrap();
    fs::write(tree.join("x"), b"x").unwrap();
    let image = dir.path().join("unmounted.sqfs");
    check(Command::new("mksquashfs").arg(&tree).arg(&image).args([
        "-quiet",
        "-noappend",
        "-no-progress",
    ]));
    let out = run(Command::new(LIVEOPT)
        .args(["record", "--image"])
        .arg(&image)
        .arg("-o")
        .arg(&out_file)
        .args(["--", "true"]));
    assert_fails_cleanly(&out, &out_file, "is not mounted");
}

#[test]
fn lost_events_are_counted_and_strict_refuses() {
    let m = Mounted::new();
    let mnt = m.mnt();
    let out = m.path("p.profile");
    // A one-page ring buffer cannot keep up with 8192 tiny reads: events are lost.
    let flood = "dd if=big of=/dev/null bs=512 2>/dev/null";
    let strict = run(Command::new(LIVEOPT)
        .current_dir(&mnt)
        .env("LIVEOPT_RING_BYTES", "4096")
        .args(["record", "--strict", "--mount"])
        .arg(&mnt)
        .arg("-o")
        .arg(&out)
        .args(["--", "sh", "-c", flood]));
    assert!(!strict.status.success());
    let err = String::from_utf8_lossy(&strict.stderr);
    assert!(err.contains("--strict") && err.contains("lost"), "{err}");
    assert!(!out.exists(), "--strict left a profile behind");

    let lenient = run(Command::new(LIVEOPT)
        .current_dir(&mnt)
        .env("LIVEOPT_RING_BYTES", "4096")
        .args(["record", "--mount"])
        .arg(&mnt)
        .arg("-o")
        .arg(&out)
        .args(["--", "sh", "-c", flood]));
    assert!(
        lenient.status.success(),
        "{}",
        String::from_utf8_lossy(&lenient.stderr)
    );
    let p = formats::profile::load(&out).unwrap();
    assert!(
        p.source.dropped > 0,
        "no drops counted with a one-page ring"
    );
    assert!(String::from_utf8_lossy(&lenient.stderr).contains("events were lost"));
}

#[test]
fn sigint_ends_an_open_ended_recording() {
    let m = Mounted::new();
    let mnt = m.mnt();
    let out = m.path("p.profile");
    let mut rec = Command::new(LIVEOPT)
        .args(["record", "--mount"])
        .arg(&mnt)
        .arg("-o")
        .arg(&out)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the probe is attached (it says so on stderr), then read a file and interrupt.
    let mut stderr = std::io::BufReader::new(rec.stderr.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut line).unwrap();
    assert!(line.contains("probe attached"), "{line}");
    check(
        Command::new("cat")
            .arg(mnt.join("b"))
            .stdout(std::process::Stdio::null()),
    );
    check(Command::new("kill").args(["-INT", &rec.id().to_string()]));
    let status = rec.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(status.success(), "{rest}");
    let p = formats::profile::load(&out).unwrap();
    assert_eq!(paths(&p), ["/b"]);
}

/// The same binary on Debian's 6.1 kernel (no filemap get_pages/map_pages/fault
/// tracepoints, different format offsets), booted in QEMU from an initramfs.
/// Needs the example kernel tree (`liveopt qemu build-example target/example`) or
/// LIVEOPT_GUEST_KERNEL_ROOT; the example is built or reused through build-example (locked).
#[test]
fn runs_on_debian_6_1_guest() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/example");
    let kroot = match std::env::var_os("LIVEOPT_GUEST_KERNEL_ROOT") {
        Some(root) => PathBuf::from(root),
        None => {
            // build-example waits for a build in progress (its lock) and returns at once
            // when the example is complete, so the tree is never read half-extracted.
            check(
                Command::new(LIVEOPT)
                    .args(["qemu", "build-example"])
                    .arg(&example),
            );
            example.join("kernel/root")
        }
    };
    let vmlinuz = fs::read_dir(kroot.join("boot"))
        .expect("guest kernel tree")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("vmlinuz-")
        })
        .expect("vmlinuz in the guest kernel tree");
    let version = vmlinuz.file_name().unwrap().to_string_lossy()["vmlinuz-".len()..].to_string();
    let modules = kroot.join("lib/modules").join(&version).join("kernel");

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    for d in [
        "bin",
        "lib/x86_64-linux-gnu",
        "lib64",
        "mod",
        "proc",
        "sys",
        "dev",
        "tmp",
        "mnt",
    ] {
        fs::create_dir_all(root.join(d)).unwrap();
    }
    fs::copy(
        modules.join("fs/squashfs/squashfs.ko"),
        root.join("mod/squashfs.ko"),
    )
    .unwrap();
    fs::copy(
        modules.join("drivers/block/loop.ko"),
        root.join("mod/loop.ko"),
    )
    .unwrap();
    fs::copy("/bin/busybox", root.join("bin/busybox")).unwrap();
    check(
        Command::new("strip")
            .arg("-o")
            .arg(root.join("liveopt"))
            .arg(LIVEOPT),
    );
    // The binary's shared libraries, as ldd lists them.
    let ldd = run(Command::new("ldd").arg(LIVEOPT));
    for line in String::from_utf8_lossy(&ldd.stdout).lines() {
        let lib = line.split_whitespace().find(|w| w.starts_with('/'));
        if let Some(lib) = lib {
            let dst = root.join(lib.trim_start_matches('/'));
            fs::create_dir_all(dst.parent().unwrap()).unwrap();
            fs::copy(lib, dst).unwrap();
        }
    }
    let tree = dir.path().join("tree");
    fs::create_dir_all(tree.join("bin")).unwrap();
    fs::write(tree.join("a"), b"hello\n").unwrap();
    fs::write(tree.join("b"), b"world\n").unwrap();
    fs::write(tree.join("big"), vec![0x5au8; (BIG_PAGES * 4096) as usize]).unwrap();
    fs::copy("/bin/busybox", tree.join("bin/echo")).unwrap();
    check(
        Command::new("mksquashfs")
            .arg(&tree)
            .arg(root.join("img.sqfs"))
            .args(["-quiet", "-noappend", "-no-progress"]),
    );
    let init = format!(
        "#!/bin/busybox sh\n/bin/busybox --install -s /bin\n\
         mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev; mount -t tmpfs tmp /tmp\n\
         insmod /mod/loop.ko; insmod /mod/squashfs.ko\nmount -o loop,ro /img.sqfs /mnt\ncd /mnt\n\
         /liveopt record --image /img.sqfs --strict -o /tmp/p.txt -- sh -c '{WORKLOAD}'\n\
         echo \"=== rc $?\"\ncat /tmp/p.txt\npoweroff -f\n"
    );
    fs::write(root.join("init"), init).unwrap();
    check(Command::new("chmod").arg("+x").arg(root.join("init")));
    let initrd = dir.path().join("initrd.cpio");
    check(Command::new("sh").current_dir(&root).arg("-c").arg(format!(
        "find . | cpio -o -H newc > {} 2>/dev/null",
        initrd.display()
    )));
    let out = run(Command::new("timeout")
        .args([
            "300",
            "qemu-system-x86_64",
            "-m",
            "1024",
            "-nographic",
            "-no-reboot",
            "-kernel",
        ])
        .arg(&vmlinuz)
        .arg("-initrd")
        .arg(&initrd)
        .args(["-append", "console=ttyS0 quiet panic=-1"]));
    let console = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    assert!(console.contains("=== rc 0"), "guest run failed:\n{console}");
    let text = &console[console.find("liveopt-profile").expect("profile printed")..];
    let text = &text[..text
        .find("\nend ")
        .map(|i| i + 1 + text[i + 1..].find('\n').unwrap_or(0))
        .unwrap()];
    let p = Profile::from_text(text).unwrap_or_else(|e| panic!("{e:#}\n{text}"));
    assert_eq!(p.source.kernel.as_deref(), Some(version.as_str()));
    assert_eq!(paths(&p), ["/a", "/b", "/big", "/bin/echo"]);
    assert_read_100_to_110(file(&p, "/big"));
    assert!(file(&p, "/bin/echo").kinds.contains(AccessKinds::EXEC));
    assert!(!p.image_reads.is_empty());
}

/// The probe uses plain tracepoints and needs no kernel BTF: with /sys/kernel/btf
/// hidden (a tmpfs over it in a private mount namespace) recording still works.
#[test]
fn records_without_kernel_btf() {
    let m = Mounted::new();
    let out = m.path("p.profile");
    let hide_btf =
        "mount -t tmpfs none /sys/kernel/btf && test ! -e /sys/kernel/btf/vmlinux && exec \"$@\"";
    let o = run(Command::new("unshare")
        .args([
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            hide_btf,
            "sh",
        ])
        .arg(LIVEOPT)
        .args(["record", "--mount"])
        .arg(m.mnt())
        .arg("-o")
        .arg(&out)
        .args(["--", "sh", "-c", WORKLOAD])
        .current_dir(m.mnt()));
    assert!(
        o.status.success(),
        "record without BTF failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    check_workload_profile(&formats::profile::load(&out).unwrap());
}
