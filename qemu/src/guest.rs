//! The guest-side probe: `liveopt record` (the eBPF recorder) run inside the booting guest.
//!
//! The host appends to the initrd the whole `liveopt` with its shared libraries and a hook
//! file ([`RECORD_HOOK`]) that the liveopt initramfs `/init` sources before switch_root
//! (docs/initramfs.md), and reads the profile back from the guest's second serial port,
//! between begin/end lines.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use boot::initramfs::{binary, hook_file, ExtraFile, HookPoint};

/// The hook that starts the recorder and sends its profile back (busybox sh).
pub const RECORD_HOOK: &str = include_str!("record-hook.sh");

/// Where the hook reads the recorder's shared libraries from, one absolute path a line.
pub const RECORDER_LIBS: &str = "/lib/liveopt/recorder.libs";

/// Writes `base` + `/bin/liveopt` (from `liveopt`, with the libraries `ldd` lists and
/// their list at [`RECORDER_LIBS`]) + [`RECORD_HOOK`] to `out`: the binary keeps its own
/// loader and libraries, since run through the image's ld.so and libc it would load them
/// before its probe is attached and the profile would miss them.
pub fn initrd_with_recorder(base: &Path, liveopt: &Path, out: &Path) -> Result<u64> {
    let mut files = binary::liveopt_files(liveopt)?;
    let libs: String = files[1..].iter().map(|f| format!("{}\n", f.path)).collect();
    files.push(ExtraFile {
        path: RECORDER_LIBS.into(),
        mode: 0o644,
        data: libs.into_bytes(),
    });
    files.push(hook_file(HookPoint::PreSwitchRoot, "record", RECORD_HOOK));
    binary::append_files(base, &files, out)
}

pub const LOG_BEGIN: &str = "LIVEOPT-GUEST-LOG-BEGIN";
pub const LOG_END: &str = "LIVEOPT-GUEST-LOG-END";
pub const PROFILE_BEGIN: &str = "LIVEOPT-GUEST-PROFILE-BEGIN";
pub const PROFILE_END: &str = "LIVEOPT-GUEST-PROFILE-END";

/// What the guest sent on its second serial port.
#[derive(Debug)]
pub struct GuestOutput {
    /// The recorder's stderr.
    pub log: String,
    pub profile: formats::profile::Profile,
}

/// Parses the second serial port's text (CRLF tolerated).
pub fn parse_guest_output(text: &str) -> Result<GuestOutput> {
    let text = text.replace("\r\n", "\n");
    let between = |begin: &str, end: &str| -> Option<String> {
        let start = text.find(&format!("{begin}\n"))? + begin.len() + 1;
        let stop = start + text[start..].find(&format!("{end}\n"))?;
        Some(text[start..stop].to_string())
    };
    let log = between(LOG_BEGIN, LOG_END).unwrap_or_default();
    let Some(profile_text) = between(PROFILE_BEGIN, PROFILE_END) else {
        bail!("the guest sent no profile (recorder log: {})", log.trim());
    };
    let profile = formats::profile::Profile::from_text(&profile_text).map_err(|e| {
        anyhow!(
            "the guest's profile does not parse: {e:#} (recorder log: {})",
            log.trim()
        )
    })?;
    Ok(GuestOutput { log, profile })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_init_script_and_hook_print_what_the_runner_waits_for() {
        let script = boot::initramfs::INIT_SCRIPT;
        assert!(script.contains(crate::boot::INIT_START));
        assert!(script.contains("echo \"$INIT_FAILED: $*\""));
        assert!(boot::initramfs::paths_script()
            .contains(&format!("INIT_FAILED='{}'", crate::boot::INIT_FAILED)));
        assert!(RECORD_HOOK.contains(crate::boot::MARKER));
        assert!(RECORD_HOOK.contains(RECORDER_LIBS));
        for line in [LOG_BEGIN, LOG_END, PROFILE_BEGIN, PROFILE_END] {
            assert!(RECORD_HOOK.contains(line), "{line}");
        }
    }

    /// The appended layer holds the recorder, its libraries, their list and the hook.
    #[test]
    fn the_recorder_layer_lists_the_libraries_it_carries() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("base.img");
        std::fs::write(&base, b"").unwrap();
        let out = dir.path().join("initrd.img");
        initrd_with_recorder(&base, Path::new("/bin/ls"), &out).unwrap();
        let root = dir.path().join("root");
        std::fs::create_dir(&root).unwrap();
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "cd '{}' && cpio -idm --quiet --no-absolute-filenames < '{}'",
                root.display(),
                out.display()
            ))
            .status()
            .unwrap();
        assert!(status.success());
        assert!(root.join("bin/liveopt").is_file());
        let libs =
            std::fs::read_to_string(root.join(RECORDER_LIBS.trim_start_matches('/'))).unwrap();
        assert!(libs.lines().any(|l| l.ends_with("libc.so.6")), "{libs}");
        for lib in libs.lines() {
            assert!(root.join(lib.trim_start_matches('/')).is_file(), "{lib}");
        }
        assert!(root
            .join("lib/liveopt/hooks/pre-switch-root-record.sh")
            .is_file());
    }

    #[test]
    fn parses_the_serial_output() {
        let p = formats::profile::Profile {
            source: formats::profile::Source {
                recorder: "liveopt record".into(),
                boots: 1,
                ..Default::default()
            },
            ..Default::default()
        };
        let text = format!(
            "noise\r\n{LOG_BEGIN}\r\nliveopt: recorded 0 files\r\n{LOG_END}\r\n{PROFILE_BEGIN}\r\n{}{PROFILE_END}\r\n",
            p.to_text().replace('\n', "\r\n")
        );
        let out = parse_guest_output(&text).unwrap();
        assert_eq!(out.profile, p);
        assert!(out.log.contains("recorded 0 files"));
        let err = parse_guest_output(&format!("{LOG_BEGIN}\nno probe\n{LOG_END}\n")).unwrap_err();
        assert!(err.to_string().contains("no probe"), "{err}");
    }
}
