//! The example in the block layout (`liveopt qemu build-example DIR --layout block`): the
//! example's root as an ext4 image inside the squashfs (`LiveOS/rootfs.img`, Fedora's LiveOS
//! layout), booted by the liveopt initramfs as the block live root (loop, dm-snapshot
//! `live-rw`, dm linear `live-root`; boot/src/initramfs/live_root.sh). Unlike the plain
//! example it stays up: a root login (no password) on ttyS0, and `liveopt-boot` (also as
//! `liveopt`) on the PATH, the static binary, so the guest needs none of the host's
//! libraries. Built in `DIR/block` from the cached example, each step cached the same way.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::example::{
    find_deb, kernel_and_rootfs, lock_example_dir, remove_tree, run, short_hash, step,
    symlink_force, Example,
};

/// The kernel command line the block example boots with from its CD.
pub const CMDLINE: &str = "console=ttyS0 quiet panic=-1 liveopt.media=cdrom";

/// Where the guest finds the static boot binary, and its `liveopt` name.
pub const GUEST_BOOT_BINARY: &str = "usr/local/sbin/liveopt-boot";
pub const GUEST_LIVEOPT: &str = "usr/local/sbin/liveopt";

/// ext4 features of the root image: 4 KiB blocks and 64bit so it can grow to any disk
/// online, `metadata_csum_seed` so an installed copy can get a new UUID while mounted.
pub const IMAGE_FEATURES: &str = "64bit,metadata_csum_seed";

/// Debian packages the block tree gains so an installed copy can boot on its own: the
/// kernel the example boots (its own .deb, from the kernel step), initramfs-tools to make
/// the installed system's initramfs, GRUB's BIOS and UEFI images and grub-install, and
/// mkfs.vfat for the EFI system partition. Installed with apt in a chroot of the tree.
pub const BOOT_PACKAGES: &[&str] = &[
    "grub-pc-bin",
    "grub-efi-amd64-bin",
    "grub2-common",
    "initramfs-tools",
    "zstd",
    "dosfstools",
];

/// A package only a live system carries, installed as real live media have theirs
/// (live-tools diverts `update-initramfs`): `liveopt install` must remove it.
pub const LIVE_ONLY_PACKAGE: &str = "live-tools";

/// Free space left in the image beyond its content: the live session's own writes.
const HEADROOM_MIB: u64 = 256;

/// Bump when the recipe changes.
const RECIPE: u32 = 3;

/// The built block-layout example.
#[derive(Clone, Debug)]
pub struct BlockExample {
    pub dir: PathBuf,
    pub iso: PathBuf,
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// The ext4 root image (the same bytes as `LiveOS/rootfs.img` in the ISO's squashfs).
    pub image: PathBuf,
    pub cmdline: String,
}

impl BlockExample {
    pub fn paths(example_dir: &Path) -> BlockExample {
        let dir = example_dir.join("block");
        BlockExample {
            iso: dir.join("live.iso"),
            kernel: dir.join("vmlinuz"),
            initrd: dir.join("initrd.img"),
            image: dir.join("rootfs.img"),
            cmdline: CMDLINE.to_string(),
            dir,
        }
    }
}

