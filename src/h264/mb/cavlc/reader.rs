//! Bit reader for CAVLC slice data, built for speed: reading past the end yields zero bits
//! instead of an error, so no syntax element returns a `Result`. The slice parser compares the
//! position with the end of the slice data after every macroblock, which catches any overrun.

/// Reads an unescaped RBSP MSB first.
#[derive(Debug, Clone)]
pub(super) struct Reader<'a> {
    data: &'a [u8],
    /// Bit position of the next syntax element.
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at bit `pos` of `data`.
    pub(super) fn new(data: &'a [u8], pos: usize) -> Self {
        Self { data, pos }
    }

    /// Bit position of the next syntax element.
    pub(super) fn position(&self) -> usize {
        self.pos
    }

    /// The next 64 bits, MSB first; at least the first 57 are exact (zeros past the end).
    #[inline]
    fn peek64(&self) -> u64 {
        let byte = self.pos >> 3;
        let word = match self
            .data
            .get(byte..)
            .and_then(|rest| rest.first_chunk::<8>())
        {
            Some(chunk) => u64::from_be_bytes(*chunk),
            None => self.peek_tail(byte),
        };
        word << (self.pos & 7)
    }

    /// `peek64` within the last 8 bytes, zero padded.
    #[cold]
    fn peek_tail(&self, byte: usize) -> u64 {
        let mut buf = [0u8; 8];
        for (dst, src) in buf.iter_mut().zip(self.data.get(byte..).unwrap_or(&[])) {
            *dst = *src;
        }
        u64::from_be_bytes(buf)
    }

    /// The next 32 bits, MSB first (zeros past the end).
    #[inline]
    pub(super) fn peek32(&self) -> u32 {
        (self.peek64() >> 32) as u32
    }

    /// Skips `n` bits.
    #[inline]
    pub(super) fn skip(&mut self, n: u32) {
        self.pos += n as usize;
    }

    /// Reads `n` (≤ 32) bits as an unsigned number.
    #[inline]
    pub(super) fn bits(&mut self, n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        let n = n.min(32);
        let value = (self.peek64() >> (64 - n)) as u32;
        self.pos += n as usize;
        value
    }

    /// Reads one bit.
    #[inline]
    pub(super) fn flag(&mut self) -> bool {
        self.bits(1) == 1
    }

    /// Reads `ue(v)`; `None` for codes of more than 28 leading zeros (values ≥ 2^28, which no
    /// slice data syntax element can have).
    #[inline]
    pub(super) fn ue(&mut self) -> Option<u32> {
        let word = self.peek64();
        let zeros = word.leading_zeros();
        if zeros > 28 {
            return None;
        }
        let len = 2 * zeros + 1;
        self.pos += len as usize;
        Some(((word >> (64 - len)) - 1) as u32)
    }

    /// Reads `se(v)`.
    #[inline]
    pub(super) fn se(&mut self) -> Option<i32> {
        let k = self.ue()?;
        // k < 2^28, so both conversions are exact.
        let half = (k >> 1) as i32;
        Some(if k & 1 == 1 { half + 1 } else { -half })
    }

    /// Skips to the next byte boundary.
    pub(super) fn align(&mut self) {
        self.pos = self.pos.next_multiple_of(8);
    }
}

/// Position of the `rbsp_stop_one_bit` (the last set bit of `data`), or `None` if every bit is 0.
pub(super) fn stop_bit_position(data: &[u8]) -> Option<usize> {
    let (index, &byte) = data.iter().enumerate().rev().find(|(_, b)| **b != 0)?;
    Some(index * 8 + 7 - byte.trailing_zeros() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_golomb_and_bits() {
        // 1 | 010 | 011 | 00100 | 00101 (ue 0 1 2 3 4) then se: 010 (+1) 011 (−1).
        let bits = "1010011001000010101001100000";
        let mut bytes = vec![0u8; bits.len().div_ceil(8)];
        for (i, c) in bits.chars().enumerate() {
            if c == '1' {
                bytes[i / 8] |= 0x80 >> (i % 8);
            }
        }
        let mut r = Reader::new(&bytes, 0);
        let got: Vec<u32> = (0..5).map(|_| r.ue().unwrap()).collect();
        assert_eq!(got, vec![0, 1, 2, 3, 4]);
        assert_eq!(r.se(), Some(1));
        assert_eq!(r.se(), Some(-1));
        assert_eq!(r.position(), 23);
        r.align();
        assert_eq!(r.position(), 24);
        // Past the end: zeros, and an overlong ue(v).
        assert_eq!(r.bits(20), 0);
        assert_eq!(r.ue(), None);
    }

    #[test]
    fn reads_across_the_tail() {
        let data = [0xab, 0xcd, 0xef];
        let mut r = Reader::new(&data, 4);
        assert_eq!(r.bits(12), 0xbcd);
        assert_eq!(r.peek32(), 0xef00_0000);
        assert_eq!(r.bits(4), 0xe);
        assert!(r.flag());
    }

    #[test]
    fn finds_the_stop_bit() {
        assert_eq!(stop_bit_position(&[0x12, 0x80, 0x00]), Some(8));
        assert_eq!(stop_bit_position(&[0x01]), Some(7));
        assert_eq!(stop_bit_position(&[0x00, 0x00]), None);
        assert_eq!(stop_bit_position(&[]), None);
    }
}
