//! The guest-side probe: `liveopt record` (the eBPF recorder) run inside the booting guest.
//!
//! The liveopt initramfs starts it with `liveopt.record` when `/bin/liveopt` is present
//! (docs/initramfs.md); the host adds the binary and its libraries to the initrd
//! (`boot::initramfs::binary::initrd_with_liveopt`), and reads the profile back from the
//! guest's second serial port, between begin/end lines.

use anyhow::{anyhow, bail, Result};

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
