//! Macroblock-layer dump of an Annex-B H.264 file: one line per picture with the slice types,
//! the counts of skipped / inter / intra / PCM macroblocks, the bits of the coded macroblocks
//! and the sum of |mvd|, and the [`MbMap::digest`] of the picture (compare two builds' outputs
//! to check they parse identically); with `-v` also the grid of kinds (`S` skip, `>` inter, `I` intra,
//! `P` PCM, `.` not covered). Ends with the parse time per picture; `--bench N` then times N
//! more passes over the file in memory and prints the best.
//!
//! `--grid OUT` also writes every picture's macroblocks to OUT for analysis scripts: per picture
//! in decoding order, per macroblock in raster order, five little-endian `i16`: the kind (0
//! skipped, 1 inter, 2 intra, 3 PCM or not covered), the mean motion vector (x, y, quarter
//! samples), the non-zero coefficients and the `coded_block_pattern`. Read it in numpy with
//! `np.fromfile(OUT, "<i2").reshape(-1, HEIGHT_MBS, WIDTH_MBS, 5)`.
//!
//! `cargo run --release --example mbdump -- [-v] [--bench N] [--grid OUT] FILE.h264`

use std::io::Write;
use std::time::{Duration, Instant};

use hksv::h264::mb::{self, MbKind, MbMap};
use hksv::h264::{NalHeader, NalUnitType, ParameterSets, SliceType, split_annex_b};

/// One picture being collected.
#[derive(Default)]
struct Picture {
    types: String,
    errors: Vec<String>,
}

fn main() {
    let mut verbose = false;
    let mut grid_path: Option<String> = None;
    let mut passes = 0u32;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-v" => verbose = true,
            "--grid" => grid_path = args.next(),
            "--bench" => passes = args.next().and_then(|n| n.parse().ok()).unwrap_or(10),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: mbdump [-v] [--bench PASSES] [--grid OUT] FILE.h264");
        std::process::exit(2);
    };
    let data = match std::fs::read(&path) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut grid = grid_path.map(|g| match std::fs::File::create(&g) {
        Ok(file) => std::io::BufWriter::new(file),
        Err(e) => {
            eprintln!("{g}: {e}");
            std::process::exit(1);
        }
    });
    let mut failed = 0u32;
    let mut out = std::io::stdout().lock();
    let (pictures, parse_time) = walk(&data, |index, picture, map| {
        if let Some(g) = grid.as_mut() {
            write_grid(g, map);
        }
        failed += u32::from(report(&mut out, index, picture, map, verbose));
    });
    let per_picture = parse_time.as_secs_f64() * 1e6 / f64::from(pictures.max(1));
    print_or_exit(writeln!(
        out,
        "# {pictures} pictures, {failed} with errors or uncovered macroblocks; slice data parse \
         {per_picture:.1} us per picture"
    ));
    if passes > 0 {
        // Best of several passes over the file in memory: NAL splitting, headers and slice
        // data, as the element does per access unit (the minimum is robust to preemption).
        let best = (0..passes)
            .map(|_| {
                let started = Instant::now();
                walk(&data, |_, _, _| {});
                started.elapsed()
            })
            .min()
            .unwrap_or_default();
        let seconds = best.as_secs_f64();
        print_or_exit(writeln!(
            out,
            "# bench: best of {passes} passes {:.1} ms, {:.1} us per picture, {:.0} Mbit/s",
            seconds * 1e3,
            seconds * 1e6 / f64::from(pictures.max(1)),
            data.len() as f64 * 8.0 / seconds / 1e6,
        ));
    }
    if failed > 0 {
        std::process::exit(1);
    }
}

