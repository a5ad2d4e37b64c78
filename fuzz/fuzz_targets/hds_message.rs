//! HomeKit Data Stream messages (src/hds/message.rs) and their OPACK encoding
//! (src/hds/opack): whatever decodes must re-encode to bytes that decode again.
#![no_main]

use hksv::hds::{message, opack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = opack::decode(data) {
        let encoded = opack::encode(&value);
        assert!(
            opack::decode(&encoded).is_ok(),
            "re-encoded OPACK does not decode"
        );
    }
    let _ = opack::decode_prefix(data);
    if let Ok(msg) = message::decode(data) {
        let _ = (msg.protocol(), msg.topic(), msg.body());
        if let Ok(encoded) = message::encode(&msg) {
            assert!(
                message::decode(&encoded).is_ok(),
                "re-encoded message does not decode"
            );
        }
    }
});
