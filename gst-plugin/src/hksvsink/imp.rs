// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hksvsink`: a `gst::Bin` (conventions, "Decisions") whose `video` ghost pad feeds an inner
//! sink, and which runs the HAP accessory server of the core crate from NULL→READY to
//! READY→NULL on the shared runtime.
//!
//! Mutex order: `settings` before `state`; no lock is held while posting, notifying or
//! emitting (A.15 row 7).

use std::io::IsTerminal;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::time::Duration;

use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;
use hksv::server::{HapServer, ServerConfig, ServerError, ServerEvent};

use super::Category;
use super::doorbell::is_doorbell_event;
use super::live::LiveBranches;
use super::live_audio::{
    LiveAudio, PROP_MICROPHONE_MUTE, PROP_MICROPHONE_VOLUME, PROP_SPEAKER_MUTE, PROP_SPEAKER_VOLUME,
};
use super::live_sessions::LiveSessions;
use super::media::MediaPath;
use super::snapshot::Snapshots;
use super::state_dir::default_state_dir;
use super::stats::Stats;
use crate::hapmotiondetect::event::MotionEvent;
use crate::logging::HKSVSINK_CAT as CAT;
use crate::runtime;

const DEFAULT_ACCESSORY_NAME: &str = "HKSV Camera";
const DEFAULT_SETUP_CODE: Option<&str> = None;
const DEFAULT_PORT: u32 = 0;
/// Dual-stack any: mDNS advertises the host's IPv6 addresses as well as its IPv4 ones
/// (reference §7.1) and controllers often connect over IPv6 link-local, so the listener takes
/// both. On a kernel without IPv6 the start fails naming bind-address; use `0.0.0.0` there.
const DEFAULT_BIND_ADDRESS: &str = "::";
const DEFAULT_CATEGORY: Category = Category::Camera;
const DEFAULT_STATE_DIR: Option<&str> = None;
const DEFAULT_ADVERTISE: bool = true;
const DEFAULT_DETECT_MOTION: bool = false;
const DEFAULT_SPEAKER: bool = false;
const DEFAULT_MDNS_INTERFACE: Option<&str> = None;
const DEFAULT_MANUFACTURER: &str = "gst-hksv";
const DEFAULT_MODEL: &str = "hksvsink";
const DEFAULT_SERIAL_NUMBER: &str = "0000001";
const DEFAULT_FIRMWARE_REVISION: &str = env!("CARGO_PKG_VERSION");
/// Reference §11.1: 4000 ms is the least HAP-NodeJS accepts and what hubs ask for; 8000 ms
/// is seen on shipping cameras.
const DEFAULT_PREBUFFER_LENGTH_MS: u32 = 4000;
const MIN_PREBUFFER_LENGTH_MS: u32 = 4000;
const MAX_PREBUFFER_LENGTH_MS: u32 = 8000;
const DEFAULT_MAX_RECORDING_DURATION_S: u32 = 180;
const DEFAULT_MAX_LIVE_STREAMS: u32 = 4;
/// Structure name of the element messages about live view.
const LIVE_MESSAGE: &str = "hksv-live";
/// Structure name of the element messages about recordings.
const RECORDING_MESSAGE: &str = "hksv-recording";

/// Longest wait for the server to bind, load its state and start advertising.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// Longest wait for the server to close its connections and withdraw the advertisement.
const STOP_TIMEOUT: Duration = Duration::from_secs(10);

const SIGNAL_SET_MOTION: &str = "set-motion";
const SIGNAL_TRIGGER_DOORBELL: &str = "trigger-doorbell";
/// Structure name of the element message posted while the accessory is unpaired.
const SETUP_MESSAGE: &str = "hksv-setup";

#[derive(Debug, Clone)]
struct Settings {
    accessory_name: String,
    setup_code: Option<String>,
    port: u32,
    bind_address: String,
    category: Category,
    state_dir: Option<String>,
    advertise: bool,
    detect_motion: bool,
    speaker: bool,
    mdns_interface: Option<String>,
    manufacturer: String,
    model: String,
    serial_number: String,
    firmware_revision: String,
    prebuffer_length_ms: u32,
    max_recording_duration_s: u32,
    print_setup_code: bool,
    max_live_streams: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            accessory_name: DEFAULT_ACCESSORY_NAME.into(),
            setup_code: DEFAULT_SETUP_CODE.map(Into::into),
            port: DEFAULT_PORT,
            bind_address: DEFAULT_BIND_ADDRESS.into(),
            category: DEFAULT_CATEGORY,
            state_dir: DEFAULT_STATE_DIR.map(Into::into),
            advertise: DEFAULT_ADVERTISE,
            detect_motion: DEFAULT_DETECT_MOTION,
            speaker: DEFAULT_SPEAKER,
            mdns_interface: DEFAULT_MDNS_INTERFACE.map(Into::into),
            manufacturer: DEFAULT_MANUFACTURER.into(),
            model: DEFAULT_MODEL.into(),
            serial_number: DEFAULT_SERIAL_NUMBER.into(),
            firmware_revision: DEFAULT_FIRMWARE_REVISION.into(),
            prebuffer_length_ms: DEFAULT_PREBUFFER_LENGTH_MS,
            max_recording_duration_s: DEFAULT_MAX_RECORDING_DURATION_S,
            print_setup_code: *DEFAULT_PRINT_SETUP_CODE,
            max_live_streams: DEFAULT_MAX_LIVE_STREAMS,
        }
    }
}

