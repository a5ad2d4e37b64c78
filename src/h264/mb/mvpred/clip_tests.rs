//! Motion vectors of whole clips against ffmpeg's: for every macroblock the vector of its
//! top-left 4x4 block (`MbStats::mv`) must equal the one ffmpeg's decoder exports (see
//! `testdata/README.md`). A wrong prediction anywhere propagates to the neighbours, so this
//! checks the whole of 8.4.1 on real encoder output, through both entropy decoders.

use super::super::test_clips::{Slice, slices};
use super::super::{MbKind, MbMap, parse_slice_data};

/// A picture as a line of the `.mv.txt` files: `x,y` per inter or skipped macroblock, `-`
/// for intra ones, `?` for macroblocks no slice covered.
fn line(map: &MbMap) -> String {
    let cells: Vec<String> = map
        .mbs
        .iter()
        .map(|m| match m.kind {
            MbKind::Skip | MbKind::Inter => format!("{},{}", m.mv[0], m.mv[1]),
            MbKind::Intra | MbKind::Pcm => "-".to_owned(),
            MbKind::Missing => "?".to_owned(),
        })
        .collect();
    cells.join(" ")
}

/// Parses every slice of an Annex-B clip and returns one line per picture.
fn motion_lines(data: &[u8]) -> Vec<String> {
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut lines = Vec::new();
    for Slice {
        sps,
        pps,
        header,
        nal,
    } in slices(data)
    {
        if header.first_mb_in_slice == 0 {
            if !map.mbs.is_empty() {
                lines.push(line(&map));
            }
            map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
        }
        parse_slice_data(&sps, &pps, &header, nal, &mut scratch, &mut map)
            .unwrap_or_else(|e| panic!("picture {}: {e}", lines.len()));
    }
    lines.push(line(&map));
    lines
}

fn check(data: &[u8], expected: &str) {
    let ours = motion_lines(data);
    let theirs: Vec<&str> = expected.lines().collect();
    assert_eq!(ours.len(), theirs.len(), "pictures");
    let mut non_zero = 0;
    for (picture, (ours, theirs)) in ours.iter().zip(&theirs).enumerate() {
        for (mb, (a, b)) in ours.split(' ').zip(theirs.split(' ')).enumerate() {
            assert_eq!(a, b, "picture {picture}, macroblock {mb}: ours vs ffmpeg");
            non_zero += usize::from(a != "-" && a != "0,0");
        }
        assert_eq!(ours.split(' ').count(), theirs.split(' ').count());
    }
    // The clips were chosen for their many varied vectors.
    assert!(non_zero > 200, "only {non_zero} non-zero vectors");
}

#[test]
fn cavlc_clip_vectors_equal_ffmpeg() {
    check(
        include_bytes!("../../testdata/foliage_cavlc_ref3.h264"),
        include_str!("../../testdata/foliage_cavlc_ref3.mv.txt"),
    );
}

#[test]
fn cabac_clip_vectors_equal_ffmpeg() {
    check(
        include_bytes!("../../testdata/foliage_cabac_ref3.h264"),
        include_str!("../../testdata/foliage_cabac_ref3.mv.txt"),
    );
}
