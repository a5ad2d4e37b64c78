// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hksvfmp4mux`: translates buffers, caps and events for [`hksv::fmp4::Fragmenter`], which
//! does the fragmentation and writes the boxes.
//!
//! Design: a plain element with its own pads (following gst-plugins-rs `gopbuffer`) rather
//! than an Aggregator. Only the video pad drives output: a fragment closes when the video
//! brings the next IDR picture, and takes the audio that has arrived by then. The audio
//! chain function only queues frames and never waits for anything, so a missing or stalled
//! audio source can never hold video back (field notes pitfall 18), no live timeout is
//! needed, and both pads' streaming threads never block each other. All pushes happen on
//! the video streaming thread. The one wait is at video EOS: at most one second for the
//! queued audio to reach the end of the video, so that the last fragment gets its audio.
//!
//! The H.264 and AAC input glue (caps, access units to zero-copy samples, parameter sets,
//! running times) lives in [`crate::media_input`], shared with `hksvsink`.
//!
//! A flush (FlushStart/FlushStop on the video pad) drops what is buffered and starts a new
//! timeline: the next output is preceded by caps and a new segment (FlushStop removed the
//! sticky segment downstream) and is a fresh init segment; decode times start again at 0 and
//! the `mfhd` sequence numbers continue.
//!
//! Lock order: `settings` before `state`; `audio_pad` is never held with either. Nothing is
//! pushed or posted while a lock is held.

use std::sync::{Condvar, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;

use hksv::fmp4::{AudioFrame, Fmp4Error, Fragment, Fragmenter, Output};

use crate::logging::HKSVFMP4MUX_CAT as CAT;
use crate::media_input::{self, H264Input, InputError};

const DEFAULT_FRAGMENT_DURATION_MS: u32 = 4000;
/// Largest `fragment-duration` (60 s): the fragmenter's guard against unbounded buffering.
const MAX_FRAGMENT_DURATION_MS: u32 = (hksv::fmp4::MAX_FRAGMENT_DURATION / 1_000_000) as u32;
/// How long the video streaming thread waits at EOS for audio to catch up with the video.
const EOS_AUDIO_WAIT: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Copy)]
struct Settings {
    fragment_duration_ms: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            fragment_duration_ms: DEFAULT_FRAGMENT_DURATION_MS,
        }
    }
}

struct State {
    fragmenter: Fragmenter<gst::Buffer>,
    /// Framing, parameter sets and timing of the video input.
    video: H264Input,
    video_segment: Option<gst::FormattedSegment<gst::ClockTime>>,
    audio_segment: Option<gst::FormattedSegment<gst::ClockTime>>,
    /// Caps and segment have been pushed downstream.
    started: bool,
    /// Sticky events (tags...) that arrived before our caps went out.
    pending_events: Vec<gst::Event>,
    /// The audio pad got EOS.
    audio_eos: bool,
    /// The video pad is flushing (between FlushStart and FlushStop).
    flushing: bool,
}

impl Default for State {
    fn default() -> Self {
        Self {
            fragmenter: Fragmenter::new(u64::from(DEFAULT_FRAGMENT_DURATION_MS) * 1_000_000),
            video: H264Input::default(),
            video_segment: None,
            audio_segment: None,
            started: false,
            pending_events: Vec::new(),
            audio_eos: false,
            flushing: false,
        }
    }
}

impl State {
    fn segment_mut(&mut self, input: Input) -> &mut Option<gst::FormattedSegment<gst::ClockTime>> {
        match input {
            Input::Video => &mut self.video_segment,
            Input::Audio => &mut self.audio_segment,
        }
    }
}

/// The two sink pads.
#[derive(Clone, Copy, Debug)]
enum Input {
    Video,
    Audio,
}

impl Input {
    fn name(self) -> &'static str {
        match self {
            Input::Video => "video",
            Input::Audio => "audio",
        }
    }

    /// [`Input::name`] at the start of a sentence.
    fn label(self) -> &'static str {
        match self {
            Input::Video => "Video",
            Input::Audio => "Audio",
        }
    }
}

