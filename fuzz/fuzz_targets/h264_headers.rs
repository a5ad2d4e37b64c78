//! H.264 stream structure (src/h264): Annex-B and length-prefixed NAL splitting, NAL headers,
//! SPS, PPS and slice headers (with the parameter sets found before them).
#![no_main]

use hksv::h264::{NalHeader, NalUnitType, ParameterSets, split_annex_b, split_length_prefixed};
use libfuzzer_sys::fuzz_target;

fn parse_nal(sets: &mut ParameterSets, nal: &[u8]) {
    let Ok(header) = NalHeader::parse(nal) else {
        return;
    };
    let _ = header.unit_type.is_slice();
    match header.unit_type {
        NalUnitType::Sps => {
            if let Ok(sps) = sets.add_sps(nal) {
                let _ = (sps.width(), sps.height(), sps.frame_size_in_mbs());
                let _ = (
                    sps.chroma_array_type(),
                    sps.timing.and_then(|t| t.frame_rate()),
                );
            }
        }
        NalUnitType::Pps => {
            let _ = sets.add_pps(nal);
        }
        NalUnitType::Slice | NalUnitType::IdrSlice => {
            if let Ok(header) = sets.parse_slice_header(nal) {
                let _ = (header.is_idr(), header.slice_type.is_inter());
            }
        }
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut sets = ParameterSets::new();
    if mode & 1 == 0 {
        for nal in split_annex_b(rest) {
            parse_nal(&mut sets, nal);
        }
    } else {
        let length_size = usize::from(mode >> 1 & 3) + 1;
        for nal in split_length_prefixed(rest, length_size).flatten() {
            parse_nal(&mut sets, nal);
        }
    }
});
