// SPDX-License-Identifier: MIT OR Apache-2.0
//! Helpers shared by the GStreamer integration tests.

#![allow(dead_code)] // each test binary uses a different subset

use std::sync::Once;

use gst::prelude::*;

/// Initialises GStreamer and registers the plugin statically, once per test binary.
pub fn init() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        gst::init().unwrap();
        gsthksv::plugin_register_static().unwrap();
    });
}

/// The `appsrc` named `name` inside `pipeline`.
pub fn appsrc(pipeline: &impl IsA<gst::Element>, name: &str) -> gst_app::AppSrc {
    pipeline
        .dynamic_cast_ref::<gst::Bin>()
        .expect("a bin")
        .by_name(name)
        .unwrap_or_else(|| panic!("no element {name}"))
        .downcast::<gst_app::AppSrc>()
        .unwrap_or_else(|_| panic!("{name} is not an appsrc"))
}

/// The `appsink` named `name` inside `pipeline`.
pub fn appsink(pipeline: &impl IsA<gst::Element>, name: &str) -> gst_app::AppSink {
    pipeline
        .dynamic_cast_ref::<gst::Bin>()
        .expect("a bin")
        .by_name(name)
        .unwrap_or_else(|| panic!("no element {name}"))
        .downcast::<gst_app::AppSink>()
        .unwrap_or_else(|_| panic!("{name} is not an appsink"))
}

/// Deterministic hash noise in 0..256.
fn hash(x: u64) -> u8 {
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .rotate_left(17)
        .wrapping_mul(0xbf58_476d_1ce4_e5b9)
        >> 56) as u8
}

/// One I420 frame (number `index`, at `t` seconds) of a synthetic camera scene: a brick-like
/// texture with ±2 of sensor noise per frame, and a 48x60 object with a random texture of its own that walks from the
/// left edge to the right one while `t` is in `moving` (it carries its texture with it).
pub fn scene_frame(
    w: usize,
    h: usize,
    t: f64,
    index: u64,
    moving: std::ops::Range<f64>,
) -> Vec<u8> {
    let mut data = vec![128u8; w * h * 3 / 2];
    let square = moving
        .contains(&t)
        .then(|| ((t - moving.start) / (moving.end - moving.start) * (w - 48) as f64) as usize);
    for y in 0..h {
        for x in 0..w {
            let texture =
                60 + ((x / 8 + y / 6) % 3) as i32 * 40 + (hash((y * w + x) as u64) % 24) as i32;
            let noise = (hash(index * 1_000_003 + (y * w + x) as u64) % 5) as i32 - 2;
            let mut v = texture + noise;
            if let Some(sx) = square
                && (sx..sx + 48).contains(&x)
                && (h * 5 / 12..h * 2 / 3).contains(&y)
            {
                // Its own random texture, carried along (a periodic one would alias: with B
                // pictures it moves 9 pixels between P pictures).
                v = 150 + (hash(((y * 48 + x - sx) as u64) ^ 0x5555) % 90) as i32;
            }
            data[y * w + x] = v.clamp(16, 235) as u8;
        }
    }
    data
}

/// Gives `srtpdec` named `name` in `pipeline` the AES_CM_128_HMAC_SHA1_80 master key+salt
/// (30 bytes) put into the returned slot, when it asks (`request-key`); until then it gets
/// none.
pub fn srtp_key_slot(
    pipeline: &impl IsA<gst::Bin>,
    name: &str,
) -> std::sync::Arc<std::sync::Mutex<Option<Vec<u8>>>> {
    let key: std::sync::Arc<std::sync::Mutex<Option<Vec<u8>>>> = std::sync::Arc::default();
    let for_signal = key.clone();
    pipeline
        .by_name(name)
        .unwrap_or_else(|| panic!("no {name} in the pipeline"))
        .connect("request-key", false, move |_| {
            let key = for_signal.lock().unwrap().clone()?;
            let caps = gst::Caps::builder("application/x-srtp")
                .field("srtp-key", gst::Buffer::from_slice(key))
                .field("srtp-cipher", "aes-128-icm")
                .field("srtp-auth", "hmac-sha1-80")
                .field("srtcp-cipher", "aes-128-icm")
                .field("srtcp-auth", "hmac-sha1-80")
                .build();
            Some(caps.to_value())
        });
    key
}
