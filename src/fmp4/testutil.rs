//! A minimal box reader for the unit tests: finds boxes by path and reads big-endian fields.

/// The children of a box body (or of a whole file): `(fourcc, body)`.
pub(crate) fn children(data: &[u8]) -> Vec<([u8; 4], &[u8])> {
    let mut out = Vec::new();
    let mut rest = data;
    while rest.len() >= 8 {
        let size = u32::from_be_bytes(rest[0..4].try_into().unwrap()) as usize;
        let fourcc: [u8; 4] = rest[4..8].try_into().unwrap();
        assert!(
            size >= 8 && size <= rest.len(),
            "bad size {size} of {:?}",
            String::from_utf8_lossy(&fourcc)
        );
        out.push((fourcc, &rest[8..size]));
        rest = &rest[size..];
    }
    assert!(rest.is_empty(), "{} trailing bytes", rest.len());
    out
}

/// Bytes to skip before the children of container-like boxes that have fields first.
fn header_len(fourcc: &[u8; 4]) -> usize {
    match fourcc {
        b"stsd" | b"dref" => 8,
        b"avc1" => 78,
        b"mp4a" => 28,
        _ => 0,
    }
}

/// The body of the box at `path` (e.g. `["moov", "trak", "mdia"]`), taking the `index`-th
/// match of the last element.
pub(crate) fn find<'a>(data: &'a [u8], path: &[&str], index: usize) -> &'a [u8] {
    let mut current = data;
    let mut skip = 0;
    for (depth, name) in path.iter().enumerate() {
        let matches: Vec<&[u8]> = children(&current[skip..])
            .into_iter()
            .filter(|(fourcc, _)| fourcc == name.as_bytes())
            .map(|(_, body)| body)
            .collect();
        let pick = if depth + 1 == path.len() { index } else { 0 };
        current = matches
            .get(pick)
            .unwrap_or_else(|| panic!("no {name} #{pick} in {path:?}"));
        skip = header_len(name.as_bytes().try_into().unwrap());
    }
    current
}

/// Big-endian u32 at `offset`.
pub(crate) fn u32_at(data: &[u8], offset: usize) -> u32 {
    u32::from_be_bytes(data[offset..offset + 4].try_into().unwrap())
}

/// Big-endian u64 at `offset`.
pub(crate) fn u64_at(data: &[u8], offset: usize) -> u64 {
    u64::from_be_bytes(data[offset..offset + 8].try_into().unwrap())
}
