//! Slow spots for `motion-vectors`: a small far person walking slowly at night, whom the
//! encoder codes without a vector along its way.
//!
//! At under a pixel per picture, in IR noise and at a low bitrate, an encoder codes the
//! macroblocks of a far walker as skipped, or intra, or with a vector of noise; the vector
//! analysis sees nothing travel (on the parts read by the twentieth pass it missed 89 of its
//! 195 events there). What the walker leaves is a spot where macroblocks are coded more often
//! than usual, moving on by about a macroblock a second. Per macroblock, `recent` is the share
//! of the last [`RECENT_TAU`] of analysed pictures where it was coded (intra or inter, not
//! skipped) and `usual` the same over [`USUAL_TAU`] (the plain mean until that much was seen);
//! the **excess** is their difference summed over the 3x3 macroblocks around. A spot is a
//! local maximum of the excess of at least [`MIN_EXCESS`] whose positive excess over the 7x7
//! macroblocks around is at most [`MAX_SPREAD`] times it (snow and rain near the lamp raise
//! the rate over wide areas). The [`SPOTS_EXAMINED`] strongest spots of a picture are linked
//! into tracks (nearest within [`LINK_MBS`]; a track not linked for [`LOST_NS`] ends). A track
//! **travels** when its last spot is at most [`SEEN_NS`] old and, over the last [`SPAN_NS`],
//! it was found in at least [`MIN_SEEN_SHARE`] of the analysed pictures and a straight line
//! fits its points (mean distance at most [`MAX_RESIDUAL_MBS`]) along which it moved
//! [`MIN_TRAVEL_MBS`], slowly ([`MAX_SPEED_MBS`]), more across than down ([`MAX_DOWN_SHARE`]:
//! precipitation makes spots that sink). Noise raises the rate at random
//! places, sway where it always does (learned in `usual`), moths circle the lamp.
//!
//! Spots count only in pictures **without colour** (an IR camera at night sends grey
//! pictures: no coded macroblock carries chroma residual; [`MAX_COLOUR_SHARE`]). By day the
//! edges of cloud shadows and foliage in gusts make slow spots too, and there vectors see
//! far people.

use std::collections::VecDeque;

use crate::h264::mb::{MbKind, MbMap};

/// Time constant of the recent coded share, seconds.
pub const RECENT_TAU: f32 = 1.0;
/// Time constant of the usual coded share, seconds.
pub const USUAL_TAU: f32 = 20.0;
/// Smallest excess of a spot (coded shares summed over 3x3 macroblocks).
pub const MIN_EXCESS: f32 = 0.8;
/// Largest positive excess over the 7x7 macroblocks around a spot, as a multiple of its own.
pub const MAX_SPREAD: f32 = 2.3;
/// Spots linked into tracks per picture, strongest first. Snow and moths near the IR lamp
/// make spots as strong as a far walker's, or stronger: with only the 3 strongest examined,
/// the walker's spot was often left out, and its track broke (twenty-fourth pass,
/// `scripts/motion-scenes/RESULTS.md`).
pub const SPOTS_EXAMINED: usize = 6;
/// Farthest a spot may be from a track's last point to continue it, macroblocks.
pub const LINK_MBS: f32 = 1.5;
/// A track not continued for this long ends.
/// A walker's spot can fade for a second where it crosses ground the encoder codes as
/// skipped anyway (twenty-fourth pass: 0.6 s broke such tracks).
pub const LOST_NS: u64 = 1_500_000_000;
/// A track counts as travelling only while its last spot is at most this old. Its points are
/// kept for [`LOST_NS`], so that a walker whose spot fades for a second goes on with the same
/// track, but once an object stops or leaves, its fading spot must not keep motion on: the
/// hold time runs from the last picture where it was seen (the twenty-fourth pass's
/// correction; without it `tests/hapmotiondetect_settings.rs` saw motion end 2–4 s late after
/// its object left).
pub const SEEN_NS: u64 = 600_000_000;
/// Window over which a track's path is fitted.
pub const SPAN_NS: u64 = 5_000_000_000;
/// Smallest share of the analysed pictures of the window in which the track was found.
pub const MIN_SEEN_SHARE: f32 = 0.6;
/// Smallest distance moved along the fitted line over the window, macroblocks.
pub const MIN_TRAVEL_MBS: f32 = 3.0;
/// Largest mean distance of the track's points from the fitted line, macroblocks.
pub const MAX_RESIDUAL_MBS: f32 = 0.8;
/// Fastest fitted motion, macroblocks per second: a faster object is coded with vectors along
/// its way, and the vector analysis judges it (the far walkers found on the parts read by the
/// twentieth pass moved 0.6–1.8 macroblocks a second).
pub const MAX_SPEED_MBS: f32 = 2.5;
/// Largest downward share of the fitted motion (`|vy| / |v|`).
pub const MAX_DOWN_SHARE: f32 = 0.5;
/// Largest share of the coded macroblocks carrying chroma residual, averaged over
/// [`COLOUR_TAU`], of a picture without colour. On the parts read by the twentieth pass, the
/// clips at night in IR have none; those by day or at colour night 4–40 %.
pub const MAX_COLOUR_SHARE: f32 = 0.005;
/// Time constant of the chroma share, seconds (the plain mean until that much was seen).
pub const COLOUR_TAU: f32 = 2.0;
/// Stream time analysed before a spot can travel (the shares settle).
pub const WARM_UP_NS: u64 = 4_000_000_000;
/// Most tracks followed at once.
const MAX_TRACKS: usize = 16;

