// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hapmotiondetect`: in-place pass-through analyser (modelled on `ccdetect`). Every access
//! unit is read, never copied or changed; the core crate's [`hksv::motion`] does the work.

use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;
use gst_base::prelude::*;
use gst_base::subclass::prelude::*;
use hksv::h264::{H264Error, split_annex_b, split_length_prefixed};
use hksv::motion::{FrameParser, IgnoreZones, MotionDetector};

use super::AlgorithmType;
use super::event::MotionEvent;

use crate::logging::HAPMOTIONDETECT_CAT as CAT;

const DEFAULT_THRESHOLD: f64 = hksv::motion::DEFAULT_THRESHOLD;
const DEFAULT_HOLD_TIME: gst::ClockTime = gst::ClockTime::from_seconds(30);
const DEFAULT_COOLDOWN: gst::ClockTime = gst::ClockTime::from_seconds(5);
const DEFAULT_WARM_UP: gst::ClockTime = gst::ClockTime::ZERO;
const DEFAULT_ANALYSIS_RATE: u32 = hksv::motion::DEFAULT_ANALYSIS_RATE;

#[derive(Debug, Clone, Copy)]
struct Settings {
    threshold: f64,
    hold_time: gst::ClockTime,
    cooldown: gst::ClockTime,
    warm_up: gst::ClockTime,
    algorithm: AlgorithmType,
    analysis_rate: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            threshold: DEFAULT_THRESHOLD,
            hold_time: DEFAULT_HOLD_TIME,
            cooldown: DEFAULT_COOLDOWN,
            warm_up: DEFAULT_WARM_UP,
            algorithm: AlgorithmType::default(),
            analysis_rate: DEFAULT_ANALYSIS_RATE,
        }
    }
}

impl Settings {
    fn detector_settings(&self) -> hksv::motion::Settings {
        hksv::motion::Settings {
            threshold: self.threshold,
            hold: Duration::from_nanos(self.hold_time.nseconds()),
            cooldown: Duration::from_nanos(self.cooldown.nseconds()),
            warm_up: Duration::from_nanos(self.warm_up.nseconds()),
            algorithm: self.algorithm.into(),
            analysis_rate: self.analysis_rate,
        }
    }
}

/// Created in `set_caps`, dropped in `stop`.
struct State {
    parser: FrameParser,
    detector: MotionDetector,
    /// NAL length prefix size for `avc`/`avc3`; `None` for `byte-stream`.
    length_size: Option<usize>,
}

#[derive(Default)]
pub struct HapMotionDetect {
    settings: Mutex<Settings>,
    /// The `ignore-zones` property (apart from `settings`, which is `Copy`).
    ignore_zones: Mutex<IgnoreZones>,
    state: Mutex<Option<State>>,
    /// Last reported motion state (the `motion` property).
    motion: Mutex<bool>,
}

/// Reads `avcC` (ISO/IEC 14496-15 §5.3.3.1): NAL length size, SPS and PPS.
fn read_avcc(codec_data: &[u8], parser: &mut FrameParser) -> Result<usize, H264Error> {
    let truncated = H264Error::Truncated("avcC");
    let length_size = usize::from(codec_data.get(4).ok_or(truncated.clone())? & 0x03) + 1;
    let mut rest = codec_data.get(5..).ok_or(truncated.clone())?;
    for mask in [0x1f, 0xff] {
        let (&count, tail) = rest.split_first().ok_or(truncated.clone())?;
        rest = tail;
        for _ in 0..(count & mask) {
            let (len, tail) = rest.split_at_checked(2).ok_or(truncated.clone())?;
            let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
            let (nal, tail) = tail.split_at_checked(len).ok_or(truncated.clone())?;
            parser.add_parameter_set(nal)?;
            rest = tail;
        }
    }
    Ok(length_size)
}

impl HapMotionDetect {
    /// Sets the `ignore-zones` property: the zones are read, kept and given to a running
    /// detector; a setting that cannot be read is refused (error log, a GLib warning on stderr
    /// and a warning message on the bus) and the zones stay as they were.
    fn set_ignore_zones(&self, text: &str) {
        let zones = match text.parse::<IgnoreZones>() {
            Ok(zones) => zones,
            Err(e) => {
                gst::error!(CAT, imp = self, "ignore-zones '{text}' refused: {e}");
                // On stderr whatever GST_DEBUG says (gst-launch sets properties before the
                // element is in a pipeline, so the bus message below may reach no one).
                glib::g_warning!("hapmotiondetect", "ignore-zones '{text}' refused: {e}");
                gst::element_imp_warning!(
                    self,
                    gst::LibraryError::Settings,
                    ("ignore-zones '{}' refused: {}", text, e)
                );
                return;
            }
        };
        gst::info!(
            CAT,
            imp = self,
            "ignore-zones '{zones}' ({} zones)",
            zones.zones().len()
        );
        *self.ignore_zones.lock().unwrap() = zones.clone();
        if let Some(state) = self.state.lock().unwrap().as_mut() {
            state.detector.set_ignore_zones(zones);
        }
    }

