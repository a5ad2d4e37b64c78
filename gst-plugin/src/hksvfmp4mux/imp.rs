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
//! Lock order: `settings` before `state`; `audio_pad` is never held with either. Nothing is
//! pushed or posted while a lock is held.

use std::sync::{Condvar, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;

use hksv::fmp4::avc::{self, AvcConfig, NalFraming, SamplePart};
use hksv::fmp4::{AudioFrame, AudioTrack, Fmp4Error, Fragment, Fragmenter, Output, VideoFrame};

use crate::logging::HKSVFMP4MUX_CAT as CAT;

const DEFAULT_FRAGMENT_DURATION_MS: u32 = 4000;
/// How long the video streaming thread waits at EOS for audio to catch up with the video.
const EOS_AUDIO_WAIT: Duration = Duration::from_secs(1);
/// More memories than this in one buffer make GStreamer merge (copy) them all.
const MAX_MEMORIES_PER_BUFFER: usize = 16;

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
    /// NAL framing of the video input, from its caps.
    framing: Option<NalFraming>,
    /// The latest parameter sets, from `codec_data` and from the stream.
    parameter_sets: Option<AvcConfig>,
    video_segment: Option<gst::FormattedSegment<gst::ClockTime>>,
    audio_segment: Option<gst::FormattedSegment<gst::ClockTime>>,
    /// Caps and segment have been pushed downstream.
    started: bool,
    /// Sticky events (tags...) that arrived before our caps went out.
    pending_events: Vec<gst::Event>,
    /// The audio pad got EOS.
    audio_eos: bool,
}

