//! Bit reader over an escaped NAL unit payload (EBSP), with exp-Golomb codes.
//!
//! Emulation prevention bytes (`00 00 03` → `00 00`) are dropped while reading, so callers
//! never allocate an unescaped copy; [`unescape`] exists for callers that want the RBSP.

use super::{H264Error, Result};

/// Reads bits MSB first from an escaped NAL unit payload (without the NAL header byte).
#[derive(Debug, Clone)]
pub struct BitReader<'a> {
    data: &'a [u8],
    /// Next byte of `data` to load.
    pos: usize,
    /// Consecutive zero bytes just loaded (for emulation prevention).
    zeros: u8,
    /// Bits loaded but not consumed, left-aligned in the low `avail` bits.
    cache: u64,
    avail: u32,
    /// RBSP bytes loaded so far (emulation prevention bytes not counted).
    loaded: usize,
}

impl<'a> BitReader<'a> {
    /// A reader at the first bit of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Self {
            data,
            pos: 0,
            zeros: 0,
            cache: 0,
            avail: 0,
            loaded: 0,
        }
    }

    /// Loads the next RBSP byte, skipping an emulation prevention byte. False at the end.
    fn load_byte(&mut self) -> bool {
        let Some(&first) = self.data.get(self.pos) else {
            return false;
        };
        let mut byte = first;
        self.pos += 1;
        if self.zeros >= 2 && byte == 0x03 {
            self.zeros = 0;
            match self.data.get(self.pos) {
                Some(&b) => {
                    byte = b;
                    self.pos += 1;
                }
                None => return false,
            }
        }
        self.zeros = if byte == 0 {
            self.zeros.saturating_add(1)
        } else {
            0
        };
        self.cache = (self.cache << 8) | u64::from(byte);
        self.avail += 8;
        self.loaded += 1;
        true
    }

    /// RBSP bits consumed so far (emulation prevention bytes not counted): the bit offset of
    /// the next syntax element in [`unescape`]d data.
    pub fn rbsp_position(&self) -> usize {
        self.loaded * 8 - self.avail as usize
    }

    /// `more_rbsp_data()` (7.2): true while a syntax element is left before the
    /// `rbsp_stop_one_bit` (the last set bit of the payload).
    pub fn more_rbsp_data(&self) -> bool {
        let mut probe = self.clone();
        let mut last_one = None;
        let start = probe.rbsp_position();
        let mut pos = start;
        while let Ok(bit) = probe.read_bits(1, "more_rbsp_data") {
            if bit == 1 {
                last_one = Some(pos);
            }
            pos += 1;
        }
        last_one.is_some_and(|stop| stop > start)
    }

    /// Reads `n` (≤ 32) bits as an unsigned number.
    pub fn read_bits(&mut self, n: u32, what: &'static str) -> Result<u32> {
        if n > 32 {
            return Err(H264Error::OutOfRange {
                field: "bit count",
                value: i64::from(n),
            });
        }
        if n == 0 {
            return Ok(0);
        }
        while self.avail < n {
            if !self.load_byte() {
                return Err(H264Error::Truncated(what));
            }
        }
        self.avail -= n;
        let value = (self.cache >> self.avail) & ((1u64 << n) - 1);
        self.cache &= (1u64 << self.avail) - 1;
        // `value` has at most 32 significant bits.
        Ok(u32::try_from(value).unwrap_or(u32::MAX))
    }

    /// Reads one bit as a flag.
    pub fn read_flag(&mut self, what: &'static str) -> Result<bool> {
        Ok(self.read_bits(1, what)? == 1)
    }

    /// Reads an 8-bit unsigned number.
    pub fn read_u8(&mut self, what: &'static str) -> Result<u8> {
        Ok(u8::try_from(self.read_bits(8, what)?).unwrap_or(u8::MAX))
    }

    /// Skips `n` bits.
    pub fn skip_bits(&mut self, mut n: u32, what: &'static str) -> Result<()> {
        while n > 0 {
            let step = n.min(32);
            self.read_bits(step, what)?;
            n -= step;
        }
        Ok(())
    }

    /// Reads an unsigned exp-Golomb code `ue(v)` (values up to 2^32 − 2).
    pub fn read_ue(&mut self, what: &'static str) -> Result<u32> {
        let mut leading = 0u32;
        while !self.read_flag(what)? {
            leading += 1;
            if leading > 31 {
                return Err(H264Error::ExpGolombTooLong(what));
            }
        }
        if leading == 0 {
            return Ok(0);
        }
        let rest = self.read_bits(leading, what)?;
        // (1 << leading) - 1 + rest ≤ 2^32 − 2 for leading ≤ 31.
        let base = (1u64 << leading) - 1;
        u32::try_from(base + u64::from(rest)).map_err(|_| H264Error::ExpGolombTooLong(what))
    }

    /// Reads a signed exp-Golomb code `se(v)`.
    pub fn read_se(&mut self, what: &'static str) -> Result<i32> {
        let k = i64::from(self.read_ue(what)?);
        let value = if k % 2 == 1 { (k + 1) / 2 } else { -(k / 2) };
        i32::try_from(value).map_err(|_| H264Error::OutOfRange { field: what, value })
    }

    /// Reads `ue(v)` and checks it is at most `max`.
    pub fn read_ue_max(&mut self, what: &'static str, max: u32) -> Result<u32> {
        let v = self.read_ue(what)?;
        if v > max {
            return Err(H264Error::OutOfRange {
                field: what,
                value: i64::from(v),
            });
        }
        Ok(v)
    }

    /// Reads `se(v)` and checks it lies in `min..=max`.
    pub fn read_se_range(&mut self, what: &'static str, min: i32, max: i32) -> Result<i32> {
        let v = self.read_se(what)?;
        if v < min || v > max {
            return Err(H264Error::OutOfRange {
                field: what,
                value: i64::from(v),
            });
        }
        Ok(v)
    }
}

