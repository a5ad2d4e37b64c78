//! Motion vector prediction for P slices (8.4.1.3, 8.4.1.1 for `P_Skip`).
//!
//! PLACEHOLDER API (the `mb-mvpred` branch replaces the bodies): the entropy decoders call
//! [`MvField::skip`], [`MvField::intra`] and [`MvField::inter`] once per macroblock, in
//! decoding order, and get the motion vector of each 4x4 block back.

/// Sub-macroblock partition of one 8x8 quadrant of a `P_8x8` macroblock (Table 7-17).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SubPartition {
    /// One 8x8 partition.
    #[default]
    S8x8,
    /// Two 8x4 partitions (top, bottom).
    S8x4,
    /// Two 4x8 partitions (left, right).
    S4x8,
    /// Four 4x4 partitions.
    S4x4,
}

/// Partitioning of an inter macroblock (Table 7-13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partition {
    /// `P_L0_16x16`.
    P16x16,
    /// `P_L0_L0_16x8`: top, bottom.
    P16x8,
    /// `P_L0_L0_8x16`: left, right.
    P8x16,
    /// `P_8x8` / `P_8x8ref0`: four quadrants (raster order), each with its sub-partitioning.
    P8x8([SubPartition; 4]),
}

/// The motion syntax of one inter macroblock, as the entropy decoders read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterMb {
    /// Partitioning.
    pub partition: Partition,
    /// `ref_idx_l0` per 8x8 quadrant in raster order (16x16: all four equal; 16x8: top two,
    /// bottom two; 8x16: left two, right two).
    pub ref_idx: [u8; 4],
    /// `mvd_l0` (x, y) in syntax order: partition by partition (`mbPartIdx`), and within a
    /// `P_8x8` quadrant sub-partition by sub-partition (`subMbPartIdx`). Only the first
    /// "number of (sub-)partitions" entries are used.
    pub mvd: [[i16; 2]; 16],
}

/// Motion vectors of the 16 4x4 luma blocks of a macroblock, in raster order (`x + 4 * y`),
/// quarter samples.
pub type MbMotion = [[i16; 2]; 16];

/// Motion vectors and reference indices of the picture being parsed, for prediction from the
/// neighbours (A left, B above, C above-right, D above-left).
#[derive(Debug, Clone, Default)]
pub struct MvField {
    width: u32,
    height: u32,
}

impl MvField {
    /// Starts a picture of `width` x `height` macroblocks (keeps the allocation).
    pub fn reset(&mut self, width: u32, height: u32) {
        self.width = width;
        self.height = height;
    }

    /// Starts a new slice: macroblocks of earlier slices are no longer available as
    /// neighbours (6.4.8).
    pub fn start_slice(&mut self, first_mb: u32) {
        let _ = first_mb;
    }

    /// Records a `P_Skip` macroblock and returns its (predicted) motion.
    pub fn skip(&mut self, mb_addr: u32) -> MbMotion {
        let _ = mb_addr;
        [[0; 2]; 16]
    }

    /// Records an intra macroblock (not available for inter prediction: refIdx −1).
    pub fn intra(&mut self, mb_addr: u32) {
        let _ = mb_addr;
    }

    /// Records an inter macroblock and returns the motion of its 4x4 blocks (prediction plus
    /// `mvd`).
    pub fn inter(&mut self, mb_addr: u32, mb: &InterMb) -> MbMotion {
        let _ = mb_addr;
        let mut out = [[0; 2]; 16];
        if let Some(first) = mb.mvd.first() {
            out = [*first; 16];
        }
        out
    }
}