impl Default for State {
    fn default() -> Self {
        Self {
            fragmenter: Fragmenter::new(u64::from(DEFAULT_FRAGMENT_DURATION_MS) * 1_000_000),
            framing: None,
            parameter_sets: None,
            video_segment: None,
            audio_segment: None,
            started: false,
            pending_events: Vec::new(),
            audio_eos: false,
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

/// Signed running time in ns of `time` in `segment`.
fn running_time(
    segment: &gst::FormattedSegment<gst::ClockTime>,
    time: gst::ClockTime,
) -> Option<i64> {
    match segment.to_running_time_full(time)? {
        gst::Signed::Positive(t) => i64::try_from(t.nseconds()).ok(),
        gst::Signed::Negative(t) => i64::try_from(t.nseconds()).ok().map(|t| -t),
    }
}

fn clock_time(ns: i64) -> gst::ClockTime {
    gst::ClockTime::from_nseconds(u64::try_from(ns).unwrap_or(0))
}

/// The sample of an access unit: the input buffer itself when nothing changes, else its
/// memory regions (shared, not copied) interleaved with new 4-byte length prefixes.
/// Byte-stream NAL units are framed by start codes; MP4 wants a length before each. The
/// start codes are simply left out of the regions, and each length is a new 4-byte memory,
/// so the slice data is never copied. Only an access unit with more than 8 NAL units would
/// exceed GStreamer's 16 memories per buffer (which would merge them with a copy anyway);
/// that rare case is assembled in one copy.
fn sample_buffer(input: gst::Buffer, au: &avc::AccessUnit) -> Result<gst::Buffer, glib::BoolError> {
    if let [SamplePart::Input(range)] = au.parts.as_slice()
        && range.start == 0
        && range.end == input.size()
    {
        return Ok(input);
    }
    let mut out = input.copy_region(
        gst::BufferCopyFlags::FLAGS | gst::BufferCopyFlags::TIMESTAMPS | gst::BufferCopyFlags::META,
        ..,
    )?;
    let out_mut = out.make_mut();
    if au.parts.len() > MAX_MEMORIES_PER_BUFFER {
        let map = input.map_readable()?;
        out_mut.append_memory(gst::Memory::from_slice(au.to_sample(&map)));
        return Ok(out);
    }
    for part in &au.parts {
        match part {
            SamplePart::Prefix(prefix) => out_mut.append_memory(gst::Memory::from_slice(*prefix)),
            SamplePart::Input(range) => {
                let region = input.copy_region(gst::BufferCopyFlags::MEMORY, range.clone())?;
                for memory in region.iter_memories_owned() {
                    out_mut.append_memory(memory);
                }
            }
        }
    }
    Ok(out)
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
        let pts = self.buffer_pts(Input::Video, &buffer)?;
        let settings = self.settings();
        let mut state = self.state();
        state
            .fragmenter
            .set_fragment_duration(u64::from(settings.fragment_duration_ms) * 1_000_000);
        let (Some(segment), Some(framing)) = (state.video_segment.clone(), state.framing) else {
            drop(state);
            gst::element_imp_error!(
                self,
                gst::CoreError::Negotiation,
                ["Video buffer before caps and TIME segment"]
            );
            return Err(gst::FlowError::NotNegotiated);
        };
        let dts = buffer.dts().unwrap_or(pts);
        let (Some(pts), Some(dts)) = (running_time(&segment, pts), running_time(&segment, dts))
        else {
            gst::debug!(CAT, imp = self, "Dropping video buffer outside the segment");
            return Ok(gst::FlowSuccess::Ok);
        };

        let au = {
            let map = buffer.map_readable().map_err(|_| gst::FlowError::Error)?;
            avc::split_access_unit(&map, framing)
        };
        let au = match au {
            Ok(au) => au,
            Err(err) => {
                drop(state);
                return Err(self.fail(&err));
            }
        };
        if !au.sps.is_empty() || !au.pps.is_empty() {
            let sets = state.parameter_sets.get_or_insert_with(|| AvcConfig {
                length_size: framing.output_length_size(),
                sps: Vec::new(),
                pps: Vec::new(),
            });
            if !au.sps.is_empty() {
                sets.sps.clone_from(&au.sps);
            }
            if !au.pps.is_empty() {
                sets.pps.clone_from(&au.pps);
            }
        }
        if au.idr {
            let track = match state.parameter_sets.as_ref().map(avc::video_track) {
                Some(Ok(track)) => track,
                Some(Err(err)) => {
                    drop(state);
                    return Err(self.fail(&err));
                }
                None => {
                    drop(state);
                    return Err(self.fail(&Fmp4Error::MissingParameterSets));
                }
            };
            state.fragmenter.set_video_track(track);
        }

        let duration = buffer.duration().map(gst::ClockTime::nseconds);
        let payload = sample_buffer(buffer, &au).map_err(|err| {
            gst::error!(CAT, imp = self, "Cannot build sample buffer: {err}");
            gst::FlowError::Error
        })?;
        let frame = VideoFrame {
            pts,
            dts,
            duration,
            sync: au.idr,
            size: au.size,
            payload,
        };
        let outputs = match state.fragmenter.push_video(frame) {
            Ok(outputs) => outputs,
            Err(err) => {
                drop(state);
                return Err(self.fail(&err));
            }
        };
        let pushes = self.prepare(&mut state, outputs);
        drop(state);
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
        let Some(pts) = running_time(&segment, pts) else {
            return Ok(gst::FlowSuccess::Ok);
        };
        let size = u32::try_from(buffer.size()).map_err(|_| gst::FlowError::Error)?;
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

    fn set_video_caps(&self, caps: &gst::CapsRef) -> Result<(), String> {
        let s = caps.structure(0).ok_or("empty caps")?;
        let format = s
            .get::<&str>("stream-format")
            .map_err(|_| "no stream-format")?;
        let codec_data = s.get::<gst::Buffer>("codec_data").ok();
        let parsed = match codec_data {
            Some(data) => {
                let map = data.map_readable().map_err(|_| "unreadable codec_data")?;
                Some(avc::parse_avcc(&map).map_err(|e| e.to_string())?)
            }
            None => None,
        };
        let framing = match (format, &parsed) {
            ("byte-stream", _) => NalFraming::AnnexB,
            ("avc" | "avc3", Some(config)) => NalFraming::LengthPrefixed(config.length_size),
            ("avc3", None) => NalFraming::LengthPrefixed(4),
            ("avc", None) => return Err("stream-format=avc without codec_data".into()),
            (other, _) => return Err(format!("unsupported stream-format {other}")),
        };
        let mut state = self.state();
        if framing == NalFraming::AnnexB && state.framing.is_some_and(|f| f != framing) {
            // Parameter sets learned with another framing keep their length size; reset.
            state.parameter_sets = None;
        }
        state.framing = Some(framing);
        if let Some(config) = parsed.filter(|c| !c.sps.is_empty() && !c.pps.is_empty()) {
            state.parameter_sets = Some(config);
        } else if let Some(sets) = state.parameter_sets.as_mut() {
            sets.length_size = framing.output_length_size();
        }
        Ok(())
    }

    fn set_audio_caps(&self, caps: &gst::CapsRef) -> Result<(), String> {
        let s = caps.structure(0).ok_or("empty caps")?;
        let rate = s.get::<i32>("rate").map_err(|_| "no rate")?;
        let channels = s.get::<i32>("channels").map_err(|_| "no channels")?;
        let data = s
            .get::<gst::Buffer>("codec_data")
            .map_err(|_| "raw AAC without codec_data (AudioSpecificConfig)")?;
        let audio_specific_config = data
            .map_readable()
            .map_err(|_| "unreadable codec_data")?
            .to_vec();
        let track = AudioTrack {
            sample_rate: u32::try_from(rate).map_err(|_| "bad rate")?,
            channels: u16::try_from(channels).map_err(|_| "bad channels")?,
            audio_specific_config,
        };
        self.state().fragmenter.set_audio_track(Some(track));
        Ok(())
    }

    /// Applies the caps of `input`; posts an error and returns false when they are refused.
    fn take_caps(&self, input: Input, caps: &gst::CapsRef) -> bool {
        let result = match input {
            Input::Video => self.set_video_caps(caps),
            Input::Audio => self.set_audio_caps(caps),
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
            EventView::FlushStop(_) => {
                self.state().fragmenter.flush();
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
                self.state().audio_eos = false;
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
        while has_audio_pad && !state.audio_eos && !state.fragmenter.audio_covers_video() {
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
            // A fragment leaves when the IDR picture after it arrives.
            let extra =
                gst::ClockTime::from_mseconds(u64::from(self.settings().fragment_duration_ms));
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
                 * 4000 ms.
                 */
                glib::ParamSpecUInt::builder("fragment-duration")
                    .nick("Fragment duration")
                    .blurb("Close a fragment at the first IDR picture at or after this many milliseconds (0 = every IDR picture)")
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
            let audio = gst::Caps::builder("audio/mpeg")
                .field("mpegversion", 4i32)
                .field("stream-format", "raw")
                .field("rate", gst::IntRange::new(1, i32::from(u16::MAX)))
                .field("channels", gst::IntRange::new(1, 8))
                .build();
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
