//! Primitives of the ISO BMFF box writer: a box is written into a `Vec<u8>` with a zero size,
//! filled by a closure, and its 32-bit size is back-patched once the content is known.

use super::Fmp4Error;

/// `version` of a full box written with 32-bit times and durations.
pub(crate) const FULL_BOX_VERSION_0: u8 = 0;
/// `version` of a full box written with 64-bit times (or signed offsets in `trun`).
pub(crate) const FULL_BOX_VERSION_1: u8 = 1;
/// No full-box flags.
pub(crate) const FULL_BOX_FLAGS_NONE: u32 = 0;

/// Writes a box: 32-bit size (patched at the end), the four-character type, then the content
/// written by `content`.
pub(crate) fn write_box<F>(v: &mut Vec<u8>, fourcc: &[u8; 4], content: F) -> Result<(), Fmp4Error>
where
    F: FnOnce(&mut Vec<u8>) -> Result<(), Fmp4Error>,
{
    let start = v.len();
    // Size, back-patched below.
    v.extend(0u32.to_be_bytes());
    // Type.
    v.extend(fourcc);
    content(v)?;
    let size = u32::try_from(v.len() - start).map_err(|_| Fmp4Error::BoxTooBig(*fourcc))?;
    v[start..start + 4].copy_from_slice(&size.to_be_bytes());
    Ok(())
}

/// Writes a full box: a box whose content starts with an 8-bit version and 24-bit flags.
pub(crate) fn write_full_box<F>(
    v: &mut Vec<u8>,
    fourcc: &[u8; 4],
    version: u8,
    flags: u32,
    content: F,
) -> Result<(), Fmp4Error>
where
    F: FnOnce(&mut Vec<u8>) -> Result<(), Fmp4Error>,
{
    if flags >> 24 != 0 {
        return Err(Fmp4Error::InvalidFlags {
            fourcc: *fourcc,
            flags,
        });
    }
    write_box(v, fourcc, |v| {
        // Version and flags.
        v.extend(((u32::from(version) << 24) | flags).to_be_bytes());
        content(v)
    })
}

/// The unity transformation matrix of `mvhd` and `tkhd` (16.16 and 2.30 fixed point).
pub(crate) fn write_unity_matrix(v: &mut Vec<u8>) {
    for value in [0x0001_0000u32, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000] {
        v.extend(value.to_be_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_size_is_back_patched() {
        let mut v = vec![0xaa];
        write_box(&mut v, b"free", |v| {
            v.extend([1, 2, 3]);
            Ok(())
        })
        .unwrap();
        assert_eq!(v, [0xaa, 0, 0, 0, 11, b'f', b'r', b'e', b'e', 1, 2, 3]);
    }

    #[test]
    fn nested_boxes_have_their_own_sizes() {
        let mut v = Vec::new();
        write_box(&mut v, b"moov", |v| {
            write_full_box(v, b"mvhd", FULL_BOX_VERSION_1, 0x000203, |v| {
                v.push(9);
                Ok(())
            })
        })
        .unwrap();
        assert_eq!(
            v,
            [
                0, 0, 0, 21, b'm', b'o', b'o', b'v', 0, 0, 0, 13, b'm', b'v', b'h', b'd', 1, 0, 2,
                3, 9
            ]
        );
    }

    #[test]
    fn flags_wider_than_24_bits_are_refused() {
        let mut v = Vec::new();
        let err = write_full_box(&mut v, b"tfhd", 0, 0x0100_0000, |_| Ok(())).unwrap_err();
        assert!(matches!(err, Fmp4Error::InvalidFlags { .. }));
    }

    #[test]
    fn content_errors_propagate() {
        let mut v = Vec::new();
        let err = write_box(&mut v, b"moov", |_| Err(Fmp4Error::BoxTooBig(*b"test"))).unwrap_err();
        assert!(matches!(err, Fmp4Error::BoxTooBig(_)));
    }
}
