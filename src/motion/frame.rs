//! Per-picture statistics from one H.264 access unit: NAL and slice headers, and on request the
//! macroblocks of its P slices (into an [`MbMap`]).

use crate::h264::mb::{self, MbMap};
use crate::h264::{H264Error, NalHeader, NalUnitType, ParameterSets, SliceType};

/// What the analysis needs to know about one coded picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrameStats {
    /// Size of the access unit as delivered (start codes or length prefixes included).
    pub au_bytes: usize,
    /// Bytes of the coded slices only: no filler data (CBR padding), SEI or parameter sets.
    pub slice_bytes: usize,
    /// Slice QP of the picture. With several slices, the QP at which the whole picture would
    /// have the same quantiser-weighted size: `6 · log2(Σ bytes_s · 2^(QP_s / 6) / Σ bytes_s)`.
    pub qp: f64,
    /// The picture has an IDR slice.
    pub idr: bool,
    /// Every slice is intra (I or SI): an IDR or an I picture that restarts the GOP.
    pub intra: bool,
    /// Number of slices.
    pub slices: usize,
    /// Explicit weighted prediction with a luma gain differing from 1 (a fade or an exposure
    /// change the encoder saw).
    pub luma_gain: Option<f64>,
    /// `(width, height)` of the active SPS.
    pub resolution: (u32, u32),
    /// A P picture whose P slices were all parsed down to their macroblocks (it has no B, SP
    /// or SI slice): [`FrameParser::macroblocks`] describes this picture.
    pub macroblocks: bool,
}

/// Turns access units into [`FrameStats`], keeping the parameter sets it has seen, and, when
/// asked to, the macroblocks of the P pictures into an [`MbMap`].
#[derive(Debug, Default, Clone)]
pub struct FrameParser {
    sets: ParameterSets,
    /// Parse the macroblock layer of P slices.
    parse_macroblocks: bool,
    map: MbMap,
    scratch: Vec<u8>,
    /// The last macroblock-layer error, logged once per kind.
    last_mb_error: Option<H264Error>,
}

impl FrameParser {
    /// A parser with no parameter sets yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Also parses the macroblock layer of P slices (for [`FrameParser::macroblocks`]).
    pub fn set_parse_macroblocks(&mut self, enabled: bool) {
        self.parse_macroblocks = enabled;
    }

    /// The macroblocks of the last picture, when its [`FrameStats::macroblocks`] is true.
    pub fn macroblocks(&self) -> &MbMap {
        &self.map
    }

    /// Parses the macroblock layer of one slice into the map; false when it could not be.
    fn parse_slice_macroblocks(&mut self, nal: &[u8], header: &crate::h264::SliceHeader) -> bool {
        let Some(pps) = self.sets.pps(header.pps_id) else {
            return false;
        };
        let Some(sps) = self.sets.sps(pps.sps_id) else {
            return false;
        };
        match mb::parse_slice_data(sps, pps, header, nal, &mut self.scratch, &mut self.map) {
            Ok(_) => true,
            Err(e) => {
                if self.last_mb_error.as_ref() != Some(&e) {
                    crate::logging::log_info!(target: super::LOG_TARGET, "macroblock layer not analysed: {e}");
                } else {
                    crate::logging::log_trace!(target: super::LOG_TARGET, "macroblock layer not analysed: {e}");
                }
                self.last_mb_error = Some(e);
                false
            }
        }
    }

