// SPDX-License-Identifier: MIT OR Apache-2.0
/**
 * element-hapmotiondetect:
 *
 * Pass-through motion detection on an H.264 stream, from the motion vectors of its P pictures
 * (default `algorithm=motion-vectors`: the macroblock layer is entropy-decoded, no pixel is
 * reconstructed) or from slice headers only (`complexity`, `frame-size`). On every change it posts the element message
 * `hapmotion, detected=(boolean), running-time=(guint64), ratio=(double)` (when motion starts
 * with `motion-vectors`, also `x`, `y`, `width`, `height` (guint): where in the picture it saw
 * the object, in pixels) and sends the serialized custom downstream event `hksv-motion` with
 * the same fields (see [`event`]); the read-only `motion` property follows the state and is
 * notified.
 *
 * ## Example launch line
 * ```sh
 * gst-launch-1.0 -m filesrc location=clip.mp4 ! qtdemux ! h264parse ! hapmotiondetect ! fakesink
 * ```
 */
use gst::glib;
use gst::prelude::*;

pub mod event;
mod imp;

/// The analysis the element runs (`algorithm` property).
#[derive(Debug, Eq, PartialEq, Ord, PartialOrd, Hash, Clone, Copy, Default, glib::Enum)]
#[repr(u32)]
#[enum_type(name = "GstHapMotionAlgorithm")]
pub enum AlgorithmType {
    /// Quantiser-weighted slice bits against GOP-phase baselines with a noise-aware margin.
    #[enum_value(
        name = "Complexity: slice bits weighted by QP, per GOP phase, noise-aware (works with CBR)",
        nick = "complexity"
    )]
    Complexity = 0,
    /// go2rtc's detector: access unit size against an EMA baseline.
    #[enum_value(
        name = "Frame size: go2rtc's P-frame size against an EMA baseline",
        nick = "frame-size"
    )]
    FrameSize = 1,
    /// Coherently moving regions in the motion vector field (macroblock layer, no decoding).
    #[default]
    #[enum_value(
        name = "Motion vectors: steadily moving, compact regions of macroblocks (works with CBR, ignores foliage, noise and lighting)",
        nick = "motion-vectors"
    )]
    MotionVectors = 2,
}

impl From<AlgorithmType> for hksv::motion::Algorithm {
    fn from(a: AlgorithmType) -> Self {
        match a {
            AlgorithmType::Complexity => Self::Complexity,
            AlgorithmType::FrameSize => Self::FrameSize,
            AlgorithmType::MotionVectors => Self::MotionVectors,
        }
    }
}

glib::wrapper! {
    /// The `hapmotiondetect` element.
    pub struct HapMotionDetect(ObjectSubclass<imp::HapMotionDetect>) @extends gst_base::BaseTransform, gst::Element, gst::Object;
}

/// Registers `hapmotiondetect` with the plugin.
pub fn register(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    #[cfg(feature = "doc")]
    AlgorithmType::static_type().mark_as_plugin_api(gst::PluginAPIFlags::empty());
    gst::Element::register(
        Some(plugin),
        "hapmotiondetect",
        gst::Rank::NONE,
        HapMotionDetect::static_type(),
    )
}
