//! The HAP accessory server: TCP listener, one task per connection, the endpoints of
//! reference §1.2, events, and the mDNS advertisement. Runs on a tokio runtime handle
//! given by the caller (one runtime can serve many accessories).
//!
//! ```ignore
//! let server = HapServer::start(config, runtime_handle).await?; // binds, loads/creates state, advertises
//! server.port(); server.is_paired(); server.setup_code(); server.setup_uri(); server.device_id();
//! server.set_motion(true); server.trigger_doorbell();
//! let mut events = server.subscribe(); // ServerEvent::{PairingChanged{paired}, ...}
//! server.shutdown().await;
//! ```

mod blocking;
mod coalesce;
mod config;
mod connection;
pub mod connection_writes;
mod data_stream;
mod identity;
mod routes;
mod shared;
mod slots;
mod snapshot;

pub use config::{DEFAULT_MAX_RECORDING, ServerConfig};
pub use data_stream::PREPARED_TTL;
pub use slots::{MAX_CONNECTIONS, MAX_UNVERIFIED, VERIFY_DEADLINE};
pub use snapshot::{
    SNAPSHOT_TIMEOUT, SnapshotFuture, SnapshotReason, SnapshotRequest, SnapshotSource,
};

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::runtime::Handle;
use tokio::sync::{broadcast, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::accessory::{AudioService, Value, camera_database, keys, mirror_camera_active};
use crate::live::{LiveMedia, LiveView};
use crate::mdns::Advertiser;
use crate::pairing::PairSetupManager;
use crate::recording::{Recorder, RecordingCapabilities, SelectedRecordingConfiguration};
use crate::setup::{SetupCode, setup_uri};
use crate::state::StateStore;
use connection_writes::ConnectionWrites;
use data_stream::DataStreamService;
use shared::{Inner, LOG, Shared, SharedMedia};
use slots::{Admission, Slots};

/// Something the application may want to react to. Delivered through [`HapServer::subscribe`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServerEvent {
    /// The accessory became paired (first controller added) or unpaired (last admin removed).
    PairingChanged {
        /// Whether at least one pairing is now stored.
        paired: bool,
    },
    /// A controller finished pair-verify on a connection.
    SessionVerified {
        /// The controller pairing identifier.
        controller_id: String,
    },
    /// A controller asked the accessory to identify itself (`POST /identify` while unpaired,
    /// or a write to the Identify characteristic).
    IdentifyRequested,
    /// A controller wrote a characteristic value (after the write was stored).
    ValueWritten {
        /// Stable key of the characteristic, `<service type>/<characteristic type>` in short
        /// UUID form, for example `204/B0` (recording `Active`).
        key: String,
    },
    /// A hub opened a recording stream and its prebuffer went out.
    RecordingStarted {
        /// The hub's stream id.
        stream_id: i64,
        /// The controller (hub) recording.
        controller: String,
        /// Presentation time (running time, ns) of the first picture sent: the start of the
        /// prebuffer.
        start: i64,
    },
    /// A live-view session started streaming.
    LiveStarted {
        /// The session id (UUID).
        session_id: String,
        /// The controller watching.
        controller: String,
    },
    /// A live-view session ended.
    LiveEnded {
        /// The session id (UUID).
        session_id: String,
        /// The controller that was watching.
        controller: String,
        /// Why, in words.
        reason: String,
    },
    /// A recording stream ended.
    RecordingEnded {
        /// The hub's stream id.
        stream_id: i64,
        /// Why, in words (closed by the hub, end of stream acknowledged, timeout, ...).
        reason: String,
        /// Fragments sent.
        fragments: u64,
        /// Bytes of media sent.
        bytes: u64,
    },
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The state directory or file could not be read, parsed or written.
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    /// The configured setup code is not acceptable.
    #[error("invalid setup code: {0}")]
    SetupCode(String),
    /// The TCP listener could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// Address that was asked for.
        addr: SocketAddr,
        /// The system error.
        source: io::Error,
    },
    /// The mDNS advertiser could not be started.
    #[error("mDNS advertisement failed: {0}")]
    Mdns(String),
    /// The data stream listener could not be bound.
    #[error("cannot listen for data streams on {addr}: {source}")]
    DataStreamBind {
        /// Address that was asked for.
        addr: std::net::IpAddr,
        /// The system error.
        source: io::Error,
    },
}

