//! Ignore zones: rectangles of the picture where `motion-vectors` sees nothing move (a tree,
//! a road, a neighbour's window), the way NVRs' motion masks work.
//!
//! A zone is given in fractions of the picture's width and height, so one setting fits every
//! resolution of a camera's streams: `x,y,width,height`, several separated by `;`. A
//! macroblock whose centre lies inside a zone is analysed as still background (a skipped
//! macroblock with no vector and no residual): nothing there can start or keep motion, and the
//! rest of the picture is analysed as before.

use std::fmt;
use std::str::FromStr;

use crate::h264::mb::{MbKind, MbMap, MbStats};

/// One rectangle, in fractions (0 to 1) of the picture's width and height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zone {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Zone {
    /// True when the point (`fx`, `fy`) (fractions of the picture) lies inside the zone.
    fn contains(&self, fx: f64, fy: f64) -> bool {
        (self.x..self.x + self.width).contains(&fx) && (self.y..self.y + self.height).contains(&fy)
    }
}

/// Why an ignore-zones setting was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ZoneError {
    /// Zone `n` (from 1) does not have four numbers.
    Count {
        /// Which zone, from 1.
        zone: usize,
        /// How many numbers it has.
        got: usize,
    },
    /// Zone `n` has something that is not a number.
    NotANumber {
        /// Which zone, from 1.
        zone: usize,
        /// The text that is not a number.
        text: String,
    },
    /// Zone `n` lies partly outside the picture or is empty.
    OutOfPicture {
        /// Which zone, from 1.
        zone: usize,
        /// The zone as read.
        read: Zone,
    },
}

impl fmt::Display for ZoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZoneError::Count { zone, got } => write!(
                f,
                "zone {zone}: expected four numbers x,y,width,height (fractions of the picture), got {got}"
            ),
            ZoneError::NotANumber { zone, text } => {
                write!(f, "zone {zone}: '{text}' is not a number")
            }
            ZoneError::OutOfPicture { zone, read } => write!(
                f,
                "zone {zone} ({},{},{},{}): x and y must be 0 to 1, width and height above 0, \
                 x + width and y + height at most 1 (fractions of the picture)",
                read.x, read.y, read.width, read.height
            ),
        }
    }
}

impl std::error::Error for ZoneError {}

/// The ignore zones of a detector; empty by default (the whole picture is analysed). Two are
/// equal when their zones are.
#[derive(Debug, Clone, Default)]
pub struct IgnoreZones {
    zones: Vec<Zone>,
    /// The mask of the last macroblock grid asked for: its width, height and one flag per
    /// macroblock (true: ignored).
    mask: Option<(u32, u32, Vec<bool>)>,
}

impl PartialEq for IgnoreZones {
    fn eq(&self, other: &Self) -> bool {
        self.zones == other.zones
    }
}

/// Slack for sums of fractions such as 0.7 + 0.3.
const EDGE_SLACK: f64 = 1e-9;

impl FromStr for IgnoreZones {
    type Err = ZoneError;

    /// Reads `x,y,width,height[;x,y,width,height...]` (fractions of the picture; spaces
    /// allowed; an empty string is no zone).
    fn from_str(text: &str) -> Result<Self, ZoneError> {
        let mut zones = Vec::new();
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        for (index, part) in text.split(';').enumerate() {
            let zone = index + 1;
            let numbers = part
                .split(',')
                .map(|n| {
                    let n = n.trim();
                    n.parse::<f64>().map_err(|_| ZoneError::NotANumber {
                        zone,
                        text: n.to_string(),
                    })
                })
                .collect::<Result<Vec<f64>, _>>()?;
            let [x, y, width, height] = numbers[..] else {
                return Err(ZoneError::Count {
                    zone,
                    got: numbers.len(),
                });
            };
            let read = Zone {
                x,
                y,
                width,
                height,
            };
            let inside = (0.0..1.0).contains(&x)
                && (0.0..1.0).contains(&y)
                && width > 0.0
                && height > 0.0
                && x + width <= 1.0 + EDGE_SLACK
                && y + height <= 1.0 + EDGE_SLACK;
            if !inside {
                return Err(ZoneError::OutOfPicture { zone, read });
            }
            zones.push(read);
        }
        Ok(Self { zones, mask: None })
    }
}

impl fmt::Display for IgnoreZones {
    /// The setting as [`IgnoreZones::from_str`] reads it back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, z) in self.zones.iter().enumerate() {
            if i > 0 {
                f.write_str(";")?;
            }
            write!(f, "{},{},{},{}", z.x, z.y, z.width, z.height)?;
        }
        Ok(())
    }
}

impl IgnoreZones {
    /// The zones, in the order given.
    pub fn zones(&self) -> &[Zone] {
        &self.zones
    }

    /// True when there is no zone.
    pub fn is_empty(&self) -> bool {
        self.zones.is_empty()
    }

    /// Which macroblocks of a `width` x `height` macroblock grid are ignored (raster order):
    /// those whose centre lies inside a zone. Kept until the grid changes.
    pub fn mask(&mut self, width: u32, height: u32) -> &[bool] {
        let stale = !matches!(&self.mask, Some((w, h, _)) if *w == width && *h == height);
        if stale {
            let mut flags = Vec::with_capacity(width as usize * height as usize);
            for my in 0..height {
                let fy = (f64::from(my) + 0.5) / f64::from(height);
                for mx in 0..width {
                    let fx = (f64::from(mx) + 0.5) / f64::from(width);
                    flags.push(self.zones.iter().any(|z| z.contains(fx, fy)));
                }
            }
            self.mask = Some((width, height, flags));
        }
        self.mask.as_ref().map_or(&[], |(_, _, flags)| flags)
    }

