//! CABAC slice data (7.3.4, 7.3.5, 9.3): every syntax element of I and P macroblocks is
//! entropy decoded, with the neighbour-dependent context selection of 9.3.3.1.1, and the
//! per-macroblock statistics are recorded. Coefficients are counted, never reconstructed.

mod engine;
mod residual;
mod tables;

use super::super::pps::Pps;
use super::super::slice::{SliceHeader, SliceType};
use super::super::sps::Sps;
use super::super::{H264Error, LOG_TARGET, Result};
use super::mvpred::{InterMb, MvField, Partition, SubPartition};
use super::{MbKind, MbMap, MbStats};
use engine::Engine;

/// First ctxIdx of the syntax elements (Table 9-34).
mod ctx {
    pub const MB_TYPE_I: usize = 3;
    pub const MB_SKIP_P: usize = 11;
    pub const MB_TYPE_P_PREFIX: usize = 14;
    pub const MB_TYPE_P_SUFFIX: usize = 17;
    pub const SUB_MB_TYPE_P: usize = 21;
    pub const MVD_X: usize = 40;
    pub const MVD_Y: usize = 47;
    pub const REF_IDX: usize = 54;
    pub const MB_QP_DELTA: usize = 60;
    pub const CHROMA_PRED_MODE: usize = 64;
    pub const PREV_INTRA_PRED: usize = 68;
    pub const REM_INTRA_PRED: usize = 69;
    pub const CBP_LUMA: usize = 73;
    pub const CBP_CHROMA: usize = 77;
    pub const TRANSFORM_8X8: usize = 399;
}

/// What a macroblock is, as far as the context selection of its neighbours cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Kind {
    /// Outside the picture or the slice (not available, 6.4.8).
    #[default]
    Unavailable,
    Skip,
    Inter,
    /// I_NxN (Intra_4x4 or Intra_8x8).
    IntraNxN,
    Intra16x16,
    Pcm,
}

impl Kind {
    fn is_intra(self) -> bool {
        matches!(self, Kind::IntraNxN | Kind::Intra16x16 | Kind::Pcm)
    }
}

/// The decoded syntax of a macroblock that its right and lower neighbours' contexts use.
#[derive(Debug, Clone, Copy, Default)]
struct MbCtx {
    kind: Kind,
    transform_8x8: bool,
    /// `intra_chroma_pred_mode != 0`.
    chroma_pred: bool,
    /// `coded_block_pattern`: luma in bits 0–3, chroma in bits 4–5.
    cbp: u8,
    /// `coded_block_flag` of its blocks, see [`residual`] for the bit layout.
    cbf: u32,
    /// `ref_idx_l0 > 0` per 8x8 quadrant (bit = quadrant in raster order).
    ref_gt0: u8,
    /// `|mvd_l0|` (x, y) per 4x4 block in raster order, saturated at 255.
    mvd: [[u8; 2]; 16],
}

impl MbCtx {
    /// Luma `coded_block_pattern` bits as the cbp contexts see them (9.3.3.1.1.4):
    /// unavailable and I_PCM neighbours count as coded.
    fn cbp_luma_for_ctx(&self) -> u8 {
        match self.kind {
            Kind::Unavailable | Kind::Pcm => 0x0f,
            _ => self.cbp & 0x0f,
        }
    }

    /// Chroma `coded_block_pattern` as the cbp contexts see it: I_PCM counts as 2.
    fn cbp_chroma_for_ctx(&self) -> u8 {
        match self.kind {
            Kind::Pcm => 2,
            Kind::Unavailable | Kind::Skip => 0,
            _ => self.cbp >> 4,
        }
    }

    /// `absMvdComp` of its 4x4 block `blk` (0 for anything but a coded inter macroblock).
    fn abs_mvd(&self, blk: usize, comp: usize) -> u32 {
        if self.kind != Kind::Inter {
            return 0;
        }
        self.mvd
            .get(blk)
            .and_then(|m| m.get(comp))
            .map_or(0, |&v| u32::from(v))
    }

