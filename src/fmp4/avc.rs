//! H.264 access units as MP4 samples: Annex-B or length-prefixed input becomes a
//! length-prefixed sample described as byte ranges of the input plus new length prefixes, so
//! that the caller can assemble it without copying the slice data. Parameter sets are taken
//! out of the samples and into the `avcC` record of the init segment.

use std::ops::Range;

use super::Fmp4Error;
use super::init::VideoTrack;
use crate::h264::{NalHeader, NalUnitType, Sps, split_annex_b, split_length_prefixed};

/// Length of the NAL unit length prefixes written for Annex-B input.
pub const ANNEX_B_OUTPUT_LENGTH_SIZE: u8 = 4;
/// `profile_idc` values whose `avcC` carries the chroma format and bit depths
/// (ISO/IEC 14496-15 §5.3.3.1.2).
const PROFILES_WITH_CHROMA_INFO: [u8; 4] = [100, 110, 122, 144];

/// How the NAL units of an access unit are delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NalFraming {
    /// Start codes (`stream-format=byte-stream`).
    AnnexB,
    /// Big-endian length prefixes of 1 to 4 bytes (`avc`, `avc3`).
    LengthPrefixed(u8),
}

impl NalFraming {
    /// Size of the length prefixes in the samples written for this input.
    pub fn output_length_size(self) -> u8 {
        match self {
            NalFraming::AnnexB => ANNEX_B_OUTPUT_LENGTH_SIZE,
            NalFraming::LengthPrefixed(size) => size,
        }
    }
}

/// One piece of a length-prefixed sample.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SamplePart {
    /// A new 4-byte NAL unit length prefix.
    Prefix([u8; 4]),
    /// Bytes of the input access unit, used as they are.
    Input(Range<usize>),
}

/// An access unit split up for muxing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessUnit {
    /// It contains an IDR slice.
    pub idr: bool,
    /// Sequence parameter sets found in it (NAL units without framing).
    pub sps: Vec<Vec<u8>>,
    /// Picture parameter sets found in it.
    pub pps: Vec<Vec<u8>>,
    /// The sample: parts to concatenate, in order.
    pub parts: Vec<SamplePart>,
    /// Total size of the sample in bytes.
    pub size: u32,
}

/// Offset of `inner`, a sub-slice of `outer`, within `outer`.
fn offset_in(outer: &[u8], inner: &[u8]) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// NAL units that stay out of the samples: parameter sets go to `avcC`, and access unit
/// delimiters are not used in MP4 (ISO/IEC 14496-15 §5.3.2).
fn stays_out(unit_type: NalUnitType) -> bool {
    matches!(
        unit_type,
        NalUnitType::Sps | NalUnitType::Pps | NalUnitType::AccessUnitDelimiter
    )
}

/// Splits an access unit. For length-prefixed input the kept NAL units are referenced with
/// their own prefixes (adjacent ones as one range); for Annex-B input each kept NAL unit gets
/// a new 4-byte prefix followed by the range of its payload.
pub fn split_access_unit(data: &[u8], framing: NalFraming) -> Result<AccessUnit, Fmp4Error> {
    let nals: Vec<&[u8]> = match framing {
        NalFraming::AnnexB => split_annex_b(data).collect(),
        NalFraming::LengthPrefixed(size) => {
            split_length_prefixed(data, usize::from(size)).collect::<Result<_, _>>()?
        }
    };
    let prefix_len = match framing {
        NalFraming::AnnexB => 0,
        NalFraming::LengthPrefixed(size) => usize::from(size),
    };
    let mut au = AccessUnit::default();
    let mut size: u64 = 0;
    for nal in nals {
        let header = NalHeader::parse(nal)?;
        match header.unit_type {
            NalUnitType::Sps => au.sps.push(nal.to_vec()),
            NalUnitType::Pps => au.pps.push(nal.to_vec()),
            NalUnitType::IdrSlice => au.idr = true,
            _ => {}
        }
        if stays_out(header.unit_type) {
            continue;
        }
        let start = offset_in(data, nal);
        match framing {
            NalFraming::AnnexB => {
                let len = u32::try_from(nal.len()).map_err(|_| Fmp4Error::FragmentTooBig)?;
                au.parts.push(SamplePart::Prefix(len.to_be_bytes()));
                au.parts.push(SamplePart::Input(start..start + nal.len()));
                size += 4 + nal.len() as u64;
            }
            NalFraming::LengthPrefixed(_) => {
                let range = start.saturating_sub(prefix_len)..start + nal.len();
                size += range.len() as u64;
                match au.parts.last_mut() {
                    Some(SamplePart::Input(last)) if last.end == range.start => {
                        last.end = range.end
                    }
                    _ => au.parts.push(SamplePart::Input(range)),
                }
            }
        }
    }
    au.size = u32::try_from(size).map_err(|_| Fmp4Error::FragmentTooBig)?;
    Ok(au)
}

