// SPDX-License-Identifier: MIT OR Apache-2.0
//! Caps shared by the elements.

/// `video/x-h264` access units in any of the three stream formats the core parses, `avc`
/// preferred.
pub(crate) fn h264_access_units() -> gst::Caps {
    gst::Caps::builder("video/x-h264")
        .field(
            "stream-format",
            gst::List::new(["avc", "avc3", "byte-stream"]),
        )
        .field("alignment", "au")
        .build()
}

/// Raw AAC (`audio/mpeg, mpegversion=4, stream-format=raw`), as `aacparse` or an AAC encoder
/// gives it, with `codec_data`.
pub(crate) fn aac_raw() -> gst::Caps {
    gst::Caps::builder("audio/mpeg")
        .field("mpegversion", 4i32)
        .field("stream-format", "raw")
        .field("rate", gst::IntRange::new(1, i32::from(u16::MAX)))
        .field("channels", gst::IntRange::new(1, 8))
        .build()
}
