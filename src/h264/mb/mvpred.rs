//! Motion vector prediction for P slices (8.4.1.3, 8.4.1.1 for `P_Skip`).
//!
//! The entropy decoders call [`MvField::skip`], [`MvField::intra`] and [`MvField::inter`] once
//! per macroblock, in decoding order, and get the motion vector of each 4x4 block back.
//! [`MvField`] keeps, for the picture being parsed, the motion vectors and reference indices
//! along the edges of the macroblocks that later ones can still see, and the slice they belong
//! to, which is all the prediction needs (only list 0, frame macroblocks: no field scaling).
//! It is cheap to create per slice: one small line buffer the width of the picture.
//!
//! Robustness: a macroblock address outside the picture is ignored (nothing is recorded and the
//! returned motion is zero), and motion vectors wrap around in `i16` instead of overflowing, so
//! no input makes this module panic. Nothing is allocated per macroblock.

/// Sub-macroblock partition of one 8x8 quadrant of a `P_8x8` macroblock (Table 7-17).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SubPartition {
    /// One 8x8 partition.
    #[default]
    S8x8,
    /// Two 8x4 partitions (top, bottom).
    S8x4,
    /// Two 4x8 partitions (left, right).
    S4x8,
    /// Four 4x4 partitions.
    S4x4,
}

/// Partitioning of an inter macroblock (Table 7-13).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partition {
    /// `P_L0_16x16`.
    P16x16,
    /// `P_L0_L0_16x8`: top, bottom.
    P16x8,
    /// `P_L0_L0_8x16`: left, right.
    P8x16,
    /// `P_8x8` / `P_8x8ref0`: four quadrants (raster order), each with its sub-partitioning.
    P8x8([SubPartition; 4]),
}

/// The motion syntax of one inter macroblock, as the entropy decoders read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterMb {
    /// Partitioning.
    pub partition: Partition,
    /// `ref_idx_l0` per 8x8 quadrant in raster order (16x16: all four equal; 16x8: top two,
    /// bottom two; 8x16: left two, right two; `P_8x8ref0`: all 0).
    pub ref_idx: [u8; 4],
    /// `mvd_l0` (x, y) in syntax order: partition by partition (`mbPartIdx`), and within a
    /// `P_8x8` quadrant sub-partition by sub-partition (`subMbPartIdx`). Only the first
    /// "number of (sub-)partitions" entries are used.
    pub mvd: [[i16; 2]; 16],
}

/// Motion vectors of the 16 4x4 luma blocks of a macroblock, in raster order (`x + 4 * y`),
/// quarter samples.
pub type MbMotion = [[i16; 2]; 16];

/// One quarter-sample motion vector (x, y).
type Mv = [i16; 2];

/// Reference index recorded for intra macroblocks (and used for unavailable neighbours).
const NO_REF: i8 = -1;

/// A neighbouring partition A, B, C or D as 8.4.1.3.2 delivers it: when it is not available
/// or intra, `ref_idx` is −1 and `mv` zero.
#[derive(Debug, Clone, Copy)]
struct Neighbour {
    /// The partition exists, was decoded before and is in the current slice (6.4.11.7).
    available: bool,
    ref_idx: i8,
    mv: Mv,
}

const UNAVAILABLE: Neighbour = Neighbour {
    available: false,
    ref_idx: NO_REF,
    mv: [0, 0],
};

/// Which directional rule of 8.4.1.3 applies to a partition before the median.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// No directional rule (16x16, 8x8 and smaller).
    Median,
    /// 16x8 upper partition: B when its refIdx matches.
    Above,
    /// 16x8 lower and 8x16 left partitions: A when its refIdx matches.
    Left,
    /// 8x16 right partition: C when its refIdx matches.
    AboveRight,
}

