// SPDX-License-Identifier: MIT OR Apache-2.0
//! The serialized custom downstream event `hapmotiondetect` sends on every change of the
//! motion state, for `hksvsink` (or any element or pad probe downstream).
//!
//! Event: `GST_EVENT_CUSTOM_DOWNSTREAM` with the structure
//! `hksv-motion, detected=(boolean), running-time=(guint64), ratio=(double)`:
//!
//! * `detected`: motion starts (`true`) or ends (`false`);
//! * `running-time`: running time of the picture that changed the state, in nanoseconds;
//! * `ratio`: the score that decided (algorithm specific, see the `algorithm` property);
//! * `x`, `y`, `width`, `height` (guint, pixels of the coded picture), when motion starts and
//!   `algorithm=motion-vectors` says where: the box of the macroblocks where it saw the object
//!   (`hksv::motion::MotionDetector::region`).
//!
//! The same fields are posted on the bus as the element message `hapmotion`.

use gst::prelude::*;
pub use hksv::motion::MotionRegion;

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
    /// Where the object was seen, when motion starts and the algorithm says.
    pub region: Option<MotionRegion>,
}

impl MotionEvent {
    /// Builds the serialized custom downstream event (the gstreamer-rs custom event pattern).
    #[allow(clippy::new_ret_no_self)]
    pub fn new(detected: bool, running_time: gst::ClockTime, ratio: f64) -> gst::Event {
        Self {
            detected,
            running_time,
            ratio,
            region: None,
        }
        .event()
    }

    /// The serialized custom downstream event for this change.
    pub fn event(&self) -> gst::Event {
        gst::event::CustomDownstream::new(self.structure(EVENT_NAME))
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
        let region = match (s.get("x"), s.get("y"), s.get("width"), s.get("height")) {
            (Ok(x), Ok(y), Ok(width), Ok(height)) => Some(MotionRegion {
                x,
                y,
                width,
                height,
            }),
            _ => None,
        };
        Some(Self {
            detected: s.get("detected").ok()?,
            running_time: gst::ClockTime::from_nseconds(s.get::<u64>("running-time").ok()?),
            ratio: s.get("ratio").ok()?,
            region,
        })
    }

    /// The element message posted on the bus for this change.
    pub fn message(&self, src: &impl IsA<gst::Object>) -> gst::Message {
        gst::message::Element::builder(self.structure(MESSAGE_NAME))
            .src(src)
            .build()
    }

    fn structure(&self, name: &str) -> gst::Structure {
        let mut s = gst::Structure::builder(name)
            .field("detected", self.detected)
            .field("running-time", self.running_time.nseconds())
            .field("ratio", self.ratio)
            .build();
        if let Some(r) = self.region {
            s.set("x", r.x);
            s.set("y", r.y);
            s.set("width", r.width);
            s.set("height", r.height);
        }
        s
    }
}

impl From<&MotionEvent> for gst::Event {
    fn from(e: &MotionEvent) -> gst::Event {
        e.event()
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
                ratio: 3.25,
                region: None,
            }
        );
        assert_eq!(gst::Event::from(&parsed).structure(), event.structure());
        assert!(MotionEvent::parse(&gst::event::Eos::new()).is_none());
        let other = gst::event::CustomDownstream::new(gst::Structure::new_empty("other"));
        assert!(MotionEvent::parse(&other).is_none());
        // With where the object was seen.
        let placed = MotionEvent {
            region: Some(MotionRegion {
                x: 48,
                y: 96,
                width: 32,
                height: 64,
            }),
            ..parsed
        };
        let event = gst::Event::from(&placed);
        assert_eq!(MotionEvent::parse(&event), Some(placed));
        let s = event.structure().unwrap();
        assert_eq!(s.get::<u32>("width").unwrap(), 32);
    }
}
