//! The encrypted HAP session framing (src/session.rs): `[len u16le][ciphertext][tag]` frames.
//!
//! The first byte picks a mode:
//! * even: the input as received bytes, decrypted by the accessory (lengths, partial frames,
//!   tag checks);
//! * odd: the input as plaintext, encrypted by a controller session with the same keys,
//!   delivered to the accessory in two pieces (the second byte picks the split), optionally
//!   with one byte flipped (third byte): an intact stream must decrypt to the plaintext, a
//!   corrupted one must fail or wait for more bytes, never yield other plaintext.
#![no_main]

use hksv::pairing::SessionKeys;
use hksv::session::SecureSession;
use libfuzzer_sys::fuzz_target;

fn keys() -> SessionKeys {
    SessionKeys::from_shared_secret([0x42; 32])
}

/// Decrypts the complete frames in `inbuf`, appending their plaintext to `out`; false on an
/// error.
fn receive(session: &mut SecureSession, inbuf: &mut Vec<u8>, out: &mut Vec<u8>) -> bool {
    match session.decrypt(inbuf) {
        Ok(Some(plain)) => {
            out.extend_from_slice(&plain);
            true
        }
        Ok(None) => true,
        Err(_) => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let [mode, split, flip, rest @ ..] = data else {
        return;
    };
    let mut accessory = SecureSession::accessory(&keys());
    if mode & 1 == 0 {
        // Every complete frame is taken in one call; a second call must change nothing.
        let mut inbuf = rest.to_vec();
        let mut out = Vec::new();
        if receive(&mut accessory, &mut inbuf, &mut out) {
            let before = inbuf.clone();
            assert!(receive(&mut accessory, &mut inbuf, &mut out));
            assert_eq!(inbuf, before, "a second decrypt consumed bytes");
        }
        return;
    }
    let mut controller = SecureSession::controller(&keys());
    let mut wire = Vec::new();
    controller.encrypt(rest, &mut wire);
    let corrupt = mode & 2 != 0 && !wire.is_empty();
    if corrupt {
        let at = usize::from(*flip) * wire.len() / 256;
        wire[at] ^= 0x01 | (mode & 0xf0);
    }
    let split = usize::from(*split) * wire.len() / 256;
    let mut inbuf = wire[..split].to_vec();
    let mut out = Vec::new();
    let mut ok = receive(&mut accessory, &mut inbuf, &mut out);
    if ok {
        inbuf.extend_from_slice(&wire[split..]);
        ok = receive(&mut accessory, &mut inbuf, &mut out);
    }
    if corrupt {
        assert!(
            !ok || out.len() < rest.len(),
            "a corrupted stream decrypted whole"
        );
        assert!(
            rest.starts_with(&out),
            "a corrupted stream gave other plaintext"
        );
    } else {
        assert!(ok, "an intact stream failed to decrypt");
        assert_eq!(out, rest, "an intact stream decrypted to other plaintext");
        assert!(inbuf.is_empty());
    }
});
