//! Every flag of `liveopt`, with its documentation. Handlers live in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use boot::cli::{InstallArgs, MigrateArgs, ReadaheadArgs};

#[derive(Parser, Debug)]
#[command(name = "liveopt", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Record what a workload (or a boot) reads from an image, with the eBPF probe.
    #[command(after_help = RECORD_EXAMPLES)]
    Record(RecordArgs),
    /// Inspect, merge and convert boot profiles.
    #[command(subcommand, after_help = PROFILE_EXAMPLES)]
    Profile(ProfileCommand),
    /// Rewrite a squashfs image so boot data comes first, in first-access order.
    #[command(after_help = SORT_EXAMPLES)]
    Sort(SortArgs),
    /// Check that two images, squashfs or EROFS (or the live images of two ISOs), hold identical content.
    #[command(after_help = VERIFY_EXAMPLES)]
    Verify(VerifyArgs),
    /// Work on a distribution's live ISO as a whole.
    #[command(subcommand)]
    Iso(IsoCommand),
    /// Write the readahead list of an image as it is (not sorted), from a boot profile.
    #[command(after_help = READAHEAD_LIST_EXAMPLES)]
    ReadaheadList(ReadaheadListArgs),
    /// Replay a block trace against an image layout under a media model.
    #[command(after_help = SIMULATE_EXAMPLES)]
    Simulate(SimulateArgs),
    /// Profile real boots in QEMU.
    #[command(subcommand)]
    Qemu(QemuCommand),
    /// Read an image's boot byte ranges into the page cache, early in boot.
    Readahead(ReadaheadArgs),
    /// Build the liveopt initramfs for a target kernel.
    #[command(after_help = INITRAMFS_EXAMPLES)]
    Initramfs(InitramfsArgs),
    /// Copy the running live image to RAM or disk in profile order, then switch to it.
    Migrate(MigrateArgs),
    /// Install the running block live root onto a disk, without a reboot (mirror, switch, grow).
    #[command(after_help = INSTALL_EXAMPLES)]
    Install(InstallArgs),
    /// Write a PXE boot tree: kernel, initrd with the image appended, pxelinux config.
    Pxe(PxeArgs),
    /// Run the whole chain on a built-in example: record, sort, verify, report.
    Demo(DemoArgs),
    /// Print a shell completion script for this command line.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), every subcommand included.
    #[command(after_help = MAN_EXAMPLES)]
    Man,
}

const INSTALL_EXAMPLES: &str = "Examples (in a live system booted with the block live root):
  liveopt install /dev/vda              # print the plan, write nothing
  liveopt install --yes /dev/vda        # partition, mirror, switch to the disk, grow
  liveopt install --yes --rate 20000 /dev/vda   # cap the copy at 20 MB/s
  liveopt install --yes --force /dev/vda        # overwrite a disk that holds a table or filesystem
  liveopt install --yes --password-hash \"root=$(mkpasswd -m sha-512)\" /dev/vda   # root's password on the disk";

const RECORD_EXAMPLES: &str = "\
Examples:
  liveopt record --image filesystem.squashfs -o boot.profile -- ./my-workload
  liveopt record --mount /mnt/live --duration 30 -o boot.profile";

const PROFILE_EXAMPLES: &str = "\
Examples:
  liveopt profile show boot.profile | head
  liveopt profile merge boot1.profile boot2.profile -o boot.profile
  liveopt profile export --format mksquashfs boot.profile -o sort.txt
  liveopt profile import --format list paths.txt -o boot.profile";

const SORT_EXAMPLES: &str = "\
Examples:
  liveopt sort filesystem.squashfs --profile boot.profile -o sorted.squashfs \\
      --readahead sorted.squashfs.readahead --report
  liveopt sort filesystem.squashfs --profile boot.profile -o sorted.squashfs --comp zstd
  liveopt sort filesystem.squashfs --profile boot.profile -o sorted.erofs \
      --format erofs --compress lz4hc --target-kernel 6.1 --readahead sorted.erofs.readahead";

