//! CABAC residual data (7.3.5.3, `residual_block_cabac()` of 7.3.5.3.3): `coded_block_flag`
//! with its neighbour contexts (9.3.3.1.1.9), significance maps (9.3.3.1.3) and
//! `coeff_abs_level_minus1` (9.3.3.1.3). Coefficients are counted, not kept.
//!
//! `coded_block_flag` of a macroblock's blocks are kept in one `u32`: bits 0–15 the luma 4x4
//! blocks in raster order (`x + 4 * y`; an 8x8 transform block with its cbp bit set marks its
//! four), bit 16 the Intra16x16 DC block, bits 17–18 the Cb and Cr DC blocks, bits 19–22 the
//! Cb AC blocks and 23–26 the Cr AC blocks (`x + 2 * y`).

use super::engine::{Decoder, LocalEngine};
use super::tables::{LAST_8X8, SIG_8X8_FRAME};
use super::{Kind, MbCtx, SliceParser};

const LUMA_DC_BIT: u32 = 16;
const CHROMA_DC_BIT: u32 = 17;
const CHROMA_AC_BIT: u32 = 19;

/// `ctxBlockCat` (Table 9-42) of the blocks of 4:2:0 content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    LumaDc = 0,
    LumaAc = 1,
    Luma4x4 = 2,
    ChromaDc = 3,
    ChromaAc = 4,
    Luma8x8 = 5,
}

impl Cat {
    /// The category numbered `n` (`Cat as u8`); 8x8 for numbers above 5.
    const fn from_number(n: u8) -> Cat {
        match n {
            0 => Cat::LumaDc,
            1 => Cat::LumaAc,
            2 => Cat::Luma4x4,
            3 => Cat::ChromaDc,
            4 => Cat::ChromaAc,
            _ => Cat::Luma8x8,
        }
    }

    /// `maxNumCoeff`.
    fn max_coeffs(self) -> usize {
        match self {
            Cat::LumaDc | Cat::Luma4x4 => 16,
            Cat::LumaAc | Cat::ChromaAc => 15,
            Cat::ChromaDc => 4,
            Cat::Luma8x8 => 64,
        }
    }

    /// First ctxIdx of `coded_block_flag` (ctxIdxOffset 85 + ctxIdxBlockCatOffset).
    fn cbf_ctx(self) -> usize {
        85 + 4 * (self as usize)
    }

    /// First ctxIdx of `significant_coeff_flag` (frame coded), `last_significant_coeff_flag`
    /// and `coeff_abs_level_minus1` (ctxIdxOffset + ctxIdxBlockCatOffset, Tables 9-34, 9-40).
    fn bases(self) -> (usize, usize, usize) {
        match self {
            Cat::LumaDc => (105, 166, 227),
            Cat::LumaAc => (120, 181, 237),
            Cat::Luma4x4 => (134, 195, 247),
            Cat::ChromaDc => (149, 210, 257),
            Cat::ChromaAc => (152, 213, 266),
            Cat::Luma8x8 => (402, 417, 426),
        }
    }
}

/// `coded_block_flag` bits of neighbour `n` as the current macroblock's contexts see them.
fn cbf_for_ctx(n: &MbCtx, cur_intra: bool) -> u32 {
    match n.kind {
        Kind::Unavailable if cur_intra => u32::MAX,
        Kind::Unavailable | Kind::Skip => 0,
        Kind::Pcm => u32::MAX,
        _ => n.cbf,
    }
}

/// Exp-Golomb suffix of order `k` in bypass bins (9.3.2.3); `None` if absurdly long.
pub(super) fn exp_golomb_bypass(e: &mut Decoder<'_>, mut k: u32) -> Option<u32> {
    let mut value = 0u32;
    while e.bypass() == 1 {
        value += 1 << k;
        k += 1;
        if k >= 24 {
            return None;
        }
    }
    while k > 0 {
        k -= 1;
        value += e.bypass() << k;
    }
    Some(value)
}