/// One edge of a finished macroblock, as the macroblocks below and to its right see it.
#[derive(Debug, Clone, Copy, Default)]
struct Edge {
    /// Slice number of the macroblock (0: no macroblock).
    slice: u32,
    /// Its address.
    addr: u32,
    /// Bottom row (blocks 12..=15, left to right) or right column (blocks 3, 7, 11, 15, top
    /// to bottom).
    mv: [Mv; 4],
    /// refIdx of the quadrants along the edge (bottom: 2, 3; right: 1, 3); −1 for intra.
    ref_idx: [i8; 2],
}

impl Edge {
    /// Block `i` (0..4) along the edge: available, with its refIdx and vector (intra
    /// macroblocks are stored with refIdx −1 and zero vectors, as 8.4.1.3.2 wants them).
    fn block(&self, i: usize) -> Neighbour {
        Neighbour {
            available: true,
            ref_idx: self.ref_idx.get(i / 2).copied().unwrap_or(NO_REF),
            mv: self.mv.get(i).copied().unwrap_or([0, 0]),
        }
    }
}

/// The macroblock being predicted: the edges of its available neighbouring macroblocks and
/// the partitions of its own that are already decoded.
#[derive(Debug, Clone, Copy)]
struct Current {
    /// Right column of A (left).
    a: Option<Edge>,
    /// Bottom row of B (above).
    b: Option<Edge>,
    /// Bottom row of C (above right; block 0 is used).
    c: Option<Edge>,
    /// Bottom row of D (above left; block 3 is used).
    d: Option<Edge>,
    mv: MbMotion,
    ref_idx: [i8; 4],
    /// Bit `i` set: 4x4 block `i` (raster) belongs to a partition already decoded.
    decoded: u16,
}

/// Motion vectors and reference indices of the picture being parsed, for prediction from the
/// neighbours (A left, B above, C above-right, D above-left).
///
/// Only the edges the next macroblocks can see are kept (a line of bottom rows, the last right
/// column and one above-left corner), each tagged with its macroblock address and slice
/// number; a neighbour is available when both match (6.4.8). Slice numbers grow across
/// pictures, so nothing needs clearing, and the state is a few kilobytes even for 4K.
#[derive(Debug, Clone, Default)]
pub struct MvField {
    width: u32,
    /// Macroblocks in the picture.
    mbs: u32,
    /// Per macroblock column: the bottom row of the last macroblock finished in it.
    above: Vec<Edge>,
    /// Right column of the last macroblock finished.
    left: Edge,
    /// The entry of `above` the last finished macroblock replaced: the above-left (D)
    /// neighbour of the next one.
    corner: Edge,
    /// Number of the current slice.
    current_slice: u32,
}

impl MvField {
    /// Starts a picture of `width` x `height` macroblocks (keeps the allocation).
    pub fn reset(&mut self, width: u32, height: u32) {
        self.width = width;
        self.mbs = width.saturating_mul(height);
        if self.above.len() != width as usize {
            self.above.clear();
            self.above.resize(width as usize, Edge::default());
        }
        // Macroblocks recorded before this call are from another picture: never available.
        self.next_slice_number();
    }

    /// Starts a new slice: macroblocks of earlier slices are no longer available as
    /// neighbours (6.4.8). `first_mb` is not needed: slices are told apart by number, which
    /// also holds with arbitrary slice order and slice groups.
    pub fn start_slice(&mut self, first_mb: u32) {
        let _ = first_mb;
        self.next_slice_number();
    }

    fn next_slice_number(&mut self) {
        self.current_slice = self.current_slice.wrapping_add(1);
        if self.current_slice == 0 {
            // After 2^32 slices: forget every old number so none can match again.
            self.above.fill(Edge::default());
            self.left = Edge::default();
            self.corner = Edge::default();
            self.current_slice = 1;
        }
    }

    /// Records a `P_Skip` macroblock and returns its motion (8.4.1.1): zero when A or B is
    /// unavailable or either has refIdx 0 with a zero vector, else the 16x16 prediction for
    /// refIdx 0.
    pub fn skip(&mut self, mb_addr: u32) -> MbMotion {
        [self.skip_mv(mb_addr); 16]
    }