    /// Reports a state change: `motion` property, bus message, downstream event. Called with
    /// no lock held.
    fn report(&self, change: &MotionEvent, push_event: bool) {
        gst::info!(
            CAT,
            imp = self,
            "motion {} at {} (score {:.3}{})",
            if change.detected { "on" } else { "off" },
            change.running_time,
            change.ratio,
            change.region.map_or(String::new(), |r| format!(
                ", seen at x {} y {}, {}x{}",
                r.x, r.y, r.width, r.height
            ))
        );
        *self.motion.lock().unwrap() = change.detected;
        self.obj().notify("motion");
        let _ = self.obj().post_message(change.message(&*self.obj()));
        if push_event && !self.obj().src_pad().push_event(gst::Event::from(change)) {
            gst::debug!(CAT, imp = self, "downstream did not take the motion event");
        }
    }
}

#[glib::object_subclass]
impl ObjectSubclass for HapMotionDetect {
    const NAME: &'static str = "GstHapMotionDetect";
    type Type = super::HapMotionDetect;
    type ParentType = gst_base::BaseTransform;
}

impl ObjectImpl for HapMotionDetect {
    fn properties() -> &'static [glib::ParamSpec] {
        static PROPERTIES: LazyLock<Vec<glib::ParamSpec>> = LazyLock::new(|| {
            vec![
                glib::ParamSpecDouble::builder("threshold")
                    .nick("Threshold")
                    .blurb("Trigger level, lower is more sensitive (motion-vectors: size of the region that travels across the picture in units of 0.8 macroblocks at 640x368, 1.4 at 720p, 1.9 at 1080p; a region followed for 3 s counts 1.4 times its size; frame-size: access unit size over its baseline, 2.0 as go2rtc; complexity: excess complexity over the noise-aware margin)")
                    .minimum(0.0)
                    .maximum(1000.0)
                    .default_value(DEFAULT_THRESHOLD)
                    .mutable_ready()
                    .build(),
                glib::ParamSpecUInt64::builder("hold-time")
                    .nick("Hold time")
                    .blurb("Motion stays on this long (ns of stream time) after the last triggering picture")
                    .maximum(u64::MAX - 1)
                    .default_value(DEFAULT_HOLD_TIME.nseconds())
                    .mutable_ready()
                    .build(),
                glib::ParamSpecUInt64::builder("cooldown")
                    .nick("Cooldown")
                    .blurb("After motion ends, no new detection for this long (ns of stream time)")
                    .maximum(u64::MAX - 1)
                    .default_value(DEFAULT_COOLDOWN.nseconds())
                    .mutable_ready()
                    .build(),
                glib::ParamSpecUInt64::builder("warm-up")
                    .nick("Warm-up")
                    .blurb("Extra time (ns of stream time) after a start or restart before the first detection, on top of what the algorithm needs to learn")
                    .maximum(u64::MAX - 1)
                    .default_value(DEFAULT_WARM_UP.nseconds())
                    .mutable_ready()
                    .build(),
                glib::ParamSpecEnum::builder_with_default("algorithm", AlgorithmType::default())
                    .nick("Algorithm")
                    .blurb("Analysis: motion-vectors (default: parses the macroblock layer, works with CBR, ignores foliage, noise and lighting), complexity (slice headers only) or frame-size (go2rtc's detector)")
                    .mutable_ready()
                    .build(),
                glib::ParamSpecUInt::builder("analysis-rate")
                    .nick("Analysis rate")
                    .blurb("motion-vectors: P pictures per second whose macroblocks are analysed, to the nearest picture (0 = every P picture); the pictures in between cost nothing, and a detection comes at most 1/rate s later")
                    .maximum(240)
                    .default_value(DEFAULT_ANALYSIS_RATE)
                    .mutable_ready()
                    .build(),
                glib::ParamSpecString::builder("ignore-zones")
                    .nick("Ignore zones")
                    .blurb("motion-vectors: rectangles where motion is ignored (a tree, a road), as x,y,width,height in fractions of the picture, several separated by ';' (\"0.6,0,0.4,0.5\": the top right); empty = none. May be changed while playing; a setting that cannot be read is refused with a warning and the zones stay as they were")
                    .default_value(Some(""))
                    .mutable_playing()
                    .build(),
                glib::ParamSpecUInt64::builder("analysed-pictures")
                    .nick("Analysed pictures")
                    .blurb("Pictures whose macroblocks motion-vectors analysed since the element started (see analysis-rate)")
                    .read_only()
                    .build(),
                glib::ParamSpecBoolean::builder("motion")
                    .nick("Motion")
                    .blurb("Whether motion is currently detected")
                    .default_value(false)
                    .read_only()
                    .build(),
            ]
        });
        PROPERTIES.as_ref()
    }

    fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
        if pspec.name() == "ignore-zones" {
            let text: Option<String> = value.get().expect("type checked upstream");
            self.set_ignore_zones(text.as_deref().unwrap_or(""));
            return;
        }
        let mut settings = self.settings.lock().unwrap();
        match pspec.name() {
            "threshold" => settings.threshold = value.get().expect("type checked upstream"),
            "hold-time" => {
                settings.hold_time =
                    gst::ClockTime::from_nseconds(value.get().expect("type checked upstream"))
            }
            "cooldown" => {
                settings.cooldown =
                    gst::ClockTime::from_nseconds(value.get().expect("type checked upstream"))
            }
            "warm-up" => {
                settings.warm_up =
                    gst::ClockTime::from_nseconds(value.get().expect("type checked upstream"))
            }
            "algorithm" => settings.algorithm = value.get().expect("type checked upstream"),
            "analysis-rate" => settings.analysis_rate = value.get().expect("type checked upstream"),
            _ => unimplemented!(),
        }
    }

    fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
        let settings = self.settings.lock().unwrap();
        match pspec.name() {
            "threshold" => settings.threshold.to_value(),
            "hold-time" => settings.hold_time.nseconds().to_value(),
            "cooldown" => settings.cooldown.nseconds().to_value(),
            "warm-up" => settings.warm_up.nseconds().to_value(),
            "algorithm" => settings.algorithm.to_value(),
            "analysis-rate" => settings.analysis_rate.to_value(),
            "ignore-zones" => self.ignore_zones.lock().unwrap().to_string().to_value(),
            "analysed-pictures" => self
                .state
                .lock()
                .unwrap()
                .as_ref()
                .map_or(0, |s| s.detector.analysed_pictures())
                .to_value(),
            "motion" => self.motion.lock().unwrap().to_value(),
            _ => unimplemented!(),
        }
    }
}