/// What the video streaming thread pushes once the state lock is dropped.
enum Push {
    Event(gst::Event),
    Buffer(gst::Buffer),
    List(gst::BufferList),
}

pub struct HksvFmp4Mux {
    srcpad: gst::Pad,
    video_pad: gst::Pad,
    audio_pad: Mutex<Option<gst::Pad>>,
    settings: Mutex<Settings>,
    state: Mutex<State>,
    /// Signalled (with `state`) when audio arrives or ends, for the wait at video EOS.
    audio_arrived: Condvar,
}

fn clock_time(ns: i64) -> gst::ClockTime {
    gst::ClockTime::from_nseconds(u64::try_from(ns).unwrap_or(0))
}

impl HksvFmp4Mux {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn settings(&self) -> Settings {
        *self.settings.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Posts `err` as an element error and returns the flow error.
    fn fail(&self, err: &Fmp4Error) -> gst::FlowError {
        match err {
            Fmp4Error::MissingParameterSets => gst::element_imp_error!(
                self,
                gst::StreamError::Format,
                ["No SPS/PPS before the first IDR picture (in codec_data or in the stream)"]
            ),
            Fmp4Error::H264(_) | Fmp4Error::InvalidAvcC(_) => {
                gst::element_imp_error!(
                    self,
                    gst::StreamError::Format,
                    ["Bad H.264 input: {}", err]
                )
            }
            _ => gst::element_imp_error!(self, gst::StreamError::Mux, ["Cannot mux: {}", err]),
        }
        gst::FlowError::Error
    }

    /// Posts the element error for an input `err` (its `Display` is the message) and returns
    /// the flow error.
    fn fail_input(&self, err: &InputError) -> gst::FlowError {
        match err {
            InputError::NotNegotiated => {
                gst::element_imp_error!(self, gst::CoreError::Negotiation, ("{}", err))
            }
            InputError::Buffer(_) => {
                gst::element_imp_error!(self, gst::CoreError::Failed, ("{}", err))
            }
            _ if err.is_format_error() => {
                gst::element_imp_error!(self, gst::StreamError::Format, ("{}", err))
            }
            _ => gst::element_imp_error!(self, gst::StreamError::Mux, ("{}", err)),
        }
        err.flow_error()
    }

    /// The timestamp of a buffer of `input`; posts an error when it has none.
    fn buffer_pts(
        &self,
        input: Input,
        buffer: &gst::Buffer,
    ) -> Result<gst::ClockTime, gst::FlowError> {
        buffer.pts().ok_or_else(|| {
            gst::element_imp_error!(
                self,
                gst::StreamError::Format,
                ["{} buffer without timestamp", input.label()]
            );
            gst::FlowError::Error
        })
    }

    fn video_chain(&self, buffer: gst::Buffer) -> Result<gst::FlowSuccess, gst::FlowError> {
        let settings = self.settings();
        let mut state = self.state();
        state
            .fragmenter
            .set_fragment_duration(u64::from(settings.fragment_duration_ms) * 1_000_000);
        let Some(segment) = state.video_segment.clone() else {
            drop(state);
            gst::element_imp_error!(
                self,
                gst::CoreError::Negotiation,
                ["Video buffer before caps and TIME segment"]
            );
            return Err(gst::FlowError::NotNegotiated);
        };
        let input = match state.video.access_unit(buffer, &segment) {
            Ok(Some(input)) => input,
            Ok(None) => {
                gst::debug!(CAT, imp = self, "Dropping video buffer outside the segment");
                return Ok(gst::FlowSuccess::Ok);
            }
            Err(err) => {
                drop(state);
                return Err(self.fail_input(&err));
            }
        };
        if let Some(track) = input.track {
            state.fragmenter.set_video_track(track);
        }
        let longest_gop = state.fragmenter.longest_gop();
        let outputs = match state.fragmenter.push_video(input.frame) {
            Ok(outputs) => outputs,
            Err(err) => {
                drop(state);
                return Err(self.fail(&err));
            }
        };
        // The latency includes the longest GOP (see `src_query`): tell the pipeline when it
        // grows.
        let gop = state.fragmenter.longest_gop();
        let grown_gop = gop.filter(|_| gop != longest_gop);
        let pushes = self.prepare(&mut state, outputs);
        drop(state);
        if let Some(gop) = grown_gop {
            gst::info!(
                CAT,
                imp = self,
                "Longest GOP now {}: latency changed",
                gst::ClockTime::from_nseconds(gop)
            );
            let _ = self
                .obj()
                .post_message(gst::message::Latency::builder().src(&*self.obj()).build());
        }
        self.push_all(pushes)
    }

