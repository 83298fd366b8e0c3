//! `liveopt demo`: the whole chain on a built-in example, as a user would run it.
//!
//! It builds a small live root (busybox plus a few thousand generated files),
//! makes the "unsorted" image with mksquashfs, and then runs the real
//! subcommands one after another, printing each command line first:
//! record a boot-like workload on the loop-mounted image, sort the image by
//! that profile, verify the result, and show the before/after report.

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::cli::DemoArgs;

/// Files in the example tree; the boot script reads about a tenth of them.
const PACKAGES: u32 = 40;
const FILES_PER_PACKAGE: u32 = 50;
/// Applets linked to busybox in the example's /bin.
const APPLETS: [&str; 8] = ["sh", "cat", "dd", "head", "true", "ls", "sleep", "mount"];

pub fn run(args: DemoArgs) -> Result<()> {
    let dir = &args.dir;
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let dir = dir.canonicalize()?;
    let tree = dir.join("tree");
    let image = dir.join("example.squashfs");
    if !image.exists() {
        writeln!(
            std::io::stdout(),
            "== building the example live root in {}",
            tree.display()
        )?;
        if tree.exists() {
            fs::remove_dir_all(&tree)?;
        }
        build_tree(&tree)?;
        let out = formats::AtomicFile::create(&image)?;
        run_step(Command::new("mksquashfs").arg(&tree).arg(out.path()).args([
            "-comp",
            "zstd",
            "-noappend",
            "-quiet",
            "-no-progress",
        ]))?;
        out.commit()?;
    }

    let mount = dir.join("mnt");
    fs::create_dir_all(&mount)?;
    let profile = dir.join("boot.profile");
    let sorted = dir.join("sorted.squashfs");
    let readahead = dir.join("sorted.squashfs.readahead");
    let plot = dir.join("seek.png");
    let me = std::env::current_exe()?;

    writeln!(
        std::io::stdout(),
        "== recording a boot-like workload on the loop-mounted image"
    )?;
    let _ = Command::new("umount").arg(&mount).status();
    run_step(
        Command::new("mount")
            .args(["-t", "squashfs", "-o", "loop,ro"])
            .arg(&image)
            .arg(&mount),
    )?;
    let recorded = run_step(
        Command::new(&me)
            .arg("record")
            .arg("--image")
            .arg(&image)
            .arg("-o")
            .arg(&profile)
            .arg("--")
            .arg("chroot")
            .arg(&mount)
            .args(["/bin/sh", "/etc/rc.boot"]),
    );
    let _ = Command::new("umount").arg(&mount).status();
    recorded?;
    run_step(Command::new(&me).args(["profile", "show"]).arg(&profile))?;

    writeln!(std::io::stdout(), "== sorting the image by the profile")?;
    run_step(
        Command::new(&me)
            .arg("sort")
            .arg(&image)
            .arg("--profile")
            .arg(&profile)
            .arg("-o")
            .arg(&sorted)
            .arg("--readahead")
            .arg(&readahead)
            .arg("--report")
            .arg("--plot")
            .arg(&plot),
    )?;

    writeln!(
        std::io::stdout(),
        "== verifying that both images hold the same content"
    )?;
    run_step(Command::new(&me).arg("verify").arg(&image).arg(&sorted))?;

    writeln!(std::io::stdout(), "\nDone. Outputs in {}:", dir.display())?;
    for p in [&image, &profile, &sorted, &readahead, &plot] {
        writeln!(std::io::stdout(), "  {}", p.display())?;
    }
    Ok(())
}

/// Prints the command, runs it, fails on a non-zero exit.
fn run_step(cmd: &mut Command) -> Result<()> {
    let shown: Vec<OsString> = std::iter::once(cmd.get_program().to_owned())
        .chain(cmd.get_args().map(|a| a.to_owned()))
        .collect();
    let shown = shown
        .iter()
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    writeln!(std::io::stdout(), "$ {shown}")?;
    let status = cmd
        .status()
        .with_context(|| format!("cannot run {shown}"))?;
    if !status.success() {
        bail!("step failed ({status}): {shown}");
    }
    Ok(())
}