/// Builds (or reuses) the example's kernel and root tree, then its block layout in
/// `dir/block`, under the example's lock (the overlay layout's own steps are not run). `liveopt` is the running `liveopt` binary: its static `liveopt-boot`
/// goes into the initramfs and the guest's PATH.
pub fn build_block_example(dir: &Path, liveopt: &Path) -> Result<BlockExample> {
    let boot_binary = boot::initramfs::binary::boot_files(liveopt)?
        .pop()
        .context("no liveopt-boot")?;
    let (dir, lock) = lock_example_dir(dir)?;
    let mut steps = Vec::new();
    let total = 6;
    let (ex, rootfs_key) = kernel_and_rootfs(&dir, total, &mut steps)?;
    let block = BlockExample::paths(&ex.dir);
    fs::create_dir_all(&block.dir)?;

    // 3. The root tree: hard links to the example's root, with the files that differ
    // replaced (never written through a link).
    let tree = block.dir.join("tree");
    let tree_key = format!(
        "block-tree v{RECIPE} packages={},{LIVE_ONLY_PACKAGE} <- {}",
        BOOT_PACKAGES.join(","),
        short_hash(rootfs_key.as_bytes())
    );
    step(
        &ex.dir,
        3,
        total,
        "block-tree",
        &tree_key,
        &mut steps,
        |dir| block_tree(&ex, &tree, &dir.join("logs/block-tree.log")).map(|_| String::new()),
    )?;

    // 4. The ext4 image, then the squashfs holding it at LiveOS/rootfs.img.
    let image_key = format!(
        "block-image v{RECIPE} ext4 {IMAGE_FEATURES} liveopt-boot={} <- {tree_key}",
        short_hash(&boot_binary.data)
    );
    step(
        &ex.dir,
        4,
        total,
        "block-image (mke2fs -d, mksquashfs)",
        &image_key,
        &mut steps,
        |dir| {
            // The tree is this step's own copy: the binary changes without a new tree.
            replace_file(&tree.join(GUEST_BOOT_BINARY), &boot_binary.data, 0o755)?;
            symlink_force("liveopt-boot", &tree.join(GUEST_LIVEOPT))?;
            ext4_image(&tree, &block.image, &dir.join("logs/block-image.log"))?;
            squashfs_of_image(&block, &dir.join("logs/block-image.log"))?;
            Ok(String::new())
        },
    )?;

    // 5. The CD.
    let iso_key = format!("block-iso v1 <- {image_key}");
    step(
        &ex.dir,
        5,
        total,
        "block-iso (xorriso)",
        &iso_key,
        &mut steps,
        |_| {
            crate::iso::wrap_squashfs(&block.dir.join("filesystem.squashfs"), &block.iso)
                .map(|_| String::new())
        },
    )?;

    // 6. The initramfs with the block live root's modules and liveopt-boot; the kernel
    // and command line beside it.
    let mut spec = boot::initramfs::Spec::new(&ex.modules);
    spec.modules
        .extend(BLOCK_MODULES.iter().map(|m| m.to_string()));
    spec.extra_files.push(boot_binary.clone());
    let initrd_key = format!(
        "block-initramfs init={} modules={} liveopt-boot={} kernel={}",
        short_hash(boot::initramfs::scripts_text().as_bytes()),
        spec.modules.join(","),
        short_hash(&boot_binary.data),
        ex.kernel_version
    );
    step(
        &ex.dir,
        6,
        total,
        "block-initramfs (liveopt initramfs)",
        &initrd_key,
        &mut steps,
        |_| {
            boot::initramfs::build(&spec, &block.initrd)?;
            let _ = fs::remove_file(&block.kernel);
            fs::copy(&ex.kernel, &block.kernel)?;
            formats::write_atomic(
                &block.dir.join("cmdline"),
                format!("{CMDLINE}\n").as_bytes(),
            )?;
            Ok(String::new())
        },
    )?;
    drop(lock);
    Ok(block)
}

/// Modules the block live root needs in the initramfs beyond the defaults (their
/// dependencies, dm-mod among them, come along). crc32c_generic is only a soft
/// dependency of ext4 (metadata checksums), which the module tree's hard dependencies miss.
pub const BLOCK_MODULES: &[&str] = &["ext4", "crc32c_generic", "dm-snapshot"];

fn block_tree(ex: &Example, tree: &Path, log: &Path) -> Result<()> {
    let tmp = tree.with_extension("tmp");
    remove_tree(&tmp)?;
    remove_tree(tree)?;
    // A copy, not hard links: the package install below runs maintainer scripts that
    // must not write through to the example's own root.
    let status = Command::new("cp")
        .arg("-a")
        .arg(&ex.rootfs)
        .arg(&tmp)
        .status()
        .context("starting cp")?;
    anyhow::ensure!(status.success(), "cp -a {} failed", ex.rootfs.display());
    install_boot_packages(ex, &tmp, log)?;
    let units = tmp.join("etc/systemd/system");
    // A login on the serial console, and no marker unit powering the machine off.
    for gone in [
        units.join("serial-getty@ttyS0.service"),
        units.join("multi-user.target.wants/liveopt-marker.service"),
        units.join("liveopt-marker.service"),
    ] {
        let _ = fs::remove_file(gone);
    }
    replace_file(
        &tmp.join("etc/fstab"),
        b"# block live root: /dev/mapper/live-root, set up by the liveopt initramfs\n",
        0o644,
    )?;
    // root logs in with no password (pam_unix's nullok): an empty password field.
    let shadow: String = fs::read_to_string(tmp.join("etc/shadow"))?
        .lines()
        .map(|line| match line.starts_with("root:") {
            true => "root:::0:99999:7:::\n".to_string(),
            false => format!("{line}\n"),
        })
        .collect();
    replace_file(&tmp.join("etc/shadow"), shadow.as_bytes(), 0o640)?;
    fs::rename(&tmp, tree)?;
    Ok(())
}

