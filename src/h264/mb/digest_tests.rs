//! The macroblock maps of every committed H.264 clip must stay bit-identical: one
//! [`MbMap::digest`] per picture, against `testdata/mbmap-digests.txt`, recorded from the
//! parsers before they were optimised for speed. Any change to what they output (kinds,
//! vectors, bits, QP, cbp, coefficient counts) shows up here with the clip and picture.
//!
//! After an intended change of the output, rewrite the file with
//! `HKSV_WRITE_MB_DIGESTS=1 cargo test -p hksv --lib h264::mb::digest_tests` (the run then
//! fails on purpose, so that a rewrite never passes unnoticed), and explain it in the commit.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::test_clips::{Slice, slices};
use super::{MbMap, parse_slice_data};

/// The clips: the parser fixtures and the motion development clips stored as Annex-B.
fn clips() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in [
        "src/h264/testdata",
        "src/h264/testdata/cavlc",
        "tests/data/motion-dev/clips",
    ] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "h264") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// One line per picture: `clip index digest`, with ` error` when one of its slices was not
/// parsed (B slices, interlaced pictures: their map is what the parser left).
fn digest_lines(name: &str, data: &[u8], out: &mut String) {
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut index = 0usize;
    let mut failed = false;
    let mut started = false;
    let flush = |map: &MbMap, index: usize, failed: bool, out: &mut String| {
        let mark = if failed { " error" } else { "" };
        let _ = writeln!(out, "{name} {index} {:016x}{mark}", map.digest());
    };
    for Slice {
        sps,
        pps,
        header,
        nal,
    } in slices(data)
    {
        if header.first_mb_in_slice == 0 {
            if started {
                flush(&map, index, failed, out);
                index += 1;
            }
            started = true;
            failed = false;
            map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
        }
        failed |= parse_slice_data(&sps, &pps, &header, nal, &mut scratch, &mut map).is_err();
    }
    if started {
        flush(&map, index, failed, out);
    }
}

#[test]
fn macroblock_maps_are_unchanged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut got = String::new();
    for path in clips() {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        digest_lines(&name, &data, &mut got);
    }
    let expected_path = root.join("src/h264/testdata/mbmap-digests.txt");
    if std::env::var_os("HKSV_WRITE_MB_DIGESTS").is_some() {
        std::fs::write(&expected_path, &got).expect("write the digests");
        panic!(
            "wrote {} (run again without HKSV_WRITE_MB_DIGESTS)",
            expected_path.display()
        );
    }
    let expected = std::fs::read_to_string(&expected_path).expect("mbmap-digests.txt");
    let expected: Vec<&str> = expected.lines().collect();
    let got: Vec<&str> = got.lines().collect();
    assert!(got.len() > 100, "too few pictures: {}", got.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e, "macroblock map changed (got vs recorded)");
    }
    assert_eq!(got.len(), expected.len(), "number of pictures");
}

#[test]
fn uniform_motion_is_the_motion_of_sixteen_equal_vectors() {
    let values = [i16::MIN, -32767, -300, -1, 0, 1, 7, 4095, i16::MAX];
    for x in values {
        for y in values {
            let mut looped = super::MbStats::default();
            looped.set_motion(&[[x, y]; 16]);
            let mut uniform = super::MbStats::default();
            uniform.set_uniform_motion([x, y]);
            assert_eq!(uniform, looped, "vector ({x}, {y})");
        }
    }
}
