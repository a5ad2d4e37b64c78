//! The HTTP/1.1 request parser of the HAP server (src/http/parse.rs): pipelined requests taken
//! off one buffer, and the same bytes delivered in two pieces (the first input byte picks the
//! split) must give the same requests.
#![no_main]

use hksv::http::{Message, parse_request};
use libfuzzer_sys::fuzz_target;

/// Every request parsed from `buf` until more bytes are needed (`Ok`) or an error (`Err`).
fn drain(buf: &mut Vec<u8>, out: &mut Vec<Message>) -> bool {
    // Each request takes at least one byte, so this ends; the bound keeps a slow case short.
    for _ in 0..1024 {
        match parse_request(buf) {
            Ok(Some(message)) => out.push(message),
            Ok(None) => return true,
            Err(_) => return false,
        }
    }
    true
}

fuzz_target!(|data: &[u8]| {
    let Some((&split, bytes)) = data.split_first() else {
        return;
    };
    let mut whole = Vec::new();
    let whole_ok = drain(&mut bytes.to_vec(), &mut whole);
    for message in &whole {
        let _ = message.header("content-length");
    }

    let split = usize::from(split) * bytes.len() / 256;
    let mut pieces = Vec::new();
    let mut buf = bytes[..split].to_vec();
    let mut pieces_ok = drain(&mut buf, &mut pieces);
    if pieces_ok {
        buf.extend_from_slice(&bytes[split..]);
        pieces_ok = drain(&mut buf, &mut pieces);
    }
    if whole_ok && pieces_ok {
        assert_eq!(whole, pieces, "requests depend on how the bytes arrive");
    }
});