    fn audio_chain(&self, buffer: gst::Buffer) -> Result<gst::FlowSuccess, gst::FlowError> {
        let pts = self.buffer_pts(Input::Audio, &buffer)?;
        let mut state = self.state();
        let Some(segment) = state.audio_segment.clone() else {
            drop(state);
            gst::element_imp_error!(
                self,
                gst::CoreError::Negotiation,
                ["Audio buffer before TIME segment"]
            );
            return Err(gst::FlowError::NotNegotiated);
        };
        let Some(pts) = media_input::running_time(&segment, pts) else {
            return Ok(gst::FlowSuccess::Ok);
        };
        let Ok(size) = u32::try_from(buffer.size()) else {
            drop(state);
            gst::element_imp_error!(
                self,
                gst::StreamError::Format,
                [
                    "Audio buffer of {} bytes: too big for one AAC frame",
                    buffer.size()
                ]
            );
            return Err(gst::FlowError::Error);
        };
        state.fragmenter.push_audio(AudioFrame {
            pts,
            duration: buffer.duration().map(gst::ClockTime::nseconds),
            size,
            payload: buffer,
        });
        drop(state);
        self.audio_arrived.notify_all();
        Ok(gst::FlowSuccess::Ok)
    }

    /// Turns fragmenter output into what goes downstream: caps (with `streamheader`) and the
    /// segment before the first init segment, then init buffers and fragment lists.
    fn prepare(&self, state: &mut State, outputs: Vec<Output<gst::Buffer>>) -> Vec<Push> {
        let mut pushes = Vec::new();
        // The init segment carries the timestamps of the fragment it precedes.
        let mut next_times = Vec::with_capacity(outputs.len());
        let mut next = None;
        for output in outputs.iter().rev() {
            if let Output::Fragment(f) = output {
                next = Some((f.pts, f.dts));
            }
            next_times.push(next);
        }
        next_times.reverse();
        for (output, times) in outputs.into_iter().zip(next_times) {
            match output {
                Output::Init(bytes, init) => {
                    gst::info!(
                        CAT,
                        imp = self,
                        "Init segment: {}x{} video, audio: {}",
                        init.video.width,
                        init.video.height,
                        init.audio.as_ref().map_or("none".into(), |a| format!(
                            "{} Hz x{}",
                            a.sample_rate, a.channels
                        ))
                    );
                    let mut header = gst::Buffer::from_mut_slice(bytes);
                    {
                        let header = header.get_mut().expect("new buffer");
                        header.set_flags(gst::BufferFlags::DISCONT | gst::BufferFlags::HEADER);
                        if let Some((pts, dts)) = times {
                            header.set_pts(clock_time(pts));
                            header.set_dts(clock_time(dts));
                        }
                    }
                    let caps = gst::Caps::builder("video/quicktime")
                        .field("variant", "iso-fragmented")
                        .field("streamheader", gst::Array::new([header.clone()]))
                        .build();
                    pushes.push(Push::Event(gst::event::Caps::new(&caps)));
                    if !state.started {
                        state.started = true;
                        pushes.push(Push::Event(gst::event::Segment::new(
                            &gst::FormattedSegment::<gst::ClockTime>::new(),
                        )));
                        pushes.extend(state.pending_events.drain(..).map(Push::Event));
                    }
                    pushes.push(Push::Buffer(header));
                }
                Output::Fragment(fragment) => pushes.push(Push::List(self.fragment_list(fragment))),
            }
        }
        pushes
    }

