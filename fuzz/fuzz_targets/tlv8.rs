//! TLV8 (src/tlv8.rs): decoding, list splitting, typed getters, and the round trip
//! `decode(encode(t)) == t` of whatever decodes.
#![no_main]

use hksv::tlv8::{Tlv8, types};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tlv) = Tlv8::decode(data) else {
        return;
    };
    for element in tlv.split_list() {
        let _ = element.get_u32(types::FLAGS);
    }
    let _ = tlv.get_u8(types::STATE);
    let _ = tlv.get_u16(types::METHOD);
    let _ = tlv.get_u64(types::FLAGS);
    let _ = tlv.require_str(types::IDENTIFIER);
    let _ = tlv.require_array::<32>(types::PUBLIC_KEY);
    let encoded = tlv.encode();
    assert_eq!(encoded.len(), tlv.encoded_len());
    assert_eq!(Tlv8::decode(&encoded).as_ref(), Ok(&tlv));
});