impl GstObjectImpl for HapMotionDetect {}

impl ElementImpl for HapMotionDetect {
    fn metadata() -> Option<&'static gst::subclass::ElementMetadata> {
        static ELEMENT_METADATA: LazyLock<gst::subclass::ElementMetadata> = LazyLock::new(|| {
            gst::subclass::ElementMetadata::new(
                "HAP motion detector",
                "Filter/Analyzer/Video",
                "Detects motion in an H.264 stream from its motion vectors (or slice headers), without decoding pixels",
                "gst-hksv developers",
            )
        });
        Some(&*ELEMENT_METADATA)
    }

    fn pad_templates() -> &'static [gst::PadTemplate] {
        static PAD_TEMPLATES: LazyLock<Vec<gst::PadTemplate>> = LazyLock::new(|| {
            // Not `caps::h264_access_units()`: that prefers `avc`, which would make an
            // upstream h264parse convert byte-streams just to pass this analyser.
            let caps = gst::Caps::builder("video/x-h264")
                .field("alignment", "au")
                .field(
                    "stream-format",
                    gst::List::new(["byte-stream", "avc", "avc3"]),
                )
                .build();
            vec![
                gst::PadTemplate::new(
                    "src",
                    gst::PadDirection::Src,
                    gst::PadPresence::Always,
                    &caps,
                )
                .unwrap(),
                gst::PadTemplate::new(
                    "sink",
                    gst::PadDirection::Sink,
                    gst::PadPresence::Always,
                    &caps,
                )
                .unwrap(),
            ]
        });
        PAD_TEMPLATES.as_ref()
    }
}

impl BaseTransformImpl for HapMotionDetect {
    const MODE: gst_base::subclass::BaseTransformMode =
        gst_base::subclass::BaseTransformMode::AlwaysInPlace;
    const PASSTHROUGH_ON_SAME_CAPS: bool = true;
    const TRANSFORM_IP_ON_PASSTHROUGH: bool = true;