    fn fragment_list(&self, fragment: Fragment<gst::Buffer>) -> gst::BufferList {
        gst::debug!(
            CAT,
            imp = self,
            "Fragment {}: {} video + {} audio samples at {}, duration {}",
            fragment.sequence_number,
            fragment.video_samples,
            fragment.samples.len() - fragment.video_samples,
            clock_time(fragment.pts),
            gst::ClockTime::from_nseconds(fragment.duration)
        );
        let mut list = gst::BufferList::new_sized(fragment.samples.len() + 1);
        let list_mut = list.get_mut().expect("new list");
        let mut header = gst::Buffer::from_mut_slice(fragment.header);
        {
            let header = header.get_mut().expect("new buffer");
            header.set_flags(gst::BufferFlags::HEADER);
            header.set_pts(clock_time(fragment.pts));
            header.set_dts(clock_time(fragment.dts));
            header.set_duration(gst::ClockTime::from_nseconds(fragment.duration));
        }
        list_mut.add(header);
        let count = fragment.samples.len();
        for (i, mut sample) in fragment.samples.into_iter().enumerate() {
            {
                // Writable without copying memory: we hold the only reference, or a shallow
                // copy of the buffer struct is made.
                let sample = sample.make_mut();
                sample.unset_flags(
                    gst::BufferFlags::DISCONT | gst::BufferFlags::HEADER | gst::BufferFlags::MARKER,
                );
                sample.set_flags(gst::BufferFlags::DELTA_UNIT);
                if i + 1 == count {
                    sample.set_flags(gst::BufferFlags::MARKER);
                }
                // Times are in the output segment through the header buffer.
                sample.set_pts(gst::ClockTime::NONE);
                sample.set_dts(gst::ClockTime::NONE);
            }
            list_mut.add(sample);
        }
        list
    }

    fn push_all(&self, pushes: Vec<Push>) -> Result<gst::FlowSuccess, gst::FlowError> {
        for push in pushes {
            match push {
                Push::Event(event) => {
                    if !self.srcpad.push_event(event) {
                        gst::debug!(CAT, imp = self, "Downstream refused an event");
                    }
                }
                Push::Buffer(buffer) => {
                    self.srcpad.push(buffer)?;
                }
                Push::List(list) => {
                    self.srcpad.push_list(list)?;
                }
            }
        }
        Ok(gst::FlowSuccess::Ok)
    }

    /// Applies the caps of `input`; posts an error and returns false when they are refused.
    fn take_caps(&self, input: Input, caps: &gst::CapsRef) -> bool {
        let result = match input {
            Input::Video => self.state().video.set_caps(caps),
            Input::Audio => media_input::aac_track(caps)
                .map(|track| self.state().fragmenter.set_audio_track(Some(track))),
        };
        match result {
            Ok(()) => true,
            Err(err) => {
                gst::element_imp_error!(
                    self,
                    gst::CoreError::Negotiation,
                    ["Cannot take {} caps {}: {}", input.name(), caps, err]
                );
                false
            }
        }
    }

    /// Stores the segment of `input`; posts an error and returns false unless it is in TIME.
    fn take_segment(&self, input: Input, event: &gst::event::Segment) -> bool {
        match event.segment().downcast_ref::<gst::ClockTime>() {
            Some(segment) => {
                *self.state().segment_mut(input) = Some(segment.clone());
                true
            }
            None => {
                gst::element_imp_error!(
                    self,
                    gst::StreamError::Format,
                    [
                        "Only TIME segments are supported, got {:?}",
                        event.segment().format()
                    ]
                );
                false
            }
        }
    }