    /// condTermFlagN of `ref_idx_l0` (9.3.3.1.1.6, frame macroblocks): `ref_idx_l0 > 0` in
    /// quadrant `q` of a coded inter macroblock.
    fn ref_gt0(&self, q: usize) -> bool {
        self.kind == Kind::Inter && (self.ref_gt0 >> q) & 1 != 0
    }
}

/// Parses CABAC `slice_data()` from `rbsp` (the unescaped payload after the NAL header
/// byte) starting at bit `offset`, into `map`. Returns the number of macroblocks parsed.
///
/// The slice must end where the data does: after `end_of_slice_flag` equal to 1 the
/// `rbsp_stop_one_bit` must be the last bit read or within the next 7 (encoders' flush
/// slack), otherwise the slice is [`H264Error::InvalidSliceData`]. `sps` is not needed (the
/// picture size comes from `map`).
pub fn parse_slice_data(
    _sps: &Sps,
    pps: &Pps,
    header: &SliceHeader,
    rbsp: &[u8],
    offset: usize,
    map: &mut MbMap,
) -> Result<u32> {
    let p_slice = match header.slice_type {
        SliceType::I => false,
        SliceType::P => true,
        _ => return Err(H264Error::Unsupported("CABAC slice type")),
    };
    let total = map.width.saturating_mul(map.height);
    let first = header.first_mb_in_slice;
    if first >= total {
        return Err(H264Error::InvalidSliceData {
            mb: first,
            what: "first_mb_in_slice outside the picture",
        });
    }
    let mut pos = offset;
    while !pos.is_multiple_of(8) {
        let bit = rbsp.get(pos / 8).map(|b| (b >> (7 - pos % 8)) & 1);
        if bit != Some(1) {
            return Err(H264Error::InvalidSliceData {
                mb: first,
                what: "cabac_alignment_one_bit is not 1",
            });
        }
        pos += 1;
    }
    let mut engine = Engine::new(rbsp, pos);
    let model = if p_slice {
        if header.cabac_init_idc > 2 {
            return Err(H264Error::OutOfRange {
                field: "cabac_init_idc",
                value: i64::from(header.cabac_init_idc),
            });
        }
        header.cabac_init_idc as usize + 1
    } else {
        0
    };
    engine.init_contexts(header.qp, model);
    if !engine.init_decoder() {
        return Err(H264Error::InvalidSliceData {
            mb: first,
            what: "initial codIOffset 510 or 511",
        });
    }
    let mut mv = MvField::default();
    mv.reset(map.width, map.height);
    mv.start_slice(first);
    let mut slice = SliceParser {
        engine,
        p_slice,
        num_ref: header.num_ref_idx_l0_active.max(1),
        transform_8x8_mode: pps.transform_8x8_mode,
        row: vec![MbCtx::default(); map.width as usize],
        qp: header.qp,
        prev_qp_delta_nonzero: false,
        mv,
    };
    let parsed = slice.run(first, map)?;
    // The standard's decoder reads exactly up to the rbsp_stop_one_bit when it decodes
    // end_of_slice_flag = 1 (9.3.3.2.2.3), but encoders may flush with a few more bits than
    // the minimum (x264 ends on a byte boundary with up to 7 spare bits), so the stop bit
    // must come within the next byte. A desynchronised parse ends far from it.
    let end = slice.engine.position();
    let stop = last_one_bit(rbsp).unwrap_or(0);
    if end == 0 || stop + 1 < end || stop + 1 - end > 7 {
        return Err(H264Error::InvalidSliceData {
            mb: first + parsed - 1,
            what: "end_of_slice_flag away from the rbsp_stop_one_bit",
        });
    }
    crate::logging::log_trace!(target: LOG_TARGET, "CABAC slice at MB {first}: {parsed} macroblocks");
    Ok(parsed)
}

/// Bit position of the last set bit of `data` (the `rbsp_stop_one_bit`).
fn last_one_bit(data: &[u8]) -> Option<usize> {
    let index = data.iter().rposition(|&b| b != 0)?;
    let byte = data.get(index)?;
    Some(index * 8 + 7 - byte.trailing_zeros() as usize)
}

