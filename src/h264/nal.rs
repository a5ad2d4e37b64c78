//! NAL units: splitting access units into NAL units, and the NAL unit header.

use super::{H264Error, Result};

/// `nal_unit_type` values (Table 7-1) that this crate cares about; others are `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NalUnitType {
    /// 1: coded slice of a non-IDR picture.
    Slice,
    /// 2: coded slice data partition A.
    SliceDataA,
    /// 3: coded slice data partition B.
    SliceDataB,
    /// 4: coded slice data partition C.
    SliceDataC,
    /// 5: coded slice of an IDR picture.
    IdrSlice,
    /// 6: supplemental enhancement information.
    Sei,
    /// 7: sequence parameter set.
    Sps,
    /// 8: picture parameter set.
    Pps,
    /// 9: access unit delimiter.
    AccessUnitDelimiter,
    /// 10: end of sequence.
    EndOfSequence,
    /// 11: end of stream.
    EndOfStream,
    /// 12: filler data.
    Filler,
    /// Any other value (extensions, reserved, unspecified).
    Other(u8),
}

impl NalUnitType {
    /// The type of a 5-bit `nal_unit_type` value.
    pub fn from_u8(value: u8) -> Self {
        match value & 0x1f {
            1 => Self::Slice,
            2 => Self::SliceDataA,
            3 => Self::SliceDataB,
            4 => Self::SliceDataC,
            5 => Self::IdrSlice,
            6 => Self::Sei,
            7 => Self::Sps,
            8 => Self::Pps,
            9 => Self::AccessUnitDelimiter,
            10 => Self::EndOfSequence,
            11 => Self::EndOfStream,
            12 => Self::Filler,
            other => Self::Other(other),
        }
    }

    /// The 5-bit `nal_unit_type` value.
    pub fn as_u8(self) -> u8 {
        match self {
            Self::Slice => 1,
            Self::SliceDataA => 2,
            Self::SliceDataB => 3,
            Self::SliceDataC => 4,
            Self::IdrSlice => 5,
            Self::Sei => 6,
            Self::Sps => 7,
            Self::Pps => 8,
            Self::AccessUnitDelimiter => 9,
            Self::EndOfSequence => 10,
            Self::EndOfStream => 11,
            Self::Filler => 12,
            Self::Other(v) => v,
        }
    }

    /// True for coded slices of the primary picture (types 1 and 5) and partition A (2).
    pub fn is_slice(self) -> bool {
        matches!(self, Self::Slice | Self::IdrSlice | Self::SliceDataA)
    }
}

/// The one-byte NAL unit header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NalHeader {
    /// `nal_ref_idc` (0 = not used for reference).
    pub ref_idc: u8,
    /// `nal_unit_type`.
    pub unit_type: NalUnitType,
}

impl NalHeader {
    /// Parses the header from the first byte of a NAL unit.
    pub fn parse(nal: &[u8]) -> Result<Self> {
        let &byte = nal.first().ok_or(H264Error::EmptyNal)?;
        if byte & 0x80 != 0 {
            return Err(H264Error::ForbiddenZeroBit(byte));
        }
        Ok(Self {
            ref_idc: (byte >> 5) & 0x03,
            unit_type: NalUnitType::from_u8(byte & 0x1f),
        })
    }
}

/// Iterator over the NAL units of an Annex-B byte stream, see [`split_annex_b`].
#[derive(Debug, Clone)]
pub struct AnnexBNals<'a> {
    data: &'a [u8],
    /// Start of the next NAL unit payload, if any.
    next: Option<usize>,
}

/// Position just after the next `00 00 01` start code at or after `from`.
fn find_start_code(data: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Look at the third byte of each candidate: anything above 1 rules out three positions.
    while i + 2 < data.len() {
        let third = data[i + 2];
        if third > 1 {
            i += 3;
        } else if third == 1 {
            if data[i] == 0 && data[i + 1] == 0 {
                return Some(i + 3);
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    None
}

impl<'a> Iterator for AnnexBNals<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        loop {
            let start = self.next?;
            let (end, next) = match find_start_code(self.data, start) {
                Some(after) => (after - 3, Some(after)),
                None => (self.data.len(), None),
            };
            self.next = next;
            // Trailing zero bytes belong to the next 4-byte start code or to trailing_zero_8bits.
            let mut nal = self.data.get(start..end).unwrap_or(&[]);
            while let [rest @ .., 0] = nal {
                nal = rest;
            }
            if !nal.is_empty() {
                return Some(nal);
            }
        }
    }
}