    /// Copies `map` into `out` with every ignored macroblock made still background: skipped,
    /// no vector, no residual (its quantiser kept). Macroblocks no slice covered stay so.
    pub fn apply(&mut self, map: &MbMap, out: &mut MbMap) {
        out.width = map.width;
        out.height = map.height;
        out.mbs.clear();
        out.mbs.extend_from_slice(&map.mbs);
        let mask = self.mask(map.width, map.height);
        for (mb, &ignored) in out.mbs.iter_mut().zip(mask) {
            if ignored && mb.kind != MbKind::Missing {
                *mb = MbStats {
                    kind: MbKind::Skip,
                    qp: mb.qp,
                    ..MbStats::default()
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_back_the_setting() {
        let zones: IgnoreZones = " 0.5, 0 ,0.5,0.25 ;0,0.75,1,0.25".parse().unwrap();
        assert_eq!(
            zones.zones(),
            [
                Zone {
                    x: 0.5,
                    y: 0.0,
                    width: 0.5,
                    height: 0.25
                },
                Zone {
                    x: 0.0,
                    y: 0.75,
                    width: 1.0,
                    height: 0.25
                }
            ]
        );
        assert_eq!(zones.to_string(), "0.5,0,0.5,0.25;0,0.75,1,0.25");
        let mut masked = zones.clone();
        masked.mask(8, 4);
        assert_eq!(zones.to_string().parse::<IgnoreZones>().unwrap(), masked);
        assert!("".parse::<IgnoreZones>().unwrap().is_empty());
        assert!("  ".parse::<IgnoreZones>().unwrap().is_empty());
        // Fractions that sum to 1 with rounding are inside.
        assert!("0.7,0.1,0.3,0.2".parse::<IgnoreZones>().is_ok());
    }

    #[test]
    fn refuses_bad_settings_with_a_reason() {
        let err = |s: &str| s.parse::<IgnoreZones>().unwrap_err();
        assert_eq!(err("0.1,0.2,0.3"), ZoneError::Count { zone: 1, got: 3 });
        assert_eq!(
            err("0,0,1,1;0.1,0.2,0.3,0.4,0.5"),
            ZoneError::Count { zone: 2, got: 5 }
        );
        assert_eq!(
            err("0,0,half,1"),
            ZoneError::NotANumber {
                zone: 1,
                text: "half".into()
            }
        );
        assert!(matches!(
            err("0,0,1,1;"),
            ZoneError::NotANumber { zone: 2, .. }
        ));
        for bad in [
            "0.5,0,0.6,0.5",
            "0,0.5,0.5,0.6",
            "-0.1,0,0.5,0.5",
            "0,0,0,0.5",
            "0,0,0.5,-1",
            "1,0,0.1,0.1",
            "NaN,0,0.5,0.5",
            "0,0,inf,0.5",
        ] {
            assert!(
                matches!(err(bad), ZoneError::OutOfPicture { zone: 1, .. }),
                "{bad}"
            );
        }
        let message = err("0.5,0,0.6,0.5").to_string();
        assert!(
            message.contains("zone 1") && message.contains("x + width"),
            "{message}"
        );
    }

    #[test]
    fn masks_the_macroblocks_whose_centre_is_inside() {
        // The right half of the top quarter of an 8x4 grid: columns 4-7 of row 0.
        let mut zones: IgnoreZones = "0.5,0,0.5,0.25".parse().unwrap();
        let mask = zones.mask(8, 4).to_vec();
        let expected: Vec<bool> = (0..32).map(|i| i < 8 && i % 8 >= 4).collect();
        assert_eq!(mask, expected);
        // A zone smaller than a macroblock that misses every centre masks nothing.
        let mut thin: IgnoreZones = "0.01,0.01,0.05,0.05".parse().unwrap();
        assert!(thin.mask(8, 4).iter().all(|&m| !m));
        // The mask follows the grid.
        assert_eq!(zones.mask(4, 4).iter().filter(|&&m| m).count(), 2);
    }

    #[test]
    fn ignored_macroblocks_become_still_background() {
        let mut map = MbMap::default();
        map.reset(2, 1);
        for mb in &mut map.mbs {
            *mb = MbStats {
                kind: MbKind::Inter,
                bits: 90,
                mvd: 12,
                mv: [8, -4],
                mv_mean: [8, -4],
                mv_max: 12,
                qp: 30,
                cbp: 0x13,
                coeffs: 7,
            };
        }
        let mut zones: IgnoreZones = "0,0,0.5,1".parse().unwrap();
        let mut out = MbMap::default();
        zones.apply(&map, &mut out);
        assert_eq!((out.width, out.height), (2, 1));
        assert_eq!(
            out.mbs[0],
            MbStats {
                kind: MbKind::Skip,
                qp: 30,
                ..MbStats::default()
            }
        );
        assert_eq!(out.mbs[1], map.mbs[1]);
    }
}