impl AccessUnit {
    /// The sample as owned bytes (for users without zero-copy buffers).
    pub fn to_sample(&self, data: &[u8]) -> Vec<u8> {
        let mut sample = Vec::with_capacity(self.size as usize);
        for part in &self.parts {
            match part {
                SamplePart::Prefix(prefix) => sample.extend(prefix),
                SamplePart::Input(range) => sample.extend(data.get(range.clone()).unwrap_or(&[])),
            }
        }
        sample
    }
}

/// The content of an `avcC` box, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvcConfig {
    /// NAL unit length prefix size (1, 2 or 4).
    pub length_size: u8,
    /// Sequence parameter sets.
    pub sps: Vec<Vec<u8>>,
    /// Picture parameter sets.
    pub pps: Vec<Vec<u8>>,
}

/// Reads `count` parameter sets, each with a 16-bit length.
fn read_parameter_sets(data: &mut &[u8], count: usize) -> Result<Vec<Vec<u8>>, Fmp4Error> {
    let mut sets = Vec::with_capacity(count);
    for _ in 0..count {
        let (len, rest) = data
            .split_at_checked(2)
            .ok_or(Fmp4Error::InvalidAvcC("truncated parameter set length"))?;
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        let (set, rest) = rest
            .split_at_checked(len)
            .ok_or(Fmp4Error::InvalidAvcC("truncated parameter set"))?;
        sets.push(set.to_vec());
        *data = rest;
    }
    Ok(sets)
}

/// Parses an `AVCDecoderConfigurationRecord` (the `codec_data` of `stream-format=avc` caps).
pub fn parse_avcc(record: &[u8]) -> Result<AvcConfig, Fmp4Error> {
    let [
        version,
        _profile,
        _compat,
        _level,
        length_size,
        num_sps,
        rest @ ..,
    ] = record
    else {
        return Err(Fmp4Error::InvalidAvcC("shorter than 7 bytes"));
    };
    if *version != 1 {
        return Err(Fmp4Error::InvalidAvcC("configurationVersion is not 1"));
    }
    let length_size = (length_size & 0x03) + 1;
    if length_size == 3 {
        return Err(Fmp4Error::InvalidAvcC("lengthSizeMinusOne is 2"));
    }
    let mut data = rest;
    let sps = read_parameter_sets(&mut data, usize::from(num_sps & 0x1f))?;
    let (&num_pps, rest) = data
        .split_first()
        .ok_or(Fmp4Error::InvalidAvcC("missing PPS count"))?;
    data = rest;
    let pps = read_parameter_sets(&mut data, usize::from(num_pps))?;
    Ok(AvcConfig {
        length_size,
        sps,
        pps,
    })
}

/// Writes an `AVCDecoderConfigurationRecord` for the parameter sets.
pub fn build_avcc(config: &AvcConfig) -> Result<Vec<u8>, Fmp4Error> {
    let first = config.sps.first().ok_or(Fmp4Error::MissingParameterSets)?;
    if config.pps.is_empty() {
        return Err(Fmp4Error::MissingParameterSets);
    }
    let sps = Sps::parse(first)?;
    if config.sps.len() > 31 || config.pps.len() > 255 || !matches!(config.length_size, 1 | 2 | 4) {
        return Err(Fmp4Error::InvalidConfig(
            "too many parameter sets or bad length size",
        ));
    }
    let mut v = Vec::with_capacity(
        16 + config
            .sps
            .iter()
            .chain(&config.pps)
            .map(|s| s.len() + 2)
            .sum::<usize>(),
    );
    // configurationVersion, AVCProfileIndication, profile_compatibility, AVCLevelIndication.
    v.extend([1, sps.profile_idc, sps.constraint_flags, sps.level_idc]);
    // reserved (6 bits) + lengthSizeMinusOne.
    v.push(0xfc | (config.length_size - 1));
    // reserved (3 bits) + numOfSequenceParameterSets.
    v.push(0xe0 | config.sps.len() as u8);
    for set in &config.sps {
        let len = u16::try_from(set.len()).map_err(|_| Fmp4Error::InvalidConfig("SPS too long"))?;
        v.extend(len.to_be_bytes());
        v.extend(set);
    }
    v.push(config.pps.len() as u8);
    for set in &config.pps {
        let len = u16::try_from(set.len()).map_err(|_| Fmp4Error::InvalidConfig("PPS too long"))?;
        v.extend(len.to_be_bytes());
        v.extend(set);
    }
    if PROFILES_WITH_CHROMA_INFO.contains(&sps.profile_idc) {
        // reserved + chroma_format, bit_depth_luma_minus8, bit_depth_chroma_minus8, no SPS ext.
        v.push(0xfc | (sps.chroma_format_idc & 0x03) as u8);
        v.push(0xf8 | (sps.bit_depth_luma.saturating_sub(8) & 0x07) as u8);
        v.push(0xf8 | (sps.bit_depth_chroma.saturating_sub(8) & 0x07) as u8);
        v.push(0);
    }
    Ok(v)
}

