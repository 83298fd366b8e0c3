//! The readahead hook appended to a live ISO's own initrds (`liveopt iso sort
//! --inject-readahead`): the initrd each boot entry loads last gets [`boot::inject`]'s
//! archive (the static `liveopt-boot` and the hook of the initrd's family) appended, so the
//! ISO reads its image's list ahead at the next boot with no rebuild of its initramfs. The
//! results are files in a scratch directory, to be put in the ISO by [`crate::iso_edit`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use boot::inject::Family;

use crate::iso_edit::Put;
use crate::live_iso::LiveIso;

/// Whether `iso sort` appends the readahead hook to the ISO's initrds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inject {
    /// When every boot entry's initrd takes it; otherwise the initrds are left as they are.
    Auto,
    /// Always; an initrd that cannot take it is an error.
    Always,
    Never,
}

/// One initrd with the hook appended.
#[derive(Clone, Debug)]
pub struct InjectedInitrd {
    pub iso_path: String,
    pub family: Family,
    /// The initrd with the archive appended, in the scratch directory.
    pub source: PathBuf,
}

impl InjectedInitrd {
    pub fn put(&self) -> Put {
        Put {
            iso_path: self.iso_path.clone(),
            source: self.source.clone(),
        }
    }
}

/// Appends the hook to the last initrd of each of `live`'s boot entries (each file once; the
/// family is that of all the entry's initrds, as the kernel unpacks them), with the
/// `liveopt-boot` found for the `liveopt` binary at `liveopt`; writes the results to
/// `scratch`. An initrd of no family with a hook, or that cannot be parsed, is an error
/// naming it.
pub fn inject_initrds(
    live: &LiveIso,
    liveopt: &Path,
    scratch: &Path,
) -> Result<Vec<InjectedInitrd>> {
    let binary = boot::initramfs::binary::find_boot_binary(liveopt)?;
    let mut done: Vec<InjectedInitrd> = Vec::new();
    for entry in live.boot_entries()? {
        let last = entry
            .initrds
            .last()
            .expect("a boot entry has an initrd")
            .clone();
        if done.iter().any(|d| d.iso_path == last) {
            continue;
        }
        let extent = live
            .extent(&last)
            .expect("boot entries name files of the ISO");
        // The same file under two names (live-build's initrd.img and initrd.img-VERSION):
        // one source, which xorriso writes once.
        if let Some(same) = done
            .iter()
            .find(|d| live.extent(&d.iso_path) == Some(extent))
        {
            let shared = InjectedInitrd {
                iso_path: last,
                ..same.clone()
            };
            done.push(shared);
            continue;
        }
        let context = || format!("cannot add the readahead hook to {last}");
        let all = scratch.join("entry-initrds");
        live.concatenate(&entry.initrds, &all)?;
        let family = boot::inject::family(&std::fs::read(&all)?).with_context(context)?;
        std::fs::remove_file(&all)?;
        let appended =
            boot::inject::inject(&live.read_file(&last)?, family, &binary).with_context(context)?;
        let source = scratch.join(format!("initrd-{}", done.len()));
        std::fs::write(&source, appended)
            .with_context(|| format!("writing {}", source.display()))?;
        done.push(InjectedInitrd {
            iso_path: last,
            family,
            source,
        });
    }
    Ok(done)
}
