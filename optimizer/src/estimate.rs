//! Estimated read times of a request sequence on the report's media, through
//! the media models of `crate::media`, so the report, the gap measurement and
//! `liveopt simulate` use the same numbers.

use crate::media::{io_time, Medium};
use formats::Extent;

/// The media the report estimates read times for.
pub const REPORT_MEDIA: [Medium; 3] = [Medium::Cdrom, Medium::Usb2, Medium::Hdd];

/// Seconds to serve `requests` in the given order on `medium`, for an image
/// of `image_size` bytes.
pub fn seconds(medium: Medium, requests: &[Extent], image_size: u64) -> f64 {
    let reqs: Vec<(u64, u64)> = requests.iter().map(|e| (e.offset, e.len)).collect();
    io_time(medium, &reqs, image_size).seconds
}