/// Partition geometry in 4x4 block units: (x, y, width, height).
type Rect = (usize, usize, usize, usize);

/// State of one slice being parsed.
struct SliceParser<'a> {
    engine: Engine<'a>,
    p_slice: bool,
    num_ref: u32,
    transform_8x8_mode: bool,
    /// The last decoded macroblock of each column: above neighbours for the current
    /// macroblock, and (at `x - 1`) its left neighbour. Unavailable outside the slice.
    row: Vec<MbCtx>,
    qp: i32,
    /// The previous macroblock in decoding order had a non-zero `mb_qp_delta`.
    prev_qp_delta_nonzero: bool,
    mv: MvField,
}

/// Where the macroblock loop is.
struct Cursor {
    /// First macroblock of the slice.
    first: u32,
    /// Current macroblock address.
    addr: u32,
    /// Its column, kept up to date without a division per macroblock.
    x: usize,
    /// Picture width in macroblocks.
    width: usize,
    /// Macroblocks in the picture.
    total: u32,
}

impl Cursor {
    /// Moves to the next macroblock; an error past the last one of the picture.
    fn advance(&mut self) -> Result<()> {
        self.addr += 1;
        self.x += 1;
        if self.x == self.width {
            self.x = 0;
        }
        if self.addr >= self.total {
            return Err(H264Error::InvalidSliceData {
                mb: self.addr - 1,
                what: "slice runs past the last macroblock",
            });
        }
        Ok(())
    }
}

/// How a run of skipped macroblocks ended.
enum SkipRun {
    /// At a coded macroblock whose syntax (its `mb_skip_flag` included) starts at bit `start`.
    Coded { start: usize },
    /// With the end of the slice, after this many macroblocks of it.
    EndOfSlice(u32),
}