    /// [`skip`](Self::skip) returning the one vector of all 16 blocks. Cheaper: the full
    /// neighbourhood is only gathered when A and B both have motion (in still pictures most
    /// skipped macroblocks have zero motion neighbours).
    pub fn skip_mv(&mut self, mb_addr: u32) -> [i16; 2] {
        if mb_addr >= self.mbs || self.width == 0 {
            return [0, 0];
        }
        let x = mb_addr % self.width;
        let a = self.edge_a(mb_addr, x).map(|e| e.block(0));
        let b = self.edge_b(mb_addr, x, 0).map(|e| e.block(0));
        let moving = |n: &Neighbour| n.ref_idx != 0 || n.mv != [0, 0];
        let mv = match (a, b) {
            (Some(a), Some(b)) if moving(&a) && moving(&b) => self
                .begin(mb_addr)
                .map_or([0, 0], |cur| predict(&cur, 0, 0, 16, 0, Direction::Median)),
            _ => [0, 0],
        };
        self.finish_uniform(mb_addr, mv, 0);
        mv
    }

    /// Records an intra macroblock (not available for inter prediction: refIdx −1, mv 0).
    pub fn intra(&mut self, mb_addr: u32) {
        if mb_addr < self.mbs && self.width != 0 {
            self.finish_uniform(mb_addr, [0, 0], NO_REF);
        }
    }

    /// Records an inter macroblock and returns the motion of its 4x4 blocks (prediction plus
    /// `mvd`, partition by partition in decoding order).
    pub fn inter(&mut self, mb_addr: u32, mb: &InterMb) -> MbMotion {
        let Some(mut cur) = self.begin(mb_addr) else {
            return [[0; 2]; 16];
        };
        let r = |q: usize| {
            mb.ref_idx
                .get(q)
                .map_or(0, |&r| i8::try_from(r).unwrap_or(i8::MAX))
        };
        let mut mvd = mb.mvd.iter().copied();
        // (x, y, width, height, quadrant whose refIdx applies, directional rule)
        let mut part = |cur: &mut Current, x: u8, y: u8, w: u8, h: u8, q: usize, dir| {
            let ref_idx = r(q);
            if let Some(slot) = cur.ref_idx.get_mut(q) {
                *slot = ref_idx;
            }
            let mvp = predict(cur, x, y, w, ref_idx, dir);
            let [dx, dy] = mvd.next().unwrap_or([0, 0]);
            let mv = [mvp[0].wrapping_add(dx), mvp[1].wrapping_add(dy)];
            fill(cur, x, y, w, h, mv);
        };
        match mb.partition {
            Partition::P16x16 => {
                part(&mut cur, 0, 0, 16, 16, 0, Direction::Median);
                cur.ref_idx = [cur.ref_idx[0]; 4];
            }
            Partition::P16x8 => {
                part(&mut cur, 0, 0, 16, 8, 0, Direction::Above);
                cur.ref_idx[1] = cur.ref_idx[0];
                part(&mut cur, 0, 8, 16, 8, 2, Direction::Left);
                cur.ref_idx[3] = cur.ref_idx[2];
            }
            Partition::P8x16 => {
                part(&mut cur, 0, 0, 8, 16, 0, Direction::Left);
                cur.ref_idx[2] = cur.ref_idx[0];
                part(&mut cur, 8, 0, 8, 16, 1, Direction::AboveRight);
                cur.ref_idx[3] = cur.ref_idx[1];
            }
            Partition::P8x8(subs) => {
                for (q, sub) in subs.into_iter().enumerate() {
                    let (qx, qy) = (8 * (q as u8 & 1), 8 * (q as u8 >> 1));
                    let med = Direction::Median;
                    match sub {
                        SubPartition::S8x8 => part(&mut cur, qx, qy, 8, 8, q, med),
                        SubPartition::S8x4 => {
                            part(&mut cur, qx, qy, 8, 4, q, med);
                            part(&mut cur, qx, qy + 4, 8, 4, q, med);
                        }
                        SubPartition::S4x8 => {
                            part(&mut cur, qx, qy, 4, 8, q, med);
                            part(&mut cur, qx + 4, qy, 4, 8, q, med);
                        }
                        SubPartition::S4x4 => {
                            part(&mut cur, qx, qy, 4, 4, q, med);
                            part(&mut cur, qx + 4, qy, 4, 4, q, med);
                            part(&mut cur, qx, qy + 4, 4, 4, q, med);
                            part(&mut cur, qx + 4, qy + 4, 4, 4, q, med);
                        }
                    }
                }
            }
        }
        self.finish(mb_addr, &cur);
        cur.mv
    }