    /// Stores out-of-band SPS or PPS NAL units (from `codec_data`).
    pub fn add_parameter_set(&mut self, nal: &[u8]) -> Result<(), H264Error> {
        match NalHeader::parse(nal)?.unit_type {
            NalUnitType::Sps => self.sets.add_sps(nal).map(|_| ()),
            NalUnitType::Pps => self.sets.add_pps(nal).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// Analyses the NAL units of one access unit of `au_bytes` bytes. Returns `Ok(None)` for an
    /// access unit without a coded slice.
    pub fn parse<'a>(
        &mut self,
        nals: impl IntoIterator<Item = Result<&'a [u8], H264Error>>,
        au_bytes: usize,
    ) -> Result<Option<FrameStats>, H264Error> {
        let mut slice_bytes = 0usize;
        let mut weighted = 0f64;
        let (mut idr, mut intra, mut slices) = (false, true, 0usize);
        let mut luma_gain = None;
        let mut resolution = (0, 0);
        let mut macroblocks = self.parse_macroblocks;
        let mut map_ready = false;
        let mut p_slices = 0usize;
        for nal in nals {
            let nal = nal?;
            match NalHeader::parse(nal)?.unit_type {
                NalUnitType::Sps => {
                    self.sets.add_sps(nal)?;
                }
                NalUnitType::Pps => {
                    self.sets.add_pps(nal)?;
                }
                NalUnitType::Slice | NalUnitType::IdrSlice => {
                    let header = self.sets.parse_slice_header(nal)?;
                    if let Some(sps) = self
                        .sets
                        .pps(header.pps_id)
                        .and_then(|pps| self.sets.sps(pps.sps_id))
                    {
                        resolution = (sps.width(), sps.height());
                        if macroblocks && !map_ready {
                            self.map
                                .reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
                            map_ready = true;
                        }
                    }
                    match header.slice_type {
                        SliceType::P => {
                            p_slices += 1;
                            if macroblocks {
                                macroblocks = self.parse_slice_macroblocks(nal, &header);
                            }
                        }
                        SliceType::I => {}
                        // B, SP and SI slices: the macroblock layer is not parsed.
                        _ => macroblocks = false,
                    }
                    slices += 1;
                    slice_bytes += nal.len();
                    weighted += nal.len() as f64 * (f64::from(header.qp) / 6.0).exp2();
                    idr |= header.is_idr();
                    intra &= matches!(header.slice_type, SliceType::I | SliceType::Si);
                    luma_gain = luma_gain.or(header.luma_weight_l0.map(|w| w.gain()));
                }
                _ => {}
            }
        }
        if slices == 0 {
            return Ok(None);
        }
        Ok(Some(FrameStats {
            au_bytes,
            slice_bytes,
            qp: 6.0 * (weighted / slice_bytes.max(1) as f64).log2(),
            idr,
            intra,
            slices,
            luma_gain,
            resolution,
            macroblocks: macroblocks && map_ready && p_slices > 0,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::h264::split_annex_b;

    /// Splits an Annex-B file into access units at each slice with `first_mb_in_slice == 0`
    /// (its first exp-Golomb bit is 1), parameter sets and SEI going with the next picture.
    fn access_units(data: &[u8]) -> Vec<Vec<&[u8]>> {
        let mut units: Vec<Vec<&[u8]>> = vec![Vec::new()];
        let mut has_slice = false;
        for nal in split_annex_b(data) {
            let kind = nal[0] & 0x1f;
            let first_slice = matches!(kind, 1 | 5) && nal.get(1).is_some_and(|b| b & 0x80 != 0);
            if has_slice && (first_slice || matches!(kind, 6..=9)) {
                units.push(Vec::new());
                has_slice = false;
            }
            has_slice |= matches!(kind, 1 | 5);
            units.last_mut().unwrap().push(nal);
        }
        units
    }

    fn parse_file(data: &[u8]) -> Vec<FrameStats> {
        let mut parser = FrameParser::new();
        access_units(data)
            .iter()
            .map(|au| {
                let bytes = au.iter().map(|n| n.len() + 4).sum();
                parser
                    .parse(au.iter().map(|n| Ok(*n)), bytes)
                    .unwrap()
                    .unwrap()
            })
            .collect()
    }

    #[test]
    fn stats_of_x264_pictures() {
        let frames = parse_file(include_bytes!("../h264/testdata/main_cabac.h264"));
        assert_eq!(frames.len(), 10);
        for (i, f) in frames.iter().enumerate() {
            assert_eq!(f.intra, i % 5 == 0);
            assert_eq!(f.idr, f.intra);
            assert_eq!(f.resolution, (100, 60));
            assert_eq!(f.slices, 1);
            assert!(f.slice_bytes < f.au_bytes);
            if !f.intra {
                // Constant quantiser 30 (see h264/testdata/README.md).
                assert!((f.qp - 30.0).abs() < 1e-9, "{f:?}");
            }
        }
        // Three slices per picture; the effective QP lies within the slice QPs.
        let frames = parse_file(include_bytes!("../h264/testdata/high_multislice.h264"));
        assert_eq!(frames.len(), 10);
        assert!(
            frames
                .iter()
                .all(|f| f.slices == 3 && (0.0..=51.0).contains(&f.qp))
        );
    }

    #[test]
    fn broken_access_units_are_errors() {
        let mut parser = FrameParser::new();
        // A slice before any parameter set.
        let slice: &[u8] = &[0x65, 0x88, 0x84];
        assert_eq!(parser.parse([Ok(slice)], 3), Err(H264Error::MissingPps(0)));
        // No slice at all.
        let aud: &[u8] = &[0x09, 0xf0];
        assert_eq!(parser.parse([Ok(aud)], 2), Ok(None));
    }
}
