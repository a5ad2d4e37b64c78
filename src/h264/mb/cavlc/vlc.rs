//! Table-driven decoding of the CAVLC prefix codes: one lookup on the next `root` bits, and
//! for longer codes one more lookup in a second-level table.

use std::sync::OnceLock;

use super::reader::Reader;
use super::tables;

/// Bits of the first-level lookup (codes up to this length decode in one step).
const ROOT_BITS: u32 = 8;
/// Entry flag: the entry points to a second-level table.
const SUB_TABLE: u32 = 1 << 8;

/// A prefix code as lookup tables. An entry is 0 (no code), `length | value << 16`, or
/// `SUB_TABLE | sub_bits | offset << 16`.
#[derive(Debug)]
pub(super) struct Vlc {
    root: u32,
    entries: Vec<u32>,
}

impl Vlc {
    /// Builds the tables of the codes `(length, code, value)` (length 0: skipped).
    fn new(codes: &[(u8, u16, u16)]) -> Self {
        let codes: Vec<(u32, u32, u32)> = codes
            .iter()
            .filter(|c| c.0 > 0)
            .map(|&(len, code, value)| (u32::from(len), u32::from(code), u32::from(value)))
            .collect();
        let max_len = codes.iter().map(|c| c.0).max().unwrap_or(1);
        let root = max_len.min(ROOT_BITS);
        let mut entries = vec![0u32; 1 << root];
        // Second-level table width per first-level prefix.
        let mut sub_bits = vec![0u32; 1 << root];
        for &(len, code, _) in &codes {
            if len > root {
                let prefix = (code >> (len - root)) as usize;
                sub_bits[prefix] = sub_bits[prefix].max(len - root);
            }
        }
        for (prefix, &bits) in sub_bits.iter().enumerate() {
            if bits > 0 {
                entries[prefix] = SUB_TABLE | bits | ((entries.len() as u32) << 16);
                entries.resize(entries.len() + (1 << bits), 0);
            }
        }
        for &(len, code, value) in &codes {
            let entry = len | value << 16;
            let (start, count) = if len <= root {
                ((code << (root - len)) as usize, 1usize << (root - len))
            } else {
                let prefix = (code >> (len - root)) as usize;
                let bits = sub_bits[prefix];
                let offset = (entries[prefix] >> 16) as usize;
                let rest = code & ((1 << (len - root)) - 1);
                let shift = bits - (len - root);
                (offset + (rest << shift) as usize, 1usize << shift)
            };
            for slot in &mut entries[start..start + count] {
                debug_assert!(*slot == 0, "CAVLC table is not a prefix code");
                *slot = entry;
            }
        }
        Self { root, entries }
    }

    /// Decodes one code; `None` if the next bits are no code of the table.
    #[inline]
    pub(super) fn decode(&self, r: &mut Reader<'_>) -> Option<u32> {
        let bits = r.peek32();
        let mut entry = *self.entries.get((bits >> (32 - self.root)) as usize)?;
        if entry & SUB_TABLE != 0 {
            let sub = entry & 0xff;
            let index = (entry >> 16) + ((bits << self.root) >> (32 - sub));
            entry = *self.entries.get(index as usize)?;
        }
        let len = entry & 0xff;
        if len == 0 {
            return None;
        }
        r.skip(len);
        Some(entry >> 16)
    }
}

/// All CAVLC lookup tables.
#[derive(Debug)]
pub(super) struct Tables {
    /// `coeff_token` for nC in 0..2, 2..4, 4..8; value `TotalCoeff << 2 | TrailingOnes`.
    pub(super) coeff_token: [Vlc; 3],
    /// `coeff_token` for the 4:2:0 chroma DC block (nC = −1).
    pub(super) coeff_token_chroma_dc: Vlc,
    /// `total_zeros` of 4x4 blocks, by `tzVlcIndex - 1`.
    pub(super) total_zeros: [Vlc; 15],
    /// `total_zeros` of the 4:2:0 chroma DC block, by `tzVlcIndex - 1`.
    pub(super) total_zeros_chroma_dc: [Vlc; 3],
    /// `run_before`, by `min(zerosLeft, 7) - 1`.
    pub(super) run_before: [Vlc; 7],
}

