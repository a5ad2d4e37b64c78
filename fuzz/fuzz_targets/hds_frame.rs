//! HomeKit Data Stream frames (src/hds/frame.rs): `[type][len u24][ciphertext][tag]`.
//!
//! Modes as in `session_frame`: even first byte, the input as received bytes (`frame_len`,
//! `FrameCodec::decrypt`); odd, the input split into payloads (at the second byte's position),
//! encrypted by a controller codec and decrypted by the accessory codec, optionally with one
//! byte flipped.
#![no_main]

use hksv::hds::frame::{FrameCodec, HdsKeys, Role, frame_len};
use libfuzzer_sys::fuzz_target;

fn keys() -> HdsKeys {
    HdsKeys::derive(&[0x42; 32], &[1; 32], &[2; 32])
}

fuzz_target!(|data: &[u8]| {
    let [mode, split, flip, rest @ ..] = data else {
        return;
    };
    let mut accessory = FrameCodec::new(&keys(), Role::Accessory);
    if mode & 1 == 0 {
        let _ = frame_len(rest);
        let mut inbuf = rest.to_vec();
        while let Ok(Some(_)) = accessory.decrypt(&mut inbuf) {}
        return;
    }
    let mut controller = FrameCodec::new(&keys(), Role::Controller);
    let at = usize::from(*split) * rest.len() / 256;
    let payloads = [&rest[..at], &rest[at..]];
    let mut wire = Vec::new();
    for payload in payloads {
        if controller.encrypt(payload, &mut wire).is_err() {
            return;
        }
    }
    let corrupt = mode & 2 != 0 && !wire.is_empty();
    if corrupt {
        let at = usize::from(*flip) * wire.len() / 256;
        wire[at] ^= 0x01 | (mode & 0xf0);
    }
    let mut received = Vec::new();
    let mut failed = false;
    loop {
        match accessory.decrypt(&mut wire) {
            Ok(Some(payload)) => received.push(payload),
            Ok(None) => break,
            Err(_) => {
                failed = true;
                break;
            }
        }
    }
    if corrupt {
        assert!(
            received.len() < 2 || failed,
            "a corrupted stream decrypted whole"
        );
        for (got, sent) in received.iter().zip(payloads) {
            assert_eq!(
                got.as_slice(),
                sent,
                "a corrupted stream gave other payloads"
            );
        }
    } else {
        assert!(!failed, "an intact stream failed to decrypt");
        assert_eq!(
            received, payloads,
            "an intact stream decrypted to other payloads"
        );
        assert!(wire.is_empty());
    }
});
