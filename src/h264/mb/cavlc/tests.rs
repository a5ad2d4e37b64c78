//! CAVLC slice data against real encoder output (fixtures in `testdata/cavlc/`, see its
//! README): every slice must parse to exactly its end, every picture must be covered, and the
//! macroblock kinds must equal what FFmpeg's decoder reports (`-debug mb_type`).

use std::collections::HashMap;
use std::process::Command;

use super::super::super::slice::SliceType;
use super::super::super::{H264Error, Pps, SliceHeader, Sps};
use super::super::test_clips::{Slice, slices};
use super::super::{MbKind, MbMap, parse_slice_data};
use super::bits_of_slice_data;

struct Fixture {
    file: &'static str,
    data: &'static [u8],
    pictures: usize,
    slices_per_picture: usize,
}

const FIXTURES: &[Fixture] = &[
    Fixture {
        file: "x264_high_8x8_slices.h264",
        data: include_bytes!("../../testdata/cavlc/x264_high_8x8_slices.h264"),
        pictures: 24,
        slices_per_picture: 3,
    },
    Fixture {
        file: "x264_high_sub8x8.h264",
        data: include_bytes!("../../testdata/cavlc/x264_high_sub8x8.h264"),
        pictures: 12,
        slices_per_picture: 1,
    },
    Fixture {
        file: "x264_baseline_zerolatency.h264",
        data: include_bytes!("../../testdata/cavlc/x264_baseline_zerolatency.h264"),
        pictures: 24,
        slices_per_picture: 2,
    },
    Fixture {
        file: "openh264_baseline.h264",
        data: include_bytes!("../../testdata/cavlc/openh264_baseline.h264"),
        pictures: 30,
        slices_per_picture: 1,
    },
    Fixture {
        file: "x264_lossless_noise.h264",
        data: include_bytes!("../../testdata/cavlc/x264_lossless_noise.h264"),
        pictures: 2,
        slices_per_picture: 1,
    },
];

/// One parsed picture.
struct Picture {
    types: Vec<SliceType>,
    map: MbMap,
}

/// Parses every slice of an Annex-B stream; panics (test failure) on any slice error.
fn parse_stream(data: &[u8]) -> Vec<Picture> {
    let mut pictures: Vec<Picture> = Vec::new();
    let mut scratch = Vec::new();
    for Slice {
        sps,
        pps,
        header: slice,
        nal,
    } in slices(data)
    {
        assert!(!pps.entropy_coding_mode, "fixture must be CAVLC");
        if slice.first_mb_in_slice == 0 {
            let mut map = MbMap::default();
            map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
            pictures.push(Picture {
                types: Vec::new(),
                map,
            });
        }
        let picture = pictures.last_mut().unwrap();
        picture.types.push(slice.slice_type);
        let before = covered(&picture.map);
        let parsed = parse_slice_data(&sps, &pps, &slice, nal, &mut scratch, &mut picture.map)
            .unwrap_or_else(|e| panic!("picture {}: {e}", pictures.len() - 1));
        let picture = pictures.last().unwrap();
        assert_eq!(covered(&picture.map) - before, parsed as usize);
        check_bits(&slice, nal, &picture.map, parsed);
    }
    pictures
}

fn covered(map: &MbMap) -> usize {
    map.mbs.iter().filter(|m| m.kind != MbKind::Missing).count()
}

/// The bits of the coded macroblocks of a slice add up to its slice data, except for a
/// trailing `mb_skip_run` (at most 2 × 13 + 1 bits for these picture sizes).
fn check_bits(slice: &SliceHeader, nal: &[u8], map: &MbMap, parsed: u32) {
    let first = slice.first_mb_in_slice as usize;
    let mbs = &map.mbs[first..first + parsed as usize];
    let sum: usize = mbs.iter().map(|m| m.bits as usize).sum();
    let data = bits_of_slice_data(nal, slice);
    if slice.slice_type == SliceType::I {
        assert_eq!(sum, data);
    } else {
        assert!(sum <= data && data - sum <= 27, "{sum} of {data} bits");
    }
    for mb in mbs {
        assert!((0..=51).contains(&mb.qp));
        match mb.kind {
            MbKind::Skip => assert_eq!((mb.bits, mb.cbp, mb.coeffs, mb.mvd), (0, 0, 0, 0)),
            MbKind::Intra | MbKind::Pcm => assert_eq!((mb.mvd, mb.mv_max), (0, 0)),
            MbKind::Inter => assert!(mb.bits > 0),
            MbKind::Missing => unreachable!(),
        }
        if mb.cbp == 0 && mb.kind != MbKind::Intra {
            assert_eq!(mb.coeffs, 0);
        }
    }
}

