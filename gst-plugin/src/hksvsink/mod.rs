// SPDX-License-Identifier: MIT OR Apache-2.0
/**
 * SECTION:element-hksvsink
 *
 * `hksvsink` makes the pipeline an Apple HomeKit camera: it runs a HomeKit Accessory Protocol
 * server from the READY state on (so a controller can pair before media flows), advertises it
 * with mDNS, and takes the camera's H.264 stream on its `video` pad.
 *
 * When the accessory is not paired yet, the element prints the setup code and a QR code of the
 * setup URI on the terminal and posts an element message `hksv-setup` with fields `setup-code`
 * and `setup-uri`.
 *
 * ## Example pipeline
 * |[
 * gst-launch-1.0 videotestsrc is-live=true ! x264enc tune=zerolatency key-int-max=60 ! \
 *     h264parse ! hksvsink accessory-name="Garden" state-dir=/var/lib/gst-hksv/garden
 * ]|
 *
 * The application reports motion with the `set-motion` action signal and doorbell presses with
 * `trigger-doorbell`.
 *
 * ## Doorbell event
 * A custom event named `hksv-doorbell` (no fields required; other fields are ignored) rings the
 * doorbell like `trigger-doorbell` does, one single press per event, when `category=doorbell`
 * (otherwise it is logged and ignored):
 * - serialized (`GST_EVENT_CUSTOM_DOWNSTREAM`), from an upstream element or pushed by the
 *   application upstream: taken when it reaches the `video` pad, in order with the pictures;
 * - out-of-band (`GST_EVENT_CUSTOM_DOWNSTREAM_OOB`) sent to `hksvsink` with
 *   `gst_element_send_event()`: taken at once.
 *
 * |[
 * gst_element_send_event (hksvsink,
 *     gst_event_new_custom (GST_EVENT_CUSTOM_DOWNSTREAM_OOB,
 *         gst_structure_new_empty ("hksv-doorbell")));
 * ]|
 *
 * ## Snapshots
 * A controller's snapshot (`POST /resource`) is decoded on demand from the latest keyframe of the
 * `video` pad (`avdec_h264`, `videoscale`, `jpegenc` in a short-lived pipeline of its own) at
 * about the size asked for: the stream's aspect ratio is kept and the picture is never larger
 * than the stream. Images are cached per keyframe and size, so a burst of requests decodes once;
 * nothing is decoded when nobody asks. Before the first keyframe the answer is -70402. The
 * `stats` property counts requests and decodes.
 *
 * ## Recording
 * The element keeps the last `prebuffer-length` of the stream as whole GOPs and records to a
 * Home hub over the HomeKit Data Stream when the hub opens a recording: the init segment and
 * the prebuffered fragments at once, then live fragments, as a pure remux. An optional
 * `audio` request pad takes AAC-LC for the recordings:
 * |[
 * gst-launch-1.0 rtspsrc location=rtsp://cam/stream name=src \
 *     src. ! rtph264depay ! h264parse ! hapmotiondetect ! hksvsink name=h \
 *     src. ! rtpmp4gdepay ! aacparse ! h.audio
 * ]|
 * Element messages `hksv-recording` (`action` started or ended) report each recording.
 *
 * ## Live view
 * Controllers watch the camera over SRTP (up to `max-live-streams` at once): each session gets
 * an `appsrc ! rtph264pay ! appsink` branch inside the bin that starts from the latest IDR
 * picture, and the stream is sent as it is (no transcoding). Element messages `hksv-live`
 * (`action` started or ended, `session-id`, `controller`, `reason`) report each session.
 *
 * ## Live-view audio and two-way audio
 * With the `audio` pad, live-view controllers that select audio get the camera's sound as
 * Opus at their selected rate and packet time (without an `audio` pad, no audio is sent).
 * With `speaker=true` the accessory has a Speaker service, and what a controller says comes
 * out of the always `talkback` source pad as `audio/x-raw` with running-time timestamps:
 * |[
 * gst-launch-1.0 v4l2src ! ... ! h264parse ! hksvsink name=h speaker=true \
 *     alsasrc ! avenc_aac ! aacparse ! h.audio \
 *     h.talkback ! queue ! audioconvert ! audioresample ! autoaudiosink
 * ]|
 * The Microphone and Speaker services' Mute and Volume are the properties
 * `microphone-mute`, `microphone-volume`, `speaker-mute` and `speaker-volume`: a controller's
 * write changes them (and notifies them); setting them tells subscribed controllers.
 */
use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;

pub mod doorbell;
mod imp;
mod keyframe;
mod live;
mod live_audio;
mod live_sessions;
mod media;
pub mod mic_audio;
mod snapshot;
mod state_dir;
mod stats;
pub mod talkback;

/// The HomeKit accessory category the element announces (reference §7.4).
#[derive(Debug, Default, Eq, PartialEq, Ord, PartialOrd, Hash, Clone, Copy, glib::Enum)]
#[repr(u32)]
#[enum_type(name = "GstHksvSinkCategory")]
pub enum Category {
    /**
     * GstHksvSinkCategory::camera:
     *
     * IP camera (HAP category 17).
     */
    #[default]
    #[enum_value(name = "IP camera (HAP category 17)", nick = "camera")]
    Camera = 17,
    /**
     * GstHksvSinkCategory::doorbell:
     *
     * Video doorbell (HAP category 18): adds the Doorbell service.
     */
    #[enum_value(name = "Video doorbell (HAP category 18)", nick = "doorbell")]
    Doorbell = 18,
}

glib::wrapper! {
    /// The `hksvsink` element.
    pub struct HksvSink(ObjectSubclass<imp::HksvSink>) @extends gst::Bin, gst::Element, gst::Object, @implements gst::ChildProxy;
}

impl HksvSink {
    /// Where a live session's two-way audio goes (decrypted Opus RTP payloads), to come out
    /// of the `talkback` pad; `None` without the Speaker service (`speaker=false`) or when
    /// `opusdec` is missing. Also for applications that bring talkback audio of their own.
    pub fn talkback_input(&self) -> Option<talkback::TalkbackInput> {
        self.imp().talkback_input()
    }
}

/// Registers `hksvsink` with `plugin`.
pub fn register(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    #[cfg(feature = "doc")]
    Category::static_type().mark_as_plugin_api(gst::PluginAPIFlags::empty());
    gst::Element::register(
        Some(plugin),
        "hksvsink",
        gst::Rank::NONE,
        HksvSink::static_type(),
    )
}