/// Splits an Annex-B byte stream (3- or 4-byte start codes) into NAL units, without the
/// start codes and trailing zero bytes. Bytes before the first start code are skipped; empty
/// units are not returned.
pub fn split_annex_b(data: &[u8]) -> AnnexBNals<'_> {
    AnnexBNals {
        data,
        next: find_start_code(data, 0),
    }
}

/// Iterator over length-prefixed NAL units, see [`split_length_prefixed`].
#[derive(Debug, Clone)]
pub struct LengthPrefixedNals<'a> {
    data: &'a [u8],
    length_size: usize,
    failed: bool,
}

impl<'a> Iterator for LengthPrefixedNals<'a> {
    type Item = Result<&'a [u8]>;

    fn next(&mut self) -> Option<Result<&'a [u8]>> {
        if self.failed || self.data.is_empty() {
            return None;
        }
        if !(1..=4).contains(&self.length_size) {
            self.failed = true;
            return Some(Err(H264Error::InvalidLengthSize(self.length_size)));
        }
        let Some((prefix, rest)) = self.data.split_at_checked(self.length_size) else {
            self.failed = true;
            return Some(Err(H264Error::LengthOverrun {
                len: self.length_size,
                remaining: self.data.len(),
            }));
        };
        let len = prefix
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        let Some((nal, rest)) = rest.split_at_checked(len) else {
            self.failed = true;
            return Some(Err(H264Error::LengthOverrun {
                len,
                remaining: rest.len(),
            }));
        };
        self.data = rest;
        Some(Ok(nal))
    }
}

/// Splits a length-prefixed (AVCC, `avc`/`avc3` stream-format) access unit into NAL units.
/// `length_size` is `lengthSizeMinusOne + 1` from the `avcC` box (1, 2 or 4; 3 is accepted).
/// A length that overruns the buffer yields one error and ends the iteration.
pub fn split_length_prefixed(data: &[u8], length_size: usize) -> LengthPrefixedNals<'_> {
    LengthPrefixedNals {
        data,
        length_size,
        failed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_annex_b_with_3_and_4_byte_start_codes() {
        let data = [
            0xaa, 0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 0, 1, 0x65, 0, 0, 3, 1, 0,
        ];
        let nals: Vec<&[u8]> = split_annex_b(&data).collect();
        assert_eq!(
            nals,
            vec![&[0x67, 1, 2][..], &[0x68, 3][..], &[0x65, 0, 0, 3, 1][..]]
        );
        assert_eq!(split_annex_b(&[0, 0, 1]).count(), 0);
        assert_eq!(split_annex_b(&[1, 2, 3]).count(), 0);
        assert_eq!(split_annex_b(&[]).count(), 0);
    }

    #[test]
    fn splits_length_prefixed() {
        let data = [0, 0, 0, 2, 0x67, 1, 0, 0, 0, 1, 0x68];
        let nals: Vec<_> = split_length_prefixed(&data, 4).collect();
        assert_eq!(nals, vec![Ok(&[0x67, 1][..]), Ok(&[0x68][..])]);
        let nals: Vec<_> = split_length_prefixed(&[0, 2, 9, 9, 0, 1, 7], 2).collect();
        assert_eq!(nals, vec![Ok(&[9, 9][..]), Ok(&[7][..])]);
        let nals: Vec<_> = split_length_prefixed(&[1, 5, 3, 1, 2], 1).collect();
        assert_eq!(
            nals,
            vec![
                Ok(&[5][..]),
                Err(H264Error::LengthOverrun {
                    len: 3,
                    remaining: 2
                })
            ]
        );
        let nals: Vec<_> = split_length_prefixed(&[0, 0], 4).collect();
        assert_eq!(nals.len(), 1);
        assert!(nals[0].is_err());
        let nals: Vec<_> = split_length_prefixed(&[0, 0], 5).collect();
        assert_eq!(nals, vec![Err(H264Error::InvalidLengthSize(5))]);
    }

    #[test]
    fn parses_nal_header() {
        let h = NalHeader::parse(&[0x65]).unwrap();
        assert_eq!(h.ref_idc, 3);
        assert_eq!(h.unit_type, NalUnitType::IdrSlice);
        assert_eq!(
            NalHeader::parse(&[0x0c]).unwrap().unit_type,
            NalUnitType::Filler
        );
        assert_eq!(NalHeader::parse(&[]), Err(H264Error::EmptyNal));
        assert_eq!(
            NalHeader::parse(&[0x80]),
            Err(H264Error::ForbiddenZeroBit(0x80))
        );
        for v in 0..32u8 {
            assert_eq!(NalUnitType::from_u8(v).as_u8(), v);
        }
    }
}