/// The video track for the parameter sets: picture size from the first SPS, `avcC` from all.
pub fn video_track(config: &AvcConfig) -> Result<VideoTrack, Fmp4Error> {
    let avcc = build_avcc(config)?;
    let first = config.sps.first().ok_or(Fmp4Error::MissingParameterSets)?;
    let sps = Sps::parse(first)?;
    let width =
        u16::try_from(sps.width()).map_err(|_| Fmp4Error::InvalidConfig("width over 65535"))?;
    let height =
        u16::try_from(sps.height()).map_err(|_| Fmp4Error::InvalidConfig("height over 65535"))?;
    Ok(VideoTrack {
        width,
        height,
        avcc,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// SPS (High 2.0, 320x240) and PPS from x264.
    pub(crate) const SPS: [u8; 29] = [
        0x67, 0x64, 0x00, 0x14, 0xac, 0xd9, 0x41, 0x41, 0xfb, 0x01, 0x6a, 0x0c, 0x0c, 0x0d, 0x4a,
        0x00, 0x00, 0x03, 0x00, 0x02, 0x00, 0x00, 0x03, 0x00, 0x79, 0x1e, 0x28, 0x53, 0x2c,
    ];
    pub(crate) const PPS: [u8; 5] = [0x68, 0xeb, 0xec, 0xb2, 0x2c];

    pub(crate) fn config() -> AvcConfig {
        AvcConfig {
            length_size: 4,
            sps: vec![SPS.to_vec()],
            pps: vec![PPS.to_vec()],
        }
    }

    #[test]
    fn annex_b_becomes_prefixes_and_input_ranges() {
        let mut au = vec![0, 0, 0, 1, 0x09, 0xf0, 0, 0, 1];
        au.extend(SPS);
        au.extend([0, 0, 0, 1]);
        au.extend(PPS);
        au.extend([0, 0, 1, 0x06, 5, 1, 0x80]);
        let idr_start = au.len() + 4;
        au.extend([0, 0, 0, 1, 0x65, 0x88, 0x84, 0x10]);
        let parsed = split_access_unit(&au, NalFraming::AnnexB).unwrap();
        assert!(parsed.idr);
        assert_eq!(parsed.sps, vec![SPS.to_vec()]);
        assert_eq!(parsed.pps, vec![PPS.to_vec()]);
        let sei_start = 9 + SPS.len() + 4 + PPS.len() + 3;
        assert_eq!(
            parsed.parts,
            vec![
                SamplePart::Prefix([0, 0, 0, 4]),
                SamplePart::Input(sei_start..sei_start + 4),
                SamplePart::Prefix([0, 0, 0, 4]),
                SamplePart::Input(idr_start..idr_start + 4),
            ]
        );
        assert_eq!(parsed.size, 16);
        assert_eq!(
            parsed.to_sample(&au),
            [
                0, 0, 0, 4, 0x06, 5, 1, 0x80, 0, 0, 0, 4, 0x65, 0x88, 0x84, 0x10
            ]
        );
    }

    #[test]
    fn length_prefixed_keeps_adjacent_units_as_one_range() {
        let mut au = vec![0, 0, 0, SPS.len() as u8];
        au.extend(SPS);
        au.extend([0, 0, 0, 2, 0x06, 0x80, 0, 0, 0, 2, 0x41, 0x9a]);
        let parsed = split_access_unit(&au, NalFraming::LengthPrefixed(4)).unwrap();
        assert!(!parsed.idr);
        assert_eq!(
            parsed.parts,
            vec![SamplePart::Input(4 + SPS.len()..au.len())]
        );
        assert_eq!(parsed.size, 12);
    }

    #[test]
    fn truncated_length_prefix_is_an_error() {
        let au = [0, 0, 0, 9, 0x65, 0x88];
        assert!(matches!(
            split_access_unit(&au, NalFraming::LengthPrefixed(4)),
            Err(Fmp4Error::H264(_))
        ));
    }

    #[test]
    fn avcc_round_trips_with_high_profile_fields() {
        let avcc = build_avcc(&config()).unwrap();
        assert_eq!(&avcc[..6], &[1, 0x64, 0x00, 0x14, 0xff, 0xe1]);
        // High profile: chroma_format 1, 8-bit luma and chroma, no SPS extensions.
        assert_eq!(&avcc[avcc.len() - 4..], &[0xfd, 0xf8, 0xf8, 0]);
        assert_eq!(parse_avcc(&avcc).unwrap(), config());
        let track = video_track(&config()).unwrap();
        assert_eq!((track.width, track.height), (320, 240));
    }

    #[test]
    fn bad_avcc_is_an_error_not_a_panic() {
        for record in [
            &[][..],
            &[1, 2, 3],
            &[0, 0x64, 0, 0x14, 0xff, 0xe1, 0, 1],
            &[1, 0x64, 0, 0x14, 0xff, 0xe1, 0, 40, 0x67],
        ] {
            assert!(parse_avcc(record).is_err(), "{record:?}");
        }
        let no_pps = AvcConfig {
            pps: vec![],
            ..config()
        };
        assert_eq!(build_avcc(&no_pps), Err(Fmp4Error::MissingParameterSets));
    }
}
