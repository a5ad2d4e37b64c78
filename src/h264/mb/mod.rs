//! Macroblock layer (7.3.4, 7.3.5): entropy decoding of `slice_data()` without reconstructing
//! any sample, for motion analysis in the compressed domain.
//!
//! For every macroblock of a slice the parsers record what kind it is (skipped, inter, intra),
//! how many bits it took, its motion (the decoded motion vectors, 8.4.1) and its coded block
//! pattern, into a [`MbMap`] covering the picture. No residual is dequantised or transformed
//! and no prediction is formed.
//!
//! * [`cavlc`]: CAVLC slice data (Baseline, and Main/High with `entropy_coding_mode_flag = 0`);
//! * [`cabac`]: CABAC slice data (Main, High);
//! * [`mvpred`]: motion vector prediction (8.4.1.3), shared by both.
//!
//! Supported: 4:2:0 8-bit, frame macroblocks (`frame_mbs_only_flag = 1`), I and P slices,
//! 4x4 and 8x8 transforms. Everything else (B slices, fields, MBAFF, SP/SI, other chroma
//! formats) returns [`H264Error::Unsupported`](super::H264Error) and the caller falls back to
//! slice-level statistics.

pub mod cabac;
pub mod cavlc;
pub mod mvpred;

use super::pps::Pps;
use super::slice::{SliceHeader, SliceType};
use super::sps::Sps;
use super::{H264Error, Result};

/// What a macroblock is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MbKind {
    /// Not covered by any parsed slice.
    #[default]
    Missing,
    /// `P_Skip`: no syntax beyond the skip, motion predicted from the neighbours.
    Skip,
    /// Inter predicted with coded motion (P_L0_16x16 ... P_8x8ref0).
    Inter,
    /// Intra predicted (I_NxN, I_16x16, in I or P slices).
    Intra,
    /// I_PCM: raw samples.
    Pcm,
}

/// What one macroblock cost and how it moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MbStats {
    /// Kind of macroblock.
    pub kind: MbKind,
    /// Bits of `slice_data()` this macroblock took (CAVLC: from its `mb_type` up to the next
    /// macroblock, the `mb_skip_run` before it included; CABAC: the arithmetic decoder's bit
    /// position difference). 0 for skipped macroblocks.
    pub bits: u32,
    /// Sum over its partitions of `|mvd_x| + |mvd_y|` (quarter samples).
    pub mvd: u32,
    /// Motion vector of its top-left 4x4 block after prediction (quarter samples; 0 for
    /// intra): the vector of its first partition, as decoders export it.
    pub mv: [i16; 2],
    /// Mean motion vector of its 16 4x4 blocks (quarter samples, rounded towards zero; 0 for
    /// intra).
    pub mv_mean: [i16; 2],
    /// Largest `|mv_x| + |mv_y|` of its 4x4 blocks (quarter samples; 0 for intra).
    pub mv_max: u16,
    /// `QPY` of the macroblock after `mb_qp_delta`.
    pub qp: i8,
    /// `coded_block_pattern` (luma bits 0–3, chroma in bits 4–5); 0 for skipped macroblocks.
    pub cbp: u8,
    /// Non-zero transform coefficients (luma and chroma).
    pub coeffs: u16,
}

impl MbStats {
    /// Sets `mv` (block 0), `mv_mean` (mean of the 16 block vectors) and `mv_max` from the
    /// motion of a macroblock.
    pub fn set_motion(&mut self, motion: &mvpred::MbMotion) {
        let (mut sx, mut sy, mut max) = (0i32, 0i32, 0i32);
        for [x, y] in motion {
            let (x, y) = (i32::from(*x), i32::from(*y));
            sx += x;
            sy += y;
            max = max.max(x.abs() + y.abs());
        }
        // |sum / 16| ≤ i16::MAX and max ≤ 2 · 32768: both fit.
        self.mv = motion[0];
        self.mv_mean = [
            i16::try_from(sx / 16).unwrap_or(0),
            i16::try_from(sy / 16).unwrap_or(0),
        ];
        self.mv_max = u16::try_from(max).unwrap_or(u16::MAX);
    }
}

impl MbStats {
    /// [`set_motion`](Self::set_motion) for a macroblock whose 16 blocks all move by `mv`
    /// (`P_Skip`): the same result without the loop.
    pub fn set_uniform_motion(&mut self, mv: [i16; 2]) {
        let [x, y] = mv.map(i32::from);
        self.mv = mv;
        // The mean of 16 equal vectors is the vector.
        self.mv_mean = mv;
        self.mv_max = u16::try_from(x.abs() + y.abs()).unwrap_or(u16::MAX);
    }
}

