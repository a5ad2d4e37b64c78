//! CABAC slice data on committed clips: every slice must end exactly at its
//! `end_of_slice_flag` and the kinds must be those ffmpeg's `-debug mb_type` prints.

use super::super::super::{H264Error, SliceType};
use super::super::test_clips::{Slice, slices as clip_slices};
use super::super::{MbKind, MbMap, parse_slice_data};
use super::engine::context_state;
use super::tables::{CTX_INIT, RANGE_LPS, TRANS_IDX_LPS};

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

/// What a parsed clip gave: one grid per picture, the number of slices, motion totals over
/// all macroblocks (sum of `|mv|` of block 0, sum of `mv_max`, macroblocks with motion) and
/// the QP of every macroblock as ffmpeg's `-debug qp` prints them (two digits each).
struct Clip {
    pictures: Vec<String>,
    slices: usize,
    motion: (u32, u32, u32),
    qps: Vec<String>,
}

/// Parses every slice of an Annex-B clip (one picture = slices from `first_mb_in_slice` 0).
fn parse_clip(data: &[u8]) -> Clip {
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut pictures = Vec::new();
    let mut slices = 0;
    let mut motion = (0, 0, 0);
    let mut qps = Vec::new();
    let mut add_motion = |map: &MbMap| {
        qps.push(map.mbs.iter().map(|mb| format!("{:02}", mb.qp)).collect());
        for mb in &map.mbs {
            motion.0 += u32::from(mb.mv[0].unsigned_abs()) + u32::from(mb.mv[1].unsigned_abs());
            motion.1 += u32::from(mb.mv_max);
            motion.2 += u32::from(mb.mv_max > 0);
        }
    };
    for Slice {
        sps,
        pps,
        header: slice,
        nal,
    } in clip_slices(data)
    {
        assert!(pps.entropy_coding_mode);
        if slice.first_mb_in_slice == 0 {
            if !map.mbs.is_empty() {
                pictures.push(grid(&map));
                add_motion(&map);
            }
            map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
        }
        let parsed = parse_slice_data(&sps, &pps, &slice, nal, &mut scratch, &mut map)
            .unwrap_or_else(|e| panic!("slice {slices} ({:?}): {e}", slice.slice_type));
        assert!(parsed > 0);
        slices += 1;
    }
    pictures.push(grid(&map));
    add_motion(&map);
    Clip {
        pictures,
        slices,
        motion,
        qps,
    }
}

