//! Drift for `motion-vectors`: is a region carried along with what moves across the whole
//! picture?
//!
//! Cloud shadows, grass in a steady wind and rain blown sideways move many places of the
//! picture the same way. Where their edges cross textured ground the encoder finds vectors,
//! and a group of such macroblocks can travel like an object for a second or two. A person,
//! an animal or a car moves its own way. A region **drifts** when the moving macroblocks
//! elsewhere in the picture go its way ([`DRIFT_COSINE`]) at a similar speed
//! ([`DRIFT_SHARE`]):
//!
//! * **now**: the moving macroblocks of this picture farther than [`NEAR_MBS`] plus the
//!   square root of its size from its centroid (so that the two halves of one person do not
//!   make each other drift);
//! * **lately** (the *wind*): the moving macroblocks of the last few seconds
//!   ([`WIND_TAU`]) outside the regions that travelled, so that a person does not become
//!   their own wind. Pictures where a large area moved (a lamp switched, exposure hunting,
//!   headlights) are left out of the wind: the large-area test handles them, and their
//!   vectors say nothing of the way the scene drifts.
//!
//! A region that drifts neither travels nor flows (`tracks.rs`).

/// A region drifts when the other moving macroblocks' mean vector is at least this share of
/// its own (and, for the wind, at most its inverse) ...
pub const DRIFT_SHARE: f32 = 0.5;
/// ... and within this cosine of its direction ...
pub const DRIFT_COSINE: f32 = 0.7;
/// ... and there are at least this many of them (and as many as in the region).
pub const MIN_DRIFT_MBS: u32 = 4;
/// Moving macroblocks within this many macroblocks (plus the square root of the region's
/// size) of a region's centroid are not counted as "elsewhere" for it.
pub const NEAR_MBS: f32 = 3.0;
/// Time constant of the wind, seconds.
pub const WIND_TAU: f32 = 4.0;

/// One moving macroblock of the picture.
#[derive(Debug, Clone, Copy)]
struct MovingMb {
    x: f32,
    y: f32,
    fast: [f32; 2],
}

/// The moving macroblocks of the current picture and the wind of the last seconds.
#[derive(Debug, Clone, Default)]
pub struct Drift {
    moving: Vec<MovingMb>,
    /// Exponential averages of the summed vectors and of the count of the moving macroblocks
    /// outside travelling regions.
    wind_sum: [f32; 2],
    wind_count: f32,
}

/// A region as [`Drift`] sees it.
#[derive(Debug, Clone, Copy)]
pub struct RegionMotion {
    /// Macroblocks in it.
    pub size: u32,
    /// Centroid (macroblock units).
    pub centroid: [f32; 2],
    /// Mean `fast` vector.
    pub mean: [f32; 2],
}

fn norm(v: [f32; 2]) -> f32 {
    (v[0] * v[0] + v[1] * v[1]).sqrt()
}

/// `count` macroblocks summing to `sum` go the way of `region` (at least as many as the
/// region has, and [`MIN_DRIFT_MBS`]); `bounded` also asks for a speed at most
/// 1/[`DRIFT_SHARE`] of the region's.
fn goes_its_way(sum: [f32; 2], count: f32, region: &RegionMotion, bounded: bool) -> bool {
    if count < region.size.max(MIN_DRIFT_MBS) as f32 {
        return false;
    }
    let rest = [sum[0] / count, sum[1] / count];
    let (a, b) = (norm(rest), norm(region.mean));
    a >= DRIFT_SHARE * b
        && (!bounded || a * DRIFT_SHARE <= b)
        && rest[0] * region.mean[0] + rest[1] * region.mean[1] >= DRIFT_COSINE * a * b
}

impl Drift {
    /// Forgets the picture and the wind.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Starts a new picture.
    pub fn begin_picture(&mut self) {
        self.moving.clear();
    }

    /// Records a moving macroblock of the current picture at (`x`, `y`) with its `fast`
    /// vector.
    pub fn push(&mut self, x: usize, y: usize, fast: [f32; 2]) {
        self.moving.push(MovingMb {
            x: x as f32,
            y: y as f32,
            fast,
        });
    }

    /// The region is carried along with the rest of the moving picture, now or lately.
    pub fn carries(&self, region: &RegionMotion) -> bool {
        let near = NEAR_MBS + (region.size as f32).sqrt();
        let (mut count, mut sum) = (0u32, [0.0f32; 2]);
        for mb in &self.moving {
            let (dx, dy) = (mb.x - region.centroid[0], mb.y - region.centroid[1]);
            if dx * dx + dy * dy > near * near {
                count += 1;
                sum[0] += mb.fast[0];
                sum[1] += mb.fast[1];
            }
        }
        goes_its_way(sum, count as f32, region, false)
            || goes_its_way(self.wind_sum, self.wind_count, region, true)
    }

