//! TLV list writers shared by the capability values of live view (`114`, §10.1) and recording
//! (`206`/`207`, §11.2, §11.3). Lists inside characteristic TLVs are separated by `00 00`
//! (§2.2, §16 #4).

use crate::tlv8::{CHARACTERISTIC_SEPARATOR, Tlv8};

/// Items of one type, one per value, separated by `00 00` (a TLV list of scalars).
pub(crate) fn u8_list(out: &mut Tlv8, ty: u8, values: &[u8]) {
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push_separator(CHARACTERISTIC_SEPARATOR);
        }
        out.push_u8(ty, *value);
    }
}

/// Nested items of one type, separated by `00 00`.
pub(crate) fn tlv_list(out: &mut Tlv8, ty: u8, values: &[Tlv8]) {
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push_separator(CHARACTERISTIC_SEPARATOR);
        }
        out.push_tlv(ty, value);
    }
}

/// One video attribute entry: `1` width, `2` height, `3` frame rate (§10.1, §11.2).
pub(crate) fn video_attribute(width: u16, height: u16, fps: u8) -> Tlv8 {
    let mut a = Tlv8::new();
    a.push_u16(1, width).push_u16(2, height).push_u8(3, fps);
    a
}

/// An H.264 codec configuration: codec 0, parameters, attribute list.
pub(crate) fn h264_configuration(params: &Tlv8, attributes: &[(u16, u16, u8)]) -> Tlv8 {
    let attributes: Vec<Tlv8> = attributes
        .iter()
        .map(|&(width, height, fps)| video_attribute(width, height, fps))
        .collect();
    let mut codec = Tlv8::new();
    codec.push_u8(1, 0).push_tlv(2, params);
    tlv_list(&mut codec, 3, &attributes);
    codec
}
