//! Hand-built pictures whose predicted vectors were worked out from the rules of 8.4.1.3 and
//! 8.4.1.1. Macroblock addresses are raster order; all vectors are quarter samples.

use super::*;

const ZERO: MbMotion = [[0; 2]; 16];

/// A picture of `width` x `height` macroblocks with one slice started at macroblock 0.
fn field(width: u32, height: u32) -> MvField {
    let mut f = MvField::default();
    f.reset(width, height);
    f.start_slice(0);
    f
}

fn mb(partition: Partition, ref_idx: [u8; 4], mvds: &[[i16; 2]]) -> InterMb {
    let mut mvd = [[0; 2]; 16];
    for (slot, v) in mvd.iter_mut().zip(mvds) {
        *slot = *v;
    }
    InterMb {
        partition,
        ref_idx,
        mvd,
    }
}

/// `P_L0_16x16` with reference `r` and difference `mvd`; returns its (uniform) vector.
fn p16(f: &mut MvField, addr: u32, r: u8, mvd: [i16; 2]) -> [i16; 2] {
    let m = f.inter(addr, &mb(Partition::P16x16, [r; 4], &[mvd]));
    assert!(m.iter().all(|v| *v == m[0]), "16x16 is uniform: {m:?}");
    m[0]
}

/// Builds from its rows (top to bottom, 4 blocks each) the motion of a macroblock.
fn rows(r: [[[i16; 2]; 4]; 4]) -> MbMotion {
    let mut out = ZERO;
    for (y, row) in r.iter().enumerate() {
        for (x, v) in row.iter().enumerate() {
            out[x + 4 * y] = *v;
        }
    }
    out
}

#[test]
fn median_is_taken_per_component() {
    // 3x2. Row 0: A copied when B and C are unavailable (8.4.1.3.1).
    let mut f = field(3, 2);
    assert_eq!(p16(&mut f, 0, 0, [8, -4]), [8, -4]);
    assert_eq!(p16(&mut f, 1, 0, [-8, 12]), [0, 8]);
    assert_eq!(p16(&mut f, 2, 0, [12, -20]), [12, -12]);
    // MB3: A outside the picture (0, refIdx -1), B = (8,-4), C = (0,8): median = (0,0).
    assert_eq!(p16(&mut f, 3, 0, [-4, 2]), [-4, 2]);
    // MB4: A = (-4,2), B = (0,8), C = (12,-12): median per component = (0,2).
    assert_eq!(p16(&mut f, 4, 0, [0, 0]), [0, 2]);
}

#[test]
fn c_is_replaced_by_d_when_unavailable() {
    // 2x2: MB3 has no C (right edge), D = MB0 takes its place in the median.
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 0, [20, 20]), [20, 20]);
    assert_eq!(p16(&mut f, 1, 0, [-20, -16]), [0, 4]);
    // MB2: A unavailable, B = (20,20), C = (0,4): median (0,4).
    assert_eq!(p16(&mut f, 2, 0, [-4, -8]), [-4, -4]);
    // MB3: A = (-4,-4), B = (0,4), D = (20,20): (0,4); with C as zero it would be (0,0).
    assert_eq!(p16(&mut f, 3, 0, [0, 0]), [0, 4]);
}

#[test]
fn only_one_matching_ref_idx_is_taken() {
    // 2x2 with two reference pictures.
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 0, [8, 0]), [8, 0]);
    // MB1 (ref 1): A (ref 0) is copied into B and C, so the median is A whatever the refs.
    assert_eq!(p16(&mut f, 1, 1, [0, 4]), [8, 4]);
    // MB2: B = (8,0) ref 0 is the only match (C = MB1 has ref 1).
    assert_eq!(p16(&mut f, 2, 0, [-16, -8]), [-8, -8]);
    // MB3 (ref 1): A = (-8,-8) ref 0, B = (8,4) ref 1, D = (8,0) ref 0: only B matches, so
    // (8,4) where the median would give (8,0).
    assert_eq!(p16(&mut f, 3, 1, [0, 0]), [8, 4]);
}

#[test]
fn only_a_matching_ref_idx_is_taken() {
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 1, [8, 8]), [8, 8]);
    assert_eq!(p16(&mut f, 1, 1, [0, 4]), [8, 12]);
    // MB2 (ref 0): B and C have ref 1, no match: median of 0, (8,8), (8,12) = (8,8).
    assert_eq!(p16(&mut f, 2, 0, [-4, 0]), [4, 8]);
    // MB3 (ref 0): only A = (4,8) has ref 0 (the median would be (8,8)).
    assert_eq!(p16(&mut f, 3, 0, [0, 0]), [4, 8]);
}