const VERIFY_EXAMPLES: &str = "\
Examples:
  liveopt verify filesystem.squashfs sorted.squashfs
  liveopt verify fedora-squashfs.img filesystem.squashfs   # EROFS against squashfs
  liveopt verify live.iso live-sorted.iso";

const ISO_SORT_EXAMPLES: &str = "\
Examples:
  liveopt qemu profile --cdrom live.iso -o boot.profile
  liveopt iso sort live.iso --profile boot.profile -o live-sorted.iso
  liveopt iso sort live.iso --profile boot.profile -o live-listed.iso --no-rewrite
  liveopt iso sort live.iso --profile boot.profile -o live-sorted.iso --inject-readahead";

const READAHEAD_LIST_EXAMPLES: &str = "\
Examples:
  liveopt readahead-list filesystem.squashfs --profile boot.profile \\
      -o filesystem.squashfs.readahead";

const SIMULATE_EXAMPLES: &str = "\
Examples:
  liveopt simulate --trace boot.trace --image filesystem.squashfs --model usb2
  liveopt simulate --trace boot.trace --image sorted.squashfs \\
      --traced-image filesystem.squashfs --all-models";

const INITRAMFS_EXAMPLES: &str = "\
Examples:
  liveopt initramfs -o initrd.img --kernel-modules /lib/modules/$(uname -r) --with-liveopt
  liveopt initramfs -o initrd.img --kernel-modules /lib/modules/$(uname -r) \\
      --readahead-list sorted.squashfs.readahead
  liveopt initramfs -o initrd.img --kernel-modules /lib/modules/$(uname -r) --drivers host \\
      --add-module ext4";

const QEMU_PROFILE_EXAMPLES: &str = "\
Examples:
  liveopt qemu profile --cdrom debian-live.iso -o boot.profile
  liveopt qemu profile --cdrom live.iso --marker 'Reached target' --idle 20 -o boot.profile
  liveopt qemu profile --kernel vmlinuz --initrd initrd.img --image live.iso --cdrom \\
      --medium cdrom --trace boot.trace -o boot.profile";

const QEMU_COMPARE_EXAMPLES: &str = "\
Examples:
  liveopt qemu build-example target/example
  liveopt qemu compare target/example -o results/qemu-compare --repeats 3
  liveopt qemu compare target/example -o results/qemu-compare-disk --disk
  liveopt qemu profile --cdrom live.iso -o boot.profile
  liveopt qemu compare --iso live.iso --profile boot.profile -o results/iso-compare";

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  liveopt completions bash > /etc/bash_completion.d/liveopt
  liveopt completions zsh > /usr/local/share/zsh/site-functions/_liveopt
  liveopt completions fish > ~/.config/fish/completions/liveopt.fish";

const MAN_EXAMPLES: &str = "\
Examples:
  liveopt man | man -l -
  liveopt man > /usr/local/share/man/man1/liveopt.1";