/// The tables, built on first use.
pub(super) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        coeff_token: [
            coeff_token(&tables::COEFF_TOKEN_0_2),
            coeff_token(&tables::COEFF_TOKEN_2_4),
            coeff_token(&tables::COEFF_TOKEN_4_8),
        ],
        coeff_token_chroma_dc: coeff_token(&tables::COEFF_TOKEN_CHROMA_DC),
        total_zeros: std::array::from_fn(|i| by_index(tables::TOTAL_ZEROS_4X4[i])),
        total_zeros_chroma_dc: std::array::from_fn(|i| by_index(tables::TOTAL_ZEROS_CHROMA_DC[i])),
        run_before: std::array::from_fn(|i| by_index(tables::RUN_BEFORE[i])),
    })
}

/// A `coeff_token` table `[TotalCoeff][TrailingOnes]`.
fn coeff_token(table: &[[(u8, u16); 4]]) -> Vlc {
    let mut codes = Vec::new();
    for (total, row) in table.iter().enumerate() {
        for (ones, &(len, code)) in row.iter().enumerate() {
            codes.push((len, code, (total << 2 | ones) as u16));
        }
    }
    Vlc::new(&codes)
}

/// A table whose value is the index of the code.
fn by_index(table: &[(u8, u16)]) -> Vlc {
    let codes: Vec<_> = table
        .iter()
        .enumerate()
        .map(|(value, &(len, code))| (len, code, value as u16))
        .collect();
    Vlc::new(&codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code of `table` decodes to its value and consumes exactly its length.
    fn round_trip(vlc: &Vlc, codes: &[(u8, u16, u32)]) {
        for &(len, code, value) in codes.iter().filter(|c| c.0 > 0) {
            // The code, then ones so that a wrong length shows.
            let word = (u32::from(code) << (32 - len)) | (u32::MAX >> len);
            let bytes = word.to_be_bytes();
            let mut r = Reader::new(&bytes, 0);
            assert_eq!(vlc.decode(&mut r), Some(value), "code {code:b}/{len}");
            assert_eq!(r.position(), usize::from(len));
        }
    }

    #[test]
    fn every_code_decodes_to_its_value() {
        let t = tables();
        let token = |table: &[[(u8, u16); 4]]| -> Vec<(u8, u16, u32)> {
            let mut v = Vec::new();
            for (total, row) in table.iter().enumerate() {
                for (ones, &(len, code)) in row.iter().enumerate() {
                    v.push((len, code, (total << 2 | ones) as u32));
                }
            }
            v
        };
        let indexed = |table: &[(u8, u16)]| -> Vec<(u8, u16, u32)> {
            table
                .iter()
                .enumerate()
                .map(|(i, &(l, c))| (l, c, i as u32))
                .collect()
        };
        round_trip(&t.coeff_token[0], &token(&tables::COEFF_TOKEN_0_2));
        round_trip(&t.coeff_token[1], &token(&tables::COEFF_TOKEN_2_4));
        round_trip(&t.coeff_token[2], &token(&tables::COEFF_TOKEN_4_8));
        round_trip(
            &t.coeff_token_chroma_dc,
            &token(&tables::COEFF_TOKEN_CHROMA_DC),
        );
        for (vlc, table) in t.total_zeros.iter().zip(tables::TOTAL_ZEROS_4X4) {
            round_trip(vlc, &indexed(table));
        }
        for (vlc, table) in t
            .total_zeros_chroma_dc
            .iter()
            .zip(tables::TOTAL_ZEROS_CHROMA_DC)
        {
            round_trip(vlc, &indexed(table));
        }
        for (vlc, table) in t.run_before.iter().zip(tables::RUN_BEFORE) {
            round_trip(vlc, &indexed(table));
        }
    }

    #[test]
    fn invalid_code_is_none() {
        // coeff_token for 0 <= nC < 2 has no code of 15 zeros.
        let mut r = Reader::new(&[0, 0, 0, 0], 0);
        assert_eq!(tables().coeff_token[0].decode(&mut r), None);
        assert_eq!(r.position(), 0);
    }
}