#[test]
fn b_and_c_unavailable_copy_a_but_an_intra_c_is_available() {
    // 3x2, second slice starting at MB2. MB4: A = MB3, B = MB1 (other slice), C = MB2.
    for (c_intra, expected) in [(true, [0, 0]), (false, [12, 4])] {
        let mut f = field(3, 2);
        p16(&mut f, 0, 0, [8, 8]);
        p16(&mut f, 1, 0, [0, 0]);
        if c_intra {
            f.start_slice(2);
            f.intra(2);
        } else {
            p16(&mut f, 2, 0, [0, 0]);
            f.start_slice(3);
        }
        // MB3 (ref 1): no neighbour in its slice, prediction 0.
        assert_eq!(p16(&mut f, 3, 1, [12, 4]), [12, 4]);
        // MB4 (ref 0): with C intra (available, refIdx -1) no copy happens and nothing
        // matches: median of (12,4), 0, 0 = (0,0). With B and C both unavailable, A is copied.
        assert_eq!(p16(&mut f, 4, 0, [0, 0]), expected, "C intra: {c_intra}");
    }
}

/// 2x2 neighbourhood for the two-partition tests: MB0..MB2 decoded, MB3 next.
fn neighbourhood_2x2() -> MvField {
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 0, [8, 0]), [8, 0]);
    assert_eq!(p16(&mut f, 1, 0, [-8, 12]), [0, 12]);
    // MB2: A unavailable, B = (8,0), C = (0,12): median (0,0).
    assert_eq!(p16(&mut f, 2, 0, [-4, -4]), [-4, -4]);
    f
}

#[test]
fn partition_16x8_takes_b_above_and_a_below_when_ref_idx_matches() {
    let mut f = neighbourhood_2x2();
    let m = f.inter(3, &mb(Partition::P16x8, [0; 4], &[[1, 0], [0, 1]]));
    // Upper: B = MB1 (0,12) has ref 0 (median would be (0,0)). Lower: A = MB2 (-4,-4).
    let (top, bottom) = ([1, 12], [-4, -3]);
    assert_eq!(m, rows([[top; 4], [top; 4], [bottom; 4], [bottom; 4]]));
}

#[test]
fn partition_16x8_falls_back_to_the_median_when_ref_idx_differs() {
    let mut f = neighbourhood_2x2();
    let m = f.inter(3, &mb(Partition::P16x8, [1; 4], &[[1, 0], [0, 1]]));
    // Upper (ref 1): A, B and D have ref 0, no match: median of (-4,-4), (0,12), (8,0) = (0,0).
    // Lower (ref 1): A (-4,-4) ref 0, B = upper partition (1,0) ref 1, C unavailable inside
    // the macroblock, D = MB2 ref 0: only B matches.
    let (top, bottom) = ([1, 0], [1, 1]);
    assert_eq!(m, rows([[top; 4], [top; 4], [bottom; 4], [bottom; 4]]));
}

#[test]
fn partition_8x16_takes_a_left_and_c_right_when_ref_idx_matches() {
    let mut f = field(3, 2);
    p16(&mut f, 0, 0, [8, 0]);
    assert_eq!(p16(&mut f, 1, 0, [-8, 12]), [0, 12]);
    assert_eq!(p16(&mut f, 2, 0, [20, -12]), [20, 0]);
    assert_eq!(p16(&mut f, 3, 0, [-4, -4]), [-4, -4]);
    let m = f.inter(4, &mb(Partition::P8x16, [0; 4], &[[0, 0], [0, 2]]));
    // Left: A = MB3 (-4,-4). Right: C = MB2 (20,0) (the median would be (0,0)).
    let (l, r) = ([-4, -4], [20, 2]);
    assert_eq!(m, rows([[l, l, r, r]; 4]));
}

#[test]
fn partition_8x16_right_uses_d_for_c_at_the_right_edge() {
    let mut f = neighbourhood_2x2();
    let m = f.inter(3, &mb(Partition::P8x16, [0; 4], &[[0, 0], [0, 2]]));
    // Left: A = MB2 (-4,-4). Right: C outside the picture, D = MB1 bottom-left (0,12) ref 0.
    let (l, r) = ([-4, -4], [0, 14]);
    assert_eq!(m, rows([[l, l, r, r]; 4]));
}

