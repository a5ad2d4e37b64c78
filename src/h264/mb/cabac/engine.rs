//! CABAC arithmetic decoding engine (9.3.1.2, 9.3.3.2): context variables, DecodeDecision,
//! DecodeBypass, DecodeTerminate.
//!
//! The engine reads exactly the bits the standard's 9-bit `codIOffset` register does, so its
//! read position is exact: after an `end_of_slice_flag` equal to 1 the last bit it read is the
//! `rbsp_stop_one_bit`. Reading past the end of the data yields zero bits; the caller checks
//! [`Engine::overrun`] where it matters instead of paying for a `Result` per bin.

use super::tables::{CTX_INIT, NUM_CTX, RANGE_LPS, TRANS_IDX_LPS};

/// Size of the context array: a power of two at least [`NUM_CTX`], so that an index can be
/// masked into it instead of bounds checked.
const CTX_SLOTS: usize = 512;
const _: () = assert!(NUM_CTX <= CTX_SLOTS && CTX_SLOTS.is_power_of_two());

/// `rangeTabLPS` (Table 9-44) per state (`pStateIdx << 1 | valMPS`, so each value is
/// there twice; states 128..=255 never occur and read 0): for each `qCodIRangeIdx` q, bits
/// `16 q ..= 16 q + 7`. The row is loaded from the state alone, off the decoder's critical
/// path (`codIRange` to the next `codIRange`), which only shifts it by `codIRange`; a table
/// indexed by q and the state would put a load on that path. 256 rows: a `u8` state needs
/// no bounds check.
static LPS_BY_STATE: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut state = 0;
    while state < 128 {
        let mut row = 0u64;
        let mut quarter = 0;
        while quarter < 4 {
            row |= (RANGE_LPS[state >> 1][quarter] as u64) << (16 * quarter);
            quarter += 1;
        }
        table[state] = row;
        state += 1;
    }
    table
};

/// The context state (`pStateIdx << 1 | valMPS`) after a bin, indexed by `state ^ mask`,
/// where `mask` is 0 after an MPS and 0xff after an LPS: entry `state` (below 128) is
/// `transIdxMPS`, entry `!state` (128 and above) `transIdxLPS` with the MPS flip of
/// `pStateIdx` 0 (9.3.3.2.1.1). Bit 0 of `state ^ mask` is the bin decoded (`valMPS`, or its
/// complement after an LPS).
static NEXT_STATE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut state = 0;
    while state < 128 {
        let (p, mps) = (state >> 1, (state & 1) as u8);
        let next_mps = if p < 62 { p + 1 } else { 62 };
        table[state] = ((next_mps as u8) << 1) | mps;
        let lps_mps = if p == 0 { 1 - mps } else { mps };
        table[255 - state] = (TRANS_IDX_LPS[p] << 1) | lps_mps;
        state += 1;
    }
    table
};

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
    /// The decoder's registers and read position.
    pub(super) dec: Decoder<'a>,
    /// `pStateIdx << 1 | valMPS` per ctxIdx.
    ctx: Contexts,
}

/// Context variables, `pStateIdx << 1 | valMPS` per ctxIdx.
pub(super) type Contexts = [u8; CTX_SLOTS];

/// The arithmetic decoder's registers and read position, without the contexts.
///
/// `codIOffset` is kept together with the bits read ahead of it in one 64-bit `value`: bit 63
/// is spare (a bypass bin widens `codIOffset` to 10 bits for a moment), bits 54..=62 are
/// `codIOffset`, and below them come `ahead` bits read ahead, then zeros. Comparing
/// `codIOffset` with `codIRange` is comparing `value` with `codIRange << 54` (a constant
/// shift), and renormalising by `n` bits is `value <<= n; ahead -= n`: no bit is read one at
/// a time, and the position stays exact.
#[derive(Clone, Copy)]
pub(super) struct Decoder<'a> {
    data: &'a [u8],
    /// Next byte of `data` to load into `value`.
    next: usize,
    value: u64,
    /// Look-ahead bits below `codIOffset` in `value`.
    ahead: u32,
    range: u32,
}

