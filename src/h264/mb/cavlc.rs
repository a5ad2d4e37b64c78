//! CAVLC slice data (7.3.4, 7.3.5 with `entropy_coding_mode_flag = 0`): macroblock types,
//! prediction syntax, coded block patterns and the residual blocks, read only as far as needed
//! to know what each macroblock is, how many bits it took and how it moved.

mod reader;
mod residual;
mod tables;
mod vlc;

use std::cmp::Ordering;

use super::super::pps::Pps;
use super::super::slice::{SliceHeader, SliceType};
use super::super::sps::Sps;
use super::super::{H264Error, LOG_TARGET, Result};
use super::mvpred::{InterMb, MvField, Partition, SubPartition};
use super::{MbKind, MbMap, MbStats};

use reader::{Reader, stop_bit_position};
use residual::{Counts, Nc, read_block};
use vlc::Tables;

/// Bytes of I_PCM samples for 8-bit 4:2:0 (256 luma + 2 × 64 chroma).
const PCM_BYTES: u32 = 384;

/// Parses CAVLC `slice_data()` from `rbsp` (the unescaped payload after the NAL header
/// byte) starting at bit `offset`, into `map`. Returns the number of macroblocks parsed.
///
/// The slice must end exactly after its last macroblock (`more_rbsp_data()` false): anything
/// else is [`H264Error::InvalidSliceData`].
pub fn parse_slice_data(
    sps: &Sps,
    pps: &Pps,
    header: &SliceHeader,
    rbsp: &[u8],
    offset: usize,
    map: &mut MbMap,
) -> Result<u32> {
    let first_mb = header.first_mb_in_slice;
    let end = stop_bit_position(rbsp).ok_or(H264Error::InvalidSliceData {
        mb: first_mb,
        what: "no rbsp_stop_one_bit",
    })?;
    if offset > end {
        return Err(H264Error::InvalidSliceData {
            mb: first_mb,
            what: "slice header runs past the end of the slice",
        });
    }
    let width = sps.pic_width_in_mbs;
    let mut mv = MvField::default();
    mv.reset(width, sps.frame_height_in_mbs());
    mv.start_slice(first_mb);
    let mut slice = SliceParser {
        r: Reader::new(rbsp, offset),
        tables: vlc::tables(),
        counts: Counts::new(width as usize),
        mv,
        width,
        first_mb,
        mb_x: first_mb % width,
        inter: header.slice_type == SliceType::P,
        transform_8x8_mode: pps.transform_8x8_mode,
        max_ref_idx: header.num_ref_idx_l0_active.saturating_sub(1),
        qp: header.qp,
    };
    let parsed = slice.run(end, map)?;
    crate::logging::log_trace!(target: LOG_TARGET, "CAVLC slice at MB {first_mb}: {parsed} macroblocks");
    Ok(parsed)
}

/// State of one slice being parsed.
struct SliceParser<'a> {
    r: Reader<'a>,
    tables: &'static Tables,
    counts: Counts,
    mv: MvField,
    width: u32,
    first_mb: u32,
    /// Column of the macroblock being parsed (kept up to date instead of dividing).
    mb_x: u32,
    /// P slice (`mb_skip_run` and inter macroblock types present).
    inter: bool,
    transform_8x8_mode: bool,
    /// `num_ref_idx_l0_active_minus1`: the range of `ref_idx_l0` te(v).
    max_ref_idx: u32,
    /// QPY of the last macroblock (`QPY,PRED` of the next one).
    qp: i32,
}

/// The error at macroblock `mb`.
fn invalid(mb: u32, what: &'static str) -> H264Error {
    H264Error::InvalidSliceData { mb, what }
}