#[test]
fn sub_partitions_4x4_see_only_decoded_blocks_of_their_macroblock() {
    // A lone macroblock: every neighbour is inside it (6.4.11.7).
    let mut f = field(1, 1);
    let subs = [
        SubPartition::S4x4,
        SubPartition::S8x8,
        SubPartition::S8x8,
        SubPartition::S8x8,
    ];
    let mvds = [[4, -8], [8, 4], [-12, 0], [0, 0], [0, -8], [2, 2], [1, 1]];
    let m = f.inter(0, &mb(Partition::P8x8(subs), [0; 4], &mvds));
    // Quadrant 0: block 0 = (4,-8); block 1 copies A = (12,-4); block 4 = median(0, B, C)
    // = (4,-4) + (-12,0) = (-8,-4); block 5: C is quadrant 1, not yet decoded, so D = block 0:
    // median((-8,-4), (12,-4), (4,-8)) = (4,-4).
    let (v0, v1, v2, v3) = ([4, -8], [12, -4], [-8, -4], [4, -4]);
    // Quadrant 1: only A (block 1) available: (12,-4) + (0,-8).
    let q1 = [12, -12];
    // Quadrant 2: B = block 4, C = block 6 (quadrant 1, decoded): median(0, v2, q1) = (0,-4).
    let q2 = [2, -2];
    // Quadrant 3: A = q2, B = q1, D = block 5 (C is outside): (4,-4) + (1,1).
    let q3 = [5, -3];
    assert_eq!(
        m,
        rows([
            [v0, v1, q1, q1],
            [v2, v3, q1, q1],
            [q2, q2, q3, q3],
            [q2, q2, q3, q3]
        ])
    );
}

#[test]
fn sub_partitions_8x4_and_4x8() {
    let mut f = field(1, 1);
    let subs = [
        SubPartition::S8x4,
        SubPartition::S4x8,
        SubPartition::S8x8,
        SubPartition::S8x8,
    ];
    let mvds = [[4, 4], [0, -8], [8, 0], [-4, 4], [0, 0], [1, -1]];
    let m = f.inter(0, &mb(Partition::P8x8(subs), [0; 4], &mvds));
    // Quadrant 0: upper 8x4 = (4,4); lower 8x4: C (8,3) not decoded, D outside, only B
    // matches: (4,4) + (0,-8).
    let (a0, a1) = ([4, 4], [4, -4]);
    // Quadrant 1: left 4x8 copies A = a0: (12,4); right 4x8 copies A = (12,4) + (-4,4).
    let (b0, b1) = ([12, 4], [8, 8]);
    // Quadrant 2: median(0, a1, b0) = (4,0). Quadrant 3: median(c, b0, a1) = (4,0) + (1,-1).
    let (c, d) = ([4, 0], [5, -1]);
    assert_eq!(
        m,
        rows([
            [a0, a0, b0, b1],
            [a1, a1, b0, b1],
            [c, c, d, d],
            [c, c, d, d]
        ])
    );
}

#[test]
fn p_8x8_quadrants_use_their_own_ref_idx() {
    // Lone macroblock, quadrants with refs 0, 1, 0, 1 and 8x8 sub-partitions.
    let mut f = field(1, 1);
    let mvds = [[4, 0], [0, 8], [0, -4], [0, 0]];
    let m = f.inter(
        0,
        &mb(
            Partition::P8x8([SubPartition::S8x8; 4]),
            [0, 1, 0, 1],
            &mvds,
        ),
    );
    // q0 = (4,0). q1: copies A = q0 -> (4,8). q2: B = q0 (ref 0), C = q1 (ref 1): only B
    // matches -> (4,0) + (0,-4) = (4,-4). q3 (ref 1): A = q2 ref 0, B = q1 ref 1, D = q0 ref 0:
    // only B matches -> (4,8).
    let (q0, q1, q2, q3) = ([4, 0], [4, 8], [4, -4], [4, 8]);
    assert_eq!(
        m,
        rows([
            [q0, q0, q1, q1],
            [q0, q0, q1, q1],
            [q2, q2, q3, q3],
            [q2, q2, q3, q3]
        ])
    );
}

#[test]
fn p_skip_is_zero_when_a_or_b_is_unavailable() {
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 0, [8, 8]), [8, 8]);
    // MB1: B outside the picture (the prediction would be (8,8)).
    assert_eq!(f.skip(1), ZERO);
    // MB2: A outside the picture.
    assert_eq!(f.skip(2), ZERO);
}

#[test]
fn p_skip_is_zero_when_a_neighbour_has_ref_0_and_zero_motion() {
    let mut f = field(2, 2);
    assert_eq!(p16(&mut f, 0, 0, [8, 8]), [8, 8]);
    assert_eq!(p16(&mut f, 1, 0, [0, 0]), [8, 8]);
    assert_eq!(f.skip(2), ZERO);
    // MB3: A = skipped MB2 (ref 0, zero vector); the median would be (8,8).
    assert_eq!(f.skip(3), ZERO);
}

#[test]
fn p_skip_predicts_when_a_is_intra() {
    let mut f = field(2, 2);
    p16(&mut f, 0, 0, [8, 8]);
    assert_eq!(p16(&mut f, 1, 0, [-4, 0]), [4, 8]);
    f.intra(2);
    // MB3: A intra (available, refIdx -1), B = (4,8), D = (8,8): median = (4,8).
    assert_eq!(f.skip(3), [[4, 8]; 16]);
}