    /// Feeds the current picture, `dt` seconds after the last one, into the wind, leaving out
    /// the `travelling` regions; a picture where a large area moved is left out.
    pub fn update_wind<'a>(
        &mut self,
        dt: f32,
        large_area: bool,
        travelling: impl Iterator<Item = &'a RegionMotion>,
    ) {
        if large_area {
            return;
        }
        let (mut sum, mut count) = self
            .moving
            .iter()
            .fold(([0.0f32; 2], 0.0f32), |(s, c), mb| {
                ([s[0] + mb.fast[0], s[1] + mb.fast[1]], c + 1.0)
            });
        for r in travelling {
            let n = r.size as f32;
            sum[0] -= r.mean[0] * n;
            sum[1] -= r.mean[1] * n;
            count -= n;
        }
        let a = 1.0 - (-dt / WIND_TAU).exp();
        self.wind_sum[0] += a * (sum[0] - self.wind_sum[0]);
        self.wind_sum[1] += a * (sum[1] - self.wind_sum[1]);
        self.wind_count += a * (count.max(0.0) - self.wind_count);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 12-macroblock region at (10, 10) moving 2 px per picture to the right (vectors
    /// point left).
    const REGION: RegionMotion = RegionMotion {
        size: 12,
        centroid: [10.0, 10.0],
        mean: [-2.0, 0.0],
    };

    /// `count` moving macroblocks with the vector `each`, in a row at `y`.
    fn with_others(count: usize, y: usize, each: [f32; 2]) -> Drift {
        let mut d = Drift::default();
        d.begin_picture();
        for x in 0..count {
            d.push(x % 40, y + x / 40, each);
        }
        d
    }

    #[test]
    fn a_region_drifts_when_the_rest_of_the_moving_picture_goes_its_way() {
        // Cloud shadows: 30 macroblocks far away going the same way, a bit slower.
        assert!(with_others(30, 20, [-1.5, 0.3]).carries(&REGION));
        // Foliage swinging both ways: their mean is small.
        assert!(!with_others(30, 20, [-0.3, 0.1]).carries(&REGION));
        // Others going across: not the same way.
        assert!(!with_others(30, 20, [0.0, -2.0]).carries(&REGION));
        // Too few others to say anything (fewer than the region has).
        assert!(!with_others(8, 20, [-2.0, 0.0]).carries(&REGION));
    }

    #[test]
    fn the_other_half_of_an_object_does_not_make_it_drift() {
        // 14 macroblocks going its way right beside it (the other half of a person split
        // in two regions): they are near, so they are not "elsewhere".
        let mut d = Drift::default();
        d.begin_picture();
        for k in 0..14 {
            d.push(11 + k % 3, 8 + k / 3, [-2.0, 0.0]);
        }
        assert!(!d.carries(&REGION));
    }

    #[test]
    fn the_wind_remembers_the_last_seconds_and_skips_large_area_changes() {
        let mut d = with_others(30, 20, [-1.5, 0.0]);
        // Three seconds of cloud shadows at 8 pictures per second.
        for _ in 0..24 {
            d.update_wind(0.125, false, std::iter::empty());
        }
        // A picture where nothing else moves: the region still drifts with the wind ...
        d.begin_picture();
        assert!(d.carries(&REGION));
        // ... but not if it is much faster than the wind (a car passing under the clouds).
        let car = RegionMotion {
            mean: [-6.0, 0.0],
            ..REGION
        };
        assert!(!d.carries(&car));
        // A lamp switched on (a large area moving the region's way) does not make a wind.
        let mut lamp = with_others(300, 0, [-2.0, 0.0]);
        for _ in 0..24 {
            lamp.update_wind(0.125, true, std::iter::empty());
        }
        lamp.begin_picture();
        assert!(!lamp.carries(&REGION));
    }

    #[test]
    fn a_travelling_region_is_not_its_own_wind() {
        // Only the region itself moves, for three seconds; it travels and is left out.
        let mut d = Drift::default();
        for _ in 0..24 {
            d.begin_picture();
            for k in 0..12 {
                d.push(9 + k % 4, 9 + k / 4, REGION.mean);
            }
            d.update_wind(0.125, false, std::iter::once(&REGION));
        }
        assert!(!d.carries(&REGION));
    }
}