/// An [`Engine`] whose decoder registers are a local copy (see [`Engine::with_local`]).
pub(super) struct LocalEngine<'e, 'a> {
    /// The copy of the decoder registers.
    pub(super) dec: Decoder<'a>,
    ctx: &'e mut Contexts,
}

impl LocalEngine<'_, '_> {
    /// DecodeDecision with context `ctx_idx`, see [`Decoder::decision`].
    #[inline(always)]
    pub(super) fn decision(&mut self, ctx_idx: usize) -> u32 {
        self.dec.decision(self.ctx, ctx_idx)
    }

    /// DecodeBypass, see [`Decoder::bypass`].
    #[inline(always)]
    pub(super) fn bypass(&mut self) -> u32 {
        self.dec.bypass()
    }
}

/// Position of `codIOffset`'s lowest bit in [`Decoder::value`], and the most look-ahead bits
/// it holds.
const OFFSET_SHIFT: u32 = 54;

/// The value is refilled when fewer look-ahead bits remain. A decision shifts in at most 6
/// bits (an LPS with the smallest rangeTabLPS, 6, renormalises by 6), a bypass or terminate
/// bin 1: 8 is enough, and refills come less often than with more.
const MIN_AHEAD: u32 = 8;

impl<'a> Engine<'a> {
    /// An engine over `data` at byte-aligned bit `pos`, contexts not initialised.
    pub(super) fn new(data: &'a [u8], pos: usize) -> Self {
        let mut engine = Self {
            dec: Decoder {
                data,
                next: 0,
                value: 0,
                ahead: 0,
                range: 510,
            },
            ctx: [0; CTX_SLOTS],
        };
        engine.set_position(pos);
        engine
    }

    /// Runs `f` on an engine with a local copy of the decoder registers, written back after.
    /// In a loop of decisions the compiler keeps the copy in registers, where it would store
    /// and reload the engine's own fields around every context update (it cannot tell that
    /// a context store leaves them alone): that store and reload lengthen each bin.
    #[inline(always)]
    pub(super) fn with_local<R>(&mut self, f: impl FnOnce(&mut LocalEngine<'_, 'a>) -> R) -> R {
        let mut local = LocalEngine {
            dec: self.dec,
            ctx: &mut self.ctx,
        };
        let result = f(&mut local);
        self.dec = local.dec;
        result
    }

    /// See [`Decoder::init_decoder`].
    pub(super) fn init_decoder(&mut self) -> bool {
        self.dec.init_decoder()
    }

    /// See [`Decoder::position`].
    pub(super) fn position(&self) -> usize {
        self.dec.position()
    }

    /// See [`Decoder::set_position`].
    pub(super) fn set_position(&mut self, pos: usize) {
        self.dec.set_position(pos);
    }

    /// See [`Decoder::overrun`].
    pub(super) fn overrun(&self) -> bool {
        self.dec.overrun()
    }

    /// DecodeDecision with context `ctx_idx`, see [`Decoder::decision`].
    #[inline(always)]
    pub(super) fn decision(&mut self, ctx_idx: usize) -> u32 {
        self.dec.decision(&mut self.ctx, ctx_idx)
    }

    /// See [`Decoder::bypass`].
    #[inline(always)]
    pub(super) fn bypass(&mut self) -> u32 {
        self.dec.bypass()
    }

    /// See [`Decoder::terminate`].
    pub(super) fn terminate(&mut self) -> u32 {
        self.dec.terminate()
    }

    /// Initialises every context variable (9.3.1.1) for `slice_qp` (SliceQPY) and `model`
    /// (0 for I slices, `cabac_init_idc + 1` for P slices).
    pub(super) fn init_contexts(&mut self, slice_qp: i32, model: usize) {
        let table = &CTX_INIT[model.min(3)];
        for (state, &(m, n)) in self.ctx.iter_mut().zip(table.iter()) {
            *state = context_state(m, n, slice_qp);
        }
    }
}

