// SPDX-License-Identifier: MIT OR Apache-2.0
//! The serialized custom downstream event `hapmotiondetect` sends on every change of the
//! motion state, for `hksvsink` (or any element or pad probe downstream).
//!
//! Event: `GST_EVENT_CUSTOM_DOWNSTREAM` with the structure
//! `hksv-motion, detected=(boolean), running-time=(guint64), ratio=(double)`:
//!
//! * `detected`: motion starts (`true`) or ends (`false`);
//! * `running-time`: running time of the picture that changed the state, in nanoseconds;
//! * `ratio`: the score that decided (algorithm specific, see the `algorithm` property).
//!
//! The same fields are posted on the bus as the element message `hapmotion`.

use gst::prelude::*;

/// Name of the event structure.
pub const EVENT_NAME: &str = "hksv-motion";
/// Name of the element message structure.
pub const MESSAGE_NAME: &str = "hapmotion";

/// A change of the motion state, as carried by the `hksv-motion` event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MotionEvent {
    /// Motion starts (true) or ends (false).
    pub detected: bool,
    /// Running time of the picture that changed the state.
    pub running_time: gst::ClockTime,
    /// The score that decided.
    pub ratio: f64,
}

impl MotionEvent {
    /// Builds the serialized custom downstream event (the gstreamer-rs custom event pattern).
    #[allow(clippy::new_ret_no_self)]
    pub fn new(detected: bool, running_time: gst::ClockTime, ratio: f64) -> gst::Event {
        gst::event::CustomDownstream::new(Self::structure(
            EVENT_NAME,
            detected,
            running_time,
            ratio,
        ))
    }

    /// Reads a `hksv-motion` event; `None` for any other event.
    pub fn parse(event: &gst::EventRef) -> Option<Self> {
        if event.type_() != gst::EventType::CustomDownstream {
            return None;
        }
        let s = event.structure()?;
        if s.name() != EVENT_NAME {
            return None;
        }
        Some(Self {
            detected: s.get("detected").ok()?,
            running_time: gst::ClockTime::from_nseconds(s.get::<u64>("running-time").ok()?),
            ratio: s.get("ratio").ok()?,
        })
    }

    /// The element message posted on the bus for this change.
    pub fn message(&self, src: &impl IsA<gst::Object>) -> gst::Message {
        gst::message::Element::builder(Self::structure(
            MESSAGE_NAME,
            self.detected,
            self.running_time,
            self.ratio,
        ))
        .src(src)
        .build()
    }

    fn structure(
        name: &str,
        detected: bool,
        running_time: gst::ClockTime,
        ratio: f64,
    ) -> gst::Structure {
        gst::Structure::builder(name)
            .field("detected", detected)
            .field("running-time", running_time.nseconds())
            .field("ratio", ratio)
            .build()
    }
}

impl From<&MotionEvent> for gst::Event {
    fn from(e: &MotionEvent) -> gst::Event {
        MotionEvent::new(e.detected, e.running_time, e.ratio)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_round_trip() {
        gst::init().unwrap();
        let event = MotionEvent::new(true, gst::ClockTime::from_mseconds(12_500), 3.25);
        assert!(event.is_serialized());
        let parsed = MotionEvent::parse(&event).unwrap();
        assert_eq!(
            parsed,
            MotionEvent {
                detected: true,
                running_time: gst::ClockTime::from_mseconds(12_500),
                ratio: 3.25
            }
        );
        assert_eq!(gst::Event::from(&parsed).structure(), event.structure());
        assert!(MotionEvent::parse(&gst::event::Eos::new()).is_none());
        let other = gst::event::CustomDownstream::new(gst::Structure::new_empty("other"));
        assert!(MotionEvent::parse(&other).is_none());
    }
}