/// Per-macroblock statistics of one picture, in raster order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MbMap {
    /// Picture width in macroblocks.
    pub width: u32,
    /// Picture height in macroblocks.
    pub height: u32,
    /// One entry per macroblock (`width * height`), `Missing` until a slice covers it.
    pub mbs: Vec<MbStats>,
}

impl MbMap {
    /// Clears the map for a picture of `width` x `height` macroblocks (keeps the allocation).
    pub fn reset(&mut self, width: u32, height: u32) {
        self.width = width;
        self.height = height;
        self.mbs.clear();
        self.mbs
            .resize((width as usize) * (height as usize), MbStats::default());
    }
}

impl MbMap {
    /// A 64-bit FNV-1a digest of the picture size and of every field of every macroblock:
    /// two parses of the same picture agree exactly when their digests do (tools and tests use
    /// it to check that a change of the parsers leaves their output bit-identical).
    pub fn digest(&self) -> u64 {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes {
                hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
            }
        };
        eat(&self.width.to_le_bytes());
        eat(&self.height.to_le_bytes());
        for mb in &self.mbs {
            eat(&[mb.kind as u8, mb.qp as u8, mb.cbp]);
            eat(&mb.bits.to_le_bytes());
            eat(&mb.mvd.to_le_bytes());
            for v in mb.mv.iter().chain(&mb.mv_mean) {
                eat(&v.to_le_bytes());
            }
            eat(&mb.mv_max.to_le_bytes());
            eat(&mb.coeffs.to_le_bytes());
        }
        hash
    }
}

/// Parses the `slice_data()` of one slice NAL unit (header byte included, escaped payload)
/// whose header is `header`, into `map` (which must have been [`reset`](MbMap::reset) to the
/// picture size of `sps`). Returns the number of macroblocks parsed.
///
/// `scratch` is reused between calls to avoid allocating (it receives the unescaped RBSP).
pub fn parse_slice_data(
    sps: &Sps,
    pps: &Pps,
    header: &SliceHeader,
    nal: &[u8],
    scratch: &mut Vec<u8>,
    map: &mut MbMap,
) -> Result<u32> {
    if !sps.frame_mbs_only
        || sps.chroma_array_type() != 1
        || sps.bit_depth_luma != 8
        || sps.bit_depth_chroma != 8
        || !matches!(header.slice_type, SliceType::I | SliceType::P)
    {
        return Err(H264Error::Unsupported("macroblock layer of this stream"));
    }
    let Some(offset) = header.data_bit_offset else {
        return Err(H264Error::Unsupported("FMO slice group change cycle"));
    };
    if pps.num_slice_groups > 1 {
        // The macroblock order of slice groups (8.2.2) is not implemented.
        return Err(H264Error::Unsupported("slice groups (FMO)"));
    }
    if map.width != sps.pic_width_in_mbs || map.height != sps.frame_height_in_mbs() {
        map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
    }
    scratch.clear();
    super::bits::unescape_into(nal.get(1..).unwrap_or(&[]), scratch);
    if pps.entropy_coding_mode {
        cabac::parse_slice_data(sps, pps, header, scratch, offset, map)
    } else {
        cavlc::parse_slice_data(sps, pps, header, scratch, offset, map)
    }
}

/// Test support: the slices of a committed Annex-B clip.
#[cfg(test)]
pub(crate) mod test_clips {
    use super::super::{
        NalHeader, NalUnitType, ParameterSets, Pps, SliceHeader, Sps, split_annex_b,
    };

    /// One slice NAL unit with its header and the parameter sets in force for it.
    pub(crate) struct Slice<'a> {
        pub(crate) sps: Sps,
        pub(crate) pps: Pps,
        pub(crate) header: SliceHeader,
        pub(crate) nal: &'a [u8],
    }

    /// Every slice of an Annex-B clip, in order (panics on a broken clip: test data).
    pub(crate) fn slices(data: &[u8]) -> Vec<Slice<'_>> {
        let mut sets = ParameterSets::new();
        let mut out = Vec::new();
        for nal in split_annex_b(data) {
            match NalHeader::parse(nal).expect("NAL header").unit_type {
                NalUnitType::Sps => drop(sets.add_sps(nal).expect("SPS")),
                NalUnitType::Pps => drop(sets.add_pps(nal).expect("PPS")),
                NalUnitType::Slice | NalUnitType::IdrSlice => {
                    let header = sets.parse_slice_header(nal).expect("slice header");
                    let pps = sets.pps(header.pps_id).expect("PPS of slice").clone();
                    let sps = sets.sps(pps.sps_id).expect("SPS of slice").clone();
                    out.push(Slice {
                        sps,
                        pps,
                        header,
                        nal,
                    });
                }
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod digest_tests;