#[test]
fn every_slice_parses_to_its_end_and_covers_the_picture() {
    for fixture in FIXTURES {
        let pictures = parse_stream(fixture.data);
        assert_eq!(pictures.len(), fixture.pictures, "{}", fixture.file);
        for (i, picture) in pictures.iter().enumerate() {
            assert_eq!(
                picture.types.len(),
                fixture.slices_per_picture,
                "{}",
                fixture.file
            );
            assert_eq!(
                covered(&picture.map),
                picture.map.mbs.len(),
                "{} picture {i}",
                fixture.file
            );
        }
        let kinds = |kind| {
            pictures
                .iter()
                .flat_map(|p| &p.map.mbs)
                .filter(|m| m.kind == kind)
                .count()
        };
        assert!(kinds(MbKind::Intra) > 0, "{}", fixture.file);
        if fixture.pictures > 2 {
            assert!(
                kinds(MbKind::Skip) > 0 && kinds(MbKind::Inter) > 0,
                "{}",
                fixture.file
            );
        }
    }
}

/// FFmpeg's per-picture grid of macroblock kinds (`-debug mb_type`), mapped to our letters.
fn ffmpeg_grids(file: &str) -> Vec<Vec<String>> {
    let path = format!(
        "{}/src/h264/testdata/cavlc/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = Command::new("ffmpeg")
        .args([
            "-hide_banner",
            "-threads",
            "1",
            "-debug",
            "mb_type",
            "-i",
            &path,
        ])
        .args(["-f", "null", "-"])
        .output()
        .expect("ffmpeg runs");
    assert!(out.status.success(), "ffmpeg failed on {file}");
    let log = String::from_utf8_lossy(&out.stderr);
    // Stream probing decodes a few pictures with another decoder instance first: keep the
    // instance that decoded the most pictures.
    let mut frames: HashMap<&str, usize> = HashMap::new();
    for line in log.lines().filter(|l| l.contains("] New frame")) {
        if let Some(ctx) = line.split(']').next() {
            *frames.entry(ctx).or_default() += 1;
        }
    }
    let main = frames
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(c, _)| *c)
        .unwrap();
    let mut grids: Vec<Vec<String>> = Vec::new();
    for line in log.lines() {
        let Some(body) = line.strip_prefix(main).and_then(|l| l.strip_prefix("] ")) else {
            continue;
        };
        if body.starts_with("New frame") {
            grids.push(Vec::new());
            continue;
        }
        let cells: Vec<char> = body.chars().step_by(3).collect();
        if !body.len().is_multiple_of(3) || cells.iter().any(|c| !"SPiI>".contains(*c)) {
            continue;
        }
        let row = cells
            .iter()
            .map(|c| match c {
                'i' => 'I',
                other => *other,
            })
            .collect();
        if let Some(grid) = grids.last_mut() {
            grid.push(row);
        }
    }
    grids
}

fn our_grid(map: &MbMap) -> Vec<String> {
    map.mbs
        .chunks(map.width as usize)
        .map(|row| {
            row.iter()
                .map(|m| match m.kind {
                    MbKind::Skip => 'S',
                    MbKind::Inter => '>',
                    MbKind::Intra => 'I',
                    MbKind::Pcm => 'P',
                    MbKind::Missing => '.',
                })
                .collect()
        })
        .collect()
}

#[test]
fn kinds_match_ffmpeg() {
    for fixture in FIXTURES {
        let ours = parse_stream(fixture.data);
        let theirs = ffmpeg_grids(fixture.file);
        // No B-frames: output order is decoding order.
        assert_eq!(theirs.len(), ours.len(), "{}", fixture.file);
        for (i, (picture, grid)) in ours.iter().zip(&theirs).enumerate() {
            assert_eq!(
                &our_grid(&picture.map),
                grid,
                "{} picture {i}",
                fixture.file
            );
        }
    }
}