/// A spot whose track travels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    /// The 3x3 macroblocks around it: first column, first row, last column, last row.
    pub bounds: [usize; 4],
    /// Its centre (column, row).
    pub centre: [f32; 2],
    /// Its fitted motion, macroblocks per second (x right, y down).
    pub velocity: [f32; 2],
}

/// One track of spots.
#[derive(Debug, Clone, Default)]
struct SpotTrack {
    /// (time, column, row) of its spots, oldest first, over the last [`SPAN_NS`].
    points: VecDeque<(u64, f32, f32)>,
    born_ns: u64,
    linked: bool,
}

/// Per-stream state of the slow-spot analysis.
#[derive(Debug, Clone, Default)]
pub struct SlowSpots {
    width: usize,
    recent: Vec<f32>,
    usual: Vec<f32>,
    /// Work space: summed-area tables of the excess and of its positive part,
    /// `(width + 1) * (height + 1)`.
    table: Vec<f32>,
    table_positive: Vec<f32>,
    tracks: Vec<SpotTrack>,
    pictures: u32,
    first_ns: Option<u64>,
    last_ns: Option<u64>,
    /// Share of the coded macroblocks that carry chroma residual (see [`MAX_COLOUR_SHARE`]),
    /// and the pictures it was averaged over.
    colour: f32,
    colour_pictures: u32,
}

/// Sum over the box of columns `x0..x1` and rows `y0..y1` (exclusive ends) of a summed-area
/// table with `stride = width + 1`.
fn box_sum(table: &[f32], stride: usize, x0: usize, y0: usize, x1: usize, y1: usize) -> f32 {
    let at = |x: usize, y: usize| table.get(y * stride + x).copied().unwrap_or(0.0);
    at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0)
}

/// Seconds from `t0` of a track point.
fn seconds(point: &(u64, f32, f32), t0: u64) -> f32 {
    point.0.saturating_sub(t0) as f32 * 1e-9
}

/// Least-squares slope and intercept of `value` over the points' times (seconds from `t0`).
fn slope(
    points: &VecDeque<(u64, f32, f32)>,
    t0: u64,
    value: impl Fn(&(u64, f32, f32)) -> f32,
) -> (f32, f32) {
    let n = points.len().max(1) as f32;
    let (mt, mv) = (
        points.iter().map(|p| seconds(p, t0)).sum::<f32>() / n,
        points.iter().map(&value).sum::<f32>() / n,
    );
    let (mut num, mut den) = (0.0, 0.0);
    for p in points {
        let (t, v) = (seconds(p, t0), value(p));
        num += (t - mt) * (v - mv);
        den += (t - mt) * (t - mt);
    }
    let b = if den > 0.0 { num / den } else { 0.0 };
    (b, mv - b * mt)
}

impl SlowSpots {
    /// Forgets everything (new picture size, restart).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The pictures analysed so far are without colour: their chroma share, averaged over
    /// [`COLOUR_TAU`], is at most [`MAX_COLOUR_SHARE`] (an IR camera at night). False before
    /// the first picture.
    pub fn grey(&self) -> bool {
        self.colour_pictures > 0 && self.colour <= MAX_COLOUR_SHARE
    }

