//! The H.264 macroblock layer (src/h264/mb: CAVLC and CABAC `slice_data()`, motion vector
//! prediction) through the motion analyser's frame parser, as the analyser uses it: parameter
//! sets and slices of an Annex-B stream, each slice one access unit.
#![no_main]

use hksv::h264::{NalHeader, NalUnitType, split_annex_b};
use hksv::motion::FrameParser;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parser = FrameParser::new();
    parser.set_parse_macroblocks(true);
    for nal in split_annex_b(data) {
        let Ok(header) = NalHeader::parse(nal) else {
            continue;
        };
        match header.unit_type {
            NalUnitType::Sps | NalUnitType::Pps => {
                let _ = parser.add_parameter_set(nal);
            }
            NalUnitType::Slice | NalUnitType::IdrSlice => {
                if let Ok(Some(stats)) = parser.parse(std::iter::once(Ok(nal)), nal.len() + 4)
                    && stats.macroblocks
                {
                    let map = parser.macroblocks();
                    assert_eq!(map.mbs.len(), (map.width * map.height) as usize);
                }
            }
            _ => {}
        }
    }
});
