//! Media models: how long a sequence of reads takes on a CD, DVD, USB 2 stick,
//! SD card or hard disk. Pure and deterministic, so the report (`liveopt sort --report`) and
//! `liveopt simulate` compare layouts with the same numbers.
//! Parameters and their reasoning: docs/media-models.md.
//!
//! Two families:
//! - rotating media (optical, HDD): a request that starts where the previous
//!   one ended costs its transfer only; any other pays positioning (a seek
//!   that grows with the distance, plus rotational latency) and then transfer;
//! - flash (USB 2, SD): every request pays a fixed latency, then transfer;
//!   distance does not matter.

use serde::Serialize;

/// A medium a live system boots from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    Cdrom,
    Dvd,
    Usb2,
    Sd,
    Hdd,
}

/// How far a seek goes at full cost.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Span {
    /// The image itself (the image fills the medium, as a live CD does).
    Image,
    /// A fixed number of bytes (the medium's capacity).
    Bytes(u64),
}

/// How the seek time grows with distance, from `base` (tiny distance) to
/// `base + full_stroke` (distance >= span).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SeekCurve {
    /// Proportional to the distance (the reference CD model).
    Linear,
    /// Proportional to the square root of the distance (arm acceleration:
    /// short seeks are relatively slower per byte than long ones).
    Sqrt,
}

/// A medium's parameters. Times in seconds, rates in bytes per second.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "family", rename_all = "lowercase")]
pub enum Model {
    Rotating {
        /// Fixed part of a seek (settle, command overhead).
        seek_base_s: f64,
        /// Extra seek time for a distance of a whole span.
        seek_full_stroke_s: f64,
        seek_curve: SeekCurve,
        span: Span,
        /// Average rotational latency (half a revolution), paid once per seek.
        rotational_latency_s: f64,
        transfer_bytes_per_s: f64,
    },
    Flash {
        /// Paid by every request (protocol round trip + flash page read).
        request_latency_s: f64,
        transfer_bytes_per_s: f64,
    },
}

impl Medium {
    pub const ALL: [Medium; 5] = [
        Medium::Cdrom,
        Medium::Dvd,
        Medium::Usb2,
        Medium::Sd,
        Medium::Hdd,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Medium::Cdrom => "cdrom",
            Medium::Dvd => "dvd",
            Medium::Usb2 => "usb2",
            Medium::Sd => "sd",
            Medium::Hdd => "hdd",
        }
    }

    pub fn from_name(name: &str) -> Option<Medium> {
        Medium::ALL.into_iter().find(|m| m.name() == name)
    }

    /// The parameters (see docs/media-models.md for where they come from).
    pub fn model(self) -> Model {
        match self {
            // The reference CD model: 3.6 MB/s; a non-contiguous request costs
            // 75 ms + 75 ms x distance / image size (rotation included in the 75 ms).
            Medium::Cdrom => Model::Rotating {
                seek_base_s: 0.075,
                seek_full_stroke_s: 0.075,
                seek_curve: SeekCurve::Linear,
                span: Span::Image,
                rotational_latency_s: 0.0,
                transfer_bytes_per_s: 3.6e6,
            },
            // 16x CAV DVD-ROM drive: ~110 ms average access, 8x (11.08 MB/s) average
            // rate; full stroke over a 4.7 GB single-layer disc.
            Medium::Dvd => Model::Rotating {
                seek_base_s: 0.080,
                seek_full_stroke_s: 0.090,
                seek_curve: SeekCurve::Linear,
                span: Span::Bytes(4_700_000_000),
                rotational_latency_s: 0.0,
                transfer_bytes_per_s: 11.08e6,
            },
            Medium::Usb2 => Model::Flash {
                request_latency_s: 0.001,
                transfer_bytes_per_s: 30e6,
            },
            Medium::Sd => Model::Flash {
                request_latency_s: 0.0008,
                transfer_bytes_per_s: 20e6,
            },
            // 7200 rpm disk: 1 ms track-to-track, 18 ms full stroke over 1 TB,
            // 4.17 ms average rotational latency, 120 MB/s.
            Medium::Hdd => Model::Rotating {
                seek_base_s: 0.001,
                seek_full_stroke_s: 0.017,
                seek_curve: SeekCurve::Sqrt,
                span: Span::Bytes(1_000_000_000_000),
                rotational_latency_s: 60.0 / 7200.0 / 2.0,
                transfer_bytes_per_s: 120e6,
            },
        }
    }
}

