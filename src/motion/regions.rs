//! 8-connected regions of flagged macroblocks, shared by the vector and intra analyses.

/// The 8 neighbours of a macroblock.
const NEIGHBOURS: [(isize, isize); 8] = [
    (-1, -1),
    (0, -1),
    (1, -1),
    (-1, 0),
    (1, 0),
    (-1, 1),
    (0, 1),
    (1, 1),
];

/// Labels the 8-connected regions of a `width`-wide picture whose `labels` hold 1 for a
/// flagged macroblock and 0 otherwise: region `k` (from 0) gets label `k + 2`. Calls
/// `visit(k, index)` for every macroblock of region `k`, and returns the number of regions.
/// `stack` is work space.
pub fn label(
    labels: &mut [u32],
    width: usize,
    stack: &mut Vec<usize>,
    mut visit: impl FnMut(usize, usize),
) -> usize {
    if width == 0 {
        return 0;
    }
    let height = labels.len() / width;
    let mut regions = 0usize;
    for start in 0..labels.len() {
        if labels.get(start) != Some(&1) {
            continue;
        }
        let label = u32::try_from(regions + 2).unwrap_or(u32::MAX);
        stack.clear();
        stack.push(start);
        if let Some(l) = labels.get_mut(start) {
            *l = label;
        }
        while let Some(i) = stack.pop() {
            visit(regions, i);
            let (x, y) = (i % width, i / width);
            for (dx, dy) in NEIGHBOURS {
                let (Some(nx), Some(ny)) = (x.checked_add_signed(dx), y.checked_add_signed(dy))
                else {
                    continue;
                };
                if nx >= width || ny >= height {
                    continue;
                }
                let n = ny * width + nx;
                if let Some(l) = labels.get_mut(n)
                    && *l == 1
                {
                    *l = label;
                    stack.push(n);
                }
            }
        }
        regions += 1;
    }
    regions
}

/// A bounding box of macroblocks (first column, first row, last column, last row) as the
/// detector reports it (`u16`, saturating: no picture is 65535 macroblocks wide).
pub fn box_u16(bounds: [usize; 4]) -> [u16; 4] {
    bounds.map(|v| u16::try_from(v).unwrap_or(u16::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagonal_neighbours_join_and_gaps_separate() {
        // 5 wide: a diagonal pair, and a lone macroblock two columns away.
        #[rustfmt::skip]
        let mut labels = vec![
            1, 0, 0, 0, 1,
            0, 1, 0, 0, 0,
        ];
        let mut sizes = Vec::new();
        let n = label(&mut labels, 5, &mut Vec::new(), |k, _| {
            if sizes.len() <= k {
                sizes.push(0);
            }
            sizes[k] += 1;
        });
        assert_eq!(n, 2);
        assert_eq!(sizes, [2, 1]);
        assert_eq!(labels, [2, 0, 0, 0, 3, 0, 2, 0, 0, 0]);
    }
}
