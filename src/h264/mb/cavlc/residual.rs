//! `residual_block_cavlc()` (7.3.5.3.2, 9.2) and the neighbour counts that select its
//! `coeff_token` table (nC, 9.2.1).

use super::reader::Reader;
use super::vlc::Tables;

/// Largest `level_prefix` accepted (15 for 8-bit Baseline/Main/Extended; High profiles allow
/// longer escapes, which still fit the 32-bit level code below).
const MAX_LEVEL_PREFIX: u32 = 25;

/// Which `coeff_token` table a block uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Nc {
    /// nC derived from the neighbours' TotalCoeff (luma and chroma AC blocks).
    Value(u32),
    /// nC = −1: the 2x2 chroma DC block of 4:2:0.
    ChromaDc,
}

/// Reads one `residual_block_cavlc` of at most `max_coeff` coefficients and returns its
/// TotalCoeff; `None` if the bits are no valid block. Levels are decoded only as far as the
/// syntax needs (their magnitude drives `suffixLength`); nothing is stored.
#[inline]
pub(super) fn read_block(r: &mut Reader<'_>, t: &Tables, nc: Nc, max_coeff: u32) -> Option<u32> {
    let token = match nc {
        Nc::ChromaDc => t.coeff_token_chroma_dc.decode(r)?,
        Nc::Value(n) if n < 8 => t.coeff_token[(n >> 1).min(2) as usize].decode(r)?,
        // 8 <= nC: 6-bit fixed-length code, TotalCoeff − 1 then TrailingOnes; 000011 is
        // TotalCoeff 0 (9.2.1).
        Nc::Value(_) => match r.bits(6) {
            3 => 0,
            code if (code & 3) <= (code >> 2) + 1 => ((code >> 2) + 1) << 2 | (code & 3),
            _ => return None,
        },
    };
    let total = token >> 2;
    let ones = token & 3;
    if total == 0 {
        return Some(0);
    }
    if total > max_coeff {
        return None;
    }
    r.skip(ones); // trailing_ones_sign_flag
    read_levels(r, total, ones)?;
    if total < max_coeff {
        let table = if max_coeff == 4 {
            t.total_zeros_chroma_dc.get(total as usize - 1)?
        } else {
            t.total_zeros.get(total as usize - 1)?
        };
        let mut zeros_left = table.decode(r)?;
        if total + zeros_left > max_coeff {
            return None;
        }
        for _ in 1..total {
            if zeros_left == 0 {
                break;
            }
            let run = t
                .run_before
                .get(zeros_left.min(7) as usize - 1)?
                .decode(r)?;
            zeros_left = zeros_left.checked_sub(run)?;
        }
    }
    Some(total)
}

/// Reads the `level_prefix` / `level_suffix` of the `total − ones` non-trailing-one levels
/// (9.2.2.1).
#[inline]
fn read_levels(r: &mut Reader<'_>, total: u32, ones: u32) -> Option<()> {
    let mut suffix_length = u32::from(total > 10 && ones < 3);
    for i in ones..total {
        let prefix = r.peek32().leading_zeros();
        if prefix > MAX_LEVEL_PREFIX {
            return None;
        }
        r.skip(prefix + 1);
        let mut code = prefix.min(15) << suffix_length;
        let suffix_size = if prefix >= 15 {
            prefix - 3
        } else if prefix == 14 && suffix_length == 0 {
            4
        } else {
            suffix_length
        };
        code += r.bits(suffix_size);
        if prefix >= 15 && suffix_length == 0 {
            code += 15;
        }
        if prefix >= 16 {
            code += (1 << (prefix - 3)) - 4096;
        }
        if i == ones && ones < 3 {
            code += 2;
        }
        // |levelVal|: (code + 2) / 2 for even codes, (code + 1) / 2 for odd ones.
        let magnitude = (code + 2) >> 1;
        if suffix_length == 0 {
            suffix_length = 1;
        }
        if magnitude > (3 << (suffix_length - 1)) && suffix_length < 6 {
            suffix_length += 1;
        }
    }
    Some(())
}

/// TotalCoeff of the 4x4 blocks around the macroblock being parsed, for nC (9.2.1).
///
/// Only macroblocks of the current slice are available, and slices are contiguous runs of
/// macroblock addresses (no FMO), so the row above and the macroblock to the left suffice.
#[derive(Debug, Clone)]
pub(super) struct Counts {
    /// Per macroblock column: the bottom row of the last macroblock parsed there (luma x 0..4,
    /// Cb x 0..2, Cr x 0..2).
    top: Vec<[u8; 8]>,
    /// Right column of the previous macroblock (luma y 0..4, Cb y 0..2, Cr y 0..2).
    left: [u8; 8],
    /// The current macroblock: luma 4x4 blocks in raster order (`x + 4 y`), then Cb and Cr
    /// 2x2 in raster order.
    cur: [u8; 24],
    mb_x: usize,
    left_available: bool,
    top_available: bool,
}