/// Whether the setup code is printed by default: in `gst-launch-1.0`, yes (its user reads the
/// terminal); in an application, no (library code does not write to stdout; the application
/// has the `hksv-setup` message and the properties).
static DEFAULT_PRINT_SETUP_CODE: LazyLock<bool> = LazyLock::new(|| {
    let program = std::env::args_os()
        .next()
        .map(PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    program.as_deref() == Some("gst-launch-1.0")
        || glib::prgname().as_deref() == Some("gst-launch-1.0")
});

/// Properties read when the server starts (NULL→READY): changing them while it runs would
/// not take effect, so it is refused with a warning.
const SERVER_PROPERTIES: [&str; 16] = [
    "speaker",
    "max-live-streams",
    "accessory-name",
    "setup-code",
    "port",
    "bind-address",
    "category",
    "state-dir",
    "advertise",
    "mdns-interface",
    "manufacturer",
    "model",
    "serial-number",
    "firmware-revision",
    "prebuffer-length",
    "max-recording-duration",
];

impl Settings {
    /// The state directory in use: the property, or the XDG default for the accessory name.
    fn state_dir(&self) -> PathBuf {
        self.state_dir
            .as_ref()
            .map(PathBuf::from)
            .unwrap_or_else(|| default_state_dir(&self.accessory_name))
    }

    /// The core server's configuration. Fails with a sentence naming the bad property.
    fn server_config(&self) -> Result<ServerConfig, String> {
        let bind_address: IpAddr = self.bind_address.parse().map_err(|_| {
            format!(
                "bind-address '{}' is not an IPv4 or IPv6 address",
                self.bind_address
            )
        })?;
        let port = u16::try_from(self.port)
            .map_err(|_| format!("port {} is out of range (0-65535)", self.port))?;
        let mut config = ServerConfig::new(self.accessory_name.clone(), self.state_dir());
        config.camera.category = match self.category {
            Category::Camera => hksv::accessory::Category::Camera,
            Category::Doorbell => hksv::accessory::Category::Doorbell,
        };
        config.camera.manufacturer = self.manufacturer.clone();
        config.camera.model = self.model.clone();
        config.camera.serial_number = self.serial_number.clone();
        config.camera.firmware_revision = self.firmware_revision.clone();
        config.camera.speaker = self.speaker;
        config.setup_code = self.setup_code.clone();
        config.bind_address = bind_address;
        config.port = port;
        config.advertise = self.advertise;
        config.mdns_interface = self.mdns_interface.clone();
        config.camera.recording.prebuffer_ms = self.prebuffer_length_ms;
        config.max_recording = Duration::from_secs(u64::from(self.max_recording_duration_s));
        config.max_live_streams = self.max_live_streams as usize;
        Ok(config)
    }
}

/// What exists between NULL→READY and READY→NULL.
struct Running {
    server: HapServer,
    /// Forwards server events (pairing changes) to property notifications.
    events: tokio::task::JoinHandle<()>,
}

#[derive(Default)]
struct State {
    running: Option<Running>,
}

pub struct HksvSink {
    settings: Mutex<Settings>,
    state: Mutex<State>,
    video_sink: gst_app::AppSink,
    /// The inner sink of the `audio` request pad, while it exists.
    audio_sink: Mutex<Option<gst_app::AppSink>>,
    /// Samples to the recorder, caps to the recording offer.
    media: Arc<MediaPath>,
    /// Live-view audio: microphone branches, talkback, Microphone/Speaker mute and volume.
    audio: Arc<LiveAudio>,
    /// The live-view branches (set in `constructed`).
    live: std::sync::OnceLock<Arc<LiveBranches>>,
    /// The counters of the `stats` property.
    stats: Arc<Stats>,
    /// The built-in motion detection (`detect-motion`): a `hapmotiondetect` between the
    /// `video` pad and the inner sink when enabled.
    motion_detector: crate::hapmotiondetect::HapMotionDetect,
}

impl HksvSink {
    /// Routes the `video` pad straight to the inner sink, or through the built-in motion
    /// detector. Called before data flows (READY to PAUSED).
    fn route_video(&self, detect: bool) -> Result<(), String> {
        let obj = self.obj();
        let ghost = obj
            .static_pad("video")
            .and_then(|p| p.downcast::<gst::GhostPad>().ok())
            .ok_or("the video ghost pad is missing")?;
        let sink_pad = self
            .video_sink
            .static_pad("sink")
            .ok_or("the inner video sink has no sink pad")?;
        let detector_sink = self
            .motion_detector
            .static_pad("sink")
            .ok_or("the built-in motion detector has no sink pad")?;
        let detector_src = self
            .motion_detector
            .static_pad("src")
            .ok_or("the built-in motion detector has no src pad")?;
        let routed = ghost.target().as_ref() == Some(&detector_sink);
        if routed == detect {
            return Ok(());
        }
        ghost
            .set_target(None::<&gst::Pad>)
            .map_err(|e| format!("cannot unset the video pad's target: {e}"))?;
        if detect {
            detector_src
                .link(&sink_pad)
                .map_err(|e| format!("cannot link the motion detector to the inner sink: {e}"))?;
            ghost
                .set_target(Some(&detector_sink))
                .map_err(|e| format!("cannot target the motion detector: {e}"))?;
        } else {
            let _ = detector_src.unlink(&sink_pad);
            ghost
                .set_target(Some(&sink_pad))
                .map_err(|e| format!("cannot target the inner sink: {e}"))?;
        }
        gst::info!(
            CAT,
            imp = self,
            "built-in motion detection {}",
            if detect { "on" } else { "off" }
        );
        Ok(())
    }

    fn settings(&self) -> MutexGuard<'_, Settings> {
        self.settings.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// NULL→READY: starts the HAP server, then announces the setup code if unpaired.
    fn start_server(&self) -> Result<(), gst::StateChangeError> {
        let settings = self.settings().clone();
        let state_dir = settings.state_dir();
        let config = match settings.server_config() {
            Ok(config) => config,
            Err(reason) => {
                gst::element_imp_error!(self, gst::ResourceError::Settings, ("{reason}"));
                return Err(gst::StateChangeError);
            }
        };
        let listen = format!("{}:{}", config.bind_address, config.port);
        gst::info!(
            CAT,
            imp = self,
            "starting HAP server '{}' ({:?}) on {listen}, state in {}, advertise={} interface={:?}",
            settings.accessory_name,
            settings.category,
            state_dir.display(),
            settings.advertise,
            settings.mdns_interface,
        );

        let handle = match runtime::handle() {
            Ok(handle) => handle,
            Err(err) => {
                gst::element_imp_error!(self, gst::CoreError::Failed, ("{err}"));
                return Err(gst::StateChangeError);
            }
        };
        let started = runtime::run_bounded(HapServer::start(config, handle.clone()), START_TIMEOUT);
        let server = match started {
            Ok(Ok(server)) => server,
            Ok(Err(err)) => {
                let (domain, what) = match &err {
                    ServerError::Bind { .. } => (
                        gst::ResourceError::Busy,
                        format!(
                            "bind-address {} port {}",
                            settings.bind_address, settings.port
                        ),
                    ),
                    ServerError::SetupCode(_) => {
                        (gst::ResourceError::Settings, "setup-code".to_owned())
                    }
                    ServerError::State(_) => (
                        gst::ResourceError::OpenReadWrite,
                        format!("state directory {}", state_dir.display()),
                    ),
                    ServerError::Mdns(_) => (
                        gst::ResourceError::Failed,
                        format!("mdns-interface {:?}", settings.mdns_interface),
                    ),
                    ServerError::DataStreamBind { .. } => (
                        gst::ResourceError::Busy,
                        format!("bind-address {} (data stream)", settings.bind_address),
                    ),
                };
                gst::element_imp_error!(
                    self,
                    domain,
                    ("Cannot start the HAP server ({what}): {err}")
                );
                return Err(gst::StateChangeError);
            }
            Err(err) => {
                gst::element_imp_error!(
                    self,
                    gst::ResourceError::Failed,
                    ("Cannot start the HAP server on {listen}: {err}")
                );
                return Err(gst::StateChangeError);
            }
        };

        let weak = self.obj().downgrade();
        self.media.attach(
            server.recorder(),
            Box::new(move |capabilities| {
                if let Some(element) = weak.upgrade() {
                    element.imp().offer_changed(capabilities);
                }
            }),
            config_recording(&settings),
        );
        if let Some(live) = self.live.get() {
            let sessions = LiveSessions::new(live.clone(), self.audio.clone());
            server.set_live_media(Some(Arc::new(sessions) as Arc<dyn hksv::live::LiveMedia>));
        }
        server.set_snapshot_source(Some(Arc::new(Snapshots::new(
            self.obj().name().to_string(),
            self.media.clone(),
            self.stats.clone(),
        ))));
        let paired = server.is_paired();
        let (port, device_id) = (server.port(), server.device_id());
        let (setup_code, setup_uri) = (server.setup_code(), server.setup_uri());
        let events = handle.spawn(forward_events(server.subscribe(), self.obj().downgrade()));
        self.audio.publish(&server);
        // The Speaker service exists from now on (the talkback source is live with it).
        self.audio.prepare(settings.speaker);
        self.state().running = Some(Running { server, events });
        gst::info!(
            CAT,
            imp = self,
            "HAP server listening on port {port}, device id {device_id}, paired={paired}"
        );
        // The port and the identity changed from their unset values.
        let obj = self.obj();
        for name in ["port", "device-id", "setup-uri", "setup-code", "paired"] {
            obj.notify(name);
        }
        if !paired {
            self.announce_setup(&settings.accessory_name, &setup_code, &setup_uri);
        }
        Ok(())
    }

    /// Prints the setup code and a QR code of the setup URI, and posts the `hksv-setup`
    /// element message.
    fn announce_setup(&self, name: &str, setup_code: &str, setup_uri: &str) {
        gst::info!(
            CAT,
            imp = self,
            "unpaired: setup code {setup_code}, setup URI {setup_uri}"
        );
        if !self.settings().print_setup_code {
            self.post_setup_message(setup_code, setup_uri);
            return;
        }
        let qr = match hksv::setup::qr_code_text(setup_uri) {
            Ok(qr) if std::io::stdout().is_terminal() => on_white(&qr),
            Ok(qr) => qr,
            Err(err) => {
                gst::warning!(CAT, imp = self, "no QR code for {setup_uri}: {err}");
                String::new()
            }
        };
        println!(
            "\nHomeKit accessory '{name}' is not paired.\nSetup code: {setup_code}\n\
             Scan with the Home app (Add Accessory), or enter the code by hand:\n{qr}\n\
             Setup URI: {setup_uri}\n"
        );
        self.post_setup_message(setup_code, setup_uri);
    }

    /// Posts the `hksv-setup` element message.
    fn post_setup_message(&self, setup_code: &str, setup_uri: &str) {
        let structure = gst::Structure::builder(SETUP_MESSAGE)
            .field("setup-code", setup_code)
            .field("setup-uri", setup_uri)
            .build();
        let obj = self.obj();
        let msg = gst::message::Element::builder(structure).src(&*obj).build();
        if obj.post_message(msg).is_err() {
            gst::debug!(CAT, imp = self, "no bus to post the setup message on");
        }
    }

    /// The stream's caps changed what can be recorded: the server updates its offer.
    fn offer_changed(&self, capabilities: &hksv::recording::RecordingCapabilities) {
        let changed = self
            .running(|server| {
                // Live view offers the stream as it is (reference §10.1).
                server.live().set_video_format(capabilities.video.clone());
                server.set_recording_capabilities(capabilities)
            })
            .unwrap_or(false);
        if changed {
            gst::info!(
                CAT,
                imp = self,
                "recording offer: {}",
                capabilities.describe()
            );
        }
    }

    /// READY→NULL: stops the server and waits (bounded) for its connections to close.
    fn stop_server(&self) {
        self.media.detach();
        self.audio.mic.clear();
        let Some(Running { server, events }) = self.state().running.take() else {
            return;
        };
        gst::info!(
            CAT,
            imp = self,
            "stopping HAP server on port {}",
            server.port()
        );
        events.abort();
        if let Err(err) = runtime::run_bounded(server.shutdown(), STOP_TIMEOUT) {
            gst::warning!(CAT, imp = self, "HAP server did not stop cleanly: {err}");
        }
        self.obj().notify("paired");
    }

    fn set_motion(&self, detected: bool) {
        match &self.state().running {
            Some(running) => {
                gst::debug!(CAT, imp = self, "set-motion {detected}");
                running.server.set_motion(detected);
            }
            None => gst::warning!(
                CAT,
                imp = self,
                "set-motion {detected} ignored: not started"
            ),
        }
    }

    /// A doorbell press from `origin` (the signal or an `hksv-doorbell` event): straight to
    /// the server, which notifies subscribers at once. Returns whether it was reported.
    fn trigger_doorbell(&self, origin: &str) -> bool {
        let category = self.settings().category;
        if category != Category::Doorbell {
            gst::warning!(
                CAT,
                imp = self,
                "{origin} ignored: category is {category:?}, not doorbell"
            );
            return false;
        }
        match &self.state().running {
            Some(running) => {
                gst::debug!(CAT, imp = self, "doorbell press ({origin})");
                running.server.trigger_doorbell();
                true
            }
            None => {
                gst::warning!(CAT, imp = self, "{origin} ignored: not started");
                false
            }
        }
    }

    /// See [`super::HksvSink::talkback_input`].
    pub(super) fn talkback_input(&self) -> Option<super::talkback::TalkbackInput> {
        if !self.settings().speaker {
            return None;
        }
        self.audio.talkback_input()
    }

    /// A read-back of the running server, or `None` when stopped.
    fn running<T>(&self, f: impl FnOnce(&HapServer) -> T) -> Option<T> {
        self.state().running.as_ref().map(|r| f(&r.server))
    }
}

/// The offer before anything is known of the stream.
fn config_recording(settings: &Settings) -> hksv::recording::RecordingCapabilities {
    hksv::recording::RecordingCapabilities {
        prebuffer_ms: settings.prebuffer_length_ms,
        ..Default::default()
    }
}

/// The QR code's block characters are drawn in the terminal's foreground colour: on a dark
/// theme that inverts the code, which some scanners reject. Black on white, line by line,
/// reads the same on every theme.
fn on_white(qr: &str) -> String {
    qr.lines()
        .map(|line| format!("\x1b[30;107m{line}\x1b[0m\n"))
        .collect()
}

/// Turns server events into `notify::paired` (and log lines) until the server stops.
async fn forward_events(
    mut events: tokio::sync::broadcast::Receiver<ServerEvent>,
    element: glib::WeakRef<super::HksvSink>,
) {
    use tokio::sync::broadcast::error::RecvError;
    loop {
        let event = match events.recv().await {
            Ok(event) => event,
            Err(RecvError::Lagged(n)) => {
                gst::warning!(CAT, "{n} server events were dropped");
                continue;
            }
            Err(RecvError::Closed) => return,
        };
        let Some(element) = element.upgrade() else {
            return;
        };
        match event {
            ServerEvent::PairingChanged { paired } => {
                gst::info!(CAT, obj = element, "pairing changed: paired={paired}");
                element.notify("paired");
            }
            ServerEvent::RecordingStarted {
                stream_id,
                controller,
                start,
            } => {
                gst::info!(
                    CAT,
                    obj = element,
                    "recording {stream_id} started for {controller}, from running time {start} ns"
                );
                let s = gst::Structure::builder(RECORDING_MESSAGE)
                    .field("action", "started")
                    .field("stream-id", stream_id)
                    .field("controller", controller)
                    .field("start-running-time", start)
                    .build();
                post_element_message(&element, s);
            }
            ServerEvent::RecordingEnded {
                stream_id,
                reason,
                fragments,
                bytes,
            } => {
                gst::info!(
                    CAT,
                    obj = element,
                    "recording {stream_id} ended: {reason} ({fragments} fragments, {bytes} bytes)"
                );
                let s = gst::Structure::builder(RECORDING_MESSAGE)
                    .field("action", "ended")
                    .field("stream-id", stream_id)
                    .field("reason", reason)
                    .field("fragments", fragments)
                    .field("bytes", bytes)
                    .build();
                post_element_message(&element, s);
            }
            ServerEvent::ValueWritten { key } => {
                let imp = element.imp();
                let property = imp
                    .running(|server| imp.audio.value_written(&key, server))
                    .flatten();
                match property {
                    Some(property) => element.notify(property),
                    None => gst::debug!(CAT, obj = element, "controller wrote {key}"),
                }
            }
            ServerEvent::LiveStarted {
                session_id,
                controller,
            } => {
                gst::info!(
                    CAT,
                    obj = element,
                    "live view {session_id} started for {controller}"
                );
                let s = gst::Structure::builder(LIVE_MESSAGE)
                    .field("action", "started")
                    .field("session-id", session_id)
                    .field("controller", controller)
                    .build();
                post_element_message(&element, s);
            }
            ServerEvent::LiveEnded {
                session_id,
                controller,
                reason,
            } => {
                gst::info!(
                    CAT,
                    obj = element,
                    "live view {session_id} of {controller} ended: {reason}"
                );
                let s = gst::Structure::builder(LIVE_MESSAGE)
                    .field("action", "ended")
                    .field("session-id", session_id)
                    .field("controller", controller)
                    .field("reason", reason)
                    .build();
                post_element_message(&element, s);
            }
            other => gst::debug!(CAT, obj = element, "server event {other:?}"),
        }
    }
}

fn post_element_message(element: &super::HksvSink, structure: gst::Structure) {
    let msg = gst::message::Element::builder(structure)
        .src(element)
        .build();
    if element.post_message(msg).is_err() {
        gst::debug!(CAT, obj = element, "no bus to post on");
    }
}

#[glib::object_subclass]
impl ObjectSubclass for HksvSink {
    const NAME: &'static str = "GstHksvSink";
    type Type = super::HksvSink;
    type ParentType = gst::Bin;

    fn with_class(_klass: &Self::Class) -> Self {
        let caps = VIDEO_CAPS.clone();
        let video_sink = gst_app::AppSink::builder()
            .name("videosink")
            .caps(&caps)
            .sync(false)
            .max_buffers(1)
            .build();
        HksvSink {
            settings: Mutex::new(Settings::default()),
            state: Mutex::new(State::default()),
            video_sink,
            audio_sink: Mutex::new(None),
            media: Arc::new(MediaPath::default()),
            audio: Arc::new(LiveAudio::new()),
            live: std::sync::OnceLock::new(),
            stats: Arc::default(),
            motion_detector: glib::Object::builder()
                .property("name", "motiondetect")
                .build(),
        }
    }
}

/// `video/x-h264` as the pad takes it: access units in any of the three stream formats.
static VIDEO_CAPS: LazyLock<gst::Caps> = LazyLock::new(crate::caps::h264_access_units);

impl ObjectImpl for HksvSink {
    fn properties() -> &'static [glib::ParamSpec] {
        static PROPERTIES: LazyLock<Vec<glib::ParamSpec>> = LazyLock::new(|| {
            vec![
                /**
                 * GstHksvSink:accessory-name:
                 *
                 * Name of the accessory as HomeKit shows it (distinct from the element's
                 * own `name`).
                 */
                glib::ParamSpecString::builder("accessory-name")
                    .nick("Accessory name")
                    .blurb("Name the Home app shows for the camera, also its mDNS instance name")
                    .default_value(Some(DEFAULT_ACCESSORY_NAME))
                    .build(),
                /**
                 * GstHksvSink:setup-code:
                 *
                 * Setup code `XXX-XX-XXX`; unset, the stored one or a new random one is used.
                 * Reads back the code in use once started.
                 */
                glib::ParamSpecString::builder("setup-code")
                    .nick("Setup code")
                    .blurb("HomeKit setup code XXX-XX-XXX (unset: generated once and kept in the state directory)")
                    .default_value(DEFAULT_SETUP_CODE)
                    .build(),
                /**
                 * GstHksvSink:port:
                 *
                 * TCP port of the HAP server; 0 picks a free one, which the property reads
                 * back once started.
                 */
                glib::ParamSpecUInt::builder("port")
                    .nick("Port")
                    .blurb("TCP port of the HAP server (0 = any free port; reads back the port in use)")
                    .maximum(u16::MAX.into())
                    .default_value(DEFAULT_PORT)
                    .build(),
                /**
                 * GstHksvSink:bind-address:
                 *
                 * Address the HAP server listens on. The default `::` takes IPv6 and IPv4
                 * connections; `0.0.0.0` is IPv4 only.
                 */
                glib::ParamSpecString::builder("bind-address")
                    .nick("Bind address")
                    .blurb("IP address the HAP server listens on (:: = all IPv6 and IPv4, 0.0.0.0 = all IPv4 only)")
                    .default_value(Some(DEFAULT_BIND_ADDRESS))
                    .build(),
                /**
                 * GstHksvSink:category:
                 *
                 * HomeKit category: a camera, or a video doorbell with a Doorbell service.
                 */
                glib::ParamSpecEnum::builder_with_default("category", DEFAULT_CATEGORY)
                    .nick("Category")
                    .blurb("HomeKit accessory category (camera or video doorbell)")
                    .build(),
                /**
                 * GstHksvSink:state-dir:
                 *
                 * Directory of the state file: identity, pairings, persisted values.
                 */
                glib::ParamSpecString::builder("state-dir")
                    .nick("State directory")
                    .blurb("Directory holding identity and pairings (unset: $XDG_STATE_HOME/gst-hksv/<accessory-name>)")
                    .default_value(DEFAULT_STATE_DIR)
                    .build(),
                /**
                 * GstHksvSink:advertise:
                 *
                 * Whether to advertise `_hap._tcp` over mDNS.
                 */
                glib::ParamSpecBoolean::builder("advertise")
                    .nick("Advertise")
                    .blurb("Announce the accessory over mDNS (_hap._tcp) so controllers find it")
                    .default_value(DEFAULT_ADVERTISE)
                    .build(),
                /**
                 * GstHksvSink:detect-motion:
                 *
                 * Runs the `hapmotiondetect` analysis on the incoming video inside the sink; its
                 * decisions drive the MotionSensor.
                 */
                glib::ParamSpecBoolean::builder("detect-motion")
                    .nick("Detect motion")
                    .blurb("Detect motion in the incoming video itself (the hapmotiondetect analysis with its default settings), for pipelines without hapmotiondetect upstream; use one or the other")
                    .default_value(DEFAULT_DETECT_MOTION)
                    .mutable_ready()
                    .build(),
                /**
                 * GstHksvSink:speaker:
                 *
                 * Adds the Speaker service (two-way audio): the audio that a live-view
                 * controller sends comes out of the `talkback` pad.
                 */
                glib::ParamSpecBoolean::builder("speaker")
                    .nick("Speaker")
                    .blurb("Offer two-way audio (the Speaker service): controllers' audio comes out of the talkback pad")
                    .default_value(DEFAULT_SPEAKER)
                    .build(),
                /**
                 * GstHksvSink:microphone-mute:
                 *
                 * The Microphone service's Mute: live sessions get silence. Follows the
                 * controllers' writes (notified); setting it tells the controllers.
                 */
                glib::ParamSpecBoolean::builder(PROP_MICROPHONE_MUTE)
                    .nick("Microphone mute")
                    .blurb("Microphone Mute characteristic: live-view audio is silent (controllers' writes are notified)")
                    .default_value(false)
                    .mutable_playing()
                    .build(),
                /**
                 * GstHksvSink:microphone-volume:
                 *
                 * The Microphone service's Volume in percent, applied to live-view audio.
                 */
                glib::ParamSpecUInt::builder(PROP_MICROPHONE_VOLUME)
                    .nick("Microphone volume")
                    .blurb("Microphone Volume characteristic in percent, applied to live-view audio (controllers' writes are notified)")
                    .maximum(100)
                    .default_value(100)
                    .mutable_playing()
                    .build(),
                /**
                 * GstHksvSink:speaker-mute:
                 *
                 * The Speaker service's Mute: the `talkback` pad carries silence.
                 */
                glib::ParamSpecBoolean::builder(PROP_SPEAKER_MUTE)
                    .nick("Speaker mute")
                    .blurb("Speaker Mute characteristic: the talkback pad carries silence (controllers' writes are notified)")
                    .default_value(false)
                    .mutable_playing()
                    .build(),
                /**
                 * GstHksvSink:speaker-volume:
                 *
                 * The Speaker service's Volume in percent, applied to the `talkback` pad.
                 */
                glib::ParamSpecUInt::builder(PROP_SPEAKER_VOLUME)
                    .nick("Speaker volume")
                    .blurb("Speaker Volume characteristic in percent, applied to the talkback pad (controllers' writes are notified)")
                    .maximum(100)
                    .default_value(100)
                    .mutable_playing()
                    .build(),
                /**
                 * GstHksvSink:mdns-interface:
                 *
                 * Network interface to advertise on; unset, all interfaces.
                 */
                glib::ParamSpecString::builder("mdns-interface")
                    .nick("mDNS interface")
                    .blurb("Network interface to advertise on, e.g. eth0 (unset: all interfaces)")
                    .default_value(DEFAULT_MDNS_INTERFACE)
                    .build(),
                /**
                 * GstHksvSink:manufacturer:
                 *
                 * `Manufacturer` characteristic of the AccessoryInformation service.
                 */
                glib::ParamSpecString::builder("manufacturer")
                    .nick("Manufacturer")
                    .blurb("Manufacturer shown in the accessory details")
                    .default_value(Some(DEFAULT_MANUFACTURER))
                    .build(),
                /**
                 * GstHksvSink:model:
                 *
                 * `Model` characteristic, also the mDNS TXT key `md`.
                 */
                glib::ParamSpecString::builder("model")
                    .nick("Model")
                    .blurb("Model shown in the accessory details and advertised as md")
                    .default_value(Some(DEFAULT_MODEL))
                    .build(),
                /**
                 * GstHksvSink:serial-number:
                 *
                 * `SerialNumber` characteristic.
                 */
                glib::ParamSpecString::builder("serial-number")
                    .nick("Serial number")
                    .blurb("Serial number shown in the accessory details")
                    .default_value(Some(DEFAULT_SERIAL_NUMBER))
                    .build(),
                /**
                 * GstHksvSink:firmware-revision:
                 *
                 * `FirmwareRevision` characteristic.
                 */
                glib::ParamSpecString::builder("firmware-revision")
                    .nick("Firmware revision")
                    .blurb("Firmware revision shown in the accessory details (x[.y[.z]])")
                    .default_value(Some(DEFAULT_FIRMWARE_REVISION))
                    .build(),
                /**
                 * GstHksvSink:prebuffer-length:
                 *
                 * How much video before the motion each recording starts with, offered to the
                 * hub in SupportedCameraRecordingConfiguration (reference §11.1). The element
                 * really holds it: whole GOPs, from the IDR picture at or before that far back.
                 */
                glib::ParamSpecUInt::builder("prebuffer-length")
                    .nick("Prebuffer length")
                    .blurb("Milliseconds of video before the motion that each recording starts with (held as whole GOPs; offered to the hub)")
                    .minimum(MIN_PREBUFFER_LENGTH_MS)
                    .maximum(MAX_PREBUFFER_LENGTH_MS)
                    .default_value(DEFAULT_PREBUFFER_LENGTH_MS)
                    .build(),
                /**
                 * GstHksvSink:max-recording-duration:
                 *
                 * The element ends a recording (end of stream) after this many seconds, for
                 * motion that never ends; hubs normally close a recording when motion ends.
                 */
                glib::ParamSpecUInt::builder("max-recording-duration")
                    .nick("Maximum recording duration")
                    .blurb("Seconds after which the element ends a recording itself (motion that never ends)")
                    .minimum(10)
                    .maximum(3600)
                    .default_value(DEFAULT_MAX_RECORDING_DURATION_S)
                    .build(),
                /**
                 * GstHksvSink:print-setup-code:
                 *
                 * Print the setup code and its QR code on standard output while unpaired. On by
                 * default in gst-launch-1.0, off in applications (they get the `hksv-setup`
                 * element message and the `setup-code`/`setup-uri` properties).
                 */
                glib::ParamSpecBoolean::builder("print-setup-code")
                    .nick("Print setup code")
                    .blurb("Print the setup code and QR code on stdout while unpaired (default: on in gst-launch-1.0, off in applications)")
                    .default_value(*DEFAULT_PRINT_SETUP_CODE)
                    .mutable_ready()
                    .build(),
                /**
                 * GstHksvSink:max-live-streams:
                 *
                 * Most live-view sessions at once (each controller watching is one); at the
                 * limit StreamingStatus says "in use" and further setups are answered busy.
                 */
                glib::ParamSpecUInt::builder("max-live-streams")
                    .nick("Maximum live streams")
                    .blurb("Most live-view sessions served at once (each is one SRTP stream to one controller)")
                    .minimum(1)
                    .maximum(16)
                    .default_value(DEFAULT_MAX_LIVE_STREAMS)
                    .build(),
                /**
                 * GstHksvSink:paired:
                 *
                 * Whether a controller is paired; notified when it changes.
                 */
                glib::ParamSpecBoolean::builder("paired")
                    .nick("Paired")
                    .blurb("Whether at least one HomeKit controller is paired (notified on change)")
                    .default_value(false)
                    .read_only()
                    .build(),
                /**
                 * GstHksvSink:setup-uri:
                 *
                 * The `X-HM://` setup payload (reference §7.3) that the QR code encodes; set
                 * once started.
                 */
                glib::ParamSpecString::builder("setup-uri")
                    .nick("Setup URI")
                    .blurb("X-HM:// setup payload that the QR code encodes (once started)")
                    .read_only()
                    .build(),
                /**
                 * GstHksvSink:device-id:
                 *
                 * The accessory pairing identifier, kept in the state directory; set once
                 * started.
                 */
                glib::ParamSpecString::builder("device-id")
                    .nick("Device ID")
                    .blurb("Accessory pairing identifier XX:XX:XX:XX:XX:XX (once started)")
                    .read_only()
                    .build(),
                /**
                 * GstHksvSink:stats:
                 *
                 * Counters of the element as a `hksv-stats` structure:
                 * `snapshot-requests` (requests that passed the HKSV gating),
                 * `snapshot-decodes` (keyframe decodes), `snapshot-cache-hits` (requests served
                 * by a finished or in-flight decode), `snapshot-failures` (answered without an
                 * image); all `guint64`.
                 */
                glib::ParamSpecBoxed::builder::<gst::Structure>("stats")
                    .nick("Statistics")
                    .blurb("Counters of the element (hksv-stats structure: snapshot-requests, snapshot-decodes, ...)")
                    .read_only()
                    .build(),
            ]
        });
        PROPERTIES.as_ref()
    }

    fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
        if let name @ (PROP_MICROPHONE_MUTE
        | PROP_MICROPHONE_VOLUME
        | PROP_SPEAKER_MUTE
        | PROP_SPEAKER_VOLUME) = pspec.name()
        {
            gst::debug!(CAT, imp = self, "{name} set to {value:?}");
            let state = self.state();
            let server = state.running.as_ref().map(|r| &r.server);
            self.audio.set_property(name, value, server);
            return;
        }
        let mut settings = self.settings();
        let name = pspec.name();
        if SERVER_PROPERTIES.contains(&name) && self.state().running.is_some() {
            gst::warning!(
                CAT,
                imp = self,
                "{name} not changed: the accessory server is running (READY or above) and reads it only when it starts; set it in the NULL state"
            );
            return;
        }
        let obj = self.obj();
        if name == "detect-motion"
            && obj.current_state().max(obj.pending_state()) > gst::State::Ready
        {
            gst::warning!(
                CAT,
                imp = self,
                "detect-motion not changed: the video is routed when going to PAUSED; set it in NULL or READY"
            );
            return;
        }
        let string = || {
            value
                .get::<Option<String>>()
                .expect("type checked upstream")
        };
        let required = |v: Option<String>, default: &str| v.unwrap_or_else(|| default.into());
        match pspec.name() {
            "accessory-name" => {
                settings.accessory_name = required(string(), DEFAULT_ACCESSORY_NAME)
            }
            "setup-code" => settings.setup_code = string().filter(|s| !s.is_empty()),
            "port" => settings.port = value.get().expect("type checked upstream"),
            "bind-address" => settings.bind_address = required(string(), DEFAULT_BIND_ADDRESS),
            "category" => settings.category = value.get().expect("type checked upstream"),
            "state-dir" => settings.state_dir = string().filter(|s| !s.is_empty()),
            "advertise" => settings.advertise = value.get().expect("type checked upstream"),
            "detect-motion" => settings.detect_motion = value.get().expect("type checked upstream"),
            "speaker" => settings.speaker = value.get().expect("type checked upstream"),
            "mdns-interface" => settings.mdns_interface = string().filter(|s| !s.is_empty()),
            "manufacturer" => settings.manufacturer = required(string(), DEFAULT_MANUFACTURER),
            "model" => settings.model = required(string(), DEFAULT_MODEL),
            "serial-number" => settings.serial_number = required(string(), DEFAULT_SERIAL_NUMBER),
            "firmware-revision" => {
                settings.firmware_revision = required(string(), DEFAULT_FIRMWARE_REVISION)
            }
            "prebuffer-length" => {
                settings.prebuffer_length_ms = value.get().expect("type checked upstream")
            }
            "max-recording-duration" => {
                settings.max_recording_duration_s = value.get().expect("type checked upstream")
            }
            "print-setup-code" => {
                settings.print_setup_code = value.get().expect("type checked upstream")
            }
            "max-live-streams" => {
                settings.max_live_streams = value.get().expect("type checked upstream")
            }
            _ => unimplemented!(),
        }
        gst::debug!(CAT, imp = self, "{} set to {:?}", pspec.name(), value);
    }

    fn property(&self, _id: usize, pspec: &glib::ParamSpec) -> glib::Value {
        match pspec.name() {
            "port" => self
                .running(|s| u32::from(s.port()))
                .unwrap_or_else(|| self.settings().port)
                .to_value(),
            "setup-code" => self
                .running(|s| Some(s.setup_code()))
                .unwrap_or_else(|| self.settings().setup_code.clone())
                .to_value(),
            "paired" => self.running(|s| s.is_paired()).unwrap_or(false).to_value(),
            "setup-uri" => self.running(|s| s.setup_uri()).to_value(),
            "device-id" => self.running(|s| s.device_id()).to_value(),
            name @ (PROP_MICROPHONE_MUTE
            | PROP_MICROPHONE_VOLUME
            | PROP_SPEAKER_MUTE
            | PROP_SPEAKER_VOLUME) => self.audio.property(name),
            "stats" => self.stats.to_structure().to_value(),
            name => {
                let settings = self.settings();
                match name {
                    "accessory-name" => settings.accessory_name.to_value(),
                    "bind-address" => settings.bind_address.to_value(),
                    "category" => settings.category.to_value(),
                    "state-dir" => settings
                        .state_dir
                        .clone()
                        .unwrap_or_else(|| settings.state_dir().display().to_string())
                        .to_value(),
                    "advertise" => settings.advertise.to_value(),
                    "detect-motion" => settings.detect_motion.to_value(),
                    "speaker" => settings.speaker.to_value(),
                    "mdns-interface" => settings.mdns_interface.to_value(),
                    "manufacturer" => settings.manufacturer.to_value(),
                    "model" => settings.model.to_value(),
                    "serial-number" => settings.serial_number.to_value(),
                    "firmware-revision" => settings.firmware_revision.to_value(),
                    "prebuffer-length" => settings.prebuffer_length_ms.to_value(),
                    "max-recording-duration" => settings.max_recording_duration_s.to_value(),
                    "print-setup-code" => settings.print_setup_code.to_value(),
                    "max-live-streams" => settings.max_live_streams.to_value(),
                    _ => unimplemented!(),
                }
            }
        }
    }

    fn signals() -> &'static [glib::subclass::Signal] {
        static SIGNALS: LazyLock<Vec<glib::subclass::Signal>> = LazyLock::new(|| {
            vec![
                /**
                 * GstHksvSink::set-motion:
                 * @detected: whether motion is seen now
                 *
                 * Sets the MotionDetected characteristic; subscribed controllers get an event
                 * at once when the value changes.
                 */
                glib::subclass::Signal::builder(SIGNAL_SET_MOTION)
                    .param_types([bool::static_type()])
                    .action()
                    .class_handler(|args| {
                        let element = args[0].get::<super::HksvSink>().expect("signal arg");
                        let detected = args[1].get::<bool>().expect("signal arg");
                        element.imp().set_motion(detected);
                        None
                    })
                    .build(),
                /**
                 * GstHksvSink::trigger-doorbell:
                 *
                 * Reports a doorbell press (category doorbell only).
                 */
                glib::subclass::Signal::builder(SIGNAL_TRIGGER_DOORBELL)
                    .action()
                    .class_handler(|args| {
                        let element = args[0].get::<super::HksvSink>().expect("signal arg");
                        element.imp().trigger_doorbell(SIGNAL_TRIGGER_DOORBELL);
                        None
                    })
                    .build(),
            ]
        });
        SIGNALS.as_ref()
    }

    fn constructed(&self) {
        self.parent_constructed();
        let obj = self.obj();
        // Access units go to the recorder (prebuffer and recordings in progress).
        let live = Arc::new(LiveBranches::new(obj.upcast_ref(), self.media.clone()));
        let _ = self.live.set(live.clone());
        let weak = obj.downgrade();
        let media = self.media.clone();
        let media_eos = self.media.clone();
        self.video_sink.set_callbacks(
            gst_app::AppSinkCallbacks::builder()
                .new_sample(move |sink| {
                    let sample = sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                    match weak.upgrade() {
                        Some(element) => media.video_sample(element.upcast_ref(), &sample)?,
                        None => return Err(gst::FlowError::Flushing),
                    }
                    live.video_sample(&sample);
                    Ok(gst::FlowSuccess::Ok)
                })
                .eos(move |_| media_eos.end_of_stream())
                .build(),
        );
        obj.add(&self.video_sink)
            .expect("fresh bin accepts its sink");
        obj.add(&self.motion_detector)
            .expect("fresh bin accepts its motion detector");
        let templ = obj.class().pad_template("video").expect("template exists");
        let target = self
            .video_sink
            .static_pad("sink")
            .expect("appsink has a sink pad");
        // `hapmotiondetect` upstream sends a serialized `hksv-motion` event on every change of
        // its motion state: it drives the MotionSensor like the `set-motion` signal does.
        let weak = obj.downgrade();
        let media = self.media.clone();
        target.add_probe(
            gst::PadProbeType::EVENT_DOWNSTREAM | gst::PadProbeType::EVENT_FLUSH,
            move |_, info| {
                if let Some(event) = info.event()
                    && event.type_() == gst::EventType::FlushStop
                {
                    media.discontinuity();
                }
                if let (Some(element), Some(event)) = (weak.upgrade(), info.event())
                    && let Some(motion) = MotionEvent::parse(event)
                {
                    gst::debug!(
                        CAT,
                        obj = element,
                        "hksv-motion event: detected={} at {} (ratio {:.2})",
                        motion.detected,
                        motion.running_time,
                        motion.ratio
                    );
                    element.imp().set_motion(motion.detected);
                }
                if let (Some(element), Some(event)) = (weak.upgrade(), info.event())
                    && is_doorbell_event(event)
                {
                    element
                        .imp()
                        .trigger_doorbell("hksv-doorbell event on the video pad");
                }
                gst::PadProbeReturn::Ok
            },
        );
        let pad = gst::GhostPad::builder_from_template_with_target(&templ, &target)
            .expect("template caps match the appsink")
            .name("video")
            .build();
        obj.add_pad(&pad).expect("fresh bin accepts its pad");
        // Two-way audio: an always pad, so that `gst-launch-1.0 ... h.talkback !
        // autoaudiosink` links at once; without the Speaker service nothing comes out.
        let templ = obj
            .class()
            .pad_template("talkback")
            .expect("template exists");
        let target = self.audio.add_talkback(obj.upcast_ref());
        let pad = match &target {
            Some(target) => gst::GhostPad::builder_from_template_with_target(&templ, target)
                .expect("template caps match the volume element"),
            None => gst::GhostPad::builder_from_template(&templ),
        }
        .name("talkback")
        .build();
        if let Some(target) = target {
            // An unlinked `talkback` pad (the usual case) must not fail the branch with
            // not-linked: its buffers are dropped.
            let ghost = pad.downgrade();
            target.add_probe(gst::PadProbeType::BUFFER, move |_, _| {
                match ghost.upgrade().is_some_and(|g| g.is_linked()) {
                    true => gst::PadProbeReturn::Ok,
                    false => gst::PadProbeReturn::Drop,
                }
            });
        }
        obj.add_pad(&pad).expect("fresh bin accepts its pad");
    }
}

