//! `liveopt iso sort`: a live ISO with its live image sorted by a boot profile (the same code
//! as `liveopt sort`, reading the image in place; squashfs stays squashfs, EROFS stays EROFS
//! with its own compressor) and the image's readahead list beside it
//! (`<image>.readahead`), rewritten by [`crate::iso_edit`] so it boots as the input did, and
//! checked before it is published (temp file + rename). With `rewrite: false` the image is
//! kept and only the list for it as it is is added. The boot entries' initrds get the
//! readahead hook appended ([`crate::iso_inject`]) when they take it.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::iso::{LiveImage, PlacedImage};
use crate::iso_edit::{check_rewrite, rewrite, Put};
use crate::iso_inject::{inject_initrds, Inject, InjectedInitrd};
use crate::live_iso::LiveIso;
use formats::readahead::{self, ReadaheadList};
use optimizer::erofs_sort::Input;

/// Everything `liveopt iso sort` takes.
#[derive(Clone, Debug)]
pub struct IsoSortOptions {
    pub iso: PathBuf,
    pub profile: PathBuf,
    pub output: PathBuf,
    /// The live image's ISO path; default: where distributions put it.
    pub live_image: Option<String>,
    /// Sort the image (else keep it and add only its list).
    pub rewrite: bool,
    /// Use a profile recorded on another image, matching files by path.
    pub force: bool,
    /// Append the readahead hook to the boot entries' initrds.
    pub inject: Inject,
    /// The running `liveopt`, beside which its static `liveopt-boot` is found.
    pub liveopt: PathBuf,
}

/// What was written.
pub struct IsoSorted {
    pub live_image: String,
    pub list_path: String,
    pub list: ReadaheadList,
    /// The sort's report, when the image was sorted.
    pub report: Option<optimizer::report::Report>,
    pub injected: Vec<InjectedInitrd>,
    /// Why the initrds were left as they are, when [`Inject::Auto`] found one that could not
    /// take the hook.
    pub not_injected: Option<String>,
}

pub fn iso_sort(opts: &IsoSortOptions) -> Result<IsoSorted> {
    if opts.output == opts.iso || optimizer::sort::same_file(&opts.output, &opts.iso) {
        bail!(
            "the output {} is the input ISO; refusing to overwrite it",
            opts.output.display()
        );
    }
    let live = LiveIso::open(&opts.iso)?;
    let (live_image, extent) = live.live_image(opts.live_image.as_deref())?;
    // An ISO that cannot boot on its own is refused before anything is written.
    live.boot_entry()?;
    let image = PlacedImage::open(&opts.iso, extent)?.image;

    let out_dir = match opts.output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // Scratch beside the output: the same file system, so a lack of space shows up here.
    let scratch = tempfile::Builder::new()
        .prefix(".liveopt-iso-sort-")
        .tempdir_in(&out_dir)
        .with_context(|| format!("creating a scratch directory in {}", out_dir.display()))?;
    // Before the sort: a refused initrd is refused at once.
    let (injected, not_injected) = match opts.inject {
        Inject::Never => (Vec::new(), None),
        Inject::Always => (inject_initrds(&live, &opts.liveopt, scratch.path())?, None),
        Inject::Auto => match inject_initrds(&live, &opts.liveopt, scratch.path()) {
            Ok(injected) => (injected, None),
            Err(err) => (Vec::new(), Some(format!("{err:#}"))),
        },
    };
    let list_file = scratch.path().join("image.readahead");
    let list_path = format!("{live_image}.readahead");
    let mut puts: Vec<Put> = injected.iter().map(InjectedInitrd::put).collect();
    let report = if opts.rewrite {
        let sorted = scratch.path().join("image");
        let mut sort = optimizer::sort::SortOptions::new(
            PathBuf::from(format!("{}:{live_image}", opts.iso.display())),
            opts.profile.clone(),
            sorted.clone(),
        );
        sort.readahead = Some(list_file.clone());
        sort.force = opts.force;
        let report = match image {
            LiveImage::Squashfs(image) => optimizer::sort::sort_archive(image, &sort)?,
            LiveImage::Erofs(image) => {
                let codec = optimizer::erofs_sort::codec_of(&image);
                optimizer::erofs_sort::run(&sort, &Input::Erofs(image), codec)?
            }
        };
        puts.push(Put {
            iso_path: live_image.clone(),
            source: sorted,
        });
        Some(report)
    } else {
        let profile = formats::profile::load(&opts.profile)?;
        let list = match image {
            LiveImage::Squashfs(image) => {
                optimizer::sort::unsorted_readahead_list(&image, &profile, opts.force)?
            }
            LiveImage::Erofs(image) => optimizer::erofs_sort::unsorted_readahead_list(
                &Input::Erofs(image),
                &opts.iso,
                extent.offset,
                &profile,
                opts.force,
            )?,
        };
        let mut text = Vec::new();
        readahead::write(&list, &mut text)?;
        std::fs::write(&list_file, text)
            .with_context(|| format!("writing {}", list_file.display()))?;
        None
    };
    let list = readahead::parse(&std::fs::read_to_string(&list_file)?)
        .with_context(|| format!("reading back {}", list_file.display()))?;
    puts.push(Put {
        iso_path: list_path.clone(),
        source: list_file,
    });

    let out = formats::AtomicFile::create(&opts.output)
        .with_context(|| format!("creating {}", opts.output.display()))?;
    rewrite(&opts.iso, out.path(), &puts)?;
    check(&opts.iso, out.path(), &puts, &live_image, &list)
        .with_context(|| format!("checking the rewritten ISO {}", out.path().display()))?;
    out.commit()?;
    Ok(IsoSorted {
        live_image,
        list_path,
        list,
        report,
        injected,
        not_injected,
    })
}

/// The rewritten ISO against the input: tree and boot records ([`check_rewrite`]), the live
/// image in it of the same content as the input's (`liveopt verify`'s comparison), and the
/// list naming that image.
fn check(
    input: &Path,
    output: &Path,
    puts: &[Put],
    live_image: &str,
    list: &ReadaheadList,
) -> Result<()> {
    check_rewrite(input, output, puts)?;
    let placed = |iso: &Path| -> Result<PlacedImage> {
        let mut f = std::fs::File::open(iso)?;
        PlacedImage::open(iso, crate::iso::find_extent(&mut f, live_image)?)
    };
    let before = placed(input)?;
    let after = placed(output)?;
    if let Err(diff) = crate::image_tree::compare(&before.image, &after.image) {
        bail!("the live image's content changed: {diff}");
    }
    if list.identity.image != after.identity()? {
        bail!("the readahead list does not name the live image written");
    }
    Ok(())
}
