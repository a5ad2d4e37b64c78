//! Intra regions for `motion-vectors`: objects the encoder codes intra in P pictures.
//!
//! When the motion search finds no good match — a flat-coloured car in the dark whose shading
//! changes as it turns, a person at the edge of an IR lamp's pool — the encoder codes the
//! object's macroblocks intra, and they carry no motion vector for the vector analysis. A
//! compact group of intra macroblocks in a P picture that travels along a straight path over
//! [`super::tracks::WINDOW_NS`] is such an object ([`TravelTest::Path`]); intra macroblocks
//! that come and go at random places (rain, snow, noise) make tracks that jump back and
//! forth, and places coded intra again and again (a screen, a lamp, water) are learned as
//! busy like moving ones. Intra macroblocks do not enter the large-area test: night noise is
//! coded intra all over the picture.

use super::tracks::{Blob, Tracks, TravelTest};
use crate::h264::mb::{MbKind, MbMap};

/// Largest share of time a macroblock may be intra and still count.
pub const MAX_INTRA_BUSY: f32 = 0.1;
/// Smallest intra region tracked, macroblocks of the reference picture.
pub const MIN_INTRA_REGION: f32 = 3.0;
/// Regions examined, largest first.
const REGIONS_EXAMINED: usize = 3;

/// Per-stream state of the intra analysis.
#[derive(Debug, Clone)]
pub struct IntraRegions {
    /// Per macroblock: share of recent P pictures where it was intra.
    busy: Vec<f32>,
    labels: Vec<u32>,
    stack: Vec<usize>,
    /// Per region: size, the sum of its coordinates and its bounding box (first column,
    /// first row, last column, last row).
    regions: Vec<(u32, [f32; 2], [usize; 4])>,
    tracks: Tracks,
}

impl Default for IntraRegions {
    fn default() -> Self {
        Self {
            busy: Vec::new(),
            labels: Vec::new(),
            stack: Vec::new(),
            regions: Vec::new(),
            tracks: Tracks::new(TravelTest::Path),
        }
    }
}

/// What one picture gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IntraScore {
    /// Size of the largest travelling intra region, macroblocks of this picture.
    pub region: u32,
    /// Intra macroblocks outside busy places.
    pub foreground: u32,
    /// Bounding box of the largest travelling intra region (macroblocks: first column, first
    /// row, last column, last row).
    pub bounds: Option<[u16; 4]>,
}

impl IntraRegions {
    /// Forgets everything (new picture size, restart).
    pub fn clear(&mut self) {
        self.busy.clear();
        self.labels.clear();
        self.tracks.clear();
    }

