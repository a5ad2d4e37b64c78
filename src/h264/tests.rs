//! Parser tests against real x264 output (fixtures made with `videotestsrc ! x264enc`, see
//! `testdata/README.md`) and a no-panic test on random bytes.

use super::*;

struct Fixture {
    name: &'static str,
    data: &'static [u8],
    profile_idc: u8,
    cabac: bool,
    width: u32,
    height: u32,
    frame_mbs_only: bool,
    /// Slice types of the 10 pictures in decoding order (first slice of each picture).
    types: &'static str,
    slices_per_picture: usize,
}

const FIXTURES: &[Fixture] = &[
    Fixture {
        name: "baseline_cavlc",
        data: include_bytes!("testdata/baseline_cavlc.h264"),
        profile_idc: 66,
        cabac: false,
        width: 100,
        height: 60,
        frame_mbs_only: true,
        types: "IPPPPIPPPP",
        slices_per_picture: 1,
    },
    Fixture {
        name: "main_cabac",
        data: include_bytes!("testdata/main_cabac.h264"),
        profile_idc: 77,
        cabac: true,
        width: 100,
        height: 60,
        frame_mbs_only: true,
        types: "IPPPPIPPPP",
        slices_per_picture: 1,
    },
    Fixture {
        name: "main_cavlc",
        data: include_bytes!("testdata/main_cavlc.h264"),
        profile_idc: 77,
        cabac: false,
        width: 100,
        height: 60,
        frame_mbs_only: true,
        // Decoding order: each P comes before the B-frames displayed ahead of it.
        types: "IPBBPIPBPB",
        slices_per_picture: 1,
    },
    Fixture {
        name: "high_bframes_weightp",
        data: include_bytes!("testdata/high_bframes_weightp.h264"),
        profile_idc: 100,
        cabac: true,
        width: 100,
        height: 60,
        frame_mbs_only: true,
        types: "IPBBPIPBBP",
        slices_per_picture: 1,
    },
    Fixture {
        name: "high_interlaced",
        data: include_bytes!("testdata/high_interlaced.h264"),
        profile_idc: 100,
        cabac: true,
        width: 96,
        height: 64,
        frame_mbs_only: false,
        types: "IPPPPIPPPP",
        slices_per_picture: 1,
    },
    Fixture {
        name: "high_multislice",
        data: include_bytes!("testdata/high_multislice.h264"),
        profile_idc: 100,
        cabac: true,
        width: 96,
        height: 64,
        frame_mbs_only: true,
        types: "IPPPPIPPPP",
        slices_per_picture: 3,
    },
];

fn type_char(t: SliceType) -> char {
    match t {
        SliceType::P => 'P',
        SliceType::B => 'B',
        SliceType::I => 'I',
        SliceType::Sp => 'p',
        SliceType::Si => 'i',
    }
}

/// Parses a whole fixture; returns the slice headers.
fn parse_all(f: &Fixture) -> (ParameterSets, Vec<SliceHeader>) {
    let mut sets = ParameterSets::new();
    let mut slices = Vec::new();
    for nal in split_annex_b(f.data) {
        match NalHeader::parse(nal).unwrap().unit_type {
            NalUnitType::Sps => {
                sets.add_sps(nal).unwrap();
            }
            NalUnitType::Pps => {
                sets.add_pps(nal).unwrap();
            }
            NalUnitType::Slice | NalUnitType::IdrSlice => {
                let header = sets
                    .parse_slice_header(nal)
                    .unwrap_or_else(|e| panic!("{}: {e}", f.name));
                slices.push(header);
            }
            _ => {}
        }
    }
    (sets, slices)
}

#[test]
fn parses_x264_fixtures() {
    for f in FIXTURES {
        let (sets, slices) = parse_all(f);
        let sps = sets.sps(0).unwrap();
        assert_eq!(sps.profile_idc, f.profile_idc, "{}", f.name);
        assert_eq!(
            (sps.width(), sps.height()),
            (f.width, f.height),
            "{}",
            f.name
        );
        assert_eq!(sps.frame_mbs_only, f.frame_mbs_only, "{}", f.name);
        assert_eq!(sps.chroma_format_idc, 1);
        assert_eq!(sps.bit_depth_luma, 8);
        let timing = sps.timing.unwrap();
        let (num, den) = timing.frame_rate().unwrap();
        assert_eq!(num / den, 10, "{}: {timing:?}", f.name);
        let pps = sets.pps(0).unwrap();
        assert_eq!(pps.entropy_coding_mode, f.cabac, "{}", f.name);

        assert_eq!(slices.len(), 10 * f.slices_per_picture, "{}", f.name);
        let pictures: Vec<&SliceHeader> =
            slices.iter().filter(|s| s.first_mb_in_slice == 0).collect();
        let types: String = pictures.iter().map(|s| type_char(s.slice_type)).collect();
        assert_eq!(types, f.types, "{}", f.name);
        for s in &slices {
            assert!((0..=51).contains(&s.qp), "{}: QP {}", f.name, s.qp);
            assert_eq!(s.is_idr(), s.slice_type == SliceType::I, "{}", f.name);
            assert_eq!(s.idr_pic_id.is_some(), s.is_idr());
            assert!(s.first_mb_in_slice < sps.frame_size_in_mbs());
        }
        // frame_num restarts at every IDR and counts reference pictures.
        assert_eq!(pictures[0].frame_num, 0);
        assert_eq!(pictures[5].frame_num, 0);
        assert_eq!(pictures[1].frame_num, 1, "{}", f.name);
        // POC lsb: IDR at 0, then increasing in display order (x264 uses POC type 0 or 2).
        if sps.pic_order_cnt_type == 0 {
            assert_eq!(pictures[0].pic_order_cnt_lsb, Some(0));
        }
    }
}