#[test]
fn motion_vectors_match_ffmpeg() {
    // testdata/cavlc/*.mv.txt: FFmpeg's vector of the top-left 4x4 block of every inter
    // macroblock (README), against MbStats::mv after the parse and the motion vector prediction.
    let cases: [(&[u8], &str); 2] = [
        (
            include_bytes!("../../testdata/cavlc/openh264_baseline.h264"),
            include_str!("../../testdata/cavlc/openh264_baseline.mv.txt"),
        ),
        (
            include_bytes!("../../testdata/cavlc/x264_high_8x8_slices.h264"),
            include_str!("../../testdata/cavlc/x264_high_8x8_slices.mv.txt"),
        ),
    ];
    for (data, expected) in cases {
        let pictures = parse_stream(data);
        let mut per_picture = vec![0usize; pictures.len()];
        let mut moving = 0;
        for line in expected.lines() {
            let v: Vec<i32> = line.split(' ').map(|f| f.parse().unwrap()).collect();
            let (picture, addr) = (v[0] as usize, v[1] as usize);
            let mb = &pictures[picture].map.mbs[addr];
            assert!(matches!(mb.kind, MbKind::Skip | MbKind::Inter), "{line}");
            assert_eq!(
                [i32::from(mb.mv[0]), i32::from(mb.mv[1])],
                [v[2], v[3]],
                "{line}"
            );
            assert!(u32::from(mb.mv_max) >= v[2].unsigned_abs() + v[3].unsigned_abs());
            per_picture[picture] += 1;
            moving += usize::from(v[2] != 0 || v[3] != 0);
        }
        assert!(moving > 50, "{moving} moving macroblocks");
        // Every inter macroblock is in the list.
        for (picture, count) in pictures.iter().zip(per_picture) {
            let inter = picture
                .map
                .mbs
                .iter()
                .filter(|m| matches!(m.kind, MbKind::Skip | MbKind::Inter))
                .count();
            assert_eq!(inter, count);
        }
    }
}

#[test]
fn b_slices_are_unsupported_and_the_rest_parses() {
    // Main profile CAVLC with B-frames (from the parser fixtures).
    let data = include_bytes!("../../testdata/main_cavlc.h264");
    let (mut map, mut scratch) = (MbMap::default(), Vec::new());
    let (mut b, mut other) = (0, 0);
    for Slice {
        sps,
        pps,
        header: slice,
        nal,
    } in slices(data)
    {
        map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
        let result = parse_slice_data(&sps, &pps, &slice, nal, &mut scratch, &mut map);
        if slice.slice_type == SliceType::B {
            b += 1;
            assert!(matches!(result, Err(H264Error::Unsupported(_))));
        } else {
            other += 1;
            assert_eq!(result, Ok(sps.frame_size_in_mbs()));
        }
    }
    assert_eq!((b, other), (4, 6));
}

/// Parameter sets, header and NAL unit of the first I slice of the 48x32 lossless fixture.
fn lossless_idr_slice() -> (Sps, Pps, SliceHeader, Vec<u8>) {
    let data = include_bytes!("../../testdata/cavlc/x264_lossless_noise.h264");
    let first = slices(data)
        .into_iter()
        .find(|s| s.header.is_idr())
        .expect("an IDR slice");
    let (sps, pps, slice, nal) = (first.sps, first.pps, first.header, first.nal.to_vec());
    (sps, pps, slice, nal)
}

/// Appends `n` bits of `value` to a bit string.
fn push_bits(bits: &mut Vec<bool>, value: u32, n: u32) {
    bits.extend((0..n).rev().map(|i| value >> i & 1 == 1));
}

fn to_bytes(bits: &[bool]) -> Vec<u8> {
    bits.chunks(8)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0u8, |b, (i, &on)| b | u8::from(on) << (7 - i))
        })
        .collect()
}

/// I_16x16_2_0_0 with nothing coded next to I_PCM: 010 1 1 000011 (see the test below).
const I16_NO_RESIDUAL: u32 = 0b010_1100_0011;