    /// Analyses one P picture at `time_ns`, `dt` seconds after the last analysed one, of
    /// whose `coded` macroblocks (inter, intra or PCM) `chroma` carry chroma residual (the
    /// caller counts them in its own pass over the picture); returns the spot of a track
    /// that travels, if one does.
    pub fn update(
        &mut self,
        map: &MbMap,
        time_ns: u64,
        dt: f32,
        (coded, chroma): (u32, u32),
    ) -> Option<Spot> {
        let width = map.width as usize;
        let n = map.mbs.len();
        if width == 0 || n == 0 {
            return None;
        }
        let height = n / width;
        if self.width != width || self.recent.len() != n {
            self.clear();
            self.width = width;
            self.recent = vec![0.0; n];
            self.usual = vec![0.0; n];
        }
        // Colour first: the spots are not looked for in pictures with colour, and their state
        // starts afresh when the pictures turn grey (an IR camera switching at dusk).
        self.colour_pictures = self.colour_pictures.saturating_add(1);
        let a_colour = (1.0 - (-dt / COLOUR_TAU).exp()).max(1.0 / self.colour_pictures as f32);
        if coded > 0 {
            let share = chroma as f32 / coded as f32;
            self.colour += a_colour * (share - self.colour);
        }
        if !self.grey() {
            if self.pictures > 0 {
                self.pictures = 0;
                self.first_ns = None;
                self.last_ns = None;
                self.tracks.clear();
            }
            return None;
        }
        self.pictures = self.pictures.saturating_add(1);
        let first_ns = *self.first_ns.get_or_insert(time_ns);
        let interval_ns = self
            .last_ns
            .filter(|&l| time_ns > l)
            .map_or(0, |l| time_ns - l);
        self.last_ns = Some(time_ns);
        let a_recent = 1.0 - (-dt / RECENT_TAU).exp();
        let a_usual = (1.0 - (-dt / USUAL_TAU).exp()).max(1.0 / self.pictures as f32);
        // In one pass: the shares, and summed-area tables of the excess and of its positive
        // part.
        let stride = width + 1;
        self.table.clear();
        self.table.resize(stride * (height + 1), 0.0);
        self.table_positive.clear();
        self.table_positive.resize(stride * (height + 1), 0.0);
        for y in 0..height {
            let (mut row, mut row_positive) = (0.0f32, 0.0f32);
            for x in 0..width {
                let i = y * width + x;
                let coded = f32::from(u8::from(map.mbs.get(i).is_some_and(|mb| {
                    matches!(mb.kind, MbKind::Inter | MbKind::Intra | MbKind::Pcm)
                })));
                let (Some(recent), Some(usual)) = (self.recent.get_mut(i), self.usual.get_mut(i))
                else {
                    continue;
                };
                *recent += a_recent * (coded - *recent);
                *usual += a_usual * (coded - *usual);
                let e = *recent - *usual;
                row += e;
                row_positive += e.max(0.0);
                let above = self.table.get(y * stride + x + 1).copied().unwrap_or(0.0);
                let above_positive = self
                    .table_positive
                    .get(y * stride + x + 1)
                    .copied()
                    .unwrap_or(0.0);
                if let Some(v) = self.table.get_mut((y + 1) * stride + x + 1) {
                    *v = above + row;
                }
                if let Some(v) = self.table_positive.get_mut((y + 1) * stride + x + 1) {
                    *v = above_positive + row_positive;
                }
            }
        }
        let around = |table: &[f32], x: usize, y: usize, r: usize| {
            box_sum(
                table,
                stride,
                x.saturating_sub(r),
                y.saturating_sub(r),
                (x + r + 1).min(width),
                (y + r + 1).min(height),
            )
        };
        // Spots: local maxima of the 3x3 excess over the 5x5 around, compact enough.
        let mut spots: Vec<(f32, usize, usize)> = Vec::new();
        for y in 0..height {
            for x in 0..width {
                let e = around(&self.table, x, y, 1);
                if e < MIN_EXCESS || around(&self.table_positive, x, y, 3) > MAX_SPREAD * e {
                    continue;
                }
                let highest = (y.saturating_sub(2)..(y + 3).min(height)).all(|yy| {
                    (x.saturating_sub(2)..(x + 3).min(width))
                        .all(|xx| around(&self.table, xx, yy, 1) <= e)
                });
                if highest {
                    spots.push((e, x, y));
                }
            }
        }
        // Strongest first; equal ones in raster order, whatever the sort algorithm.
        spots.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.1.cmp(&b.1)));
        spots.truncate(SPOTS_EXAMINED);
        self.link(&spots, time_ns);
        if time_ns.saturating_sub(first_ns) < WARM_UP_NS {
            return None;
        }
        let expected = if interval_ns > 0 {
            SPAN_NS as f32 / interval_ns as f32
        } else {
            0.0
        };
        self.tracks.iter().find_map(|t| {
            let velocity = Self::travels(t, time_ns, expected)?;
            let &(_, cx, cy) = t.points.back()?;
            let (x, y) = (cx as usize, cy as usize);
            Some(Spot {
                bounds: [
                    x.saturating_sub(1),
                    y.saturating_sub(1),
                    (x + 1).min(width - 1),
                    (y + 1).min(height - 1),
                ],
                centre: [cx, cy],
                velocity,
            })
        })
    }

    /// Continues the nearest unlinked track within [`LINK_MBS`] with each spot, strongest
    /// first, or starts a track; ends the tracks not continued for [`LOST_NS`].
    fn link(&mut self, spots: &[(f32, usize, usize)], time_ns: u64) {
        for t in &mut self.tracks {
            t.linked = false;
        }
        for &(_, x, y) in spots {
            let (x, y) = (x as f32, y as f32);
            let nearest = self
                .tracks
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.linked)
                .filter_map(|(i, t)| {
                    let &(_, lx, ly) = t.points.back()?;
                    let d = (x - lx).hypot(y - ly);
                    (d <= LINK_MBS).then_some((d, i))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, i)| i);
            let count = self.tracks.len();
            match nearest.and_then(|i| self.tracks.get_mut(i)) {
                Some(t) => {
                    t.points.push_back((time_ns, x, y));
                    t.linked = true;
                }
                None if count < MAX_TRACKS => self.tracks.push(SpotTrack {
                    points: VecDeque::from([(time_ns, x, y)]),
                    born_ns: time_ns,
                    linked: true,
                }),
                None => {}
            }
        }
        self.tracks.retain(|t| {
            t.points
                .back()
                .is_some_and(|&(last, _, _)| time_ns.saturating_sub(last) <= LOST_NS)
        });
        for t in &mut self.tracks {
            while t
                .points
                .front()
                .is_some_and(|&(p, _, _)| p.saturating_add(SPAN_NS) < time_ns)
            {
                t.points.pop_front();
            }
        }
    }

    /// The track was seen within [`SEEN_NS`], followed for [`SPAN_NS`], found in enough of
    /// its pictures (`expected` analysed pictures in the span), and moved along a straight
    /// line, more across than down: its fitted motion (macroblocks per second), or `None`.
    fn travels(track: &SpotTrack, time_ns: u64, expected: f32) -> Option<[f32; 2]> {
        let &(last_ns, _, _) = track.points.back()?;
        if time_ns.saturating_sub(last_ns) > SEEN_NS
            || time_ns.saturating_sub(track.born_ns) < SPAN_NS
            || track.points.len() < 3
        {
            return None;
        }
        if (track.points.len() as f32) < MIN_SEEN_SHARE * expected {
            return None;
        }
        let points = &track.points;
        let t0 = points.front().map_or(0, |p| p.0);
        let ((vx, x0), (vy, y0)) = (slope(points, t0, |p| p.1), slope(points, t0, |p| p.2));
        let speed = vx.hypot(vy);
        let span = points.back().map_or(0.0, |p| seconds(p, t0));
        let residual = points
            .iter()
            .map(|p| {
                let t = seconds(p, t0);
                (p.1 - (x0 + vx * t)).hypot(p.2 - (y0 + vy * t))
            })
            .sum::<f32>()
            / points.len() as f32;
        (speed * span >= MIN_TRAVEL_MBS
            && speed <= MAX_SPEED_MBS
            && residual <= MAX_RESIDUAL_MBS
            && vy.abs() <= MAX_DOWN_SHARE * speed)
            .then_some([vx, vy])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::h264::mb::MbStats;

    const W: u32 = 40;
    const H: u32 = 23;
    /// 8 analysed pictures per second.
    const STEP_NS: u64 = 125_000_000;

    /// Tiny LCG so the noise is the same on every run.
    fn lcg(state: &mut u64) -> u32 {
        *state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*state >> 33) as u32
    }

    /// A picture of skipped macroblocks, `noise` per mille of them coded at random places
    /// (with chroma residual when `colour`), and the macroblocks of `object` coded.
    fn picture(seed: &mut u64, noise: u32, colour: bool, object: &[(u32, u32)]) -> MbMap {
        let mut map = MbMap::default();
        map.reset(W, H);
        for mb in &mut map.mbs {
            *mb = MbStats {
                kind: MbKind::Skip,
                ..MbStats::default()
            };
            if lcg(seed) % 1000 < noise {
                mb.kind = MbKind::Intra;
                mb.cbp = if colour { 0x1f } else { 0x0f };
            }
        }
        for &(x, y) in object {
            if let Some(mb) = map.mbs.get_mut((y * W + x) as usize) {
                mb.kind = MbKind::Inter;
                mb.cbp = 0x01;
            }
        }
        map
    }

    /// Runs 40 s of pictures; returns the times (s) at which a spot travelled.
    fn run(colour: bool, mut object: impl FnMut(f32) -> Vec<(u32, u32)>) -> Vec<f32> {
        let mut spots = SlowSpots::default();
        let mut seed = 11u64;
        (0..320u64)
            .filter_map(|i| {
                let t = i as f32 * STEP_NS as f32 * 1e-9;
                let map = picture(&mut seed, 60, colour, &object(t));
                let coded = map.mbs.iter().filter(|m| m.kind != MbKind::Skip).count() as u32;
                let chroma = map.mbs.iter().filter(|m| m.cbp >> 4 != 0).count() as u32;
                spots
                    .update(&map, i * STEP_NS, 0.125, (coded, chroma))
                    .map(|_| t)
            })
            .collect()
    }

    /// A far person, 1x2 macroblocks, in view from 10 s, moving `speed` macroblocks a second
    /// from (5, 8) along `direction`, coded in most pictures (every fifth is skipped).
    fn walker(direction: [f32; 2], speed: f32) -> impl FnMut(f32) -> Vec<(u32, u32)> {
        let mut n = 0u32;
        move |t| {
            n += 1;
            if t < 10.0 || n.is_multiple_of(5) {
                return Vec::new();
            }
            let x = 5.0 + direction[0] * speed * (t - 10.0);
            let y = 8.0 + direction[1] * speed * (t - 10.0);
            let (x, y) = (x.round() as u32, y.round() as u32);
            vec![(x, y), (x, y + 1)]
        }
    }

    #[test]
    fn a_slow_far_walker_in_a_grey_picture_travels() {
        let hits = run(false, walker([1.0, 0.0], 1.0));
        let first = *hits.first().expect("the walker's spot travels");
        assert!(first >= 15.0, "needs its span first: {first}");
        assert!(first <= 20.0, "within 10 s of coming in: {first}");
    }

    #[test]
    fn the_same_walker_in_a_colour_picture_does_not_count() {
        // By day vectors see far people; spots come from cloud edges and foliage there.
        assert!(run(true, walker([1.0, 0.0], 1.0)).is_empty());
    }

    #[test]
    fn a_spot_that_sinks_does_not_travel() {
        // Snow or rain near the lamp: the spot where it is coded most drifts down.
        assert!(run(false, walker([0.0, 1.0], 0.7)).is_empty());
    }

    #[test]
    fn noise_and_a_busy_place_do_not_travel() {
        // IR noise alone; noise with a place coded in most pictures (a lamp, water).
        assert!(run(false, |_| Vec::new()).is_empty());
        let mut n = 0u32;
        let busy = run(false, move |_| {
            n += 1;
            if n.is_multiple_of(4) {
                Vec::new()
            } else {
                vec![(20, 10), (21, 10), (20, 11)]
            }
        });
        assert!(busy.is_empty(), "{busy:?}");
    }
}