impl Counts {
    /// Counts for a picture `width` macroblocks wide.
    pub(super) fn new(width: usize) -> Self {
        Self {
            top: vec![[0; 8]; width],
            left: [0; 8],
            cur: [0; 24],
            mb_x: 0,
            left_available: false,
            top_available: false,
        }
    }

    /// Starts the macroblock in column `mb_x` with the given neighbour availability.
    pub(super) fn start(&mut self, mb_x: usize, left_available: bool, top_available: bool) {
        self.mb_x = mb_x;
        self.left_available = left_available;
        self.top_available = top_available;
        self.cur = [0; 24];
    }

    /// Records a `P_Skip` macroblock in column `mb_x`: no coefficients anywhere.
    pub(super) fn skip(&mut self, mb_x: usize) {
        self.left = [0; 8];
        if let Some(top) = self.top.get_mut(mb_x) {
            *top = [0; 8];
        }
    }

    /// Sets every block of the current macroblock to `total` (0 for P_Skip, 16 for I_PCM).
    pub(super) fn fill(&mut self, total: u8) {
        self.cur = [total; 24];
    }

    /// nC of the luma 4x4 block at (`x`, `y`) (0..4).
    #[inline]
    pub(super) fn luma_nc(&self, x: usize, y: usize) -> Nc {
        let left = if x > 0 {
            self.cur.get(4 * y + x - 1).copied()
        } else if self.left_available {
            self.left.get(y).copied()
        } else {
            None
        };
        let top = if y > 0 {
            self.cur.get(4 * (y - 1) + x).copied()
        } else if self.top_available {
            self.top.get(self.mb_x).and_then(|row| row.get(x)).copied()
        } else {
            None
        };
        Nc::Value(average(left, top))
    }

    /// Records TotalCoeff of the luma 4x4 block at (`x`, `y`).
    #[inline]
    pub(super) fn set_luma(&mut self, x: usize, y: usize, total: u32) {
        if let Some(slot) = self.cur.get_mut(4 * y + x) {
            *slot = total as u8;
        }
    }

    /// nC of chroma AC block (`x`, `y`) (0..2) of component `c` (0 Cb, 1 Cr).
    #[inline]
    pub(super) fn chroma_nc(&self, c: usize, x: usize, y: usize) -> Nc {
        let base = 16 + 4 * c;
        let left = if x > 0 {
            self.cur.get(base + 2 * y + x - 1).copied()
        } else if self.left_available {
            self.left.get(4 + 2 * c + y).copied()
        } else {
            None
        };
        let top = if y > 0 {
            self.cur.get(base + 2 * (y - 1) + x).copied()
        } else if self.top_available {
            self.top
                .get(self.mb_x)
                .and_then(|row| row.get(4 + 2 * c + x))
                .copied()
        } else {
            None
        };
        Nc::Value(average(left, top))
    }

    /// Records TotalCoeff of chroma AC block (`x`, `y`) of component `c`.
    #[inline]
    pub(super) fn set_chroma(&mut self, c: usize, x: usize, y: usize, total: u32) {
        if let Some(slot) = self.cur.get_mut(16 + 4 * c + 2 * y + x) {
            *slot = total as u8;
        }
    }

    /// Ends the current macroblock: it becomes the left neighbour of the next one and the top
    /// neighbour of the one below.
    pub(super) fn finish(&mut self) {
        let c = &self.cur;
        self.left = [c[3], c[7], c[11], c[15], c[17], c[19], c[21], c[23]];
        if let Some(top) = self.top.get_mut(self.mb_x) {
            *top = [c[12], c[13], c[14], c[15], c[18], c[19], c[22], c[23]];
        }
    }
}

/// nC from the available neighbours (9.2.1): the rounded mean of both, or the one there is.
#[inline]
fn average(a: Option<u8>, b: Option<u8>) -> u32 {
    match (a, b) {
        (Some(a), Some(b)) => (u32::from(a) + u32::from(b) + 1) >> 1,
        (Some(n), None) | (None, Some(n)) => u32::from(n),
        (None, None) => 0,
    }
}