/// Parses every slice of an Annex-B stream, calling `on_picture` with each complete picture;
/// returns the number of pictures and the time spent in the slice data parser.
fn walk(data: &[u8], mut on_picture: impl FnMut(u32, &Picture, &MbMap)) -> (u32, Duration) {
    let mut sets = ParameterSets::new();
    let mut map = MbMap::default();
    let mut scratch = Vec::new();
    let mut picture: Option<Picture> = None;
    let mut index = 0u32;
    let mut parse_time = Duration::ZERO;
    for nal in split_annex_b(data) {
        let Ok(header) = NalHeader::parse(nal) else {
            continue;
        };
        match header.unit_type {
            NalUnitType::Sps => {
                if let Err(e) = sets.add_sps(nal) {
                    eprintln!("SPS: {e}");
                }
            }
            NalUnitType::Pps => {
                if let Err(e) = sets.add_pps(nal) {
                    eprintln!("PPS: {e}");
                }
            }
            NalUnitType::Slice | NalUnitType::IdrSlice => {
                let slice = match sets.parse_slice_header(nal) {
                    Ok(slice) => slice,
                    Err(e) => {
                        eprintln!("slice header: {e}");
                        continue;
                    }
                };
                let (Some(pps), Some(sps)) = (
                    sets.pps(slice.pps_id),
                    sets.pps(slice.pps_id).and_then(|p| sets.sps(p.sps_id)),
                ) else {
                    continue;
                };
                if slice.first_mb_in_slice == 0 {
                    if let Some(done) = picture.take() {
                        on_picture(index, &done, &map);
                        index += 1;
                    }
                    map.reset(sps.pic_width_in_mbs, sps.frame_height_in_mbs());
                }
                let current = picture.get_or_insert_with(Picture::default);
                current.types.push(match slice.slice_type {
                    SliceType::P => 'P',
                    SliceType::B => 'B',
                    SliceType::I => 'I',
                    SliceType::Sp => 'p',
                    SliceType::Si => 'i',
                });
                let started = Instant::now();
                let result = mb::parse_slice_data(sps, pps, &slice, nal, &mut scratch, &mut map);
                parse_time += started.elapsed();
                if let Err(e) = result {
                    current
                        .errors
                        .push(format!("slice at MB {}: {e}", slice.first_mb_in_slice));
                }
            }
            _ => {}
        }
    }
    if let Some(done) = picture.take() {
        on_picture(index, &done, &map);
        index += 1;
    }
    (index, parse_time)
}

/// Appends one picture's macroblocks to the `--grid` file (see the module doc).
fn write_grid(out: &mut impl Write, map: &MbMap) {
    for mb in &map.mbs {
        let kind: i16 = match mb.kind {
            MbKind::Skip => 0,
            MbKind::Inter => 1,
            MbKind::Intra => 2,
            _ => 3,
        };
        let coeffs = i16::try_from(mb.coeffs).unwrap_or(i16::MAX);
        for v in [
            kind,
            mb.mv_mean[0],
            mb.mv_mean[1],
            coeffs,
            i16::from(mb.cbp),
        ] {
            if let Err(e) = out.write_all(&v.to_le_bytes()) {
                eprintln!("grid: {e}");
                std::process::exit(1);
            }
        }
    }
}

/// Exits quietly when stdout is gone (`mbdump ... | head`).
fn print_or_exit(result: std::io::Result<()>) {
    if result.is_err() {
        std::process::exit(0);
    }
}

/// Prints the line (and with `verbose` the grid) of a picture; true if it has a problem.
fn report(out: &mut impl Write, index: u32, picture: &Picture, map: &MbMap, verbose: bool) -> bool {
    let count = |kind| map.mbs.iter().filter(|m| m.kind == kind).count();
    let bits: u64 = map.mbs.iter().map(|m| u64::from(m.bits)).sum();
    let mvd: u64 = map.mbs.iter().map(|m| u64::from(m.mvd)).sum();
    let missing = count(MbKind::Missing);
    print_or_exit(writeln!(
        out,
        "pic {index} {} skip {} inter {} intra {} pcm {} missing {missing} bits {bits} mvd {mvd} \
         digest {:016x}",
        picture.types,
        count(MbKind::Skip),
        count(MbKind::Inter),
        count(MbKind::Intra),
        count(MbKind::Pcm),
        map.digest(),
    ));
    for error in &picture.errors {
        print_or_exit(writeln!(out, "  error: {error}"));
    }
    if verbose {
        for row in map.mbs.chunks(map.width.max(1) as usize) {
            let line: String = row
                .iter()
                .map(|m| match m.kind {
                    MbKind::Missing => '.',
                    MbKind::Skip => 'S',
                    MbKind::Inter => '>',
                    MbKind::Intra => 'I',
                    MbKind::Pcm => 'P',
                })
                .collect();
            print_or_exit(writeln!(out, "  {line}"));
        }
    }
    missing > 0 || !picture.errors.is_empty()
}
