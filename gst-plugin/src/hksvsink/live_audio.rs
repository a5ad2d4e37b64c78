// SPDX-License-Identifier: MIT OR Apache-2.0
//! The element's live-view audio: the microphone branches of the live sessions
//! ([`super::mic_audio`]), the talkback branch behind the `talkback` pad
//! ([`super::talkback`]), and the Mute and Volume characteristics of the Microphone and
//! Speaker services, mirrored as element properties (a controller's write applies and
//! notifies the property; the application's property write applies and notifies the
//! controllers).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use gst::glib;
use gst::prelude::*;
use hksv::accessory::AudioService;
use hksv::server::HapServer;

use super::mic_audio::{MicControls, MicTaps};
use super::talkback::{SpeakerControls, Talkback, TalkbackInput};
use crate::logging::HKSVSINK_CAT as CAT;

/// Property mirroring Microphone / Mute.
pub(super) const PROP_MICROPHONE_MUTE: &str = "microphone-mute";
/// Property mirroring Microphone / Volume.
pub(super) const PROP_MICROPHONE_VOLUME: &str = "microphone-volume";
/// Property mirroring Speaker / Mute.
pub(super) const PROP_SPEAKER_MUTE: &str = "speaker-mute";
/// Property mirroring Speaker / Volume.
pub(super) const PROP_SPEAKER_VOLUME: &str = "speaker-volume";

/// See the module documentation.
pub(super) struct LiveAudio {
    /// The microphone branches, fed from the `audio` pad.
    pub mic: MicTaps,
    talkback: Option<Talkback>,
    speaker: Mutex<SpeakerControls>,
    /// Whether the element has its `audio` pad (the microphone).
    has_microphone: AtomicBool,
    /// Whether the accessory runs with the Speaker service.
    has_speaker: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The characteristic key and service of a mirrored property.
fn characteristic(property: &str) -> Option<(AudioService, bool)> {
    match property {
        PROP_MICROPHONE_MUTE => Some((AudioService::Microphone, true)),
        PROP_MICROPHONE_VOLUME => Some((AudioService::Microphone, false)),
        PROP_SPEAKER_MUTE => Some((AudioService::Speaker, true)),
        PROP_SPEAKER_VOLUME => Some((AudioService::Speaker, false)),
        _ => None,
    }
}

impl LiveAudio {
    /// The branches, with the talkback elements created (not yet in the bin). Without
    /// `opusdec` (gst-plugins-base's opus plugin) there is no talkback, which is logged.
    pub fn new() -> Self {
        let talkback = match Talkback::new() {
            Ok(talkback) => Some(talkback),
            Err(err) => {
                gst::error!(CAT, "no two-way audio: {err}");
                None
            }
        };
        LiveAudio {
            mic: MicTaps::default(),
            talkback,
            speaker: Mutex::new(SpeakerControls::default()),
            has_microphone: AtomicBool::new(false),
            has_speaker: AtomicBool::new(false),
        }
    }

    /// The `audio` pad was added or released.
    pub fn set_microphone(&self, present: bool) {
        self.has_microphone.store(present, Ordering::Relaxed);
    }

    /// Whether live sessions can get the camera's sound (the element has its `audio` pad).
    pub fn has_microphone(&self) -> bool {
        self.has_microphone.load(Ordering::Relaxed)
    }

    /// Whether the running accessory has the Speaker service.
    pub fn has_speaker(&self) -> bool {
        self.has_speaker.load(Ordering::Relaxed)
    }

    /// Adds the talkback branch to `bin`; returns the pad to ghost as `talkback`.
    pub fn add_talkback(&self, bin: &gst::Bin) -> Option<gst::Pad> {
        let talkback = self.talkback.as_ref()?;
        match talkback.add_to(bin) {
            Ok(pad) => {
                talkback.set_controls(*lock(&self.speaker));
                Some(pad)
            }
            Err(err) => {
                gst::error!(CAT, obj = bin, "no two-way audio: {err}");
                None
            }
        }
    }

    /// READY→PAUSED: with the Speaker service, the talkback source is live (see
    /// [`super::talkback`]).
    pub fn prepare(&self, speaker: bool) {
        self.has_speaker.store(speaker, Ordering::Relaxed);
        if let Some(talkback) = &self.talkback {
            talkback.set_live(speaker);
        }
    }