    fn video_event(&self, pad: &gst::Pad, event: gst::Event) -> bool {
        use gst::EventView;
        gst::log!(CAT, obj = pad, "Handling event {event:?}");
        match event.view() {
            EventView::Caps(c) => self.take_caps(Input::Video, c.caps()),
            EventView::Segment(s) => self.take_segment(Input::Video, s),
            EventView::Eos(_) => {
                let mut state = self.wait_for_audio();
                let pushes = match state.fragmenter.finish() {
                    Ok(outputs) => self.prepare(&mut state, outputs),
                    Err(err) => {
                        drop(state);
                        let _ = self.fail(&err);
                        return false;
                    }
                };
                drop(state);
                if let Err(err) = self.push_all(pushes) {
                    gst::debug!(CAT, imp = self, "Pushing the last fragment: {err:?}");
                }
                self.srcpad.push_event(event)
            }
            EventView::FlushStart(_) => {
                self.state().flushing = true;
                // Ends a wait for audio at EOS.
                self.audio_arrived.notify_all();
                self.srcpad.push_event(event)
            }
            EventView::FlushStop(_) => {
                // A new timeline: the next output is a fresh init segment, preceded by caps
                // and a new segment (FlushStop removes the sticky segment downstream).
                let mut state = self.state();
                state.flushing = false;
                state.fragmenter.restart();
                state.video.reset_timing();
                state.started = false;
                drop(state);
                self.srcpad.push_event(event)
            }
            EventView::Gap(_) => true,
            _ if event.is_sticky() && event.type_() != gst::EventType::StreamStart => {
                let mut state = self.state();
                if !state.started {
                    state.pending_events.push(event);
                    return true;
                }
                drop(state);
                self.srcpad.push_event(event)
            }
            _ => self.srcpad.push_event(event),
        }
    }

    fn audio_event(&self, pad: &gst::Pad, event: gst::Event) -> bool {
        use gst::EventView;
        gst::log!(CAT, obj = pad, "Handling event {event:?}");
        match event.view() {
            EventView::Caps(c) => self.take_caps(Input::Audio, c.caps()),
            EventView::Segment(s) => self.take_segment(Input::Audio, s),
            EventView::Eos(_) => {
                self.state().audio_eos = true;
                self.audio_arrived.notify_all();
                true
            }
            EventView::FlushStop(_) => {
                // What the audio pad queued before its flush is from the old timeline.
                let mut state = self.state();
                state.audio_eos = false;
                state.fragmenter.flush_audio();
                true
            }
            // The video pad alone drives the output: other events end here.
            _ => true,
        }
    }

    /// At video EOS, waits (at most [`EOS_AUDIO_WAIT`]) until the queued audio reaches the
    /// end of the video or the audio pad ends, so that the last fragment gets its audio when
    /// the two streams arrive on different threads. Only the end of the stream waits, never
    /// a fragment of a running stream.
    fn wait_for_audio(&self) -> MutexGuard<'_, State> {
        let has_audio_pad = self
            .audio_pad
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some();
        let deadline = Instant::now() + EOS_AUDIO_WAIT;
        let mut state = self.state();
        while has_audio_pad
            && !state.audio_eos
            && !state.flushing
            && !state.fragmenter.audio_covers_video()
        {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                gst::debug!(
                    CAT,
                    imp = self,
                    "Audio did not catch up with the video at EOS"
                );
                break;
            };
            state = self
                .audio_arrived
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        state
    }