    fn set_caps(&self, incaps: &gst::Caps, _outcaps: &gst::Caps) -> Result<(), gst::LoggableError> {
        let s = incaps
            .structure(0)
            .ok_or_else(|| gst::loggable_error!(CAT, "empty caps"))?;
        let mut parser = FrameParser::new();
        let length_size = match s.get::<&str>("stream-format") {
            Ok("avc") | Ok("avc3") => {
                let codec_data = s
                    .get::<gst::Buffer>("codec_data")
                    .map_err(|_| gst::loggable_error!(CAT, "avc caps without codec_data"))?;
                let map = codec_data
                    .map_readable()
                    .map_err(|_| gst::loggable_error!(CAT, "unreadable codec_data"))?;
                Some(
                    read_avcc(&map, &mut parser)
                        .map_err(|e| gst::loggable_error!(CAT, "bad codec_data: {e}"))?,
                )
            }
            _ => None,
        };
        gst::debug!(
            CAT,
            imp = self,
            "caps {incaps}, NAL length size {length_size:?}"
        );
        let settings = *self.settings.lock().unwrap();
        let mut state = self.state.lock().unwrap();
        // New caps mid-stream keep the motion state but restart the analysis.
        let detector = match state.take() {
            Some(mut old) => {
                old.detector.restart();
                old.detector
            }
            None => {
                let mut detector = MotionDetector::new(settings.detector_settings());
                detector.set_ignore_zones(self.ignore_zones.lock().unwrap().clone());
                detector
            }
        };
        *state = Some(State {
            parser,
            detector,
            length_size,
        });
        Ok(())
    }

    fn start(&self) -> Result<(), gst::ErrorMessage> {
        *self.motion.lock().unwrap() = false;
        Ok(())
    }

    fn stop(&self) -> Result<(), gst::ErrorMessage> {
        let active = self
            .state
            .lock()
            .unwrap()
            .take()
            .is_some_and(|s| s.detector.is_active());
        // Stopping while motion is on reports it off once (reference §14.2 step 8).
        if active {
            let running_time = self
                .obj()
                .current_running_time()
                .unwrap_or(gst::ClockTime::ZERO);
            self.report(
                &MotionEvent {
                    detected: false,
                    running_time,
                    ratio: 0.0,
                    region: None,
                },
                false,
            );
        }
        Ok(())
    }

    fn sink_event(&self, event: gst::Event) -> bool {
        // A new stream, a flush or a new segment breaks the timeline the baselines were
        // learned on: the analysis restarts (the motion state and its hold time stay; the
        // parameter sets stay too, as `avc` streams only send them in the caps).
        if matches!(
            event.view(),
            gst::EventView::StreamStart(_)
                | gst::EventView::FlushStop(_)
                | gst::EventView::Segment(_)
        ) && let Some(state) = self.state.lock().unwrap().as_mut()
        {
            gst::debug!(CAT, imp = self, "{:?}: analysis restarts", event.type_());
            state.detector.restart();
        }
        self.parent_sink_event(event)
    }

    fn transform_ip_passthrough(
        &self,
        buf: &gst::Buffer,
    ) -> Result<gst::FlowSuccess, gst::FlowError> {
        let Some(ts) = buf.pts().or(buf.dts()) else {
            gst::log!(CAT, imp = self, "buffer without timestamp, not analysed");
            return Ok(gst::FlowSuccess::Ok);
        };
        let running_time = self
            .obj()
            .segment()
            .downcast_ref::<gst::ClockTime>()
            .and_then(|segment| segment.to_running_time(ts))
            .unwrap_or(ts);
        let map = buf.map_readable().map_err(|_| {
            gst::element_imp_error!(self, gst::CoreError::Failed, ["unreadable buffer"]);
            gst::FlowError::Error
        })?;
        let change = {
            let mut guard = self.state.lock().unwrap();
            let state = guard.as_mut().ok_or(gst::FlowError::NotNegotiated)?;
            // `analysis-rate` pictures per second get their macroblocks parsed (see
            // `hksv::motion::Settings::analysis_rate`).
            state.parser.set_parse_macroblocks(
                state.detector.wants_macroblocks_at(running_time.nseconds()),
            );
            let parsed = match state.length_size {
                Some(size) => state
                    .parser
                    .parse(split_length_prefixed(&map, size), map.len()),
                None => state.parser.parse(split_annex_b(&map).map(Ok), map.len()),
            };
            match parsed {
                Ok(Some(stats)) => state
                    .detector
                    .push(
                        &stats,
                        Some(state.parser.macroblocks()),
                        running_time.nseconds(),
                    )
                    // Where the object was seen, when motion starts.
                    .map(|change| {
                        let region = change.detected.then(|| state.detector.region()).flatten();
                        (change, region)
                    }),
                Ok(None) => None,
                Err(err) => {
                    gst::warning!(
                        CAT,
                        imp = self,
                        "access unit at {running_time} not analysed ({err}): analysis restarts"
                    );
                    state.detector.restart();
                    None
                }
            }
        };
        if let Some((change, region)) = change {
            self.report(
                &MotionEvent {
                    detected: change.detected,
                    running_time: gst::ClockTime::from_nseconds(change.time_ns),
                    ratio: change.ratio,
                    region,
                },
                true,
            );
        }
        Ok(gst::FlowSuccess::Ok)
    }
}