    /// Looks up the neighbouring macroblocks of `mb_addr` (6.4.9: available when inside the
    /// picture, already decoded and in the current slice). `None` when `mb_addr` is outside
    /// the picture.
    fn begin(&self, mb_addr: u32) -> Option<Current> {
        if mb_addr >= self.mbs || self.width == 0 {
            return None;
        }
        let width = self.width;
        let x = mb_addr % width;
        let (left, up, right) = (x > 0, mb_addr >= width, x + 1 < width);
        let b_addr = mb_addr.wrapping_sub(width);
        Some(Current {
            a: self.edge_a(mb_addr, x).copied(),
            b: self.edge_b(mb_addr, x, 0).copied(),
            c: if right {
                self.edge_b(mb_addr, x, 1).copied()
            } else {
                None
            },
            d: if up && left {
                let d_addr = b_addr - 1;
                self.live(self.above.get(x as usize - 1), d_addr)
                    .or_else(|| self.live(Some(&self.corner), d_addr))
                    .copied()
            } else {
                None
            },
            mv: [[0; 2]; 16],
            ref_idx: [NO_REF; 4],
            decoded: 0,
        })
    }

    /// `edge` when it belongs to macroblock `addr` of the current slice (available, 6.4.8).
    fn live<'e>(&self, edge: Option<&'e Edge>, addr: u32) -> Option<&'e Edge> {
        edge.filter(|e| e.slice == self.current_slice && e.addr == addr)
    }

    /// Right column of A, the left neighbour of `mb_addr` (in column `x`), when available.
    fn edge_a(&self, mb_addr: u32, x: u32) -> Option<&Edge> {
        if x == 0 {
            return None;
        }
        self.live(Some(&self.left), mb_addr - 1)
    }

    /// Bottom row of the macroblock above `mb_addr` (in column `x`) shifted right by `dx`
    /// (0: B, 1: C), when available.
    fn edge_b(&self, mb_addr: u32, x: u32, dx: u32) -> Option<&Edge> {
        if mb_addr < self.width {
            return None;
        }
        let addr = mb_addr - self.width + dx;
        self.live(self.above.get((x + dx) as usize), addr)
    }

    /// [`finish`](Self::finish) for a macroblock whose 16 blocks all have vector `mv` and
    /// refIdx `ref_idx` (skipped and intra macroblocks).
    fn finish_uniform(&mut self, mb_addr: u32, mv: Mv, ref_idx: i8) {
        let edge = Edge {
            slice: self.current_slice,
            addr: mb_addr,
            mv: [mv; 4],
            ref_idx: [ref_idx; 2],
        };
        if let Some(slot) = self.above.get_mut((mb_addr % self.width.max(1)) as usize) {
            self.corner = *slot;
            *slot = edge;
        }
        self.left = edge;
    }

    /// Keeps the edges of the finished macroblock for its neighbours to come.
    fn finish(&mut self, mb_addr: u32, cur: &Current) {
        let (slice, addr) = (self.current_slice, mb_addr);
        let m = &cur.mv;
        let r = &cur.ref_idx;
        if let Some(slot) = self.above.get_mut((mb_addr % self.width.max(1)) as usize) {
            self.corner = *slot;
            *slot = Edge {
                slice,
                addr,
                mv: [m[12], m[13], m[14], m[15]],
                ref_idx: [r[2], r[3]],
            };
        }
        self.left = Edge {
            slice,
            addr,
            mv: [m[3], m[7], m[11], m[15]],
            ref_idx: [r[1], r[3]],
        };
    }
}