/// A running accessory server. Dropping it without [`HapServer::shutdown`] aborts its tasks.
pub struct HapServer {
    shared: Arc<Shared>,
    port: u16,
    stop: watch::Sender<bool>,
    accept: Option<JoinHandle<()>>,
    data_streams: Option<JoinHandle<()>>,
    live_notices: Option<JoinHandle<()>>,
}

impl HapServer {
    /// Loads (or, when the state file does not exist, creates) the accessory identity, binds
    /// the listener, starts advertising and serves connections on `runtime`.
    pub async fn start(config: ServerConfig, runtime: Handle) -> Result<HapServer, ServerError> {
        let store = StateStore::new(&config.state_dir);
        let mut state = identity::load_or_create(&config, &store)?;
        let mut db = camera_database(&config.camera);
        for key in db.restore_values(&state.values) {
            crate::logging::log_warn!(target: LOG, "[{}] stored value {key} does not fit the database, default kept", config.camera.name);
        }
        drop_stale_selection(&config.camera.name, &mut state, &mut db);
        crate::logging::log_info!(target: LOG, "[{}] recording offer until the stream is known: {}",
            config.camera.name, config.camera.recording.describe());
        mirror_camera_active(&mut db);
        if state.update_layout(&db.layout_hash()) {
            crate::logging::log_info!(target: LOG, "[{}] accessory database layout changed: c# = {}", config.camera.name, state.config_number);
        }
        let code = SetupCode::parse(&state.setup_code).map_err(|e| {
            ServerError::SetupCode(format!("{} (in {})", e, store.path().display()))
        })?;
        let uri = setup_uri(&code, config.camera.category.id(), &state.setup_id)
            .map_err(|e| ServerError::SetupCode(e.to_string()))?;
        let identity = identity::identity(&state, &store)?;
        let pairings = identity::pairings(&state);
        let setup =
            PairSetupManager::new(code.as_str()).with_failed_attempts(state.failed_setup_attempts);

        let (data_streams, data_listener) =
            DataStreamService::bind(&config.camera.name, config.bind_address)
                .await
                .map_err(|source| ServerError::DataStreamBind {
                    addr: config.bind_address,
                    source,
                })?;
        let mut writes = ConnectionWrites::default();
        writes.register(keys::SETUP_DATA_STREAM_TRANSPORT, data_streams.clone());
        let live = LiveView::new(config.camera.name.clone(), config.max_live_streams);
        writes.register(keys::SETUP_ENDPOINTS, live.setup_endpoints_handler());
        writes.register(
            keys::SELECTED_RTP_STREAM_CONFIGURATION,
            live.selected_stream_handler(),
        );
        let recorder = Arc::new(Recorder::new(
            config.camera.name.clone(),
            std::time::Duration::from_millis(u64::from(config.camera.recording.prebuffer_ms)),
        ));
        if let Some(selection) = selected_configuration(&db) {
            recorder.set_prebuffer(std::time::Duration::from_millis(u64::from(
                selection.prebuffer_ms,
            )));
        }

        let addr = SocketAddr::new(config.bind_address, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        let port = listener
            .local_addr()
            .map_err(|source| ServerError::Bind { addr, source })?
            .port();
        crate::logging::log_info!(target: LOG, "[{}] listening on {}:{port} (device id {}, {} pairing(s))",
            config.camera.name, config.bind_address, state.device_id, pairings.len());

        let inner = Inner {
            state,
            db,
            pairings,
            setup,
            mdns: None,
            snapshots: None,
            saves_taken: 0,
        };
        let media = SharedMedia {
            writes,
            live: live.clone(),
            recorder,
            max_recording: config.max_recording,
        };
        let shared = Arc::new(Shared::new(
            config.camera.clone(),
            identity,
            uri,
            store,
            inner,
            media,
        ));
        let pending = shared.snapshot(&mut shared.lock());
        shared.save_off_thread(pending).await;
        let host: std::sync::Weak<dyn crate::live::LiveHost> = Arc::downgrade(&shared) as _;
        live.attach_host(host);
        {
            let mut inner = shared.lock();
            if config.advertise {
                let txt = shared.txt(&inner);
                let mdns = Advertiser::start(
                    &config.camera.name,
                    port,
                    config.mdns_interface.as_deref(),
                    txt,
                )
                .map_err(|e| ServerError::Mdns(e.to_string()))?;
                inner.mdns = Some(mdns);
            } else {
                crate::logging::log_info!(target: LOG, "[{}] advertising off: no mDNS", config.camera.name);
            }
        }
        let (stop, stopped) = watch::channel(false);
        let live_notices = runtime.spawn(live_notices(
            live.clone(),
            shared.clone(),
            shared.notices.subscribe(),
            stopped.clone(),
        ));
        let accept = runtime.spawn(accept_loop(shared.clone(), listener, stopped.clone()));
        let data_streams = runtime.spawn(data_stream::accept_loop(
            shared.clone(),
            data_streams,
            data_listener,
            stopped,
        ));
        Ok(HapServer {
            shared,
            port,
            stop,
            accept: Some(accept),
            data_streams: Some(data_streams),
            live_notices: Some(live_notices),
        })
    }

    /// The TCP port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Whether at least one controller pairing is stored.
    pub fn is_paired(&self) -> bool {
        !self.shared.lock().pairings.is_empty()
    }

    /// The setup code, `XXX-XX-XXX`.
    pub fn setup_code(&self) -> String {
        self.shared.setup_code.clone()
    }

    /// The setup URI (`X-HM://…`) to show as a QR code.
    pub fn setup_uri(&self) -> String {
        self.shared.setup_uri.clone()
    }

    /// The device id (accessory pairing identifier), `XX:XX:XX:XX:XX:XX`.
    pub fn device_id(&self) -> String {
        self.shared.identity.device_id.clone()
    }

    /// The configuration number (TXT `c#`).
    pub fn config_number(&self) -> u16 {
        self.shared.lock().state.config_number
    }

    /// The JSON value of a characteristic by stable key (see [`crate::accessory::keys`]),
    /// for example whether recording is active.
    pub fn value(&self, key: &str) -> Option<serde_json::Value> {
        let inner = self.shared.lock();
        let (aid, iid) = inner.db.locate(key)?;
        let (_, ch) = inner.db.find(aid, iid)?;
        Some(crate::accessory::value_to_json(ch.format, &ch.value))
    }

    /// Sets `MotionDetected` and notifies subscribed controllers immediately when it changes.
    pub fn set_motion(&self, detected: bool) {
        self.shared
            .set_value(keys::MOTION_DETECTED, Value::Bool(detected));
    }

    /// Fires `ProgrammableSwitchEvent` = 0 (single press) on the Doorbell service. No effect
    /// for a plain camera.
    pub fn trigger_doorbell(&self) {
        self.shared.set_value(keys::DOORBELL_EVENT, Value::Int(0));
    }

    /// Sets the Mute characteristic of the Microphone or Speaker service (the application
    /// muted it); subscribed controllers are told when it changes. No effect on a Speaker
    /// that the accessory does not have.
    pub fn set_mute(&self, service: AudioService, mute: bool) {
        self.shared.set_value(service.mute_key(), Value::Bool(mute));
    }

    /// Sets the Volume characteristic (percent, at most 100) of the Microphone or Speaker
    /// service; subscribed controllers are told when it changes.
    pub fn set_volume(&self, service: AudioService, volume: u8) {
        self.shared.set_value(
            service.volume_key(),
            Value::Int(i128::from(volume.min(100))),
        );
    }

    /// The media that recordings are made of: the element feeds it with the stream.
    pub fn recorder(&self) -> Arc<Recorder> {
        self.shared.recorder.clone()
    }

    /// Sets what the accessory offers for recording (SupportedCamera/Video/Audio
    /// RecordingConfiguration, reference §11.1–11.3), for example once the stream's caps are
    /// known. When the offer changes, subscribed controllers are told, `c#` rises, and a
    /// stored selection is dropped so that the hub selects again (HAP-NodeJS, field notes
    /// pitfall 13). Returns whether the offer changed.
    pub fn set_recording_capabilities(&self, capabilities: &RecordingCapabilities) -> bool {
        let doorbell = self.shared.info.category == crate::accessory::Category::Doorbell;
        let values = [
            (
                keys::SUPPORTED_CAMERA_RECORDING_CONFIGURATION,
                capabilities.supported_camera_recording_configuration(doorbell),
            ),
            (
                keys::SUPPORTED_VIDEO_RECORDING_CONFIGURATION,
                capabilities.supported_video_recording_configuration(),
            ),
            (
                keys::SUPPORTED_AUDIO_RECORDING_CONFIGURATION,
                capabilities.supported_audio_recording_configuration(),
            ),
        ];
        let mut inner = self.shared.lock();
        let mut events: Vec<_> = values
            .into_iter()
            .filter_map(|(key, bytes)| inner.db.set_value(key, Value::Bytes(bytes)))
            .collect();
        let name = &self.shared.name;
        let hash = inner.db.capabilities_hash();
        if hash == inner.state.capabilities_hash {
            return false;
        }
        crate::logging::log_info!(target: LOG, "[{name}] recording offer: {}", capabilities.describe());
        let fields = &mut *inner;
        events.extend(drop_stale_selection(
            name,
            &mut fields.state,
            &mut fields.db,
        ));
        let layout = inner.db.layout_hash();
        if inner.state.update_layout(&layout) {
            crate::logging::log_info!(target: LOG, "[{name}] accessory database changed: c# = {}", inner.state.config_number);
            self.shared.refresh_mdns(&mut inner);
        }
        let pending = self.shared.snapshot(&mut inner);
        drop(inner);
        self.shared.save(pending);
        for ev in events {
            self.shared.notify_value(ev);
        }
        true
    }

    /// Sets (or removes) the source of snapshot images. Without one, snapshot requests that
    /// pass the HKSV gating are answered with `-70402`. The source is asked on the server's
    /// runtime and awaited for at most [`SNAPSHOT_TIMEOUT`].
    pub fn set_snapshot_source(&self, source: Option<Arc<dyn SnapshotSource>>) {
        self.shared.lock().snapshots = source;
    }

    /// Sets (or removes) the application side of live view. Removing it ends every live
    /// session.
    pub fn set_live_media(&self, media: Option<Arc<dyn LiveMedia>>) {
        self.shared.live.set_media(media);
    }

    /// The live-view sessions: the application tells it the stream's format
    /// ([`LiveView::set_video_format`]) and can list the running streams.
    pub fn live(&self) -> Arc<LiveView> {
        self.shared.live.clone()
    }

    /// A receiver of [`ServerEvent`]s.
    pub fn subscribe(&self) -> broadcast::Receiver<ServerEvent> {
        self.shared.events.subscribe()
    }

    /// Stops accepting, closes every connection, withdraws the mDNS advertisement and waits
    /// for the tasks to end.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        self.shared.live.shutdown();
        if let Some(task) = self.live_notices.take() {
            let _ = task.await;
        }
        if let Some(task) = self.accept.take() {
            let _ = task.await;
        }
        if let Some(task) = self.data_streams.take() {
            let _ = task.await;
        }
        let mdns = self.shared.lock().mdns.take();
        if let Some(mdns) = mdns {
            // Goodbye packets and the daemon's exit are waited for on a blocking thread.
            let _ = tokio::task::spawn_blocking(move || mdns.shutdown()).await;
        }
        crate::logging::log_info!(target: LOG, "[{}] server stopped", self.shared.name);
    }
}