impl SliceParser<'_> {
    /// The `slice_data()` loop (7.3.4) without MBAFF; returns the macroblocks parsed.
    fn run(&mut self, end: usize, map: &mut MbMap) -> Result<u32> {
        let total = u32::try_from(map.mbs.len()).unwrap_or(u32::MAX);
        let mut addr = self.first_mb;
        loop {
            let start = self.r.position();
            if self.inter {
                let run = self.r.ue().ok_or(invalid(addr, "mb_skip_run"))?;
                if run > total - addr {
                    return Err(invalid(addr, "mb_skip_run past the end of the picture"));
                }
                for _ in 0..run {
                    let stats = self.skip(addr);
                    store(map, addr, stats);
                    addr += 1;
                    self.next_column();
                }
                if run > 0 {
                    match self.r.position().cmp(&end) {
                        Ordering::Less => {}
                        Ordering::Equal => break,
                        Ordering::Greater => {
                            return Err(invalid(
                                addr,
                                "mb_skip_run past the end of the slice data",
                            ));
                        }
                    }
                }
            }
            if addr >= total {
                return Err(invalid(addr, "slice data past the end of the picture"));
            }
            let mut stats = self.macroblock(addr)?;
            let pos = self.r.position();
            if pos > end {
                return Err(invalid(
                    addr,
                    "macroblock runs past the end of the slice data",
                ));
            }
            stats.bits = u32::try_from(pos - start).unwrap_or(u32::MAX);
            store(map, addr, stats);
            addr += 1;
            self.next_column();
            if pos == end {
                break;
            }
        }
        Ok(addr - self.first_mb)
    }

    /// Moves `mb_x` to the next macroblock.
    fn next_column(&mut self) {
        self.mb_x += 1;
        if self.mb_x == self.width {
            self.mb_x = 0;
        }
    }

    /// Starts macroblock `addr` in the neighbour counts.
    fn start_mb(&mut self, addr: u32) {
        let left = self.mb_x > 0 && addr > self.first_mb;
        let top = addr >= self.first_mb + self.width;
        self.counts.start(self.mb_x as usize, left, top);
    }

    /// A `P_Skip` macroblock.
    fn skip(&mut self, addr: u32) -> MbStats {
        self.counts.skip(self.mb_x as usize);
        let mv = self.mv.skip_mv(addr);
        let mut stats = MbStats {
            kind: MbKind::Skip,
            qp: self.qp as i8,
            ..MbStats::default()
        };
        stats.set_uniform_motion(mv);
        stats
    }

    /// `macroblock_layer()` (7.3.5) of macroblock `addr`.
    fn macroblock(&mut self, addr: u32) -> Result<MbStats> {
        self.start_mb(addr);
        let mb_type = self.r.ue().ok_or(invalid(addr, "mb_type"))?;
        let intra_type = if self.inter {
            if mb_type < 5 {
                return self.inter_mb(addr, mb_type);
            }
            mb_type - 5
        } else {
            mb_type
        };
        match intra_type {
            0 => self.intra_nxn(addr),
            1..=24 => self.intra_16x16(addr, intra_type - 1),
            25 => Ok(self.pcm(addr)),
            _ => Err(invalid(addr, "mb_type out of range")),
        }
    }

    /// I_PCM: alignment, then the raw samples.
    fn pcm(&mut self, addr: u32) -> MbStats {
        self.r.align();
        self.r.skip(PCM_BYTES * 8);
        self.counts.fill(16);
        self.counts.finish();
        self.mv.intra(addr);
        MbStats {
            kind: MbKind::Pcm,
            qp: self.qp as i8,
            ..MbStats::default()
        }
    }

    /// I_NxN: Intra_4x4 or Intra_8x8 prediction modes, then the coded block pattern.
    fn intra_nxn(&mut self, addr: u32) -> Result<MbStats> {
        let transform_8x8 = self.transform_8x8_mode && self.r.flag();
        for _ in 0..if transform_8x8 { 4 } else { 16 } {
            // prev_intra_pred_mode_flag, else rem_intra_pred_mode (3 bits).
            if !self.r.flag() {
                self.r.skip(3);
            }
        }
        self.intra_chroma_pred_mode(addr)?;
        let cbp = self.coded_block_pattern(addr, &tables::CBP_INTRA)?;
        self.mv.intra(addr);
        self.residual_mb(addr, MbKind::Intra, cbp, false)
    }

    /// I_16x16_<pred>_<cbp chroma>_<cbp luma>: `index` is `mb_type − 1` (Table 7-11).
    fn intra_16x16(&mut self, addr: u32, index: u32) -> Result<MbStats> {
        self.intra_chroma_pred_mode(addr)?;
        let luma = if index >= 12 { 15 } else { 0 };
        let chroma = (index / 4) % 3;
        self.mv.intra(addr);
        self.residual_mb(addr, MbKind::Intra, (luma | chroma << 4) as u8, true)
    }

    /// `intra_chroma_pred_mode` (0..=3).
    fn intra_chroma_pred_mode(&mut self, addr: u32) -> Result<()> {
        match self.r.ue() {
            Some(0..=3) => Ok(()),
            _ => Err(invalid(addr, "intra_chroma_pred_mode")),
        }
    }

    /// `coded_block_pattern` me(v) through `table` (Table 9-4).
    fn coded_block_pattern(&mut self, addr: u32, table: &[u8; 48]) -> Result<u8> {
        self.r
            .ue()
            .and_then(|code| table.get(code as usize).copied())
            .ok_or(invalid(addr, "coded_block_pattern"))
    }

    /// P_L0_16x16, P_L0_L0_16x8, P_L0_L0_8x16, P_8x8, P_8x8ref0 (`mb_type` 0..=4, Table 7-13).
    fn inter_mb(&mut self, addr: u32, mb_type: u32) -> Result<MbStats> {
        let mut mb = InterMb {
            partition: Partition::P16x16,
            ref_idx: [0; 4],
            mvd: [[0; 2]; 16],
        };
        let mut mvd_sum = 0u32;
        let mut mvds = 0usize;
        // noSubMbPartSizeLessThan8x8Flag (7.3.5).
        let mut all_8x8 = true;
        if mb_type >= 3 {
            let mut subs = [SubPartition::S8x8; 4];
            for sub in &mut subs {
                *sub = match self.r.ue() {
                    Some(0) => SubPartition::S8x8,
                    Some(1) => SubPartition::S8x4,
                    Some(2) => SubPartition::S4x8,
                    Some(3) => SubPartition::S4x4,
                    _ => return Err(invalid(addr, "sub_mb_type")),
                };
            }
            all_8x8 = subs.iter().all(|s| *s == SubPartition::S8x8);
            mb.partition = Partition::P8x8(subs);
            if mb_type == 3 {
                for r in &mut mb.ref_idx {
                    *r = self.ref_idx(addr)?;
                }
            }
            for sub in subs {
                let parts = match sub {
                    SubPartition::S8x8 => 1,
                    SubPartition::S8x4 | SubPartition::S4x8 => 2,
                    SubPartition::S4x4 => 4,
                };
                for _ in 0..parts {
                    mvd_sum += self.mvd(addr, &mut mb, &mut mvds)?;
                }
            }
        } else {
            let parts = if mb_type == 0 { 1 } else { 2 };
            let mut refs = [0u8; 2];
            for r in refs.iter_mut().take(parts) {
                *r = self.ref_idx(addr)?;
            }
            (mb.partition, mb.ref_idx) = match mb_type {
                0 => (Partition::P16x16, [refs[0]; 4]),
                1 => (Partition::P16x8, [refs[0], refs[0], refs[1], refs[1]]),
                _ => (Partition::P8x16, [refs[0], refs[1], refs[0], refs[1]]),
            };
            for _ in 0..parts {
                mvd_sum += self.mvd(addr, &mut mb, &mut mvds)?;
            }
        }
        let cbp = self.coded_block_pattern(addr, &tables::CBP_INTER)?;
        if cbp & 15 != 0 && self.transform_8x8_mode && all_8x8 {
            self.r.skip(1); // transform_size_8x8_flag: 8x8 blocks are read as 4x4 ones anyway
        }
        let motion = self.mv.inter(addr, &mb);
        let mut stats = self.residual_mb(addr, MbKind::Inter, cbp, false)?;
        stats.mvd = mvd_sum;
        stats.set_motion(&motion);
        Ok(stats)
    }

    /// `ref_idx_l0` te(v) with range `num_ref_idx_l0_active_minus1` (absent when 0).
    fn ref_idx(&mut self, addr: u32) -> Result<u8> {
        let value = match self.max_ref_idx {
            0 => 0,
            1 => u32::from(!self.r.flag()),
            max => match self.r.ue() {
                Some(v) if v <= max => v,
                _ => return Err(invalid(addr, "ref_idx_l0")),
            },
        };
        Ok(value as u8)
    }

    /// One `mvd_l0` pair, stored at `mb.mvd[*count]`; returns `|x| + |y|`.
    fn mvd(&mut self, addr: u32, mb: &mut InterMb, count: &mut usize) -> Result<u32> {
        let mut pair = [0i16; 2];
        for v in &mut pair {
            *v = self
                .r
                .se()
                .and_then(|v| i16::try_from(v).ok())
                .ok_or(invalid(addr, "mvd_l0"))?;
        }
        if let Some(slot) = mb.mvd.get_mut(*count) {
            *slot = pair;
        }
        *count += 1;
        Ok(u32::from(pair[0].unsigned_abs()) + u32::from(pair[1].unsigned_abs()))
    }

    /// `mb_qp_delta` and `residual()` of a macroblock whose prediction syntax was read; fills
    /// the neighbour counts and returns its statistics (without `bits`).
    fn residual_mb(
        &mut self,
        addr: u32,
        kind: MbKind,
        cbp: u8,
        intra_16x16: bool,
    ) -> Result<MbStats> {
        let mut coeffs = 0u32;
        if cbp != 0 || intra_16x16 {
            let delta = match self.r.se() {
                Some(d @ -26..=25) => d,
                _ => return Err(invalid(addr, "mb_qp_delta")),
            };
            self.qp = (self.qp + delta + 52).rem_euclid(52);
            coeffs = self.residual(addr, cbp, intra_16x16)?;
        }
        self.counts.finish();
        Ok(MbStats {
            kind,
            qp: self.qp as i8,
            cbp,
            coeffs: u16::try_from(coeffs).unwrap_or(u16::MAX),
            ..MbStats::default()
        })
    }

    /// `residual(0, 15)` (7.3.5.3) for 4:2:0; returns the number of non-zero coefficients.
    ///
    /// With the 8x8 transform, CAVLC codes each 8x8 block as four interleaved 4x4 blocks at the
    /// positions of its 4x4 blocks, so the block walk is the same either way.
    fn residual(&mut self, addr: u32, cbp: u8, intra_16x16: bool) -> Result<u32> {
        let t = self.tables;
        let mut coeffs = 0;
        if intra_16x16 {
            let nc = self.counts.luma_nc(0, 0);
            coeffs +=
                read_block(&mut self.r, t, nc, 16).ok_or(invalid(addr, "Intra16x16DCLevel"))?;
        }
        let max_coeff = if intra_16x16 { 15 } else { 16 };
        for i8x8 in 0..4usize {
            if cbp & (1 << i8x8) == 0 {
                continue;
            }
            for i4x4 in 0..4usize {
                let x = (i8x8 & 1) * 2 + (i4x4 & 1);
                let y = (i8x8 >> 1) * 2 + (i4x4 >> 1);
                let nc = self.counts.luma_nc(x, y);
                let total = read_block(&mut self.r, t, nc, max_coeff)
                    .ok_or(invalid(addr, "luma residual"))?;
                self.counts.set_luma(x, y, total);
                coeffs += total;
            }
        }
        let chroma = cbp >> 4;
        if chroma != 0 {
            for _ in 0..2 {
                coeffs += read_block(&mut self.r, t, Nc::ChromaDc, 4)
                    .ok_or(invalid(addr, "ChromaDCLevel"))?;
            }
        }
        if chroma & 2 != 0 {
            for c in 0..2 {
                for blk in 0..4 {
                    let (x, y) = (blk & 1, blk >> 1);
                    let nc = self.counts.chroma_nc(c, x, y);
                    let total =
                        read_block(&mut self.r, t, nc, 15).ok_or(invalid(addr, "ChromaACLevel"))?;
                    self.counts.set_chroma(c, x, y, total);
                    coeffs += total;
                }
            }
        }
        Ok(coeffs)
    }
}

/// Stores the statistics of macroblock `addr` (bounds checked by the caller's loop).
fn store(map: &mut MbMap, addr: u32, stats: MbStats) {
    if let Some(slot) = map.mbs.get_mut(addr as usize) {
        *slot = stats;
    }
}

/// Bits of `slice_data()` in a slice NAL unit: from the end of the header to the
/// `rbsp_stop_one_bit` (test helper).
#[cfg(test)]
fn bits_of_slice_data(nal: &[u8], header: &SliceHeader) -> usize {
    let rbsp = super::super::bits::unescape(nal.get(1..).unwrap_or(&[]));
    stop_bit_position(&rbsp).unwrap_or(0) - header.data_bit_offset.unwrap_or(0)
}

#[cfg(test)]
mod tests;