#[test]
fn main_profile_clip_parses_to_the_end_of_every_slice_with_ffmpeg_kinds() {
    let Clip {
        pictures, slices, ..
    } = parse_clip(include_bytes!("../../testdata/main_cabac.h264"));
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
        ..
    } = parse_clip(include_bytes!("../../testdata/high_cabac_8x8_slices.h264"));
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
fn mb_qp_delta_gives_ffmpegs_qp_per_macroblock() {
    let Clip { qps, .. } = parse_clip(include_bytes!("../../testdata/main_cabac_aq.h264"));
    assert_eq!(qps.len(), 4);
    // ffmpeg -debug qp, first picture (11x9 macroblocks), and the sum over the 4 pictures.
    assert_eq!(
        qps[0],
        concat!(
            "2626262424262626262624",
            "2828252828252929292925",
            "2527302323262626232626",
            "2624242424242426302424",
            "2424242424242431312626",
            "2424242424242427322530",
            "2626262626262630242431",
            "2323232323232323252523",
            "2323232523232323232325",
        )
    );
    let sum: u32 = qps
        .iter()
        .flat_map(|p| p.as_bytes().chunks(2))
        .map(|d| u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0'))
        .sum();
    assert_eq!(sum, 10693);
}

#[test]
fn multislice_clip_covers_every_macroblock() {
    let Clip {
        pictures, slices, ..
    } = parse_clip(include_bytes!("../../testdata/high_multislice.h264"));
    assert_eq!(slices, 30);
    assert!(pictures.iter().all(|p| p.len() == 24 && !p.contains('?')));
}

#[test]
fn damaged_slices_are_errors_not_panics() {
    let clip = clip_slices(include_bytes!("../../testdata/high_cabac_8x8_slices.h264"));
    let Slice {
        sps,
        pps,
        header,
        nal,
    } = clip.first().expect("a slice");
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    // Truncated anywhere after the header: never Ok (the stop bit moves), never a panic.
    let start = header.data_bit_offset.expect("offset") / 8 + 2;
    for len in start..nal.len() - 1 {
        let result = parse_slice_data(sps, pps, header, &nal[..len], &mut scratch, &mut map);
        assert!(
            matches!(result, Err(H264Error::InvalidSliceData { .. })),
            "truncated at {len}: {result:?}"
        );
    }
    // Flipped bits: mostly errors, never a panic.
    let mut errors = 0;
    for i in start..nal.len() {
        let mut bad = nal.to_vec();
        bad[i] ^= 0x10;
        if parse_slice_data(sps, pps, header, &bad, &mut scratch, &mut map).is_err() {
            errors += 1;
        }
    }
    assert!(errors > (nal.len() - start) / 2, "{errors} errors");
}

#[test]
fn b_slices_are_unsupported() {
    let data = include_bytes!("../../testdata/high_bframes_weightp.h264");
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut seen_b = false;
    for Slice {
        sps,
        pps,
        header,
        nal,
    } in clip_slices(data)
    {
        let result = parse_slice_data(&sps, &pps, &header, nal, &mut scratch, &mut map);
        if header.slice_type == SliceType::B {
            seen_b = true;
            assert!(matches!(result, Err(H264Error::Unsupported(_))));
        } else {
            assert!(result.is_ok(), "{:?}: {result:?}", header.slice_type);
        }
    }
    assert!(seen_b);
}

/// The CABAC encoder of 9.3.4.2 (EncodeDecision, EncodeFlush with PutBit and
/// bitsOutstanding), just enough to write slices the committed clips lack (I_PCM).
struct TestEncoder {
    low: u32,
    range: u32,
    outstanding: u32,
    first_bit: bool,
    bits: Vec<bool>,
}

impl TestEncoder {
    fn new(bits: Vec<bool>) -> Self {
        Self {
            low: 0,
            range: 510,
            outstanding: 0,
            first_bit: true,
            bits,
        }
    }

    /// Restarts the engine (9.3.4.1), e.g. after I_PCM samples.
    fn restart(&mut self) {
        self.low = 0;
        self.range = 510;
        self.outstanding = 0;
        self.first_bit = true;
    }

    fn put_bit(&mut self, bit: bool) {
        if self.first_bit {
            self.first_bit = false;
        } else {
            self.bits.push(bit);
        }
        for _ in 0..self.outstanding {
            self.bits.push(!bit);
        }
        self.outstanding = 0;
    }

    fn renorm(&mut self) {
        while self.range < 256 {
            if self.low < 256 {
                self.put_bit(false);
            } else if self.low >= 512 {
                self.low -= 512;
                self.put_bit(true);
            } else {
                self.low -= 256;
                self.outstanding += 1;
            }
            self.range <<= 1;
            self.low <<= 1;
        }
    }

    /// EncodeDecision with the context `state` (`pStateIdx << 1 | valMPS`).
    fn decision(&mut self, state: &mut u8, bin: bool) {
        let p = usize::from(*state >> 1);
        let mps = *state & 1 == 1;
        let lps = u32::from(RANGE_LPS[p][((self.range >> 6) & 3) as usize]);
        self.range -= lps;
        if bin == mps {
            *state = (((p + 1).min(62) as u8) << 1) | u8::from(mps);
        } else {
            self.low += self.range;
            self.range = lps;
            let mps = if p == 0 { !mps } else { mps };
            *state = (TRANS_IDX_LPS[p] << 1) | u8::from(mps);
        }
        self.renorm();
    }

    /// EncodeTerminate; a 1 flushes (its last bit is the rbsp_stop_one_bit at a slice end).
    fn terminate(&mut self, bin: bool) {
        self.range -= 2;
        if bin {
            self.low += self.range;
            self.range = 2;
            self.renorm();
            self.put_bit((self.low >> 9) & 1 == 1);
            self.bits.push((self.low >> 8) & 1 == 1);
            self.bits.push(true);
        } else {
            self.renorm();
        }
    }
}

/// RBSP bits to an escaped NAL payload (emulation prevention bytes inserted).
fn escape(header_byte: u8, bits: &[bool]) -> Vec<u8> {
    let mut out = vec![header_byte];
    let mut zeros = 0;
    for chunk in bits.chunks(8) {
        let byte = chunk
            .iter()
            .enumerate()
            .fold(0u8, |b, (i, &bit)| b | (u8::from(bit) << (7 - i)));
        if zeros >= 2 && byte <= 3 {
            out.push(3);
            zeros = 0;
        }
        zeros = if byte == 0 { zeros + 1 } else { 0 };
        out.push(byte);
    }
    out
}

#[test]
fn i_pcm_macroblocks_restart_the_engine_after_their_samples() {
    let clip = clip_slices(include_bytes!("../../testdata/main_cabac.h264"));
    let Slice {
        sps,
        pps,
        header,
        nal,
    } = clip.first().expect("a slice");
    assert_eq!(header.slice_type, SliceType::I);
    // Keep the slice header bits, then code every macroblock of the 7x4 picture as I_PCM.
    let rbsp = super::super::super::bits::unescape(&nal[1..]);
    let offset = header.data_bit_offset.expect("offset");
    let mut bits: Vec<bool> = (0..offset)
        .map(|i| (rbsp[i / 8] >> (7 - i % 8)) & 1 == 1)
        .collect();
    while !bits.len().is_multiple_of(8) {
        bits.push(true); // cabac_alignment_one_bit
    }
    // mb_type bin 0 uses ctxIdx 3 + condTermFlagA + condTermFlagB (I_PCM neighbours count).
    let mut states: Vec<u8> = (3..6)
        .map(|i| {
            let (m, n) = CTX_INIT[0][i];
            context_state(m, n, header.qp)
        })
        .collect();
    let mut enc = TestEncoder::new(bits);
    let (width, height) = (
        sps.pic_width_in_mbs as usize,
        sps.frame_height_in_mbs() as usize,
    );
    for mb in 0..width * height {
        let inc = usize::from(mb % width > 0) + usize::from(mb >= width);
        enc.decision(&mut states[inc], true);
        enc.terminate(true); // I_PCM
        while !enc.bits.len().is_multiple_of(8) {
            enc.bits.push(false); // pcm_alignment_zero_bit
        }
        for sample in 0..384u32 {
            let value = 16 + (sample * 7 + mb as u32) % 220;
            enc.bits.extend((0..8).rev().map(|i| (value >> i) & 1 == 1));
        }
        enc.restart();
        enc.terminate(mb + 1 == width * height); // end_of_slice_flag
    }
    while !enc.bits.len().is_multiple_of(8) {
        enc.bits.push(false);
    }
    let pcm_nal = escape(nal[0], &enc.bits);

    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let parsed =
        parse_slice_data(sps, pps, header, &pcm_nal, &mut scratch, &mut map).expect("I_PCM slice");
    assert_eq!(parsed as usize, width * height);
    assert!(map.mbs.iter().all(|m| m.kind == MbKind::Pcm));
    // Every macroblock costs its mb_type bins, the alignment and its 3072 sample bits.
    assert!(map.mbs.iter().all(|m| (3072..3100).contains(&m.bits)));

    // One sample byte less: the slice no longer ends at its stop bit.
    let mut short = pcm_nal.clone();
    short.remove(pcm_nal.len() / 2);
    assert!(matches!(
        parse_slice_data(sps, pps, header, &short, &mut scratch, &mut map),
        Err(H264Error::InvalidSliceData { .. })
    ));
}