impl GstObjectImpl for HksvSink {}

impl ElementImpl for HksvSink {
    fn metadata() -> Option<&'static gst::subclass::ElementMetadata> {
        static METADATA: LazyLock<gst::subclass::ElementMetadata> = LazyLock::new(|| {
            gst::subclass::ElementMetadata::new(
                "HomeKit Secure Video sink",
                "Sink/Network",
                "Serves the H.264 stream as an Apple HomeKit camera (HAP accessory server)",
                "gst-hksv developers",
            )
        });
        Some(&*METADATA)
    }

    fn pad_templates() -> &'static [gst::PadTemplate] {
        static PAD_TEMPLATES: LazyLock<Vec<gst::PadTemplate>> = LazyLock::new(|| {
            vec![
                gst::PadTemplate::new(
                    "video",
                    gst::PadDirection::Sink,
                    gst::PadPresence::Always,
                    &VIDEO_CAPS,
                )
                .expect("valid template"),
                gst::PadTemplate::new(
                    "audio",
                    gst::PadDirection::Sink,
                    gst::PadPresence::Request,
                    &crate::caps::aac_raw(),
                )
                .expect("valid template"),
                gst::PadTemplate::new(
                    "talkback",
                    gst::PadDirection::Src,
                    gst::PadPresence::Always,
                    &gst::Caps::new_empty_simple("audio/x-raw"),
                )
                .expect("valid template"),
            ]
        });
        PAD_TEMPLATES.as_ref()
    }

    /// The `audio` pad: AAC-LC for the recordings, through an inner sink of its own.
    fn request_new_pad(
        &self,
        templ: &gst::PadTemplate,
        _name: Option<&str>,
        _caps: Option<&gst::Caps>,
    ) -> Option<gst::Pad> {
        let mut audio_sink = self.audio_sink.lock().unwrap_or_else(|e| e.into_inner());
        if audio_sink.is_some() {
            gst::warning!(CAT, imp = self, "only one audio pad is supported");
            return None;
        }
        let sink = gst_app::AppSink::builder()
            .name("audiosink")
            .caps(&crate::caps::aac_raw())
            .sync(false)
            .max_buffers(1)
            .build();
        let weak = self.obj().downgrade();
        let media = self.media.clone();
        let audio = self.audio.clone();
        sink.set_callbacks(
            gst_app::AppSinkCallbacks::builder()
                .new_sample(move |sink| {
                    let sample = sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                    // Live sessions' microphone branches first: never blocks.
                    audio.mic.push(&sample);
                    match weak.upgrade() {
                        Some(element) => media.audio_sample(element.upcast_ref(), &sample)?,
                        None => return Err(gst::FlowError::Flushing),
                    }
                    Ok(gst::FlowSuccess::Ok)
                })
                .build(),
        );
        let obj = self.obj();
        obj.add(&sink).ok()?;
        let target = sink.static_pad("sink")?;
        let pad = gst::GhostPad::builder_from_template_with_target(templ, &target)
            .ok()?
            .name("audio")
            .build();
        if obj.current_state() > gst::State::Null {
            let _ = sink.sync_state_with_parent();
        }
        let _ = pad.set_active(obj.current_state() > gst::State::Ready);
        obj.add_pad(&pad).ok()?;
        *audio_sink = Some(sink);
        self.audio.set_microphone(true);
        gst::info!(CAT, imp = self, "audio pad added");
        Some(pad.upcast())
    }

    fn release_pad(&self, pad: &gst::Pad) {
        let sink = self
            .audio_sink
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        let obj = self.obj();
        let _ = pad.set_active(false);
        let _ = obj.remove_pad(pad);
        if let Some(sink) = sink {
            let _ = sink.set_state(gst::State::Null);
            let _ = obj.remove(&sink);
        }
        self.media.audio_removed();
        self.audio.set_microphone(false);
        gst::info!(
            CAT,
            imp = self,
            "audio pad released: recordings go on without audio"
        );
    }

    /// An `hksv-doorbell` event sent to the element rings the doorbell at once; other events
    /// go the default way.
    fn send_event(&self, event: gst::Event) -> bool {
        if is_doorbell_event(&event) {
            return self.trigger_doorbell("hksv-doorbell event sent to the element");
        }
        self.parent_send_event(event)
    }

    fn change_state(
        &self,
        transition: gst::StateChange,
    ) -> Result<gst::StateChangeSuccess, gst::StateChangeError> {
        gst::debug!(CAT, imp = self, "changing state: {transition:?}");
        if transition == gst::StateChange::NullToReady {
            self.start_server()?;
        }
        if transition == gst::StateChange::ReadyToPaused {
            let detect = self.settings().detect_motion;
            if let Err(reason) = self.route_video(detect) {
                gst::element_imp_error!(
                    self,
                    gst::CoreError::StateChange,
                    [
                        "Cannot route the video pad (detect-motion={}): {}",
                        detect,
                        reason
                    ]
                );
                return Err(gst::StateChangeError);
            }
        }
        if transition == gst::StateChange::PausedToReady {
            // Streaming stops: recordings in progress end now, with that reason, rather than
            // waiting for the stall timeout.
            gst::info!(
                CAT,
                imp = self,
                "streaming stops: recordings in progress end"
            );
            self.media.end_of_stream();
        }
        let result = self.parent_change_state(transition);
        if transition == gst::StateChange::ReadyToPaused
            && result.is_ok()
            && self
                .obj()
                .static_pad("talkback")
                .is_some_and(|p| p.is_linked())
        {
            self.audio.preroll();
        }
        if transition == gst::StateChange::ReadyToNull
            || (transition == gst::StateChange::NullToReady && result.is_err())
        {
            self.stop_server();
        }
        result
    }
}

impl BinImpl for HksvSink {}