impl SliceParser<'_> {
    /// `residual(0, 15)` of the current macroblock; returns its number of non-zero
    /// coefficients and sets `cur.cbf`. `None` for a level whose escape code is too long.
    pub(super) fn residual(&mut self, cur: &mut MbCtx, left: &MbCtx, above: &MbCtx) -> Option<u16> {
        self.engine
            .with_local(|e| residual_blocks(e, cur, left, above))
    }
}

/// [`SliceParser::residual`] on an engine with local registers.
fn residual_blocks(
    e: &mut LocalEngine<'_, '_>,
    cur: &mut MbCtx,
    left: &MbCtx,
    above: &MbCtx,
) -> Option<u16> {
    let intra = cur.kind.is_intra();
    let left_cbf = cbf_for_ctx(left, intra);
    let above_cbf = cbf_for_ctx(above, intra);
    let mut coeffs = 0u32;
    let i16x16 = cur.kind == Kind::Intra16x16;
    if i16x16 {
        let inc = ((left_cbf >> LUMA_DC_BIT) & 1) + 2 * ((above_cbf >> LUMA_DC_BIT) & 1);
        let n = coded_block(e, Cat::LumaDc, inc)?;
        if n > 0 {
            cur.cbf |= 1 << LUMA_DC_BIT;
        }
        coeffs += n;
    }
    for b8 in 0..4usize {
        if (cur.cbp >> b8) & 1 == 0 {
            continue;
        }
        let (x0, y0) = (2 * (b8 & 1), 2 * (b8 >> 1));
        if cur.transform_8x8 {
            coeffs += block_coeffs(e, Cat::Luma8x8)?;
            for blk in [0, 1, 4, 5] {
                cur.cbf |= 1 << (x0 + 4 * y0 + blk);
            }
            continue;
        }
        let cat = if i16x16 { Cat::LumaAc } else { Cat::Luma4x4 };
        for b4 in 0..4usize {
            let (x, y) = (x0 + (b4 & 1), y0 + (b4 >> 1));
            let a = if x > 0 {
                cur.cbf >> (x - 1 + 4 * y)
            } else {
                left_cbf >> (3 + 4 * y)
            };
            let b = if y > 0 {
                cur.cbf >> (x + 4 * (y - 1))
            } else {
                above_cbf >> (x + 12)
            };
            let n = coded_block(e, cat, (a & 1) + 2 * (b & 1))?;
            if n > 0 {
                cur.cbf |= 1 << (x + 4 * y);
            }
            coeffs += n;
        }
    }
    let chroma = cur.cbp >> 4;
    if chroma != 0 {
        for c in 0..2 {
            let bit = CHROMA_DC_BIT + c;
            let inc = ((left_cbf >> bit) & 1) + 2 * ((above_cbf >> bit) & 1);
            let n = coded_block(e, Cat::ChromaDc, inc)?;
            if n > 0 {
                cur.cbf |= 1 << bit;
            }
            coeffs += n;
        }
    }
    if chroma == 2 {
        for c in 0..2u32 {
            let base = CHROMA_AC_BIT + 4 * c;
            for blk in 0..4u32 {
                let (x, y) = (blk & 1, blk >> 1);
                let a = if x > 0 {
                    cur.cbf >> (base + blk - 1)
                } else {
                    left_cbf >> (base + 1 + 2 * y)
                };
                let b = if y > 0 {
                    cur.cbf >> (base + blk - 2)
                } else {
                    above_cbf >> (base + 2 + x)
                };
                let n = coded_block(e, Cat::ChromaAc, (a & 1) + 2 * (b & 1))?;
                if n > 0 {
                    cur.cbf |= 1 << (base + blk);
                }
                coeffs += n;
            }
        }
    }
    Some(coeffs.min(u32::from(u16::MAX)) as u16)
}

/// A block with a `coded_block_flag` (context increment `inc`); returns its number of
/// non-zero coefficients (0 when the flag is 0).
fn coded_block(e: &mut LocalEngine<'_, '_>, cat: Cat, inc: u32) -> Option<u32> {
    if e.decision(cat.cbf_ctx() + inc as usize) == 0 {
        return Some(0);
    }
    block_coeffs(e, cat)
}