    fn src_query(&self, pad: &gst::Pad, query: &mut gst::QueryRef) -> bool {
        if let gst::QueryViewMut::Latency(q) = query.view_mut() {
            if !self.video_pad.peer_query(q.query_mut()) {
                return false;
            }
            // A fragment leaves at the first IDR picture at or after the fragment duration,
            // so it holds up to the fragment duration plus one GOP: the longest GOP seen so
            // far (none before the second IDR picture; a Latency message is posted whenever
            // it grows).
            let fragment =
                gst::ClockTime::from_mseconds(u64::from(self.settings().fragment_duration_ms));
            let gop = self.state().fragmenter.longest_gop().unwrap_or(0);
            let extra = fragment + gst::ClockTime::from_nseconds(gop);
            let (live, min, max) = q.result();
            q.set(live, min + extra, max.map(|max| max + extra));
            return true;
        }
        gst::Pad::query_default(pad, Some(&*self.obj()), query)
    }
}

#[glib::object_subclass]
impl ObjectSubclass for HksvFmp4Mux {
    const NAME: &'static str = "GstHksvFmp4Mux";
    type Type = super::HksvFmp4Mux;
    type ParentType = gst::Element;

    fn with_class(klass: &Self::Class) -> Self {
        let templ = klass.pad_template("video").expect("video template");
        let video_pad = gst::Pad::builder_from_template(&templ)
            .chain_function(|_pad, parent, buffer| {
                HksvFmp4Mux::catch_panic_pad_function(
                    parent,
                    || Err(gst::FlowError::Error),
                    |imp| imp.video_chain(buffer),
                )
            })
            .event_function(|pad, parent, event| {
                HksvFmp4Mux::catch_panic_pad_function(
                    parent,
                    || false,
                    |imp| imp.video_event(pad, event),
                )
            })
            .build();
        let templ = klass.pad_template("src").expect("src template");
        let srcpad = gst::Pad::builder_from_template(&templ)
            .query_function(|pad, parent, query| {
                HksvFmp4Mux::catch_panic_pad_function(
                    parent,
                    || false,
                    |imp| imp.src_query(pad, query),
                )
            })
            .flags(gst::PadFlags::FIXED_CAPS)
            .build();
        Self {
            srcpad,
            video_pad,
            audio_pad: Mutex::new(None),
            settings: Mutex::new(Settings::default()),
            state: Mutex::new(State::default()),
            audio_arrived: Condvar::new(),
        }
    }
}

impl ObjectImpl for HksvFmp4Mux {
    fn properties() -> &'static [glib::ParamSpec] {
        static PROPERTIES: LazyLock<Vec<glib::ParamSpec>> = LazyLock::new(|| {
            vec![
                /**
                 * GstHksvFmp4Mux:fragment-duration:
                 *
                 * Minimum fragment duration in milliseconds: a fragment closes at the first
                 * IDR picture at or after it (0: at every IDR picture). HomeKit hubs select
                 * 4000 ms. At most 60000 ms, the guard against unbounded buffering: a
                 * fragment that would grow longer closes at its last IDR picture.
                 */
                glib::ParamSpecUInt::builder("fragment-duration")
                    .nick("Fragment duration")
                    .blurb("Close a fragment at the first IDR picture at or after this many milliseconds (0 = every IDR picture, at most 60000)")
                    .maximum(MAX_FRAGMENT_DURATION_MS)
                    .default_value(DEFAULT_FRAGMENT_DURATION_MS)
                    .mutable_playing()
                    .build(),
            ]
        });
        PROPERTIES.as_ref()
    }

    fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
        match pspec.name() {
            "fragment-duration" => {
                let ms = value.get().expect("type checked upstream");
                gst::info!(CAT, imp = self, "fragment-duration {ms} ms");
                self.settings
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .fragment_duration_ms = ms;
            }
            _ => unimplemented!(),
        }
    }

    fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
        match pspec.name() {
            "fragment-duration" => self.settings().fragment_duration_ms.to_value(),
            _ => unimplemented!(),
        }
    }

    fn constructed(&self) {
        self.parent_constructed();
        let obj = self.obj();
        obj.add_pad(&self.video_pad).expect("add video pad");
        obj.add_pad(&self.srcpad).expect("add src pad");
    }
}

