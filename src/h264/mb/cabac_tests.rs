//! CABAC slice data on committed clips: every slice must end exactly at its
//! `end_of_slice_flag` and the kinds must be those ffmpeg's `-debug mb_type` prints.

use super::super::super::{
    H264Error, NalHeader, NalUnitType, ParameterSets, SliceType, split_annex_b,
};
use super::super::{MbKind, MbMap, parse_slice_data};

/// One character per macroblock, as ffmpeg's `-debug mb_type` first column reduced to
/// S (skip), > (inter), i (any intra), P (PCM), ? (missing).
fn grid(map: &MbMap) -> String {
    map.mbs
        .iter()
        .map(|m| match m.kind {
            MbKind::Missing => '?',
            MbKind::Skip => 'S',
            MbKind::Inter => '>',
            MbKind::Intra => 'i',
            MbKind::Pcm => 'P',
        })
        .collect()
}

/// What a parsed clip gave: one grid per picture, the number of slices, and motion totals
/// over all macroblocks: sum of `|mv|` (block 0), sum of `mv_max`, macroblocks with motion.
struct Clip {
    pictures: Vec<String>,
    slices: usize,
    motion: (u32, u32, u32),
}

/// Parses every slice of an Annex-B clip (one picture = slices from `first_mb_in_slice` 0).
fn parse_clip(data: &[u8]) -> Clip {
    let mut sets = ParameterSets::new();
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut pictures = Vec::new();
    let mut slices = 0;
    let mut motion = (0, 0, 0);
    let mut add_motion = |map: &MbMap| {
        for mb in &map.mbs {
            motion.0 += u32::from(mb.mv[0].unsigned_abs()) + u32::from(mb.mv[1].unsigned_abs());
            motion.1 += u32::from(mb.mv_max);
            motion.2 += u32::from(mb.mv_max > 0);
        }
    };
    for nal in split_annex_b(data) {
        let header = NalHeader::parse(nal).expect("NAL header");
        match header.unit_type {
            NalUnitType::Sps => {
                sets.add_sps(nal).expect("SPS");
            }
            NalUnitType::Pps => {
                sets.add_pps(nal).expect("PPS");
            }
            NalUnitType::Slice | NalUnitType::IdrSlice => {
                let slice = sets.parse_slice_header(nal).expect("slice header");
                let pps = sets.pps(slice.pps_id).expect("PPS of slice");
                let sps = sets.sps(pps.sps_id).expect("SPS of slice");
                assert!(pps.entropy_coding_mode);
                if slice.first_mb_in_slice == 0 {
                    if !map.mbs.is_empty() {
                        pictures.push(grid(&map));
                        add_motion(&map);
                    }
                    map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
                }
                let parsed = parse_slice_data(sps, pps, &slice, nal, &mut scratch, &mut map)
                    .unwrap_or_else(|e| panic!("slice {slices} ({:?}): {e}", slice.slice_type));
                assert!(parsed > 0);
                slices += 1;
            }
            _ => {}
        }
    }
    pictures.push(grid(&map));
    add_motion(&map);
    Clip {
        pictures,
        slices,
        motion,
    }
}

#[test]
fn main_profile_clip_parses_to_the_end_of_every_slice_with_ffmpeg_kinds() {
    let Clip {
        pictures, slices, ..
    } = parse_clip(include_bytes!("../testdata/main_cabac.h264"));
    assert_eq!(slices, 10);
    assert_eq!(pictures.len(), 10);
    // ffmpeg -debug mb_type, first three pictures (7x4 macroblocks).
    assert_eq!(pictures[0], "i".repeat(28));
    assert_eq!(pictures[1], "SS>>SSSSi>S>SSSi>>>SSSS>>SSS");
    assert_eq!(pictures[2], "SS>>>>>SS>S>SSSS>>>SSSS>>>SS");
    assert!(pictures.iter().all(|p| !p.contains('?')));
}