impl SliceParser<'_> {
    /// The macroblock loop of 7.3.4; returns the number of macroblocks parsed.
    fn run(&mut self, first: u32, map: &mut MbMap) -> Result<u32> {
        let mut at = Cursor {
            first,
            addr: first,
            x: (first % map.width) as usize,
            width: map.width as usize,
            total: map.width.saturating_mul(map.height),
        };
        loop {
            // Skipped macroblocks up to the next coded one (P slices); `start` is where the
            // coded macroblock's syntax begins (its mb_skip_flag included).
            let start = if self.p_slice {
                match self.skipped_run(&mut at, map)? {
                    SkipRun::Coded { start } => start,
                    SkipRun::EndOfSlice(parsed) => return Ok(parsed),
                }
            } else {
                self.engine.position()
            };
            let (addr, x) = (at.addr, at.x);
            // Only coded macroblocks need the rest of their neighbours' syntax.
            let left = if x > 0 {
                self.row.get(x - 1).copied().unwrap_or_default()
            } else {
                MbCtx::default()
            };
            let above = self.row.get(x).copied().unwrap_or_default();
            let (cur, mut stats) = self.macroblock(addr, &left, &above)?;
            if self.engine.overrun() {
                return Err(H264Error::InvalidSliceData {
                    mb: addr,
                    what: "slice data ends inside a macroblock",
                });
            }
            stats.bits = (self.engine.position() - start) as u32;
            stats.qp = self.qp as i8;
            if let Some(slot) = self.row.get_mut(x) {
                *slot = cur;
            }
            if let Some(slot) = map.mbs.get_mut(addr as usize) {
                *slot = stats;
            }
            if self.engine.terminate() == 1 {
                return Ok(addr - first + 1);
            }
            at.advance()?;
        }
    }

    /// Decodes `mb_skip_flag` and records skipped macroblocks from `at` on, until a coded
    /// macroblock (left at `at`, its skip flag decoded) or the end of the slice.
    ///
    /// Runs on a local copy of the decoder registers: most macroblocks of a still scene are
    /// skipped, and this loop is their whole cost.
    fn skipped_run(&mut self, at: &mut Cursor, map: &mut MbMap) -> Result<SkipRun> {
        let (row, mv) = (&mut self.row, &mut self.mv);
        let qp = self.qp as i8;
        let mut skipped_any = false;
        let run = self.engine.with_local(|e| {
            loop {
                let kind_at = |i: usize| row.get(i).map_or(Kind::Unavailable, |n| n.kind);
                let left_kind = if at.x > 0 {
                    kind_at(at.x - 1)
                } else {
                    Kind::Unavailable
                };
                let cond = |n: Kind| usize::from(!matches!(n, Kind::Unavailable | Kind::Skip));
                let start = e.dec.position();
                let inc = cond(left_kind) + cond(kind_at(at.x));
                if e.decision(ctx::MB_SKIP_P + inc) == 0 {
                    return Ok(SkipRun::Coded { start });
                }
                skipped_any = true;
                let mut stats = MbStats {
                    kind: MbKind::Skip,
                    qp,
                    ..MbStats::default()
                };
                stats.set_uniform_motion(mv.skip_mv(at.addr));
                if e.dec.overrun() {
                    return Err(H264Error::InvalidSliceData {
                        mb: at.addr,
                        what: "slice data ends inside a macroblock",
                    });
                }
                if let Some(slot) = row.get_mut(at.x) {
                    *slot = MbCtx {
                        kind: Kind::Skip,
                        ..MbCtx::default()
                    };
                }
                if let Some(slot) = map.mbs.get_mut(at.addr as usize) {
                    *slot = stats;
                }
                if e.dec.terminate() == 1 {
                    return Ok(SkipRun::EndOfSlice(at.addr - at.first + 1));
                }
                at.advance()?;
            }
        });
        if skipped_any {
            self.prev_qp_delta_nonzero = false;
        }
        run
    }

    /// `macroblock_layer()` (7.3.5) of a macroblock that is not skipped.
    fn macroblock(&mut self, addr: u32, left: &MbCtx, above: &MbCtx) -> Result<(MbCtx, MbStats)> {
        let mb_type = if self.p_slice {
            self.mb_type_p()
        } else {
            self.mb_type_i(left, above)
        };
        let mut cur = MbCtx::default();
        let mut stats = MbStats::default();
        match mb_type {
            MbType::Pcm => {
                self.pcm(addr)?;
                self.mv.intra(addr);
                self.prev_qp_delta_nonzero = false;
                // Raw samples: no coded block pattern, no transform coefficients (as CAVLC).
                // Neighbours see I_PCM through its kind (everything coded).
                cur.kind = Kind::Pcm;
                stats.kind = MbKind::Pcm;
                return Ok((cur, stats));
            }
            MbType::IntraNxN => {
                cur.kind = Kind::IntraNxN;
                stats.kind = MbKind::Intra;
                if self.transform_8x8_mode {
                    cur.transform_8x8 = self.transform_8x8_flag(left, above) == 1;
                }
                let blocks = if cur.transform_8x8 { 4 } else { 16 };
                for _ in 0..blocks {
                    if self.engine.decision(ctx::PREV_INTRA_PRED) == 0 {
                        for _ in 0..3 {
                            self.engine.decision(ctx::REM_INTRA_PRED);
                        }
                    }
                }
                cur.chroma_pred = self.chroma_pred_mode(left, above);
                self.mv.intra(addr);
            }
            MbType::Intra16x16 { cbp } => {
                cur.kind = Kind::Intra16x16;
                cur.cbp = cbp;
                stats.kind = MbKind::Intra;
                cur.chroma_pred = self.chroma_pred_mode(left, above);
                self.mv.intra(addr);
            }
            MbType::Inter(partition) => {
                cur.kind = Kind::Inter;
                stats.kind = MbKind::Inter;
                let inter = self.inter_pred(partition, &mut cur, left, above, addr)?;
                let motion = self.mv.inter(addr, &inter);
                stats.set_motion(&motion);
                let count = match partition {
                    Partition::P16x16 => 1,
                    Partition::P16x8 | Partition::P8x16 => 2,
                    Partition::P8x8(subs) => subs.iter().map(|&s| sub_count(s)).sum(),
                };
                stats.mvd = inter
                    .mvd
                    .iter()
                    .take(count)
                    .map(|m| u32::from(m[0].unsigned_abs()) + u32::from(m[1].unsigned_abs()))
                    .sum();
            }
        }
        if cur.kind != Kind::Intra16x16 {
            cur.cbp = self.coded_block_pattern(left, above);
            let small_parts = matches!(
                mb_type,
                MbType::Inter(Partition::P8x8(subs)) if subs.iter().any(|&s| s != SubPartition::S8x8)
            );
            if cur.cbp & 0x0f != 0
                && self.transform_8x8_mode
                && cur.kind == Kind::Inter
                && !small_parts
            {
                cur.transform_8x8 = self.transform_8x8_flag(left, above) == 1;
            }
        }
        stats.cbp = cur.cbp;
        if cur.cbp != 0 || cur.kind == Kind::Intra16x16 {
            let delta = self.mb_qp_delta(addr)?;
            self.prev_qp_delta_nonzero = delta != 0;
            self.qp = (self.qp + delta + 52).rem_euclid(52);
            stats.coeffs =
                self.residual(&mut cur, left, above)
                    .ok_or(H264Error::InvalidSliceData {
                        mb: addr,
                        what: "coeff_abs_level_minus1 suffix too long",
                    })?;
        } else {
            self.prev_qp_delta_nonzero = false;
        }
        Ok((cur, stats))
    }

    /// `mb_type` in an I slice (Table 9-36, ctxIdx 3..10).
    fn mb_type_i(&mut self, left: &MbCtx, above: &MbCtx) -> MbType {
        let cond = |n: &MbCtx| usize::from(!matches!(n.kind, Kind::Unavailable | Kind::IntraNxN));
        let first = ctx::MB_TYPE_I + cond(left) + cond(above);
        self.intra_mb_type(first, [6, 7, 8, 9, 10])
    }

    /// `mb_type` in a P slice (Table 9-37): prefix ctxIdx 14..16, intra suffix 17..20.
    fn mb_type_p(&mut self) -> MbType {
        let e = &mut self.engine;
        if e.decision(ctx::MB_TYPE_P_PREFIX) == 1 {
            let s = ctx::MB_TYPE_P_SUFFIX;
            return self.intra_mb_type(s, [s + 1, s + 2, s + 2, s + 3, s + 3]);
        }
        let partition = if e.decision(ctx::MB_TYPE_P_PREFIX + 1) == 0 {
            if e.decision(ctx::MB_TYPE_P_PREFIX + 2) == 0 {
                Partition::P16x16
            } else {
                let mut subs = [SubPartition::S8x8; 4];
                for sub in &mut subs {
                    *sub = self.sub_mb_type();
                }
                Partition::P8x8(subs)
            }
        } else if e.decision(ctx::MB_TYPE_P_PREFIX + 3) == 1 {
            Partition::P16x8
        } else {
            Partition::P8x16
        };
        MbType::Inter(partition)
    }

    /// The intra `mb_type` bins (Table 9-36) with the first bin's context `first` and the
    /// contexts of the luma cbp, chroma cbp != 0, chroma cbp == 2 and two prediction bins.
    fn intra_mb_type(&mut self, first: usize, ctxs: [usize; 5]) -> MbType {
        let e = &mut self.engine;
        if e.decision(first) == 0 {
            return MbType::IntraNxN;
        }
        if e.terminate() == 1 {
            return MbType::Pcm;
        }
        let [luma_ctx, chroma_ctx, chroma2_ctx, pred_hi, pred_lo] = ctxs;
        let luma = if e.decision(luma_ctx) == 1 { 0x0f } else { 0 };
        let chroma = if e.decision(chroma_ctx) == 1 {
            1 + e.decision(chroma2_ctx) as u8
        } else {
            0
        };
        e.decision(pred_hi);
        e.decision(pred_lo);
        MbType::Intra16x16 {
            cbp: luma | (chroma << 4),
        }
    }

    /// `sub_mb_type` of a P macroblock (Table 9-38, ctxIdx 21..23).
    fn sub_mb_type(&mut self) -> SubPartition {
        let e = &mut self.engine;
        if e.decision(ctx::SUB_MB_TYPE_P) == 1 {
            SubPartition::S8x8
        } else if e.decision(ctx::SUB_MB_TYPE_P + 1) == 0 {
            SubPartition::S8x4
        } else if e.decision(ctx::SUB_MB_TYPE_P + 2) == 1 {
            SubPartition::S4x8
        } else {
            SubPartition::S4x4
        }
    }

    fn transform_8x8_flag(&mut self, left: &MbCtx, above: &MbCtx) -> u32 {
        let cond = |n: &MbCtx| usize::from(n.transform_8x8);
        self.engine
            .decision(ctx::TRANSFORM_8X8 + cond(left) + cond(above))
    }

    /// `intra_chroma_pred_mode` (TU, cMax 3); returns whether it is not 0.
    fn chroma_pred_mode(&mut self, left: &MbCtx, above: &MbCtx) -> bool {
        let cond = |n: &MbCtx| {
            usize::from(matches!(n.kind, Kind::IntraNxN | Kind::Intra16x16) && n.chroma_pred)
        };
        let e = &mut self.engine;
        if e.decision(ctx::CHROMA_PRED_MODE + cond(left) + cond(above)) == 0 {
            return false;
        }
        if e.decision(ctx::CHROMA_PRED_MODE + 3) == 1 {
            e.decision(ctx::CHROMA_PRED_MODE + 3);
        }
        true
    }

    /// `coded_block_pattern` (9.3.2.6: FL luma prefix, TU chroma suffix; contexts 9.3.3.1.1.4).
    fn coded_block_pattern(&mut self, left: &MbCtx, above: &MbCtx) -> u8 {
        let left_luma = left.cbp_luma_for_ctx();
        let above_luma = above.cbp_luma_for_ctx();
        let mut luma = 0u8;
        for b8 in 0..4 {
            let a = if b8 & 1 != 0 {
                luma >> (b8 - 1)
            } else {
                left_luma >> (b8 + 1)
            };
            let b = if b8 & 2 != 0 {
                luma >> (b8 - 2)
            } else {
                above_luma >> (b8 + 2)
            };
            let inc = usize::from(a & 1 == 0) + 2 * usize::from(b & 1 == 0);
            luma |= (self.engine.decision(ctx::CBP_LUMA + inc) as u8) << b8;
        }
        let (ca, cb) = (left.cbp_chroma_for_ctx(), above.cbp_chroma_for_ctx());
        let inc = usize::from(ca != 0) + 2 * usize::from(cb != 0);
        let chroma = if self.engine.decision(ctx::CBP_CHROMA + inc) == 1 {
            let inc = usize::from(ca == 2) + 2 * usize::from(cb == 2) + 4;
            1 + self.engine.decision(ctx::CBP_CHROMA + inc) as u8
        } else {
            0
        };
        luma | (chroma << 4)
    }

    /// `mb_qp_delta` (U binarisation mapped by Table 9-3; contexts 9.3.3.1.1.5).
    fn mb_qp_delta(&mut self, addr: u32) -> Result<i32> {
        let e = &mut self.engine;
        if e.decision(ctx::MB_QP_DELTA + usize::from(self.prev_qp_delta_nonzero)) == 0 {
            return Ok(0);
        }
        let mut k = 1i32;
        let mut ctx_idx = ctx::MB_QP_DELTA + 2;
        while e.decision(ctx_idx) == 1 {
            k += 1;
            ctx_idx = ctx::MB_QP_DELTA + 3;
            if k > 52 {
                return Err(H264Error::InvalidSliceData {
                    mb: addr,
                    what: "mb_qp_delta out of range",
                });
            }
        }
        Ok(if k % 2 == 1 { (k + 1) / 2 } else { -(k / 2) })
    }

    /// I_PCM: the samples follow byte aligned; the engine restarts after them (9.3.1.2).
    fn pcm(&mut self, addr: u32) -> Result<()> {
        let aligned = self.engine.position().div_ceil(8) * 8;
        // 256 luma + 2 * 64 chroma samples of 8 bits.
        self.engine.set_position(aligned + 384 * 8);
        if self.engine.overrun() || !self.engine.init_decoder() {
            return Err(H264Error::InvalidSliceData {
                mb: addr,
                what: "I_PCM samples or the engine restart after them",
            });
        }
        Ok(())
    }

    /// `mb_pred()` / `sub_mb_pred()` of an inter macroblock: `ref_idx_l0` then `mvd_l0`.
    fn inter_pred(
        &mut self,
        partition: Partition,
        cur: &mut MbCtx,
        left: &MbCtx,
        above: &MbCtx,
        addr: u32,
    ) -> Result<InterMb> {
        let mut parts: [Rect; 16] = [(0, 0, 0, 0); 16];
        let mut count = 0usize;
        let mut quadrant_rects: [Rect; 4] = [(0, 0, 0, 0); 4];
        let quadrants = match partition {
            Partition::P16x16 => {
                quadrant_rects[0] = (0, 0, 4, 4);
                1
            }
            Partition::P16x8 => {
                quadrant_rects[0] = (0, 0, 4, 2);
                quadrant_rects[1] = (0, 2, 4, 2);
                2
            }
            Partition::P8x16 => {
                quadrant_rects[0] = (0, 0, 2, 4);
                quadrant_rects[1] = (2, 0, 2, 4);
                2
            }
            Partition::P8x8(_) => {
                for (q, rect) in quadrant_rects.iter_mut().enumerate() {
                    *rect = (2 * (q & 1), 2 * (q >> 1), 2, 2);
                }
                4
            }
        };
        for (i, &(x, y, w, h)) in quadrant_rects.iter().take(quadrants).enumerate() {
            match partition {
                Partition::P8x8(subs) => {
                    let sub = subs.get(i).copied().unwrap_or_default();
                    for s in 0..sub_count(sub) {
                        let (sx, sy, sw, sh) = match sub {
                            SubPartition::S8x8 => (0, 0, 2, 2),
                            SubPartition::S8x4 => (0, s, 2, 1),
                            SubPartition::S4x8 => (s, 0, 1, 2),
                            SubPartition::S4x4 => (s & 1, s >> 1, 1, 1),
                        };
                        if let Some(slot) = parts.get_mut(count) {
                            *slot = (x + sx, y + sy, sw, sh);
                        }
                        count += 1;
                    }
                }
                _ => {
                    if let Some(slot) = parts.get_mut(count) {
                        *slot = (x, y, w, h);
                    }
                    count += 1;
                }
            }
        }
        let mut ref_idx = [0u8; 4];
        if self.num_ref > 1 {
            for &(x, y, w, h) in quadrant_rects.iter().take(quadrants) {
                let value = self.ref_idx(cur, left, above, x, y, addr)?;
                for q in 0..4 {
                    let (qx, qy) = (2 * (q & 1), 2 * (q >> 1));
                    if qx >= x && qx < x + w && qy >= y && qy < y + h {
                        if let Some(r) = ref_idx.get_mut(q) {
                            *r = value;
                        }
                        if value > 0 {
                            cur.ref_gt0 |= 1 << q;
                        }
                    }
                }
            }
        }
        let mut mvd = [[0i16; 2]; 16];
        for (slot, &(x, y, w, h)) in mvd.iter_mut().zip(parts.iter().take(count)) {
            let mut value = [0i16; 2];
            for (comp, v) in value.iter_mut().enumerate() {
                *v = self.mvd(cur, left, above, x, y, comp, addr)?;
            }
            let abs = value.map(|v| v.unsigned_abs().min(255) as u8);
            for by in y..y + h {
                for bx in x..x + w {
                    if let Some(m) = cur.mvd.get_mut(bx + 4 * by) {
                        *m = abs;
                    }
                }
            }
            *slot = value;
        }
        Ok(InterMb {
            partition,
            ref_idx,
            mvd,
        })
    }

    /// `ref_idx_l0` of the partition whose top-left 4x4 block is (`x`, `y`) (U binarisation,
    /// contexts 9.3.3.1.1.6).
    fn ref_idx(
        &mut self,
        cur: &MbCtx,
        left: &MbCtx,
        above: &MbCtx,
        x: usize,
        y: usize,
        addr: u32,
    ) -> Result<u8> {
        let quadrant = |bx: usize, by: usize| (bx / 2) + 2 * (by / 2);
        let cond_a = if x > 0 {
            cur.ref_gt0 >> quadrant(x - 1, y) & 1 != 0
        } else {
            left.ref_gt0(quadrant(3, y))
        };
        let cond_b = if y > 0 {
            cur.ref_gt0 >> quadrant(x, y - 1) & 1 != 0
        } else {
            above.ref_gt0(quadrant(x, 3))
        };
        let inc = usize::from(cond_a) + 2 * usize::from(cond_b);
        let e = &mut self.engine;
        if e.decision(ctx::REF_IDX + inc) == 0 {
            return Ok(0);
        }
        let mut value = 1u32;
        let mut ctx_idx = ctx::REF_IDX + 4;
        while e.decision(ctx_idx) == 1 {
            value += 1;
            ctx_idx = ctx::REF_IDX + 5;
            if value >= self.num_ref {
                return Err(H264Error::InvalidSliceData {
                    mb: addr,
                    what: "ref_idx_l0 beyond num_ref_idx_l0_active",
                });
            }
        }
        if value >= self.num_ref {
            return Err(H264Error::InvalidSliceData {
                mb: addr,
                what: "ref_idx_l0 beyond num_ref_idx_l0_active",
            });
        }
        Ok(value as u8)
    }

    /// One component of `mvd_l0` of the partition whose top-left 4x4 block is (`x`, `y`)
    /// (UEG3, signedValFlag 1, uCoff 9; contexts 9.3.3.1.1.7).
    #[allow(clippy::too_many_arguments)]
    fn mvd(
        &mut self,
        cur: &MbCtx,
        left: &MbCtx,
        above: &MbCtx,
        x: usize,
        y: usize,
        comp: usize,
        addr: u32,
    ) -> Result<i16> {
        let a = if x > 0 {
            cur.abs_mvd(x - 1 + 4 * y, comp)
        } else {
            left.abs_mvd(3 + 4 * y, comp)
        };
        let b = if y > 0 {
            cur.abs_mvd(x + 4 * (y - 1), comp)
        } else {
            above.abs_mvd(x + 12, comp)
        };
        let sum = a + b;
        let inc = if sum < 3 {
            0
        } else if sum > 32 {
            2
        } else {
            1
        };
        let base = if comp == 0 { ctx::MVD_X } else { ctx::MVD_Y };
        let e = &mut self.engine;
        if e.decision(base + inc) == 0 {
            return Ok(0);
        }
        let mut value = 1u32;
        while value < 9 && e.decision(base + (value as usize + 2).min(6)) == 1 {
            value += 1;
        }
        if value == 9 {
            value +=
                residual::exp_golomb_bypass(&mut e.dec, 3).ok_or(H264Error::InvalidSliceData {
                    mb: addr,
                    what: "mvd_l0 suffix too long",
                })?;
        }
        let value = i16::try_from(value).map_err(|_| H264Error::InvalidSliceData {
            mb: addr,
            what: "mvd_l0 out of range",
        })?;
        Ok(if e.bypass() == 1 { -value } else { value })
    }
}

/// Number of sub-macroblock partitions of a `P_8x8` quadrant.
fn sub_count(sub: SubPartition) -> usize {
    match sub {
        SubPartition::S8x8 => 1,
        SubPartition::S8x4 | SubPartition::S4x8 => 2,
        SubPartition::S4x4 => 4,
    }
}

/// `mb_type` as the macroblock layer needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MbType {
    IntraNxN,
    Intra16x16 {
        /// `coded_block_pattern` implied by the type.
        cbp: u8,
    },
    Pcm,
    Inter(Partition),
}

#[cfg(test)]
mod tests;