/// apt-get installs [`BOOT_PACKAGES`] and the example's kernel package into `root` (a
/// chroot with /proc mounted), then drops what only the install needed: apt's caches and
/// lists, and the initramfs the kernel's hook made (`liveopt install` makes the installed
/// system's own; the live system boots the liveopt initramfs).
fn install_boot_packages(ex: &Example, root: &Path, log: &Path) -> Result<()> {
    let kernel_deb = find_deb(
        &ex.dir.join("kernel"),
        &format!("linux-image-{}_", ex.kernel_version),
    )?;
    let staged = root
        .join("tmp")
        .join(kernel_deb.file_name().expect("a file name"));
    fs::copy(&kernel_deb, &staged)?;
    let proc_dir = root.join("proc");
    run(
        Command::new("mount")
            .args(["-t", "proc", "proc"])
            .arg(&proc_dir),
        log,
    )?;
    let script = format!(
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/{} {} {LIVE_ONLY_PACKAGE}",
        staged.file_name().expect("a file name").to_string_lossy(),
        BOOT_PACKAGES.join(" ")
    );
    let installed = run(
        Command::new("chroot")
            .arg(root)
            .args(["sh", "-c", &script])
            .env("DEBIAN_FRONTEND", "noninteractive"),
        log,
    );
    let unmounted = run(Command::new("umount").arg(&proc_dir), log);
    installed.context("installing the boot packages in the block tree")?;
    unmounted?;
    fs::remove_file(&staged)?;
    for cache in ["var/cache/apt/archives", "var/lib/apt/lists", "boot"] {
        for entry in fs::read_dir(root.join(cache))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            let drop = match cache {
                "boot" => name.starts_with("initrd.img"),
                _ => entry.file_type()?.is_file(),
            };
            if drop {
                fs::remove_file(entry.path())?;
            }
        }
    }
    for link in ["initrd.img", "initrd.img.old", "vmlinuz.old"] {
        let _ = fs::remove_file(root.join(link));
    }
    Ok(())
}

/// Writes `path` as a new file (unlinking first, whatever was there).
fn replace_file(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let _ = fs::remove_file(path);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, data).with_context(|| format!("writing {}", path.display()))?;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    Ok(())
}

/// A sparse ext4 image of `tree`, sized to its content plus [`HEADROOM_MIB`].
fn ext4_image(tree: &Path, image: &Path, log: &Path) -> Result<()> {
    let du = Command::new("du")
        .args(["-s", "--block-size=1M"])
        .arg(tree)
        .output()
        .context("starting du")?;
    let used_mib: u64 = String::from_utf8_lossy(&du.stdout)
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .with_context(|| format!("du -s {} gave no size", tree.display()))?;
    // A fifth more for ext4's own metadata (inode tables, journal).
    let size_mib = used_mib + used_mib / 5 + HEADROOM_MIB;
    let tmp = image.with_extension("tmp");
    let _ = fs::remove_file(&tmp);
    run(
        Command::new("mke2fs")
            .args(["-q", "-t", "ext4", "-b", "4096", "-O", IMAGE_FEATURES])
            .args(["-L", "liveopt-root", "-d"])
            .arg(tree)
            .arg(&tmp)
            .arg(format!("{size_mib}M")),
        log,
    )?;
    fs::rename(&tmp, image)?;
    Ok(())
}

fn squashfs_of_image(block: &BlockExample, log: &Path) -> Result<()> {
    let staging = block.dir.join("squashfs-root");
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    let inside = staging.join(boot::initramfs::BLOCK_IMAGE);
    fs::create_dir_all(inside.parent().expect("LiveOS/"))?;
    fs::hard_link(&block.image, &inside)?;
    let out = block.dir.join("filesystem.squashfs");
    let tmp = out.with_extension("tmp");
    let _ = fs::remove_file(&tmp);
    run(
        Command::new("mksquashfs").arg(&staging).arg(&tmp).args([
            "-comp",
            "zstd",
            "-noappend",
            "-no-progress",
            "-quiet",
        ]),
        log,
    )?;
    fs::remove_dir_all(&staging)?;
    fs::rename(&tmp, &out)?;
    Ok(())
}