#[test]
fn i_pcm_macroblocks_are_aligned_skipped_and_count_16_for_their_neighbours() {
    // No encoder at hand writes I_PCM, so build an I slice after a real slice header (48x32:
    // 3x2 macroblocks) alternating
    //  * I_PCM: mb_type 25 (ue 0000 11010), pcm_alignment_zero_bits, 384 sample bytes;
    //  * I_16x16_2_0_0 without residual: mb_type 1 (010), intra_chroma_pred_mode 0 (1),
    //    mb_qp_delta 0 (1), and an empty Intra16x16DCLevel whose coeff_token table depends on
    //    the I_PCM neighbours: nC = 16 selects the 6-bit code 000011 (9.2.1). With a wrong nC
    //    the same bits decode as 4 coefficients and the slice no longer ends where it must.
    let (sps, pps, mut slice, nal) = lossless_idr_slice();
    let offset = slice.data_bit_offset.unwrap();
    let rbsp = super::super::super::bits::unescape(&nal[1..]);
    let mut bits: Vec<bool> = (0..offset)
        .map(|i| rbsp[i / 8] >> (7 - i % 8) & 1 == 1)
        .collect();
    slice.first_mb_in_slice = 0;
    let mbs = sps.frame_size_in_mbs();
    assert_eq!((sps.pic_width_in_mbs, mbs), (3, 6));
    for mb in 0..mbs {
        if mb % 2 == 0 {
            push_bits(&mut bits, 0b0000_11010, 9);
            while !bits.len().is_multiple_of(8) {
                bits.push(false);
            }
            for _ in 0..384 {
                push_bits(&mut bits, 0x80, 8);
            }
        } else {
            push_bits(&mut bits, I16_NO_RESIDUAL, 11);
        }
    }
    bits.push(true); // rbsp_stop_one_bit
    let rbsp = to_bytes(&bits);
    let mut map = MbMap::default();
    map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
    assert_eq!(
        super::parse_slice_data(&sps, &pps, &slice, &rbsp, offset, &mut map),
        Ok(mbs)
    );
    for (i, mb) in map.mbs.iter().enumerate() {
        if i % 2 == 0 {
            assert_eq!(mb.kind, MbKind::Pcm);
            assert!(mb.bits >= 9 + 384 * 8 && mb.bits < 9 + 8 + 384 * 8);
        } else {
            assert_eq!(
                (mb.kind, mb.bits, mb.coeffs, mb.cbp),
                (MbKind::Intra, 11, 0, 0)
            );
        }
    }
    // One sample byte fewer: the slice does not end where the macroblocks do.
    let mut short = bits[..bits.len() - 9 - 11].to_vec();
    push_bits(&mut short, I16_NO_RESIDUAL, 11);
    short.push(true);
    let result = super::parse_slice_data(&sps, &pps, &slice, &to_bytes(&short), offset, &mut map);
    assert!(matches!(result, Err(H264Error::InvalidSliceData { .. })));
}

#[test]
fn corrupt_slice_data_is_an_error_never_a_panic() {
    // Flip bits and cut slices of real streams: any result but a panic is fine, and most
    // corruptions must be detected.
    let mut seed = 0x2545_f491_u32;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let (mut runs, mut errors) = (0, 0);
    for fixture in FIXTURES {
        let (mut map, mut scratch) = (MbMap::default(), Vec::new());
        for Slice {
            sps,
            pps,
            header: slice,
            nal,
        } in slices(fixture.data)
        {
            let start = slice.data_bit_offset.unwrap() / 8 + 2;
            for _ in 0..8 {
                let mut bad = nal.to_vec();
                if bad.len() <= start + 1 {
                    continue;
                }
                let at = start + random() as usize % (bad.len() - start);
                if random() % 2 == 0 {
                    bad.truncate(at);
                } else {
                    bad[at] ^= 1 << (random() % 8);
                }
                map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
                runs += 1;
                let result = parse_slice_data(&sps, &pps, &slice, &bad, &mut scratch, &mut map);
                errors += usize::from(result.is_err());
                if let Ok(n) = result {
                    assert!(n <= sps.frame_size_in_mbs());
                }
            }
        }
    }
    assert!(
        runs > 1000 && errors * 10 > runs * 8,
        "{errors} errors in {runs} runs"
    );
}
