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

mod config;
mod connection;
mod identity;
mod routes;
mod shared;

pub use config::ServerConfig;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::runtime::Handle;
use tokio::sync::{broadcast, watch};
use tokio::task::{JoinHandle, JoinSet};

use crate::accessory::{Value, camera_database, keys, mirror_camera_active};
use crate::mdns::Advertiser;
use crate::pairing::PairSetupManager;
use crate::setup::{SetupCode, setup_uri};
use crate::state::StateStore;
use shared::{Inner, LOG, Shared};

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
}

/// Provides the JPEG images of `POST /resource` (reference §1.6). Called on the server's
/// runtime: it must return quickly (a cached image), never block on capture.
pub trait SnapshotSource: Send + Sync {
    /// A JPEG image of about `width`×`height`, or `None` when none is available.
    fn snapshot(&self, width: u32, height: u32) -> Option<Vec<u8>>;
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
}

/// A running accessory server. Dropping it without [`HapServer::shutdown`] aborts its tasks.
pub struct HapServer {
    shared: Arc<Shared>,
    port: u16,
    stop: watch::Sender<bool>,
    accept: Option<JoinHandle<()>>,
}

impl HapServer {
    /// Loads (or, when the state file does not exist, creates) the accessory identity, binds
    /// the listener, starts advertising and serves connections on `runtime`.
    pub async fn start(config: ServerConfig, runtime: Handle) -> Result<HapServer, ServerError> {
        let store = StateStore::new(&config.state_dir);
        let mut state = identity::load_or_create(&config, &store)?;
        let mut db = camera_database(&config.camera);
        let capabilities = db.capabilities_hash();
        if !state.capabilities_hash.is_empty()
            && state.capabilities_hash != capabilities
            && state
                .values
                .remove(keys::SELECTED_RECORDING_CONFIGURATION)
                .is_some()
        {
            log::warn!(target: LOG, "[{}] advertised capabilities changed: stored recording selection dropped, the hub selects again", config.camera.name);
        }
        state.capabilities_hash = capabilities;
        for key in db.restore_values(&state.values) {
            log::warn!(target: LOG, "[{}] stored value {key} does not fit the database, default kept", config.camera.name);
        }
        mirror_camera_active(&mut db);
        if state.update_layout(&db.layout_hash()) {
            log::info!(target: LOG, "[{}] accessory database layout changed: c# = {}", config.camera.name, state.config_number);
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

        let addr = SocketAddr::new(config.bind_address, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        let port = listener
            .local_addr()
            .map_err(|source| ServerError::Bind { addr, source })?
            .port();
        log::info!(target: LOG, "[{}] listening on {}:{port} (device id {}, {} pairing(s))",
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
        let shared = Arc::new(Shared::new(
            config.camera.clone(),
            identity,
            uri,
            store,
            inner,
        ));
        let pending = shared.snapshot(&mut shared.lock());
        shared.save(pending);
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
                log::info!(target: LOG, "[{}] advertising off: no mDNS", config.camera.name);
            }
        }
        let (stop, stopped) = watch::channel(false);
        let accept = runtime.spawn(accept_loop(shared.clone(), listener, stopped));
        Ok(HapServer {
            shared,
            port,
            stop,
            accept: Some(accept),
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

    /// Sets (or removes) the source of snapshot images. Without one, snapshot requests that
    /// pass the HKSV gating are answered with `-70402`.
    pub fn set_snapshot_source(&self, source: Option<Arc<dyn SnapshotSource>>) {
        self.shared.lock().snapshots = source;
    }

    /// A receiver of [`ServerEvent`]s.
    pub fn subscribe(&self) -> broadcast::Receiver<ServerEvent> {
        self.shared.events.subscribe()
    }

    /// Stops accepting, closes every connection, withdraws the mDNS advertisement and waits
    /// for the tasks to end.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.accept.take() {
            let _ = task.await;
        }
        let mdns = self.shared.lock().mdns.take();
        if let Some(mdns) = mdns {
            // Goodbye packets and the daemon's exit are waited for on a blocking thread.
            let _ = tokio::task::spawn_blocking(move || mdns.shutdown()).await;
        }
        log::info!(target: LOG, "[{}] server stopped", self.shared.name);
    }
}

impl Drop for HapServer {
    fn drop(&mut self) {
        if let Some(task) = self.accept.take() {
            task.abort();
        }
    }
}

/// Most connections served at once: ADK requires at least 8 and defaults to 17, HAP-NodeJS
/// starts reclaiming idle ones at 16 (§1.9); a home with several hubs and phones stays far
/// below 32, and the cap keeps a misbehaving peer from exhausting file descriptors.
const MAX_CONNECTIONS: usize = 32;

/// Accepts connections until stopped, then waits for every connection task to end.
async fn accept_loop(shared: Arc<Shared>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) if connections.len() >= MAX_CONNECTIONS => {
                    log::warn!(target: LOG, "[{}] refusing connection from {peer}: {MAX_CONNECTIONS} already open", shared.name);
                    drop(stream);
                }
                Ok((stream, peer)) => {
                    connections.spawn(connection::serve(shared.clone(), stream, peer, stop.clone()));
                }
                Err(e) => {
                    log::warn!(target: LOG, "[{}] accept failed: {e}", shared.name);
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
}