/// Significance map and levels of a coded block; returns the number of coefficients.
#[inline(always)]
fn block_coeffs(e: &mut LocalEngine<'_, '_>, cat: Cat) -> Option<u32> {
    // One copy of the loops per category, so that its context indices, block size and
    // level context cap are constants.
    match cat {
        Cat::LumaDc => block_coeffs_of::<{ Cat::LumaDc as u8 }>(e),
        Cat::LumaAc => block_coeffs_of::<{ Cat::LumaAc as u8 }>(e),
        Cat::Luma4x4 => block_coeffs_of::<{ Cat::Luma4x4 as u8 }>(e),
        Cat::ChromaDc => block_coeffs_of::<{ Cat::ChromaDc as u8 }>(e),
        Cat::ChromaAc => block_coeffs_of::<{ Cat::ChromaAc as u8 }>(e),
        Cat::Luma8x8 => block_coeffs_of::<{ Cat::Luma8x8 as u8 }>(e),
    }
}

/// [`block_coeffs`] of the category numbered `CAT`.
fn block_coeffs_of<const CAT: u8>(e: &mut LocalEngine<'_, '_>) -> Option<u32> {
    let cat = Cat::from_number(CAT);
    let (sig_base, last_base, abs_base) = cat.bases();
    let coded = cat.max_coeffs() - 1;
    // Significance map: the first `coded` coefficients have a significant_coeff_flag;
    // when none of them is the last one, the last coefficient is significant.
    let mut count = 1u32;
    for i in 0..coded {
        // ctxIdxInc by levelListIdx (9.3.3.1.3): the index itself, or Table 9-43 for
        // 8x8 blocks (min(index, 2) for chroma DC is the index: it is below 3).
        let (sig_inc, last_inc) = if cat == Cat::Luma8x8 {
            (
                usize::from(SIG_8X8_FRAME.get(i).copied().unwrap_or(0)),
                usize::from(LAST_8X8.get(i).copied().unwrap_or(0)),
            )
        } else {
            (i, i)
        };
        if e.decision(sig_base + sig_inc) == 1 {
            if e.decision(last_base + last_inc) == 1 {
                break;
            }
            count += 1;
        }
    }
    // Levels: ctxIdxInc of the first bin is min(1 + numDecodAbsLevelEq1, 4) until a level
    // above 1 is decoded, then 0; the other prefix bins use 5 + min(numDecodAbsLevelGt1,
    // 4 or 3 for chroma DC). The sign is a bypass bin.
    let gt1_cap = if cat == Cat::ChromaDc { 3 } else { 4 };
    let mut left = count;
    let mut eq1 = 0usize;
    while left > 0 {
        left -= 1;
        let above_one = e.decision(abs_base + (1 + eq1).min(4)) == 1;
        if above_one {
            level_prefix_rest(e, abs_base + 5)?;
            e.bypass();
            break;
        }
        eq1 += 1;
        e.bypass();
    }
    let mut gt1 = 1usize;
    while left > 0 {
        left -= 1;
        if e.decision(abs_base) == 1 {
            level_prefix_rest(e, abs_base + 5 + gt1.min(gt1_cap))?;
            gt1 += 1;
        }
        e.bypass();
    }
    Some(count)
}

/// The rest of a `coeff_abs_level_minus1` whose first bin was 1: prefix bins with context
/// `ctx_idx` (TU, cMax 14) and the Exp-Golomb suffix of a prefix of 14.
#[inline(always)]
fn level_prefix_rest(e: &mut LocalEngine<'_, '_>, ctx_idx: usize) -> Option<()> {
    let mut prefix = 1;
    while prefix < 14 && e.decision(ctx_idx) == 1 {
        prefix += 1;
    }
    if prefix == 14 {
        exp_golomb_bypass(&mut e.dec, 0)?;
    }
    Some(())
}