impl Drop for HapServer {
    fn drop(&mut self) {
        if let Some(task) = self.accept.take() {
            task.abort();
        }
        if let Some(task) = self.data_streams.take() {
            task.abort();
        }
        if let Some(task) = self.live_notices.take() {
            task.abort();
            self.shared.live.shutdown();
        }
    }
}

/// The selected recording configuration, if one is stored and readable.
fn selected_configuration(
    db: &crate::accessory::Database,
) -> Option<SelectedRecordingConfiguration> {
    match db.value(keys::SELECTED_RECORDING_CONFIGURATION) {
        Some(Value::Bytes(bytes)) => SelectedRecordingConfiguration::parse(bytes).ok(),
        _ => None,
    }
}

/// A selection is valid only for the offer it was chosen from: when the advertised
/// capabilities changed since it was stored, it is dropped and the hub selects again
/// (HAP-NodeJS, field notes pitfall 13). Records the new capabilities hash in `state`.
fn drop_stale_selection(
    name: &str,
    state: &mut crate::state::AccessoryState,
    db: &mut crate::accessory::Database,
) -> Option<crate::accessory::ValueEvent> {
    let capabilities = db.capabilities_hash();
    let stale = !state.capabilities_hash.is_empty() && state.capabilities_hash != capabilities;
    state.capabilities_hash = capabilities;
    let selected = !matches!(
        db.value(keys::SELECTED_RECORDING_CONFIGURATION),
        None | Some(Value::Null)
    );
    if stale && selected {
        crate::logging::log_warn!(target: LOG, "[{name}] advertised recording capabilities changed: the stored selection is dropped, the hub selects again");
        return db.set_value(keys::SELECTED_RECORDING_CONFIGURATION, Value::Null);
    }
    None
}

