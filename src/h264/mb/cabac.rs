//! CABAC slice data (placeholder until the parser lands).

use super::super::pps::Pps;
use super::super::slice::SliceHeader;
use super::super::sps::Sps;
use super::super::{H264Error, Result};
use super::MbMap;

/// Parses CABAC `slice_data()` from `rbsp` (the unescaped payload after the NAL header
/// byte) starting at bit `offset`, into `map`. Returns the number of macroblocks parsed.
pub fn parse_slice_data(
    _sps: &Sps,
    _pps: &Pps,
    _header: &SliceHeader,
    _rbsp: &[u8],
    _offset: usize,
    _map: &mut MbMap,
) -> Result<u32> {
    Err(H264Error::Unsupported("CABAC macroblock layer"))
}
