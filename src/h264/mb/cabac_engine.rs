//! CABAC arithmetic decoding engine (9.3.1.2, 9.3.3.2): context variables, DecodeDecision,
//! DecodeBypass, DecodeTerminate.
//!
//! The engine follows the standard's 9-bit `codIOffset` register bit for bit, so its read
//! position is exact: after an `end_of_slice_flag` equal to 1 the last bit it read is the
//! `rbsp_stop_one_bit`. Reading past the end of the data yields zero bits; the caller checks
//! [`Engine::overrun`] where it matters instead of paying for a `Result` per bin.

use super::tables::{CTX_INIT, NUM_CTX, RANGE_LPS, TRANS_IDX_LPS};

/// Initial `pStateIdx << 1 | valMPS` of a context with values (`m`, `n`) at `slice_qp`
/// (9.3.1.1).
pub(super) fn context_state(m: i8, n: i8, slice_qp: i32) -> u8 {
    let qp = slice_qp.clamp(0, 51);
    let pre = (((i32::from(m) * qp) >> 4) + i32::from(n)).clamp(1, 126);
    if pre <= 63 {
        ((63 - pre) << 1) as u8
    } else {
        (((pre - 64) << 1) | 1) as u8
    }
}

/// Arithmetic decoder over an RBSP, with its context variables.
pub(super) struct Engine<'a> {
    data: &'a [u8],
    /// Bits read so far.
    pos: usize,
    /// Bits loaded ahead of `pos`, MSB first, `avail` of them valid.
    cache: u64,
    avail: u32,
    /// Next byte of `data` to load into `cache`.
    next: usize,
    range: u32,
    offset: u32,
    /// `pStateIdx << 1 | valMPS` per ctxIdx.
    ctx: [u8; NUM_CTX],
}

impl<'a> Engine<'a> {
    /// An engine over `data` positioned at bit `pos`, contexts not initialised.
    pub(super) fn new(data: &'a [u8], pos: usize) -> Self {
        let mut engine = Self {
            data,
            pos: 0,
            cache: 0,
            avail: 0,
            next: 0,
            range: 510,
            offset: 0,
            ctx: [0; NUM_CTX],
        };
        engine.set_position(pos);
        engine
    }

    /// Initialises every context variable (9.3.1.1) for `slice_qp` (SliceQPY) and `model`
    /// (0 for I slices, `cabac_init_idc + 1` for P slices).
    pub(super) fn init_contexts(&mut self, slice_qp: i32, model: usize) {
        let table = &CTX_INIT[model.min(3)];
        for (state, &(m, n)) in self.ctx.iter_mut().zip(table.iter()) {
            *state = context_state(m, n, slice_qp);
        }
    }

    /// Initialises the decoding engine (9.3.1.2) at the current position: reads 9 bits.
    /// False when the first `codIOffset` is 510 or 511 (not allowed).
    pub(super) fn init_decoder(&mut self) -> bool {
        self.range = 510;
        self.offset = self.read_bits(9);
        self.offset < 510
    }

    /// Bits read so far (position of the next unread bit).
    pub(super) fn position(&self) -> usize {
        self.pos
    }

    /// Moves the read position to `pos` (I_PCM samples are skipped this way).
    pub(super) fn set_position(&mut self, pos: usize) {
        self.pos = pos & !7;
        self.next = pos / 8;
        self.cache = 0;
        self.avail = 0;
        self.read_bits((pos & 7) as u32);
    }

    /// True when the engine has read beyond the end of the data.
    pub(super) fn overrun(&self) -> bool {
        self.pos > self.data.len() * 8
    }

    /// Tops the cache up with whole bytes (zeros past the end of the data). Called with
    /// fewer than 33 bits cached, so at least 4 bytes fit.
    #[inline(always)]
    fn refill(&mut self) {
        let take = (64 - self.avail) / 8;
        if let Some(&bytes) = self
            .data
            .get(self.next..)
            .and_then(|rest| rest.first_chunk::<8>())
        {
            let word = u64::from_be_bytes(bytes) & (u64::MAX << (64 - 8 * take));
            self.cache |= word >> self.avail;
        } else {
            for i in 0..take {
                let byte = self.data.get(self.next + i as usize).copied().unwrap_or(0);
                self.cache |= u64::from(byte) << (56 - self.avail - 8 * i);
            }
        }
        self.avail += 8 * take;
        self.next += take as usize;
    }