#[test]
fn high_profile_8x8_transform_four_slices_three_refs() {
    let Clip {
        pictures,
        slices,
        motion,
    } = parse_clip(include_bytes!("../testdata/high_cabac_8x8_slices.h264"));
    assert_eq!(slices, 48);
    assert_eq!(pictures.len(), 12);
    let count = |c: char| pictures.iter().map(|p| p.matches(c).count()).sum::<usize>();
    // Totals of ffmpeg -debug mb_type over the 12 pictures of 11x9 macroblocks.
    assert_eq!(
        (count('S'), count('>'), count('i'), count('?')),
        (735, 255, 198, 0)
    );
    // Sum of |mv| of block 0 over all macroblocks from ffmpeg's exported motion vectors
    // (PyAV, flags2=+export_mvs). ffmpeg exports one vector per 8x8 quadrant of P_8x8, so
    // mv_max (over all 16 blocks) has no independent reference here; it is at least |mv|.
    assert_eq!(motion.0, 70);
    assert!(motion.1 >= motion.0 && motion.2 > 0);
}

#[test]
fn multislice_clip_covers_every_macroblock() {
    let Clip {
        pictures, slices, ..
    } = parse_clip(include_bytes!("../testdata/high_multislice.h264"));
    assert_eq!(slices, 30);
    assert!(pictures.iter().all(|p| p.len() == 24 && !p.contains('?')));
}

/// The first slice NAL of a clip with its parameter sets.
fn first_slice(data: &[u8]) -> (ParameterSets, Vec<u8>) {
    let mut sets = ParameterSets::new();
    for nal in split_annex_b(data) {
        match NalHeader::parse(nal).expect("NAL header").unit_type {
            NalUnitType::Sps => {
                sets.add_sps(nal).expect("SPS");
            }
            NalUnitType::Pps => {
                sets.add_pps(nal).expect("PPS");
            }
            NalUnitType::IdrSlice | NalUnitType::Slice => return (sets, nal.to_vec()),
            _ => {}
        }
    }
    panic!("no slice");
}

#[test]
fn damaged_slices_are_errors_not_panics() {
    let (sets, nal) = first_slice(include_bytes!("../testdata/high_cabac_8x8_slices.h264"));
    let header = sets.parse_slice_header(&nal).expect("slice header");
    let pps = sets.pps(header.pps_id).expect("PPS");
    let sps = sets.sps(pps.sps_id).expect("SPS");
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    // Truncated anywhere after the header: never Ok (the stop bit moves), never a panic.
    let start = header.data_bit_offset.expect("offset") / 8 + 2;
    for len in start..nal.len() - 1 {
        let result = parse_slice_data(sps, pps, &header, &nal[..len], &mut scratch, &mut map);
        assert!(
            matches!(result, Err(H264Error::InvalidSliceData { .. })),
            "truncated at {len}: {result:?}"
        );
    }
    // Flipped bits: mostly errors, never a panic.
    let mut errors = 0;
    for i in start..nal.len() {
        let mut bad = nal.clone();
        bad[i] ^= 0x10;
        if parse_slice_data(sps, pps, &header, &bad, &mut scratch, &mut map).is_err() {
            errors += 1;
        }
    }
    assert!(errors > (nal.len() - start) / 2, "{errors} errors");
}

#[test]
fn b_slices_are_unsupported() {
    let data = include_bytes!("../testdata/high_bframes_weightp.h264");
    let mut sets = ParameterSets::new();
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut seen_b = false;
    for nal in split_annex_b(data) {
        match NalHeader::parse(nal).expect("NAL header").unit_type {
            NalUnitType::Sps => {
                sets.add_sps(nal).expect("SPS");
            }
            NalUnitType::Pps => {
                sets.add_pps(nal).expect("PPS");
            }
            NalUnitType::IdrSlice | NalUnitType::Slice => {
                let header = sets.parse_slice_header(nal).expect("slice header");
                let pps = sets.pps(header.pps_id).expect("PPS");
                let sps = sets.sps(pps.sps_id).expect("SPS");
                let result = parse_slice_data(sps, pps, &header, nal, &mut scratch, &mut map);
                if header.slice_type == SliceType::B {
                    seen_b = true;
                    assert!(matches!(result, Err(H264Error::Unsupported(_))));
                } else {
                    assert!(result.is_ok(), "{:?}: {result:?}", header.slice_type);
                }
            }
            _ => {}
        }
    }
    assert!(seen_b);
}