/// A deterministic xorshift generator: the example is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// File contents that compress about 2:1, like binaries and libraries do.
fn contents(rng: &mut Rng, len: usize) -> Vec<u8> {
    let words: [&[u8]; 6] = [
        b"lib",
        b"init ",
        b"systemd ",
        b"module ",
        b"\0\0\0\0",
        b"config=",
    ];
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        if rng.below(2) == 0 {
            out.extend_from_slice(words[rng.below(words.len() as u64) as usize]);
        } else {
            out.extend_from_slice(&rng.next().to_le_bytes());
        }
    }
    out.truncate(len);
    out
}

/// Sizes like a root filesystem's: mostly small files, some libraries, a few large ones.
fn file_size(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=59 => 200 + rng.below(12_000) as usize,
        60..=97 => 16_384 + rng.below(128_000) as usize,
        _ => 1_000_000 + rng.below(1_000_000) as usize,
    }
}

fn build_tree(tree: &Path) -> Result<()> {
    let mut rng = Rng(0x5eed_1e55_b007_0001);
    for d in ["bin", "etc", "usr/lib", "proc", "sys", "dev", "tmp"] {
        fs::create_dir_all(tree.join(d))?;
    }
    let busybox = Path::new("/bin/busybox");
    if !busybox.exists() {
        bail!("/bin/busybox is missing: install busybox-static (scripts/setup.sh does)");
    }
    fs::copy(busybox, tree.join("bin/busybox"))?;
    make_char_device(&tree.join("dev/null"), 1, 3)?;
    for applet in APPLETS {
        symlink("busybox", tree.join("bin").join(applet))?;
    }

    let mut files: Vec<(PathBuf, usize)> = Vec::new();
    for p in 0..PACKAGES {
        let pkg = tree.join(format!("usr/lib/pkg{p:02}"));
        fs::create_dir_all(&pkg)?;
        for f in 0..FILES_PER_PACKAGE {
            let len = file_size(&mut rng);
            let path = pkg.join(format!("file{f:02}.so"));
            fs::write(&path, contents(&mut rng, len))?;
            files.push((path, len));
        }
    }

    // The boot: a shuffled tenth of the files, so access order differs from path
    // order; large files are read only in part, as a boot does with libraries.
    let mut script =
        String::from("#!/bin/sh\n# The example's boot: reads files in a fixed order.\n");
    let boot_files = files.len() / 10;
    for _ in 0..boot_files {
        let (path, len) = &files[rng.below(files.len() as u64) as usize];
        let rel = path.strip_prefix(tree)?.to_string_lossy().into_owned();
        if *len > 1_000_000 {
            let pages = (*len / 4096) as u64;
            let skip = rng.below(pages / 2);
            script.push_str(&format!(
                "dd if=/{rel} of=/dev/null bs=4096 skip={skip} count=32 2>/dev/null\n"
            ));
        } else {
            script.push_str(&format!("cat /{rel} >/dev/null\n"));
        }
        if rng.below(20) == 0 {
            script.push_str("/bin/true\n");
        }
    }
    let rc = tree.join("etc/rc.boot");
    fs::File::create(&rc)?.write_all(script.as_bytes())?;
    fs::set_permissions(&rc, fs::Permissions::from_mode(0o755))?;
    Ok(())
}

/// The boot script writes to /dev/null inside the read-only image.
fn make_char_device(path: &Path, major: u32, minor: u32) -> Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c_path = std::ffi::CString::new(path.as_os_str().as_bytes())?;
    // SAFETY: c_path is a valid NUL-terminated path.
    let rc = unsafe {
        libc::mknod(
            c_path.as_ptr(),
            libc::S_IFCHR | 0o666,
            libc::makedev(major, minor),
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error())
            .with_context(|| format!("cannot create device {} (needs root)", path.display()));
    }
    Ok(())
}