    /// READY→PAUSED done, with the `talkback` pad linked: its sink prerolls (see
    /// [`Talkback::preroll`]).
    pub fn preroll(&self) {
        if let Some(talkback) = &self.talkback {
            talkback.preroll();
        }
    }

    /// Where talk sessions' audio goes, when the element has a talkback branch.
    pub fn talkback_input(&self) -> Option<TalkbackInput> {
        self.talkback.as_ref().map(Talkback::input)
    }

    fn set_speaker(&self, change: impl FnOnce(&mut SpeakerControls)) {
        let mut speaker = lock(&self.speaker);
        change(&mut speaker);
        let controls = *speaker;
        drop(speaker);
        if let Some(talkback) = &self.talkback {
            talkback.set_controls(controls);
        }
    }

    fn set_mic(&self, change: impl FnOnce(&mut MicControls)) {
        let mut controls = self.mic.controls();
        change(&mut controls);
        self.mic.set_controls(controls);
    }

    /// Applies a mute (`Ok(bool)`) or volume (`Err(percent)`) of `service` to the branches.
    fn apply(&self, service: AudioService, value: Result<bool, u8>) {
        match (service, value) {
            (AudioService::Microphone, Ok(mute)) => self.set_mic(|c| c.mute = mute),
            (AudioService::Microphone, Err(volume)) => self.set_mic(|c| c.volume = volume),
            (AudioService::Speaker, Ok(mute)) => self.set_speaker(|c| c.mute = mute),
            (AudioService::Speaker, Err(volume)) => self.set_speaker(|c| c.volume = volume),
        }
    }

    /// The application set a mirrored property: the branches follow, and so does the
    /// characteristic (subscribed controllers are notified) when the server runs.
    pub fn set_property(&self, name: &str, value: &glib::Value, server: Option<&HapServer>) {
        let Some((service, is_mute)) = characteristic(name) else {
            return;
        };
        let value = if is_mute {
            Ok(value.get::<bool>().expect("type checked upstream"))
        } else {
            Err(value.get::<u32>().expect("type checked upstream").min(100) as u8)
        };
        self.apply(service, value);
        if let Some(server) = server {
            match value {
                Ok(mute) => server.set_mute(service, mute),
                Err(volume) => server.set_volume(service, volume),
            }
        }
    }

    /// The value of a mirrored property.
    pub fn property(&self, name: &str) -> glib::Value {
        let mic = self.mic.controls();
        let speaker = *lock(&self.speaker);
        match name {
            PROP_MICROPHONE_MUTE => mic.mute.to_value(),
            PROP_MICROPHONE_VOLUME => u32::from(mic.volume).to_value(),
            PROP_SPEAKER_MUTE => speaker.mute.to_value(),
            PROP_SPEAKER_VOLUME => u32::from(speaker.volume).to_value(),
            _ => unimplemented!(),
        }
    }

    /// A controller wrote the characteristic `key`: the branches follow. Returns the
    /// property to notify, if `key` is one of ours.
    pub fn value_written(&self, key: &str, server: &HapServer) -> Option<&'static str> {
        let (property, service, is_mute) = [
            (PROP_MICROPHONE_MUTE, AudioService::Microphone, true),
            (PROP_MICROPHONE_VOLUME, AudioService::Microphone, false),
            (PROP_SPEAKER_MUTE, AudioService::Speaker, true),
            (PROP_SPEAKER_VOLUME, AudioService::Speaker, false),
        ]
        .into_iter()
        .find(|(_, service, is_mute)| {
            key == if *is_mute {
                service.mute_key()
            } else {
                service.volume_key()
            }
        })?;
        let json = server.value(key)?;
        let value = if is_mute {
            // Bools read back as 0 or 1 (both are HAP's bool).
            Ok(json.as_bool().or_else(|| json.as_u64().map(|v| v != 0))?)
        } else {
            Err(json.as_u64()?.min(100) as u8)
        };
        gst::info!(CAT, "controller set {property} to {json}");
        self.apply(service, value);
        Some(property)
    }

    /// The server started: its characteristics take the element's values.
    pub fn publish(&self, server: &HapServer) {
        let mic = self.mic.controls();
        let speaker = *lock(&self.speaker);
        server.set_mute(AudioService::Microphone, mic.mute);
        server.set_volume(AudioService::Microphone, mic.volume);
        server.set_mute(AudioService::Speaker, speaker.mute);
        server.set_volume(AudioService::Speaker, speaker.volume);
    }
}