/// Ends the live sessions of closed connections and removed pairings until stopped.
async fn live_notices(
    live: Arc<LiveView>,
    shared: Arc<Shared>,
    mut notices: broadcast::Receiver<shared::Notice>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            _ = stop.changed() => return,
            notice = notices.recv() => match notice {
                Ok(shared::Notice::ConnectionClosed(id)) => live.connection_closed(id),
                Ok(shared::Notice::ControllersRemoved(ids)) => live.controllers_removed(&ids),
                Ok(shared::Notice::Changed { .. }) => {}
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    // A missed removal must not leave a stream running for a controller that
                    // is no longer paired; a missed connection close is caught by the
                    // controller's silence (its RTCP stops).
                    crate::logging::log_warn!(target: LOG, "live view missed {n} notices: sessions of controllers no longer paired end");
                    live.keep_paired(|controller| shared.is_paired_controller(controller));
                }
                Err(broadcast::error::RecvError::Closed) => return,
            },
        }
    }
}

/// Accepts connections until stopped, then waits for every connection task to end. Room is
/// made as [`slots`] describes.
async fn accept_loop(shared: Arc<Shared>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    let mut slots = Slots::default();
    // Connection of each task, to free its slot even when the task panicked.
    let mut tasks = std::collections::HashMap::new();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let id = shared.connection_id();
                    match slots.admit(id) {
                        Admission::Admit { slot, evicted } => {
                            if let Some(old) = evicted {
                                crate::logging::log_info!(target: LOG, "[{}] conn {old}: evicted (oldest unverified) for conn {id} from {peer}", shared.name);
                            }
                            let serve = connection::serve(shared.clone(), id, slot, stream, peer, stop.clone());
                            let task = connections.spawn(serve);
                            tasks.insert(task.id(), id);
                        }
                        Admission::Refuse => {
                            crate::logging::log_warn!(target: LOG, "[{}] refusing connection from {peer}: {MAX_CONNECTIONS} verified controllers connected", shared.name);
                            drop(stream);
                        }
                    }
                }
                Err(e) => {
                    crate::logging::log_warn!(target: LOG, "[{}] accept failed: {e}", shared.name);
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            },
            Some(done) = connections.join_next_with_id(), if !connections.is_empty() => {
                let task = match done {
                    Ok((task, ())) => task,
                    Err(e) => {
                        crate::logging::log_error!(target: LOG, "[{}] connection task failed: {e}", shared.name);
                        e.id()
                    }
                };
                if let Some(id) = tasks.remove(&task) {
                    slots.closed(id);
                }
            }
        }
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
}
