//! The guest-side probe: `liveopt record` (the eBPF recorder) run inside the booting guest.
//!
//! The liveopt initramfs starts it with `liveopt.record` when `/bin/liveopt` is present
//! (docs/initramfs.md); the host adds the binary by appending a second newc archive to the
//! initrd (the kernel unpacks concatenated archives), and reads the profile back from the
//! guest's second serial port, between begin/end lines.

use std::path::Path;
use std::process::Command;

use anyhow::{anyhow, bail, Context, Result};
use boot::initramfs::cpio::{write_newc, Member};

pub const LOG_BEGIN: &str = "LIVEOPT-GUEST-LOG-BEGIN";
pub const LOG_END: &str = "LIVEOPT-GUEST-LOG-END";
pub const PROFILE_BEGIN: &str = "LIVEOPT-GUEST-PROFILE-BEGIN";
pub const PROFILE_END: &str = "LIVEOPT-GUEST-PROFILE-END";

/// Writes `base` followed by a newc archive holding `recorder` (stripped of debug info when
/// `strip` is available) as `/bin/liveopt`.
pub fn initrd_with_recorder(base: &Path, recorder: &Path, out: &Path) -> Result<()> {
    let mut bytes =
        std::fs::read(base).with_context(|| format!("reading initrd {}", base.display()))?;
    let scratch = tempfile::tempdir()?;
    let stripped = scratch.path().join("liveopt");
    let strip_ok = Command::new("strip")
        .arg("--strip-debug")
        .arg("-o")
        .arg(&stripped)
        .arg(recorder)
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    let binary = if strip_ok {
        std::fs::read(&stripped)?
    } else {
        std::fs::read(recorder)?
    };
    while bytes.len() % 4 != 0 {
        bytes.push(0);
    }
    let members = [
        Member::Dir {
            path: "bin".into(),
            mode: 0o755,
        },
        Member::File {
            path: "bin/liveopt".into(),
            mode: 0o755,
            data: binary,
        },
    ];
    write_newc(&mut bytes, &members)?;
    profile::write_atomic(out, &bytes).with_context(|| format!("writing {}", out.display()))
}

/// What the guest sent on its second serial port.
#[derive(Debug)]
pub struct GuestOutput {
    /// The recorder's stderr.
    pub log: String,
    pub profile: profile::Profile,
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
    let profile = profile::Profile::from_text(&profile_text).map_err(|e| {
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
    fn the_init_script_prints_the_marker_the_runner_waits_for() {
        let script = boot::initramfs::INIT_SCRIPT;
        assert!(script.contains(crate::boot::MARKER));
        assert!(script.contains(crate::boot::INIT_START));
        assert!(script.contains(crate::boot::INIT_FAILED));
        for line in [LOG_BEGIN, LOG_END, PROFILE_BEGIN, PROFILE_END] {
            assert!(script.contains(line), "{line}");
        }
    }

    #[test]
    fn parses_the_serial_output() {
        let p = profile::Profile {
            source: profile::Source {
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

    #[test]
    fn appends_the_recorder_as_a_second_archive() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("base.cpio");
        let mut bytes = Vec::new();
        write_newc(
            &mut bytes,
            &[Member::File {
                path: "init".into(),
                mode: 0o755,
                data: b"#!/bin/sh\n".to_vec(),
            }],
        )
        .unwrap();
        std::fs::write(&base, &bytes).unwrap();
        let fake = dir.path().join("fake-recorder");
        std::fs::write(&fake, b"not an ELF, strip refuses it, copied as is").unwrap();
        let out = dir.path().join("out.cpio");
        initrd_with_recorder(&base, &fake, &out).unwrap();
        let all = std::fs::read(&out).unwrap();
        assert!(all.starts_with(&bytes));
        // GNU cpio reads the first archive; the second starts right after it.
        let second = &all[bytes.len()..];
        assert!(second.starts_with(b"070701"));
        let hay = String::from_utf8_lossy(second);
        assert!(hay.contains("bin/liveopt") && hay.contains("copied as is"));
    }
}