    /// Reads `n` (≤ 32) bits MSB first; zeros past the end of the data.
    #[inline(always)]
    fn read_bits(&mut self, n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        if self.avail < n {
            self.refill();
        }
        let value = (self.cache >> (64 - n)) as u32;
        self.cache <<= n;
        self.avail -= n;
        self.pos += n as usize;
        value
    }

    /// DecodeDecision (9.3.3.2.1) with context `ctx_idx`, renormalisation included.
    #[inline(always)]
    pub(super) fn decision(&mut self, ctx_idx: usize) -> u32 {
        let Some(slot) = self.ctx.get_mut(ctx_idx) else {
            return 0;
        };
        let state = usize::from(*slot >> 1);
        let mps = u32::from(*slot & 1);
        let lps = u32::from(RANGE_LPS[state & 63][((self.range >> 6) & 3) as usize]);
        self.range -= lps;
        if self.offset < self.range {
            *slot = ((state.min(61) as u8 + 1) << 1) | mps as u8;
            if self.range < 256 {
                self.range <<= 1;
                self.offset = (self.offset << 1) | self.read_bits(1);
            }
            mps
        } else {
            self.offset -= self.range;
            self.range = lps;
            let new_mps = if state == 0 { 1 - mps } else { mps };
            *slot = (TRANS_IDX_LPS[state & 63] << 1) | new_mps as u8;
            let shift = self.range.leading_zeros().saturating_sub(23);
            self.range <<= shift;
            self.offset = (self.offset << shift) | self.read_bits(shift);
            1 - mps
        }
    }

    /// DecodeBypass (9.3.3.2.3).
    #[inline(always)]
    pub(super) fn bypass(&mut self) -> u32 {
        self.offset = (self.offset << 1) | self.read_bits(1);
        if self.offset >= self.range {
            self.offset -= self.range;
            1
        } else {
            0
        }
    }

    /// DecodeTerminate (9.3.3.2.2.3): 1 ends the slice (or announces I_PCM), without
    /// renormalisation.
    pub(super) fn terminate(&mut self) -> u32 {
        self.range -= 2;
        if self.offset >= self.range {
            1
        } else {
            if self.range < 256 {
                self.range <<= 1;
                self.offset = (self.offset << 1) | self.read_bits(1);
            }
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_init_follows_9_3_1_1() {
        let mut engine = Engine::new(&[], 0);
        // ctxIdx 60 (mb_qp_delta) is (0, 41) in every model: preCtxState 41 -> state 22, MPS 0.
        engine.init_contexts(26, 0);
        assert_eq!(engine.ctx[60], 22 << 1);
        // ctxIdx 68 (prev_intra_pred_mode_flag) is (13, 41): at QP 51, 41 + (13*51 >> 4) = 82
        // -> state 18, MPS 1.
        engine.init_contexts(51, 2);
        assert_eq!(engine.ctx[68], (18 << 1) | 1);
    }

    #[test]
    fn bypass_reads_one_bit_per_bin_and_stops_at_the_data_end() {
        // codIOffset starts at 0b1111_1110_0 = 508; each bypass doubles it (plus a 0 bit)
        // and subtracts the range 510 when it reaches it: 1016, 1012, 1004, 988 all do.
        let mut engine = Engine::new(&[0xfe, 0x00, 0x00], 0);
        assert!(engine.init_decoder());
        assert_eq!(engine.position(), 9);
        let bins: Vec<u32> = (0..4).map(|_| engine.bypass()).collect();
        assert_eq!(bins, [1, 1, 1, 1]);
        assert_eq!(engine.position(), 13);
        assert!(!engine.overrun());
        engine.set_position(25);
        assert!(engine.overrun());
    }

    #[test]
    fn invalid_first_offset_is_refused() {
        let mut engine = Engine::new(&[0xff, 0xff], 0);
        assert!(!engine.init_decoder());
    }
}
