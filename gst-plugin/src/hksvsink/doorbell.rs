// SPDX-License-Identifier: MIT OR Apache-2.0
//! The custom event that rings the doorbell of `hksvsink`, for an upstream element or an
//! application (besides the `trigger-doorbell` action signal).
//!
//! Event: a custom event whose structure is named `hksv-doorbell`, with no required fields
//! (fields that are present are ignored). It is taken as:
//!
//! * a serialized downstream event (`GST_EVENT_CUSTOM_DOWNSTREAM`) arriving on the `video`
//!   pad: sent by an upstream element, or by the application with `gst_element_send_event()`
//!   on a source element or `gst_pad_push_event()` on a pad upstream; the press is reported
//!   when the event reaches the sink, in order with the pictures before it;
//! * an out-of-band event (`GST_EVENT_CUSTOM_DOWNSTREAM_OOB`, or the serialized kind) sent to
//!   `hksvsink` itself with `gst_element_send_event()`: reported at once.
//!
//! Each event is one single press (ProgrammableSwitchEvent 0). Without the Doorbell service
//! (`category` is not `doorbell`) the event is logged and ignored.

/// Name of the event structure.
pub const EVENT_NAME: &str = "hksv-doorbell";

/// A serialized custom downstream `hksv-doorbell` event, to send into the pipeline upstream
/// of `hksvsink`.
pub fn doorbell_event() -> gst::Event {
    gst::event::CustomDownstream::new(gst::Structure::new_empty(EVENT_NAME))
}

/// An out-of-band `hksv-doorbell` event, to send to `hksvsink` with `send_event`.
pub fn doorbell_event_oob() -> gst::Event {
    gst::event::CustomDownstreamOob::new(gst::Structure::new_empty(EVENT_NAME))
}

/// Whether `event` is a `hksv-doorbell` event (serialized or out-of-band).
pub fn is_doorbell_event(event: &gst::EventRef) -> bool {
    matches!(
        event.type_(),
        gst::EventType::CustomDownstream | gst::EventType::CustomDownstreamOob
    ) && event.structure().is_some_and(|s| s.name() == EVENT_NAME)
}