#[test]
fn skipped_motion_is_recorded_for_later_neighbours() {
    let mut f = field(3, 2);
    p16(&mut f, 0, 0, [8, 8]);
    p16(&mut f, 1, 0, [0, 0]);
    p16(&mut f, 2, 0, [0, 0]);
    f.intra(3);
    assert_eq!(f.skip(4), [[8, 8]; 16]);
    // MB5 (ref 0): A = skipped MB4 (8,8), B = MB2 (8,8), C outside, D = MB1: (8,8).
    assert_eq!(p16(&mut f, 5, 0, [0, 0]), [8, 8]);
}

#[test]
fn neighbours_in_another_slice_are_unavailable() {
    let mut f = field(2, 2);
    p16(&mut f, 0, 0, [8, 8]);
    p16(&mut f, 1, 0, [0, 0]);
    f.start_slice(2);
    // MB2: its own slice starts here; B would give (8,8).
    assert_eq!(f.skip(2), ZERO);
    // MB3: B and D are in the first slice, only A (MB2, zero) is available and copied.
    assert_eq!(p16(&mut f, 3, 0, [0, 0]), [0, 0]);
    // The same P_Skip: B is unavailable, so zero.
    let mut g = field(2, 2);
    p16(&mut g, 0, 0, [8, 8]);
    p16(&mut g, 1, 0, [0, 0]);
    g.start_slice(2);
    p16(&mut g, 2, 0, [4, 4]);
    assert_eq!(g.skip(3), ZERO);
}

#[test]
fn a_new_picture_forgets_the_previous_one() {
    let mut f = field(2, 1);
    p16(&mut f, 0, 0, [8, 8]);
    f.reset(2, 1);
    f.start_slice(1);
    // MB0 of the old picture must not be A: prediction 0, not (8,8).
    assert_eq!(p16(&mut f, 1, 0, [0, 0]), [0, 0]);
    // Even when the caller does not start a slice after the reset.
    f.reset(2, 1);
    assert_eq!(p16(&mut f, 1, 0, [1, 1]), [1, 1]);
}

#[test]
fn out_of_range_input_is_ignored_without_panicking() {
    let mut f = MvField::default();
    assert_eq!(f.skip(0), ZERO);
    f.intra(0);
    let extreme = mb(Partition::P16x16, [255; 4], &[[i16::MAX, i16::MIN]]);
    assert_eq!(f.inter(0, &extreme), ZERO);
    let mut f = field(2, 2);
    assert_eq!(f.skip(4), ZERO);
    f.intra(u32::MAX);
    assert_eq!(f.inter(100, &extreme), ZERO);
    // Vectors wrap instead of overflowing.
    let m = f.inter(0, &extreme);
    assert_eq!(m[0], [i16::MAX, i16::MIN]);
    let m = f.inter(1, &extreme);
    assert_eq!(
        m[0],
        [
            i16::MAX.wrapping_add(i16::MAX),
            i16::MIN.wrapping_add(i16::MIN)
        ]
    );
}

#[test]
fn arbitrary_call_sequences_never_panic() {
    // Pseudo-random (xorshift) pictures, slices, addresses (also out of order and out of
    // range), partitions, reference indices and extreme differences.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let subs = [
        SubPartition::S8x8,
        SubPartition::S8x4,
        SubPartition::S4x8,
        SubPartition::S4x4,
    ];
    let mut f = MvField::default();
    for _ in 0..20_000 {
        let r = next();
        match r % 16 {
            0 => f.reset((r >> 8) as u32 % 5, (r >> 16) as u32 % 5),
            1 => f.start_slice((r >> 8) as u32),
            2..=4 => {
                f.skip((r >> 8) as u32 % 30);
            }
            5 => f.intra((r >> 8) as u32 % 30),
            _ => {
                let partition = match (r >> 4) % 4 {
                    0 => Partition::P16x16,
                    1 => Partition::P16x8,
                    2 => Partition::P8x16,
                    _ => Partition::P8x8(
                        [0, 1, 2, 3].map(|i| subs[(r >> (20 + 2 * i)) as usize % 4]),
                    ),
                };
                let mut mvd = [[0; 2]; 16];
                for v in &mut mvd {
                    let x = next();
                    *v = [x as i16, (x >> 16) as i16];
                }
                let ref_idx = [0, 1, 2, 3].map(|i| (r >> (30 + 8 * i)) as u8 % 4);
                let mb = InterMb {
                    partition,
                    ref_idx,
                    mvd,
                };
                f.inter((r >> 8) as u32 % 30, &mb);
            }
        }
    }
}
