//! Per-picture statistics from one H.264 access unit, from NAL and slice headers only.

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
}

/// Turns access units into [`FrameStats`], keeping the parameter sets it has seen.
#[derive(Debug, Default, Clone)]
pub struct FrameParser {
    sets: ParameterSets,
}

impl FrameParser {
    /// A parser with no parameter sets yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stores out-of-band SPS or PPS NAL units (from `codec_data`).
    pub fn add_parameter_set(&mut self, nal: &[u8]) -> Result<(), H264Error> {
        match NalHeader::parse(nal)?.unit_type {
            NalUnitType::Sps => self.sets.add_sps(nal).map(|_| ()),
            NalUnitType::Pps => self.sets.add_pps(nal).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// Forgets the parameter sets (new stream).
    pub fn reset(&mut self) {
        self.sets.clear();
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
        }))
    }
}