/// The time a request sequence takes, and what it is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct IoTime {
    /// Total: `positioning_s + transfer_s`.
    pub seconds: f64,
    /// Seeks and rotational latency (rotating), or per-request latency (flash).
    pub positioning_s: f64,
    /// Bytes over the transfer rate.
    pub transfer_s: f64,
    pub requests: u64,
    /// Requests not starting where the previous one ended (the first one counts).
    pub seeks: u64,
    pub bytes: u64,
    /// Sum of the seek distances in bytes.
    pub seek_distance: u64,
}

/// Serves `requests` (`(offset, len)` in image bytes) one after another, in
/// the given order, on `medium`; `image_size` is the image's size in bytes.
/// The head starts at offset 0 with nothing read, so the first request is
/// always a seek (of `offset` bytes).
pub fn io_time(medium: Medium, requests: &[(u64, u64)], image_size: u64) -> IoTime {
    model_io_time(medium.model(), requests.iter().copied(), image_size)
}

/// `io_time` with explicit parameters, over any sequence of `(offset, len)`
/// (e.g. `extents.iter().map(|e| (e.offset, e.len))`).
pub fn model_io_time(
    model: Model,
    requests: impl IntoIterator<Item = (u64, u64)>,
    image_size: u64,
) -> IoTime {
    let mut t = IoTime::default();
    let mut position: Option<u64> = None;
    for (offset, len) in requests {
        t.requests += 1;
        t.bytes += len;
        let contiguous = position == Some(offset);
        let distance = offset.abs_diff(position.unwrap_or(0));
        if !contiguous {
            t.seeks += 1;
            t.seek_distance += distance;
        }
        match model {
            Model::Rotating {
                seek_base_s,
                seek_full_stroke_s,
                seek_curve,
                span,
                rotational_latency_s,
                transfer_bytes_per_s,
            } => {
                if !contiguous {
                    let span = match span {
                        Span::Image => image_size,
                        Span::Bytes(b) => b,
                    };
                    let fraction = if span == 0 {
                        0.0
                    } else {
                        (distance as f64 / span as f64).min(1.0)
                    };
                    let shape = match seek_curve {
                        SeekCurve::Linear => fraction,
                        SeekCurve::Sqrt => fraction.sqrt(),
                    };
                    t.positioning_s +=
                        seek_base_s + seek_full_stroke_s * shape + rotational_latency_s;
                }
                t.transfer_s += len as f64 / transfer_bytes_per_s;
            }
            Model::Flash {
                request_latency_s,
                transfer_bytes_per_s,
            } => {
                t.positioning_s += request_latency_s;
                t.transfer_s += len as f64 / transfer_bytes_per_s;
            }
        }
        position = Some(offset + len);
    }
    t.seconds = t.positioning_s + t.transfer_s;
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn cdrom_matches_the_reference_model() {
        // Image of 700,000,000 bytes. Requests:
        //  1. (0, 3_600_000): first request, seek of distance 0 -> 75 ms; transfer 1 s.
        //  2. (3_600_000, 360_000): contiguous -> transfer 0.1 s only.
        //  3. (353_960_000, 36_000): distance 350,000,000 = half the image ->
        //     75 + 37.5 ms; transfer 10 ms.
        //  4. (0, 0): distance 353,996,000 -> 75 + 75 * 0.50570857.. ms.
        let reqs = [
            (0, 3_600_000),
            (3_600_000, 360_000),
            (353_960_000, 36_000),
            (0, 0),
        ];
        let t = io_time(Medium::Cdrom, &reqs, 700_000_000);
        let last_seek = 0.075 + 0.075 * (353_996_000.0 / 700_000_000.0);
        assert!(close(t.positioning_s, 0.075 + 0.1125 + last_seek), "{t:?}");
        assert!(close(t.transfer_s, 1.0 + 0.1 + 0.01), "{t:?}");
        assert!(close(t.seconds, t.positioning_s + t.transfer_s));
        assert_eq!(t.requests, 4);
        assert_eq!(t.seeks, 3);
        assert_eq!(t.bytes, 3_996_000);
        assert_eq!(t.seek_distance, 350_000_000 + 353_996_000);
    }

    #[test]
    fn cdrom_seek_fraction_is_capped_at_the_image_size() {
        // A 2 GB jump on a 1 GB image costs a full stroke, not two.
        let t = io_time(Medium::Cdrom, &[(2_000_000_000, 0)], 1_000_000_000);
        assert!(close(t.seconds, 0.150), "{t:?}");
        // Empty image: no division by zero, base cost only.
        let t = io_time(Medium::Cdrom, &[(5, 0)], 0);
        assert!(close(t.seconds, 0.075), "{t:?}");
    }

    #[test]
    fn sequential_beats_scattered_on_rotating_media() {
        let size = 100_000_000;
        let seq: Vec<(u64, u64)> = (0..100).map(|i| (i * 131_072, 131_072)).collect();
        let mut scattered = seq.clone();
        scattered.reverse();
        for m in [Medium::Cdrom, Medium::Dvd, Medium::Hdd] {
            let a = io_time(m, &seq, size);
            let b = io_time(m, &scattered, size);
            assert_eq!(a.seeks, 1);
            assert_eq!(b.seeks, 100);
            assert!(close(a.transfer_s, b.transfer_s));
            assert!(a.seconds < b.seconds, "{m:?}");
        }
    }

    #[test]
    fn dvd_hand_computed() {
        // Seek from 0 to 470,000,000 (a tenth of the disc): 80 + 9 ms; 1,108,000 bytes at
        // 11.08 MB/s: 100 ms.
        let t = io_time(Medium::Dvd, &[(470_000_000, 1_108_000)], 1);
        assert!(close(t.positioning_s, 0.089), "{t:?}");
        assert!(close(t.transfer_s, 0.1), "{t:?}");
    }

    #[test]
    fn hdd_hand_computed() {
        // Seek of 10 GB on a 1 TB span: 1 ms + 17 ms * sqrt(0.01) = 2.7 ms, plus
        // 4.1666.. ms rotation; 1.2 MB at 120 MB/s = 10 ms. Then contiguous: 10 ms more.
        let reqs = [(10_000_000_000, 1_200_000), (10_001_200_000, 1_200_000)];
        let t = io_time(Medium::Hdd, &reqs, 1 << 30);
        assert!(
            close(t.positioning_s, 0.0027 + 60.0 / 7200.0 / 2.0),
            "{t:?}"
        );
        assert!(close(t.transfer_s, 0.02), "{t:?}");
        assert_eq!(t.seeks, 1);
    }

    #[test]
    fn flash_pays_latency_per_request_regardless_of_order() {
        // USB 2: 3 requests x 1 ms + 3,000,000 bytes / 30 MB/s = 3 ms + 100 ms.
        let reqs = [
            (0, 1_000_000),
            (1_000_000, 1_000_000),
            (500_000_000, 1_000_000),
        ];
        let t = io_time(Medium::Usb2, &reqs, 1 << 30);
        assert!(close(t.seconds, 0.003 + 0.1), "{t:?}");
        assert_eq!(t.seeks, 2);
        let mut reversed = reqs;
        reversed.reverse();
        assert!(close(
            io_time(Medium::Usb2, &reversed, 1 << 30).seconds,
            t.seconds
        ));
        // SD: 2 x 0.8 ms + 2,000,000 / 20 MB/s = 1.6 ms + 100 ms.
        let t = io_time(Medium::Sd, &reqs[..2], 1 << 30);
        assert!(close(t.seconds, 0.0016 + 0.1), "{t:?}");
    }

    #[test]
    fn names_round_trip() {
        for m in Medium::ALL {
            assert_eq!(Medium::from_name(m.name()), Some(m));
        }
        assert_eq!(Medium::from_name("floppy"), None);
        assert_eq!(io_time(Medium::Hdd, &[], 0), IoTime::default());
    }
}