/// The partition covering luma location (`x`, `y`) relative to the current macroblock's
/// upper-left sample, `x` in −1..=16 and `y` in −1..=15 (6.4.12, 6.4.11.7, 8.4.1.3.2).
fn neighbour(cur: &Current, x: i32, y: i32) -> Neighbour {
    let (edge, i) = match (x, y) {
        (..0, ..0) => (cur.d, 3),
        (0..16, ..0) => (cur.b, x as usize / 4),
        (16.., ..0) => (cur.c, 0),
        (..0, 0..16) => (cur.a, y as usize / 4),
        (0..16, 0..16) => {
            // Inside the current macroblock: available once its partition is decoded.
            let block = x as usize / 4 + 4 * (y as usize / 4);
            if cur.decoded & (1 << block) == 0 {
                return UNAVAILABLE;
            }
            let q = x as usize / 8 + 2 * (y as usize / 8);
            return Neighbour {
                available: true,
                ref_idx: cur.ref_idx.get(q).copied().unwrap_or(NO_REF),
                mv: cur.mv.get(block).copied().unwrap_or([0, 0]),
            };
        }
        _ => return UNAVAILABLE,
    };
    edge.map_or(UNAVAILABLE, |e| e.block(i))
}

/// Motion vector predictor of the partition at (`x`, `y`) of width `w` (8.4.1.3).
fn predict(cur: &Current, x: u8, y: u8, w: u8, ref_idx: i8, dir: Direction) -> Mv {
    let (x, y, w) = (i32::from(x), i32::from(y), i32::from(w));
    let a = neighbour(cur, x - 1, y);
    let b = neighbour(cur, x, y - 1);
    let mut c = neighbour(cur, x + w, y - 1);
    if !c.available {
        // 8.4.1.3.2: C is replaced by D when not available.
        c = neighbour(cur, x - 1, y - 1);
    }
    match dir {
        Direction::Above if b.ref_idx == ref_idx => return b.mv,
        Direction::Left if a.ref_idx == ref_idx => return a.mv,
        Direction::AboveRight if c.ref_idx == ref_idx => return c.mv,
        _ => {}
    }
    // 8.4.1.3.1: B and C both unavailable, A available: B and C take A's values, and every
    // branch below then yields A's vector.
    if !b.available && !c.available && a.available {
        return a.mv;
    }
    match (
        a.ref_idx == ref_idx,
        b.ref_idx == ref_idx,
        c.ref_idx == ref_idx,
    ) {
        (true, false, false) => a.mv,
        (false, true, false) => b.mv,
        (false, false, true) => c.mv,
        _ => [
            median(a.mv[0], b.mv[0], c.mv[0]),
            median(a.mv[1], b.mv[1], c.mv[1]),
        ],
    }
}

/// Sets the vector of the 4x4 blocks of a `w` x `h` partition at (`x`, `y`) and marks them
/// decoded.
fn fill(cur: &mut Current, x: u8, y: u8, w: u8, h: u8, mv: Mv) {
    for by in (y / 4)..((y + h) / 4).min(4) {
        for bx in (x / 4)..((x + w) / 4).min(4) {
            let block = usize::from(bx + 4 * by);
            if let Some(slot) = cur.mv.get_mut(block) {
                *slot = mv;
                cur.decoded |= 1 << block;
            }
        }
    }
}

/// Median of three values (8-217).
fn median(a: i16, b: i16, c: i16) -> i16 {
    a.max(b).min(a.min(b).max(c))
}

#[cfg(test)]
mod clip_tests;
#[cfg(test)]
mod tests;