impl GstObjectImpl for HksvFmp4Mux {}

impl ElementImpl for HksvFmp4Mux {
    fn metadata() -> Option<&'static gst::subclass::ElementMetadata> {
        static METADATA: LazyLock<gst::subclass::ElementMetadata> = LazyLock::new(|| {
            gst::subclass::ElementMetadata::new(
                "HomeKit Secure Video fMP4 muxer",
                "Codec/Muxer",
                "Remuxes H.264 (and AAC-LC) into GOP-aligned fragmented MP4 for HomeKit Secure Video",
                "gst-hksv developers",
            )
        });
        Some(&*METADATA)
    }

    fn pad_templates() -> &'static [gst::PadTemplate] {
        static TEMPLATES: LazyLock<Vec<gst::PadTemplate>> = LazyLock::new(|| {
            let video = crate::caps::h264_access_units();
            let audio = crate::caps::aac_raw();
            let src = gst::Caps::builder("video/quicktime")
                .field("variant", "iso-fragmented")
                .build();
            vec![
                gst::PadTemplate::new(
                    "src",
                    gst::PadDirection::Src,
                    gst::PadPresence::Always,
                    &src,
                )
                .expect("src template"),
                gst::PadTemplate::new(
                    "video",
                    gst::PadDirection::Sink,
                    gst::PadPresence::Always,
                    &video,
                )
                .expect("video template"),
                gst::PadTemplate::new(
                    "audio",
                    gst::PadDirection::Sink,
                    gst::PadPresence::Request,
                    &audio,
                )
                .expect("audio template"),
            ]
        });
        TEMPLATES.as_ref()
    }

    fn request_new_pad(
        &self,
        templ: &gst::PadTemplate,
        _name: Option<&str>,
        _caps: Option<&gst::Caps>,
    ) -> Option<gst::Pad> {
        let mut audio_pad = self.audio_pad.lock().unwrap_or_else(|e| e.into_inner());
        if audio_pad.is_some() {
            gst::warning!(CAT, imp = self, "Only one audio pad is supported");
            return None;
        }
        let pad = gst::Pad::builder_from_template(templ)
            .name("audio")
            .chain_function(|_pad, parent, buffer| {
                HksvFmp4Mux::catch_panic_pad_function(
                    parent,
                    || Err(gst::FlowError::Error),
                    |imp| imp.audio_chain(buffer),
                )
            })
            .event_function(|pad, parent, event| {
                HksvFmp4Mux::catch_panic_pad_function(
                    parent,
                    || false,
                    |imp| imp.audio_event(pad, event),
                )
            })
            .build();
        *audio_pad = Some(pad.clone());
        drop(audio_pad);
        if self.obj().current_state() > gst::State::Ready {
            let _ = pad.set_active(true);
        }
        self.obj().add_pad(&pad).ok()?;
        Some(pad)
    }

    fn release_pad(&self, pad: &gst::Pad) {
        let mut audio_pad = self.audio_pad.lock().unwrap_or_else(|e| e.into_inner());
        if audio_pad.as_ref() == Some(pad) {
            *audio_pad = None;
            drop(audio_pad);
            let mut state = self.state();
            state.fragmenter.set_audio_track(None);
            state.audio_segment = None;
            drop(state);
            let _ = pad.set_active(false);
            let _ = self.obj().remove_pad(pad);
        }
    }

    fn change_state(
        &self,
        transition: gst::StateChange,
    ) -> Result<gst::StateChangeSuccess, gst::StateChangeError> {
        gst::trace!(CAT, imp = self, "Changing state {transition:?}");
        if transition == gst::StateChange::ReadyToPaused {
            *self.state() = State::default();
        }
        let ret = self.parent_change_state(transition)?;
        if transition == gst::StateChange::PausedToReady {
            *self.state() = State::default();
        }
        Ok(ret)
    }
}
