//! Live-view TLVs and packets (src/live): SetupEndpoints (`118`) requests and responses,
//! SelectedRTPStreamConfiguration (`117`), the controller's compound RTCP, and SRTP/SRTCP
//! packets unprotected with a fixed key (what arrives on a session's UDP ports).
//!
//! The first byte chooses what the rest is. A response that parses must encode to bytes that
//! parse to the same response; a damaged packet must be refused, never accepted as other data.
#![no_main]

use hksv::live::rtcp::parse_compound;
use hksv::live::selected_stream::SelectedStream;
use hksv::live::setup_endpoints::{SetupRequest, SetupResponse};
use hksv::live::srtp::SrtpContext;
use libfuzzer_sys::fuzz_target;

const KEY: [u8; 16] = [7; 16];
const SALT: [u8; 14] = [9; 14];

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    match kind % 5 {
        0 => {
            let _ = SetupRequest::parse(rest);
        }
        1 => {
            if let Ok(response) = SetupResponse::parse(rest) {
                let again = SetupResponse::parse(&response.to_bytes())
                    .expect("an encoded response parses");
                assert_eq!(again, response);
            }
        }
        2 => {
            let _ = SelectedStream::parse(rest);
        }
        3 => {
            let _ = parse_compound(rest);
        }
        _ => {
            let Ok(mut context) = SrtpContext::aes_cm_128(&KEY, &SALT) else {
                return;
            };
            let mut packet = rest.to_vec();
            if hksv::live::rtcp::is_rtcp(rest) {
                let _ = context.unprotect_rtcp(&mut packet);
            } else {
                let _ = context.unprotect_rtp(&mut packet);
            }
        }
    }
});