#[test]
fn constant_quantizer_is_read_from_slice_headers() {
    // main_cabac was encoded with `pass=quant quantizer=30`: every P slice has QP 30 and the
    // I slices the lower QP of x264's ip ratio.
    let f = FIXTURES.iter().find(|f| f.name == "main_cabac").unwrap();
    let (_, slices) = parse_all(f);
    for s in &slices {
        match s.slice_type {
            SliceType::P => assert_eq!(s.qp, 30),
            _ => assert!(s.qp < 30, "I slice QP {}", s.qp),
        }
    }
}

#[test]
fn multi_slice_pictures_cover_the_frame() {
    let f = FIXTURES
        .iter()
        .find(|f| f.name == "high_multislice")
        .unwrap();
    let (_, slices) = parse_all(f);
    let firsts: Vec<u32> = slices.iter().take(3).map(|s| s.first_mb_in_slice).collect();
    assert_eq!(firsts[0], 0);
    assert!(firsts[1] > 0 && firsts[2] > firsts[1], "{firsts:?}");
}

#[test]
fn length_prefixed_matches_annex_b() {
    for f in FIXTURES {
        let nals: Vec<&[u8]> = split_annex_b(f.data).collect();
        for size in [1usize, 2, 4] {
            let mut avcc = Vec::new();
            for nal in nals.iter().filter(|n| n.len() < 1 << (8 * size.min(3))) {
                let len = nal.len().to_be_bytes();
                avcc.extend_from_slice(&len[len.len() - size..]);
                avcc.extend_from_slice(nal);
            }
            let back: Vec<&[u8]> = split_length_prefixed(&avcc, size)
                .collect::<Result<_>>()
                .unwrap();
            let expected: Vec<&[u8]> = nals
                .iter()
                .copied()
                .filter(|n| n.len() < 1 << (8 * size.min(3)))
                .collect();
            assert_eq!(back, expected, "{} with {size}-byte lengths", f.name);
        }
    }
}

/// xorshift64*: deterministic pseudo-random bytes without a dependency.
fn random_bytes(state: &mut u64, len: usize) -> Vec<u8> {
    (0..len)
        .map(|_| {
            *state ^= *state >> 12;
            *state ^= *state << 25;
            *state ^= *state >> 27;
            (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

#[test]
fn random_and_corrupted_input_never_panics() {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let (sets, _) = parse_all(&FIXTURES[1]);
    for round in 0..20_000 {
        let len = 1 + round % 64;
        let mut data = random_bytes(&mut state, len);
        // Every parser on pure noise, with each header type forced.
        for nal_type in [1u8, 5, 7, 8] {
            data[0] = (data[0] & 0x60) | nal_type;
            let _ = Sps::parse(&data);
            let _ = Pps::parse(&data);
            let _ = sets.parse_slice_header(&data);
        }
        let _ = split_annex_b(&data).count();
        for size in 0..6 {
            let _ = split_length_prefixed(&data, size).count();
        }
    }
    // Real NAL units with flipped bytes and truncations.
    for f in FIXTURES {
        for nal in split_annex_b(f.data) {
            for cut in 0..nal.len().min(40) {
                let _ = Sps::parse(&nal[..cut]);
                let _ = Pps::parse(&nal[..cut]);
                let _ = sets.parse_slice_header(&nal[..cut]);
            }
            let mut bad = nal.to_vec();
            for i in 1..bad.len().min(24) {
                bad[i] ^= random_bytes(&mut state, 1)[0];
                let _ = Sps::parse(&bad);
                let _ = Pps::parse(&bad);
                let _ = sets.parse_slice_header(&bad);
            }
        }
    }
}