/// Removes emulation prevention bytes: the RBSP of an escaped payload.
pub fn unescape(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    unescape_into(data, &mut out);
    out
}

/// Appends the RBSP of `data` (emulation prevention bytes removed) to `out`.
///
/// An emulation prevention byte is a `0x03` right after two zero bytes of the RBSP. Those
/// zeros are never removed bytes (which are `0x03`), so it is a `0x03` after two zero bytes
/// of `data`. The scan steps over three bytes at a time whenever it sees a byte that is neither
/// `0x00` nor `0x03` (no such sequence can end at it or at either of the next two bytes), and
/// copies the runs between emulation prevention bytes whole: slice data is mostly non-zero,
/// and a byte-at-a-time copy showed in profiles.
pub fn unescape_into(data: &[u8], out: &mut Vec<u8>) {
    out.reserve(data.len());
    // data[..copied] is handled.
    let mut copied = 0;
    let mut i = 2;
    while let Some(&byte) = data.get(i) {
        if byte == 0 {
            i += 1;
            continue;
        }
        if byte == 3 && data[i - 2] == 0 && data[i - 1] == 0 {
            out.extend_from_slice(&data[copied..i]);
            copied = i + 1;
        }
        i += 3;
    }
    out.extend_from_slice(data.get(copied..).unwrap_or(&[]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bits_and_exp_golomb() {
        // 1 | 010 | 011 | 00100 | 00101 | 0001000 ... : ue 0, 1, 2, 3, 4, 7
        // bits: 1 010 011 00100 00101 0001000 + padding
        let bits = "1010011001000010100010000";
        let mut bytes = vec![0u8; bits.len().div_ceil(8)];
        for (i, c) in bits.chars().enumerate() {
            if c == '1' {
                bytes[i / 8] |= 0x80 >> (i % 8);
            }
        }
        let mut r = BitReader::new(&bytes);
        let got: Vec<u32> = (0..6).map(|_| r.read_ue("t").unwrap()).collect();
        assert_eq!(got, vec![0, 1, 2, 3, 4, 7]);
    }

    #[test]
    fn signed_exp_golomb() {
        // ue 1 → +1, ue 2 → −1, ue 3 → +2, ue 4 → −2: 010 011 00100 00101
        let mut r = BitReader::new(&[0b0100_1100, 0b1000_0101]);
        assert_eq!(r.read_se("a").unwrap(), 1);
        assert_eq!(r.read_se("b").unwrap(), -1);
        assert_eq!(r.read_se("c").unwrap(), 2);
        assert_eq!(r.read_se("d").unwrap(), -2);
    }

    #[test]
    fn drops_emulation_prevention_bytes() {
        let escaped = [0x00, 0x00, 0x03, 0x01, 0xff, 0x00, 0x00, 0x03];
        assert_eq!(unescape(&escaped), vec![0x00, 0x00, 0x01, 0xff, 0x00, 0x00]);
        let mut r = BitReader::new(&escaped);
        assert_eq!(r.read_bits(32, "x").unwrap(), 0x0000_01ff);
        assert_eq!(r.read_bits(16, "y").unwrap(), 0);
        assert_eq!(r.read_bits(1, "z"), Err(H264Error::Truncated("z")));
    }

    /// `unescape_into` as 7.3.1 reads: a byte at a time, counting the zeros of the RBSP.
    fn unescape_bytewise(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut zeros = 0u8;
        for &byte in data {
            if zeros >= 2 && byte == 0x03 {
                zeros = 0;
                continue;
            }
            zeros = if byte == 0 {
                zeros.saturating_add(1)
            } else {
                0
            };
            out.push(byte);
        }
        out
    }

    #[test]
    fn unescape_matches_the_bytewise_definition() {
        // Every sequence of up to 8 bytes from {0, 1, 3, 0x80}, where zero runs, back-to-back
        // 0x03 and emulation prevention bytes at either end occur in all arrangements.
        let alphabet = [0x00u8, 0x01, 0x03, 0x80];
        for len in 0..=8u32 {
            for code in 0..4usize.pow(len) {
                let data: Vec<u8> = (0..len).map(|k| alphabet[(code >> (2 * k)) & 3]).collect();
                assert_eq!(unescape(&data), unescape_bytewise(&data), "{data:02x?}");
            }
        }
    }

    #[test]
    fn too_long_exp_golomb_is_an_error() {
        let mut r = BitReader::new(&[0, 0, 0, 0, 0, 1]);
        assert_eq!(r.read_ue("v"), Err(H264Error::ExpGolombTooLong("v")));
        // 31 leading zeros then 1 and 31 ones: the largest code, 2^32 − 2.
        let mut r = BitReader::new(&[0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff]);
        assert_eq!(r.read_ue("v").unwrap(), u32::MAX - 1);
        assert!(BitReader::new(&[]).read_flag("f").is_err());
    }

    #[test]
    fn position_and_more_rbsp_data() {
        // 0x00 0x00 0x03 0x80: the EPB is not counted; 0x80 is only the stop bit.
        let escaped = [0x00, 0x00, 0x03, 0x80];
        let mut r = BitReader::new(&escaped);
        assert!(r.more_rbsp_data());
        r.read_bits(16, "zeros").unwrap();
        assert_eq!(r.rbsp_position(), 16);
        assert!(!r.more_rbsp_data());
        let mut r = BitReader::new(&[0b1010_0000]);
        r.read_flag("a").unwrap();
        assert!(r.more_rbsp_data());
        r.read_flag("b").unwrap();
        assert!(!r.more_rbsp_data());
    }
}
