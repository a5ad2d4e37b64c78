// SPDX-License-Identifier: MIT OR Apache-2.0
/**
 * element-hksvfmp4mux:
 *
 * GOP-aligned fragmented MP4 for HomeKit Secure Video, without re-encoding: the camera's own
 * H.264 (and optional raw AAC-LC) is remuxed into an initialization segment (`ftyp` + `moov`)
 * and fragments (`moof` + `mdat`) that each start with an IDR picture and close at the first
 * IDR picture at or after `fragment-duration`.
 *
 * The init segment is pushed as one buffer flagged `DISCONT | HEADER` and placed in the caps
 * as `streamheader`; each fragment is one buffer list: the `moof` + `mdat` header (`HEADER`),
 * then the samples (`DELTA_UNIT`, `MARKER` on the last). The `mdat` payload is the input
 * buffers' memory; byte-stream input gets new 4-byte length prefixes, not a copy.
 *
 * A flush starts a new timeline: caps, a new segment and a fresh init segment precede the
 * next fragment, whose decode time starts again at 0 (sequence numbers continue). The
 * latency it reports is `fragment-duration` plus the longest GOP seen.
 *
 * ## Example pipeline
 * ```bash
 * gst-launch-1.0 videotestsrc num-buffers=300 ! x264enc key-int-max=120 ! hksvfmp4mux name=mux ! \
 *   filesink location=out.mp4  audiotestsrc num-buffers=300 ! avenc_aac ! mux.audio
 * ```
 */
use gst::glib;
use gst::prelude::*;

mod imp;

glib::wrapper! {
    /// The `hksvfmp4mux` element.
    pub struct HksvFmp4Mux(ObjectSubclass<imp::HksvFmp4Mux>) @extends gst::Element, gst::Object;
}

/// Registers `hksvfmp4mux` with the plugin.
pub fn register(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    gst::Element::register(
        Some(plugin),
        "hksvfmp4mux",
        gst::Rank::NONE,
        HksvFmp4Mux::static_type(),
    )
}