impl Decoder<'_> {
    /// Initialises the decoding engine (9.3.1.2) at the current position: `codIOffset` takes
    /// the next 9 bits. False when it is 510 or 511 (not allowed).
    pub(super) fn init_decoder(&mut self) -> bool {
        self.range = 510;
        self.refill();
        self.value <<= 9;
        self.ahead -= 9;
        (self.value >> OFFSET_SHIFT) < 510
    }

    /// Bits read so far (position of the next unread bit).
    pub(super) fn position(&self) -> usize {
        self.next * 8 - self.ahead as usize
    }

    /// Restarts reading at byte-aligned bit `pos` (rounded down to a byte), with no
    /// `codIOffset` (call [`init_decoder`](Self::init_decoder) next). I_PCM samples are
    /// skipped this way.
    pub(super) fn set_position(&mut self, pos: usize) {
        self.next = pos / 8;
        self.value = 0;
        self.ahead = 0;
    }

    /// True when the engine has read beyond the end of the data.
    pub(super) fn overrun(&self) -> bool {
        self.position() > self.data.len() * 8
    }

    /// Loads whole bytes below the look-ahead (zeros past the end of the data).
    #[inline(always)]
    fn refill(&mut self) {
        let take = (OFFSET_SHIFT - self.ahead) / 8;
        let bits = 8 * take;
        let word = match self
            .data
            .get(self.next..)
            .and_then(|rest| rest.first_chunk::<8>())
        {
            Some(&bytes) => u64::from_be_bytes(bytes) >> (64 - bits),
            None => (0..take as usize).fold(0u64, |word, i| {
                (word << 8) | u64::from(self.data.get(self.next + i).copied().unwrap_or(0))
            }),
        };
        self.value |= word << (OFFSET_SHIFT - self.ahead - bits);
        self.ahead += bits;
        self.next += take as usize;
    }

    /// DecodeDecision (9.3.3.2.1) with context `ctx_idx`, renormalisation included.
    ///
    /// The MPS and LPS outcomes are separate branches. A branch-free form (selecting the new
    /// `codIRange` and shift with conditional moves) executes fewer instructions but runs
    /// slower: it puts the comparison with `codIOffset` on the critical path of every bin,
    /// where a predicted branch lets the next bin start from `codIRange` alone.
    #[inline(always)]
    pub(super) fn decision(&mut self, ctx: &mut Contexts, ctx_idx: usize) -> u32 {
        if self.ahead < MIN_AHEAD {
            self.refill();
        }
        debug_assert!(ctx_idx < NUM_CTX);
        // The mask keeps the index inside the array (no bounds check); every ctxIdx the
        // parsers pass is below NUM_CTX ≤ CTX_SLOTS.
        let slot = &mut ctx[ctx_idx & (CTX_SLOTS - 1)];
        let state = *slot;
        let lps_range =
            (LPS_BY_STATE[usize::from(state)] >> ((self.range >> 2) & 0x30)) as u32 & 0xff;
        let mps_range = self.range - lps_range;
        let scaled = u64::from(mps_range) << OFFSET_SHIFT;
        if self.value < scaled {
            // MPS: codIRange is at least 128 after it (in quarter q, codIRange ≥ 256 + 64·q
            // and rangeTabLPS ≤ 128 + 64·q), one shift at most.
            let shift = u32::from(mps_range < 256);
            *slot = NEXT_STATE[usize::from(state)];
            self.range = mps_range << shift;
            self.value <<= shift;
            self.ahead -= shift;
            u32::from(state & 1)
        } else {
            // LPS: rangeTabLPS (6..=240) renormalised to 9 bits.
            let next = !state;
            let shift = (lps_range | 1).leading_zeros() - 23;
            *slot = NEXT_STATE[usize::from(next)];
            self.range = lps_range << shift;
            self.value = (self.value - scaled) << shift;
            self.ahead -= shift;
            u32::from(next & 1)
        }
    }

    /// DecodeBypass (9.3.3.2.3).
    #[inline(always)]
    pub(super) fn bypass(&mut self) -> u32 {
        if self.ahead < MIN_AHEAD {
            self.refill();
        }
        self.value <<= 1;
        self.ahead -= 1;
        let scaled = u64::from(self.range) << OFFSET_SHIFT;
        let one = self.value >= scaled;
        self.value -= scaled & 0u64.wrapping_sub(u64::from(one));
        u32::from(one)
    }

    /// DecodeTerminate (9.3.3.2.2.3): 1 ends the slice (or announces I_PCM), without
    /// renormalisation.
    pub(super) fn terminate(&mut self) -> u32 {
        if self.ahead < MIN_AHEAD {
            self.refill();
        }
        self.range -= 2;
        if self.value >= u64::from(self.range) << OFFSET_SHIFT {
            1
        } else {
            if self.range < 256 {
                self.range <<= 1;
                self.value <<= 1;
                self.ahead -= 1;
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
        engine.set_position(32);
        assert!(engine.overrun());
    }

    /// The decoder of 9.3.3.2 as written: 9-bit codIOffset, one bit read per shift.
    struct Reference<'a> {
        data: &'a [u8],
        pos: usize,
        range: u32,
        offset: u32,
        ctx: Vec<u8>,
    }

    impl Reference<'_> {
        fn bit(&mut self) -> u32 {
            let bit = self
                .data
                .get(self.pos / 8)
                .map_or(0, |b| (b >> (7 - self.pos % 8)) & 1);
            self.pos += 1;
            u32::from(bit)
        }

        fn renorm(&mut self) {
            while self.range < 256 {
                self.range <<= 1;
                self.offset = (self.offset << 1) | self.bit();
            }
        }

        fn decision(&mut self, i: usize) -> u32 {
            let (state, mps) = (usize::from(self.ctx[i] >> 1), u32::from(self.ctx[i] & 1));
            let lps = u32::from(RANGE_LPS[state][((self.range >> 6) & 3) as usize]);
            self.range -= lps;
            let bin = if self.offset >= self.range {
                self.offset -= self.range;
                self.range = lps;
                let new_mps = if state == 0 { 1 - mps } else { mps };
                self.ctx[i] = (TRANS_IDX_LPS[state] << 1) | new_mps as u8;
                1 - mps
            } else {
                self.ctx[i] = ((state.min(61) as u8 + 1) << 1) | mps as u8;
                mps
            };
            self.renorm();
            bin
        }

        fn bypass(&mut self) -> u32 {
            self.offset = (self.offset << 1) | self.bit();
            if self.offset >= self.range {
                self.offset -= self.range;
                1
            } else {
                0
            }
        }
    }

    #[test]
    fn matches_the_bit_serial_decoder_of_the_standard() {
        // Pseudo-random data and a pseudo-random mix of contexts and bypass bins.
        let mut seed = 0x1234_5678u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        let data: Vec<u8> = (0..400).map(|_| next() as u8).collect();
        let mut data = data;
        data[0] &= 0x7f; // first codIOffset below 510
        let mut engine = Engine::new(&data, 0);
        engine.init_contexts(30, 1);
        let mut reference = Reference {
            data: &data,
            pos: 9,
            range: 510,
            offset: (u32::from(data[0]) << 1) | u32::from(data[1] >> 7),
            ctx: engine.ctx.to_vec(),
        };
        assert!(engine.init_decoder());
        for step in 0..2500 {
            let pick = next();
            let (got, want) = if pick % 4 == 0 {
                (engine.bypass(), reference.bypass())
            } else {
                let i = (pick as usize >> 3) % 40;
                (engine.decision(i), reference.decision(i))
            };
            assert_eq!(got, want, "bin {step}");
            assert_eq!(
                engine.position(),
                reference.pos,
                "position after bin {step}"
            );
        }
        assert!(engine.position() > 400 * 8 / 2);
    }

    #[test]
    fn invalid_first_offset_is_refused() {
        let mut engine = Engine::new(&[0xff, 0xff], 0);
        assert!(!engine.init_decoder());
    }
}
