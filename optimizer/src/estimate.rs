//! Estimated read times of a request sequence on the report's media.
//! One adapter over the media models, so the report and the gap measurement
//! use the same numbers.

use serde::Serialize;

use crate::extent::Extent;

/// The media the report estimates read times for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportMedium {
    Cdrom,
    Usb2,
    Hdd,
}

impl ReportMedium {
    pub const ALL: [ReportMedium; 3] = [ReportMedium::Cdrom, ReportMedium::Usb2, ReportMedium::Hdd];

    pub fn name(self) -> &'static str {
        match self {
            ReportMedium::Cdrom => "cdrom",
            ReportMedium::Usb2 => "usb2",
            ReportMedium::Hdd => "hdd",
        }
    }

    /// Seconds to serve `requests` in the given order, one after another.
    pub fn seconds(self, requests: &[Extent]) -> f64 {
        interim::seconds(self, requests)
    }
}

/// A simple seek + transfer model, used until `crate::media` lands.
mod interim {
    use super::*;

    pub fn seconds(m: ReportMedium, requests: &[Extent]) -> f64 {
        // (per-request overhead s, full-stroke seek s, bytes/s)
        let (overhead, full_seek, rate) = match m {
            ReportMedium::Cdrom => (0.002, 0.150, 3.6e6),
            ReportMedium::Usb2 => (0.0005, 0.0, 30e6),
            ReportMedium::Hdd => (0.0002, 0.015, 100e6),
        };
        let mut pos = None::<u64>;
        let mut t = 0.0;
        for r in requests {
            if pos != Some(r.offset) {
                let dist = pos.map_or(r.offset, |p| p.abs_diff(r.offset)) as f64;
                // Short seeks cost less: square root of the distance over 700 MB.
                t += overhead + full_seek * (dist / 700e6).sqrt().min(1.0);
            }
            t += r.len as f64 / rate;
            pos = Some(r.end());
        }
        t
    }
}