#[derive(Args, Debug)]
pub struct RecordArgs {
    /// Where to write the profile.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The squashfs or EROFS image that is mounted; maps inode numbers to paths with no walk.
    #[arg(long, conflicts_with = "mount")]
    pub image: Option<PathBuf>,
    /// The mount point to record (any filesystem); walked once to map inodes to paths.
    #[arg(long)]
    pub mount: Option<PathBuf>,
    /// Stop after this many seconds.
    #[arg(long)]
    pub duration: Option<f64>,
    /// Record only this command and its children.
    #[arg(long)]
    pub follow_command: bool,
    /// Also keep the raw event stream here (for debugging).
    #[arg(long)]
    pub raw: Option<PathBuf>,
    /// Exit non-zero if any event was lost.
    #[arg(long)]
    pub strict: bool,
    /// The command to run while recording; recording stops when it exits.
    #[arg(last = true)]
    pub command: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ProfileCommand {
    /// Print a human summary of a profile.
    Show {
        /// The profile to show.
        file: PathBuf,
        /// Print only the paths, in first-access order, one per line.
        #[arg(long)]
        paths: bool,
    },
    /// Merge several boots: union of files, ordered by median first-access rank.
    Merge {
        /// The profiles to merge (one per boot).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the merged profile.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Write a sort file for squashfs-tools or squashfs-tools-ng.
    Export {
        /// The profile to export.
        file: PathBuf,
        /// Which tool's sort-file format.
        #[arg(long, value_enum)]
        format: SortFormat,
        /// Where to write (stdout if absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Read a sort file or a plain path list back into a profile.
    Import {
        /// The sort file or path list to read.
        file: PathBuf,
        /// The input's format (`list`: one image path per line, first access first).
        #[arg(long, value_enum)]
        format: ImportFormat,
        /// Where to write the profile.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortFormat {
    Mksquashfs,
    Gensquashfs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Mksquashfs,
    Gensquashfs,
    List,
}

#[derive(Args, Debug)]
pub struct SortArgs {
    /// The input squashfs or EROFS image (never modified).
    pub image: PathBuf,
    /// The boot profile that decides the order.
    #[arg(long)]
    pub profile: PathBuf,
    /// The sorted image to write.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Also write the readahead list here.
    #[arg(long)]
    pub readahead: Option<PathBuf>,
    /// Print a before/after report.
    #[arg(long)]
    pub report: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Draw the before/after seek diagram (PNG or SVG by extension).
    #[arg(long)]
    pub plot: Option<PathBuf>,
    /// Recompress with this compressor (default: keep the input's, copying blocks raw).
    #[arg(long, value_enum)]
    pub comp: Option<Compressor>,
    /// Recompress with this block size in bytes (power of two, 4 KiB to 1 MiB).
    #[arg(long)]
    pub block_size: Option<u32>,
    /// Recompress every block even when compressor, options and block size are unchanged (no raw copy).
    #[arg(long)]
    pub recompress: bool,
    /// Proceed even if the profile was taken from a different image.
    #[arg(long)]
    pub force: bool,
    /// Output format (default: the input's; EROFS input sorts into EROFS only).
    #[arg(long, value_enum)]
    pub format: Option<ImageFormat>,
    /// EROFS output: how regular files are stored (default: as the EROFS input does, so
    /// the kernels that mounted it mount the output; lz4hc from squashfs input).
    #[arg(long, value_enum)]
    pub compress: Option<ErofsCompress>,
    /// EROFS output: the largest pcluster of the data the boot does not read, in bytes (a
    /// multiple of 4096 up to 1 MiB, as mkfs.erofs's -C; default: an EROFS input's largest,
    /// at least 65536).
    #[arg(long)]
    pub pcluster_size: Option<u32>,
    /// EROFS output: refuse an image this kernel version (e.g. 6.1) cannot mount, and leave
    /// out what it cannot read (inline tails before 5.17, fragments before 6.1).
    #[arg(long)]
    pub target_kernel: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Squashfs,
    Erofs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErofsCompress {
    /// Uncompressed, chunk-based: any 4 KiB block anywhere.
    None,
    Lz4,
    /// LZ4 high compression (level 9, as mkfs.erofs).
    Lz4hc,
    /// MicroLZMA, preset 6 (as Fedora's images): smaller, slower to write and read;
    /// the target kernel needs CONFIG_EROFS_FS_ZIP_LZMA (5.16+; Debian's 6.1 lacks it).
    Lzma,
    /// Raw DEFLATE, level 9; the target kernel needs CONFIG_EROFS_FS_ZIP_DEFLATE (6.6+).
    Deflate,
    /// zstd, level 9; the target kernel needs CONFIG_EROFS_FS_ZIP_ZSTD (6.10+).
    Zstd,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compressor {
    Gzip,
    Xz,
    Zstd,
    Lz4,
}

#[derive(Subcommand, Debug)]
pub enum IsoCommand {
    /// Sort the live image inside an ISO by a boot profile and add its readahead list
    /// (<image>.readahead); the new ISO boots as the input did (same El Torito images,
    /// isohybrid MBR/GPT, volume id, every other file).
    #[command(after_help = ISO_SORT_EXAMPLES)]
    Sort(IsoSortArgs),
}

#[derive(Args, Debug)]
pub struct IsoSortArgs {
    /// The input ISO (never modified).
    pub iso: PathBuf,
    /// The boot profile that decides the order.
    #[arg(long)]
    pub profile: PathBuf,
    /// The ISO to write.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The live image's path inside the ISO; default: live/filesystem.squashfs,
    /// casper/*.squashfs or LiveOS/squashfs.img.
    #[arg(long, value_name = "PATH")]
    pub live_image: Option<String>,
    /// Keep the live image as it is; add only its readahead list.
    #[arg(long)]
    pub no_rewrite: bool,
    /// Proceed even if the profile was taken from a different image.
    #[arg(long)]
    pub force: bool,
    /// Append the static liveopt-boot and the readahead hook of the initrd's family
    /// (live-boot) to the initrd of each boot entry (isolinux and GRUB), so the ISO reads its
    /// list ahead through its own initramfs; an initrd that cannot take it is an error.
    /// Default: done when every boot entry's initrd takes it.
    #[arg(long, conflicts_with = "no_inject_readahead")]
    pub inject_readahead: bool,
    /// Leave the initrds as they are.
    #[arg(long)]
    pub no_inject_readahead: bool,
}

#[derive(Args, Debug)]
pub struct ReadaheadListArgs {
    /// The image, squashfs or EROFS (not modified).
    pub image: PathBuf,
    /// The boot profile whose files the list covers.
    #[arg(long)]
    pub profile: PathBuf,
    /// Where to write the list.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Proceed even if the profile was taken from a different image.
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// The first image (squashfs or EROFS, told apart by magic; or an ISO).
    pub a: PathBuf,
    /// The second image (squashfs or EROFS; or an ISO).
    pub b: PathBuf,
}

#[derive(Args, Debug)]
pub struct SimulateArgs {
    /// The block trace to replay.
    #[arg(long)]
    pub trace: PathBuf,
    /// The image whose layout the trace is replayed against (squashfs or EROFS).
    #[arg(long)]
    pub image: PathBuf,
    /// The image the trace was recorded on, if different (translates the access sequence).
    #[arg(long)]
    pub traced_image: Option<PathBuf>,
    /// The media model to time the reads with (docs/media-models.md).
    #[arg(long, value_enum, default_value = "cdrom")]
    pub model: MediaModel,
    /// Time the reads on every media model (one row each).
    #[arg(long)]
    pub all_models: bool,
    /// A readahead list for --image: read first in on-disk order; the boot's reads it covers hit the page cache.
    #[arg(long)]
    pub readahead: Option<PathBuf>,
    /// With --traced-image: of a read metadata block or fragment, translate only the objects the
    /// trace gives evidence for (files whose data was read, their directories), not all of them.
    #[arg(long, requires = "traced_image")]
    pub evidenced: bool,
    /// With --traced-image: as --evidenced, the evidence being the files of this file-level
    /// boot profile (e.g. from the guest-side recorder) and their directories.
    #[arg(long, requires = "traced_image", conflicts_with = "evidenced")]
    pub evidence_profile: Option<PathBuf>,
    /// Also replay parts of data/fragment blocks the trace never serves whole (readahead
    /// edges; left out by default, since squashfs reads those blocks whole or not at all).
    #[arg(long)]
    pub keep_edges: bool,
    /// Cost every read of the trace as its medium served it, re-reads included (no page-cache
    /// rule): a boot's own trace on its own image, e.g. a raw-disk boot, where squashfs
    /// bypasses the page cache. `liveopt qemu compare` times its boots this way.
    #[arg(long, conflicts_with_all = ["traced_image", "readahead", "keep_edges"])]
    pub as_served: bool,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaModel {
    Cdrom,
    Dvd,
    Usb2,
    Sd,
    Hdd,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleLayout {
    Overlay,
    Block,
}

#[derive(Subcommand, Debug)]
pub enum QemuCommand {
    /// Build (or reuse) the example Debian live system in DIR.
    BuildExample {
        dir: PathBuf,
        /// overlay: the squashfs is the root (live-boot style; boots to a marker and powers
        /// off). block: the squashfs holds an ext4 image, booted as the block live root
        /// (loop, dm-snapshot, dm linear), in DIR/block, with a root login on ttyS0.
        #[arg(long, value_enum, default_value = "overlay")]
        layout: ExampleLayout,
    },
    /// Boot an image in QEMU and record its boot profile.
    #[command(after_help = QEMU_PROFILE_EXAMPLES)]
    Profile(Box<QemuProfileArgs>),
    /// Boot every layout of the example (or of a live ISO) and compare them.
    #[command(after_help = QEMU_COMPARE_EXAMPLES)]
    Compare(QemuCompareArgs),
}

#[derive(Args, Debug)]
pub struct QemuCompareArgs {
    /// The example directory (from build-example).
    #[arg(required_unless_present = "iso", conflicts_with = "iso")]
    pub dir: Option<PathBuf>,
    /// Compare a distribution's live ISO instead, booted through its own boot entry: as it
    /// is, `iso sort`, `iso sort` with the readahead hook in its initrd, and `iso sort
    /// --no-rewrite` (the list only) with the hook.
    #[arg(long, value_name = "ISO", requires = "profile")]
    pub iso: Option<PathBuf>,
    /// The boot profile `iso sort` sorts by (from `liveopt qemu profile --cdrom ISO`).
    #[arg(long, requires = "iso")]
    pub profile: Option<PathBuf>,
    /// With --iso: the boot is over at the serial line holding TEXT; default: a login
    /// prompt on ttyS0 or the live image idle for 10 s.
    #[arg(long, value_name = "TEXT", requires = "iso")]
    pub marker: Option<String>,
    /// Where to write figures and plots.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Boots per layout (interleaved).
    #[arg(long, default_value_t = 3)]
    pub repeats: u32,
    /// Throttle the boot drive like this medium (QEMU drive throttling).
    #[arg(long, value_enum, default_value = "cdrom")]
    pub medium: MediaModel,
    /// Boot each image as a raw virtio disk instead of from an ISO on an emulated CD.
    #[arg(long, conflicts_with = "iso")]
    pub disk: bool,
}

#[derive(Args, Debug)]
pub struct QemuProfileArgs {
    /// Boot this ISO from an emulated CD-ROM: a distribution's live ISO through its own
    /// default boot entry (isolinux/syslinux or GRUB). Without a value, the ISO is --image.
    #[arg(long, value_name = "ISO", num_args = 0..=1)]
    pub cdrom: Option<Option<PathBuf>>,
    /// The guest kernel (bzImage); default: the ISO's boot entry's.
    #[arg(long)]
    pub kernel: Option<PathBuf>,
    /// The initramfs to boot with; default: the ISO's boot entry's initrds, concatenated.
    #[arg(long)]
    pub initrd: Option<PathBuf>,
    /// A squashfs image booted from a virtio disk (or, with a bare --cdrom, the ISO).
    #[arg(long)]
    pub image: Option<PathBuf>,
    /// The kernel command line instead of the ISO's boot entry's (console=ttyS0 is added).
    #[arg(long, allow_hyphen_values = true)]
    pub append: Option<String>,
    /// The live image's path inside the ISO; default: live/filesystem.squashfs,
    /// casper/*.squashfs or LiveOS/squashfs.img.
    #[arg(long, value_name = "PATH")]
    pub live_image: Option<String>,
    /// The boot is over at the serial line holding TEXT; default for an ISO's own boot
    /// entry: a login prompt on ttyS0 or the live image idle for --idle seconds.
    #[arg(long, value_name = "TEXT")]
    pub marker: Option<String>,
    /// Seconds without a read of the live image that end the boot (without --marker).
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    pub idle: f64,
    /// Give up (with the serial console's tail) after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 600.0)]
    pub timeout: f64,
    /// Throttle the medium like a real one.
    #[arg(long, value_enum)]
    pub medium: Option<MediaModel>,
    /// Keep the raw block trace here.
    #[arg(long)]
    pub trace: Option<PathBuf>,
    /// Also run the eBPF recorder (this liveopt's `record`) inside the guest and write its
    /// profile here (needs the liveopt initramfs).
    #[arg(long)]
    pub guest_profile: Option<PathBuf>,
    /// Where to write the boot profile.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Args, Debug)]
pub struct InitramfsArgs {
    /// Where to write the initramfs (newc cpio).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The target kernel's lib/modules/<version> tree.
    #[arg(long)]
    pub kernel_modules: PathBuf,
    /// Add the static liveopt-boot of this liveopt binary (default: the running one; found
    /// beside it or in cargo's musl release directory, see scripts/build-boot.sh), stripped,
    /// as /bin/liveopt-boot: /init then runs the readahead service and the background
    /// toram migration.
    #[arg(long, value_name = "BIN", num_args = 0..=1)]
    pub with_liveopt: Option<Option<PathBuf>>,
    /// Put this readahead list (checked first: a garbage list is refused) at
    /// /lib/liveopt/disk.readahead, where /init looks when it boots a raw disk or USB stick
    /// (liveopt.media=disk). Implies --with-liveopt: the service is /bin/liveopt-boot.
    #[arg(long, value_name = "LIST")]
    pub readahead_list: Option<PathBuf>,
    /// Which storage drivers /init may load, by device alias: generic (CD, SATA/IDE, USB
    /// storage and UAS, NVMe, virtio, SD card) or host (only what this machine's own block
    /// devices use, read from /sys).
    #[arg(long, value_enum, default_value_t = DriverSet::Generic)]
    pub drivers: DriverSet,
    /// Also put this module (and its dependencies) in the initramfs, loaded by /init first;
    /// repeatable.
    #[arg(long = "add-module", value_name = "NAME")]
    pub add_modules: Vec<String>,
    /// Compress the initramfs (the kernel unpacks gzip, xz and zstd): smaller to load from
    /// the medium, more to decompress at boot; none keeps the plain cpio.
    #[arg(long, value_enum, default_value_t = InitramfsCompression::None)]
    pub compress: InitramfsCompression,
}

/// `liveopt initramfs --compress`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitramfsCompression {
    Zstd,
    Xz,
    Gzip,
    None,
}

/// `liveopt initramfs --drivers`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DriverSet {
    Generic,
    Host,
}

#[derive(Args, Debug)]
pub struct PxeArgs {
    /// The TFTP server's root directory.
    #[arg(long)]
    pub tftproot: PathBuf,
    /// Directory under the TFTP root for the kernel and initrd.
    #[arg(long, default_value = "liveopt")]
    pub imagedir: String,
    /// The boot loader file name the DHCP server hands out; copied from syslinux if installed.
    #[arg(long, default_value = "pxelinux.0")]
    pub bootfile: String,
    /// The kernel (required for a squashfs source; overrides the ISO's).
    #[arg(long)]
    pub kernel: Option<PathBuf>,
    /// The initrd the image is appended to (required for a squashfs source; overrides the ISO's).
    #[arg(long)]
    pub initrd: Option<PathBuf>,
    /// Extra kernel command line.
    #[arg(long, default_value = "")]
    pub append: String,
    /// An ISO or a squashfs image.
    pub source: PathBuf,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Work directory (kept afterwards).
    #[arg(long, default_value = "target/demo")]
    pub dir: PathBuf,
}
