//! Small robust statistics: median and median absolute deviation.

/// Median of `values` (sorted in place); `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    let mid = values.len() / 2;
    let upper = *values.get(mid)?;
    if values.len() % 2 == 1 {
        return Some(upper);
    }
    Some((values.get(mid - 1)? + upper) / 2.0)
}

/// Median and normal-consistent robust standard deviation (1.4826 × MAD) of `values`.
pub fn median_sigma(values: &[f64]) -> Option<(f64, f64)> {
    let mut scratch = values.to_vec();
    let center = median(&mut scratch)?;
    for v in &mut scratch {
        *v = (*v - center).abs();
    }
    Some((center, 1.4826 * median(&mut scratch)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_mad() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), Some(2.5));
        let (c, s) = median_sigma(&[1.0, 2.0, 3.0, 4.0, 100.0]).unwrap();
        assert_eq!(c, 3.0);
        assert!((s - 1.4826).abs() < 1e-9);
    }
}