    /// Analyses the intra macroblocks of one P picture at `time_ns`. `a_busy` is the
    /// activity map's averaging factor for this picture, `scale` converts macroblocks of this
    /// picture to reference macroblocks.
    pub fn update(&mut self, map: &MbMap, time_ns: u64, a_busy: f32, scale: f32) -> IntraScore {
        let width = map.width as usize;
        if self.busy.len() != map.mbs.len() {
            self.busy = vec![0.0; map.mbs.len()];
            self.labels = vec![0; map.mbs.len()];
            self.tracks.clear();
        }
        let mut score = IntraScore::default();
        for ((mb, busy), label) in map
            .mbs
            .iter()
            .zip(self.busy.iter_mut())
            .zip(self.labels.iter_mut())
        {
            let intra = matches!(mb.kind, MbKind::Intra | MbKind::Pcm);
            let counts = intra && *busy < MAX_INTRA_BUSY;
            *busy += a_busy * (f32::from(u8::from(intra)) - *busy);
            *label = u32::from(counts);
            score.foreground += u32::from(counts);
        }
        self.regions.clear();
        let regions = &mut self.regions;
        super::regions::label(&mut self.labels, width, &mut self.stack, |k, i| {
            if regions.len() <= k {
                regions.push((0, [0.0; 2], [usize::MAX, usize::MAX, 0, 0]));
            }
            if let Some(r) = regions.get_mut(k) {
                let (x, y) = (i % width.max(1), i / width.max(1));
                r.0 += 1;
                r.1[0] += x as f32;
                r.1[1] += y as f32;
                r.2 = [r.2[0].min(x), r.2[1].min(y), r.2[2].max(x), r.2[3].max(y)];
            }
        });
        // Largest first; regions of one size in the order they were labelled (raster order of
        // their first macroblock): a stable sort, so that which of them are examined does not
        // depend on the sort algorithm.
        self.regions.sort_by_key(|r| std::cmp::Reverse(r.0));
        let examined: Vec<&(u32, [f32; 2], [usize; 4])> = self
            .regions
            .iter()
            .take(REGIONS_EXAMINED)
            .filter(|r| r.0 as f32 * scale >= MIN_INTRA_REGION)
            .collect();
        let blobs: Vec<Blob> = examined
            .iter()
            .map(|r| Blob {
                size: r.0,
                centroid: [r.1[0] / r.0 as f32, r.1[1] / r.0 as f32],
                mean_vector: [0.0; 2],
                drifts: false,
                in_wind: false,
                residual: true,
            })
            .collect();
        let verdicts = self.tracks.update(&blobs, time_ns, scale, 1.0);
        if let Some((b, r)) = blobs
            .iter()
            .zip(&examined)
            .zip(verdicts)
            .filter(|(_, v)| v.travels)
            .map(|(br, _)| br)
            .max_by_key(|(b, _)| b.size)
        {
            score.region = b.size;
            score.bounds = Some(super::regions::box_u16(r.2));
        }
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: u32 = 40;
    const H: u32 = 23;
    /// 8 analysed pictures per second.
    const STEP_NS: u64 = 125_000_000;

    fn picture(intra: &[(u32, u32)]) -> MbMap {
        let mut map = MbMap::default();
        map.reset(W, H);
        for mb in &mut map.mbs {
            mb.kind = MbKind::Skip;
        }
        for &(x, y) in intra {
            if let Some(mb) = map.mbs.get_mut((y * W + x) as usize) {
                mb.kind = MbKind::Intra;
            }
        }
        map
    }

    /// Runs `pictures` from `make(index)`; returns the pictures whose travelling region was
    /// not empty.
    fn run(pictures: u64, mut make: impl FnMut(u64) -> Vec<(u32, u32)>) -> Vec<u64> {
        let mut intra = IntraRegions::default();
        (0..pictures)
            .filter(|&i| {
                let a_busy = (1.0 / (i + 1) as f32).max(0.006);
                intra
                    .update(&picture(&make(i)), i * STEP_NS, a_busy, 1.0)
                    .region
                    > 0
            })
            .collect()
    }

    fn block(x0: u32, y0: u32, w: u32, h: u32) -> Vec<(u32, u32)> {
        (y0..y0 + h)
            .flat_map(|y| (x0..x0 + w).map(move |x| (x, y)))
            .collect()
    }

    #[test]
    fn an_intra_coded_object_moving_on_travels() {
        // A 4x2 intra block crossing the picture half a macroblock per analysed picture (a
        // car in the dark), after 20 s of a still scene (the activity map has its time
        // constant by then).
        let start = 160;
        let hits = run(start + 64, |i| {
            if i < start {
                Vec::new()
            } else {
                block(((i - start) / 2) as u32, 15, 4, 2)
            }
        });
        let first = *hits.first().expect("the object travels");
        assert!(first >= start + 5, "needs its track's span first: {first}");
        assert!(first <= start + 12, "travels within 1.5 s: {first}");
    }

    #[test]
    fn flickering_intra_clusters_do_not_travel() {
        // Snow or insects: 2x2 intra clusters at new random places every picture.
        let mut seed = 7u64;
        let mut next = move |n: u32| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as u32) % n
        };
        let hits = run(400, |_| {
            (0..4)
                .flat_map(|_| block(next(W - 2), next(H - 2), 2, 2))
                .collect()
        });
        assert!(hits.is_empty(), "{hits:?}");
    }

    #[test]
    fn a_place_coded_intra_all_the_time_is_learned() {
        // A screen whose picture pans: an intra 2x3 block sweeping again and again across
        // the same 10 macroblocks. It travels at first, then its place is learned as busy.
        let hits = run(800, |i| block(28 + ((i / 2) % 9) as u32, 2, 2, 3));
        assert!(
            hits.first().is_some_and(|&f| f < 40),
            "it travels at first: {hits:?}"
        );
        assert!(hits.iter().all(|&i| i < 200), "{hits:?}");
    }
}
