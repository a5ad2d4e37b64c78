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
