//! State shared by the connections of one accessory: the database, pairings, pair-setup
//! coordinator, persistence and advertisement. Guarded by one `std` mutex that is never held
//! across an `.await`; connections learn about changes through a broadcast of [`Notice`]s.
//! The state file is written after that mutex is dropped: a [`PendingSave`] is taken under
//! it, and [`Shared::save`] writes it (in snapshot order) without holding it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value as Json;
use tokio::sync::broadcast;

use super::connection_writes::ConnectionWrites;
use super::identity::stored_pairings;
use super::{ServerEvent, SnapshotSource};
use crate::accessory::{CameraInfo, Database, Value, ValueEvent, camera_database};
use crate::live::{LiveEvent, LiveHost, LiveView};
use crate::mdns::{Advertiser, TxtRecord};
use crate::pairing::{AccessoryIdentity, ConnectionId, ControllerPairing, PairSetupManager};
use crate::recording::Recorder;
use crate::setup::setup_hash;
use crate::state::{AccessoryState, StateStore};

/// Log target of the server.
pub(super) const LOG: &str = "hksv::hap";

/// What connections are told.
#[derive(Clone, Debug)]
pub(super) enum Notice {
    /// A characteristic value changed; subscribers other than `origin` get an event.
    Changed {
        aid: u64,
        iid: u64,
        value: Json,
        origin: Option<ConnectionId>,
        immediate: bool,
    },
    /// These pairings were removed: their sessions close.
    ControllersRemoved(Vec<String>),
    /// This HAP connection closed: its data streams close too (reference §12.1).
    ConnectionClosed(ConnectionId),
}

pub(super) struct Inner {
    pub state: AccessoryState,
    pub db: Database,
    pub pairings: Vec<ControllerPairing>,
    pub setup: PairSetupManager,
    pub mdns: Option<Advertiser>,
    pub snapshots: Option<Arc<dyn SnapshotSource>>,
    /// Number of [`PendingSave`]s taken so far.
    pub saves_taken: u64,
}

/// A copy of the state to write, taken under the lock by [`Shared::snapshot`].
#[must_use = "a snapshot is only written by Shared::save"]
pub(super) struct PendingSave {
    state: AccessoryState,
    generation: u64,
}

/// The recording side of [`Shared`].
pub(super) struct SharedMedia {
    pub writes: ConnectionWrites,
    pub live: Arc<LiveView>,
    pub recorder: Arc<Recorder>,
    pub max_recording: std::time::Duration,
}

pub(super) struct Shared {
    /// Accessory name, the prefix of every log line.
    pub name: String,
    pub info: CameraInfo,
    pub identity: AccessoryIdentity,
    pub setup_code: String,
    pub setup_uri: String,
    pub store: StateStore,
    pub inner: Mutex<Inner>,
    pub notices: broadcast::Sender<Notice>,
    pub events: broadcast::Sender<ServerEvent>,
    /// Handlers of the per-connection characteristic writes.
    pub writes: ConnectionWrites,
    /// The media recordings are made of.
    pub recorder: Arc<Recorder>,
    /// The live-view sessions.
    pub live: Arc<LiveView>,
    /// Longest recording before the accessory ends it.
    pub max_recording: std::time::Duration,
    next_connection: AtomicU64,
    /// Generation of the last snapshot written; held while writing, so writes never overlap
    /// and an older snapshot never replaces a newer one.
    saved: Mutex<u64>,
}

impl Shared {
    pub fn new(
        info: CameraInfo,
        identity: AccessoryIdentity,
        setup_uri: String,
        store: StateStore,
        inner: Inner,
        media: SharedMedia,
    ) -> Self {
        Shared {
            writes: media.writes,
            live: media.live,
            recorder: media.recorder,
            max_recording: media.max_recording,
            name: info.name.clone(),
            setup_code: inner.state.setup_code.clone(),
            info,
            identity,
            setup_uri,
            store,
            inner: Mutex::new(inner),
            notices: broadcast::channel(256).0,
            events: broadcast::channel(64).0,
            next_connection: AtomicU64::new(1),
            saved: Mutex::new(0),
        }
    }

    pub fn connection_id(&self) -> ConnectionId {
        self.next_connection.fetch_add(1, Ordering::Relaxed)
    }

    /// Locks the shared state. A panic while it was held cannot leave it half-updated in a way
    /// that matters more than stopping the accessory, so poisoning is ignored.
    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn notify(&self, notice: Notice) {
        // No receiver means no connection: nothing to tell.
        let _ = self.notices.send(notice);
    }

    /// Tells every subscriber about a change made by the accessory itself.
    pub fn notify_value(&self, ev: ValueEvent) {
        self.notify(Notice::Changed {
            aid: ev.aid,
            iid: ev.iid,
            value: ev.value,
            origin: None,
            immediate: ev.immediate,
        });
    }

    pub fn emit(&self, event: ServerEvent) {
        let _ = self.events.send(event);
    }

    /// Copies pairings, values and counters into the state and takes a snapshot of it to
    /// write with [`Shared::save`] once the lock is dropped.
    pub fn snapshot(&self, inner: &mut Inner) -> PendingSave {
        inner.state.pairings = stored_pairings(&inner.pairings);
        inner.state.values = inner.db.persisted_values();
        inner.state.failed_setup_attempts = inner.setup.failed_attempts();
        inner.saves_taken += 1;
        PendingSave {
            state: inner.state.clone(),
            generation: inner.saves_taken,
        }
    }

    /// Writes a snapshot to the state file unless a newer one is already there; a failure is
    /// logged (the running accessory keeps working, the next change retries). Must not be
    /// called with the shared state locked.
    pub fn save(&self, pending: PendingSave) {
        let mut saved = self.saved.lock().unwrap_or_else(|p| p.into_inner());
        if pending.generation <= *saved {
            crate::logging::log_debug!(target: LOG, "[{}] state snapshot {} skipped: {} already saved", self.name, pending.generation, *saved);
            return;
        }
        match self.store.save(&pending.state) {
            Ok(()) => {
                *saved = pending.generation;
                crate::logging::log_debug!(target: LOG, "[{}] state saved", self.name);
            }
            Err(e) => {
                crate::logging::log_error!(target: LOG, "[{}] cannot save state: {e}", self.name)
            }
        }
    }

    /// [`Shared::save`] on a thread of its own ([`super::blocking`]): the file write and its
    /// fsyncs never hold an async worker. Completes when the snapshot is on disk (or skipped
    /// as older, or its failure logged), so a caller that answers afterwards never answers
    /// before the save. Snapshot order is kept by [`Shared::save`] itself (the `saved`
    /// generation, held while writing).
    pub async fn save_off_thread(self: &Arc<Self>, pending: PendingSave) {
        let shared = self.clone();
        if let Err(e) = super::blocking::run("state save", move || shared.save(pending)).await {
            crate::logging::log_error!(target: LOG, "[{}] cannot save state: {e}", self.name);
        }
    }

    /// The TXT record for the current state.
    pub fn txt(&self, inner: &Inner) -> TxtRecord {
        TxtRecord {
            config_number: inner.state.config_number,
            device_id: inner.state.device_id.clone(),
            model: self.info.model.clone(),
            paired: !inner.pairings.is_empty(),
            category: self.info.category.id(),
            setup_hash: setup_hash(&inner.state.setup_id, &inner.state.device_id),
        }
    }

    /// Re-announces after a pairing or `c#` change.
    pub fn refresh_mdns(&self, inner: &mut Inner) {
        let txt = self.txt(inner);
        if let Some(mdns) = inner.mdns.as_mut()
            && let Err(e) = mdns.update(txt)
        {
            crate::logging::log_warn!(target: LOG, "[{}] mDNS update failed: {e}", self.name);
        }
    }

    /// After pairings were removed: when none is left, the accessory is unpaired and its
    /// camera state returns to the defaults (HAP-NodeJS factory reset, §6). Takes the lock to
    /// release it; returns the snapshot to write before the response goes out, then
    /// [`Shared::removal_done`] closes the sessions.
    pub fn pairings_removed(
        &self,
        mut inner: MutexGuard<'_, Inner>,
        unpaired: bool,
    ) -> PendingSave {
        if unpaired {
            inner.db = camera_database(&self.info);
            crate::logging::log_info!(target: LOG, "[{}] last admin removed: unpaired, camera state reset", self.name);
        }
        let pending = self.snapshot(&mut inner);
        self.refresh_mdns(&mut inner);
        pending
    }

    /// After [`Shared::pairings_removed`]'s snapshot was written: close the sessions of the
    /// removed pairings and tell the application when the accessory became unpaired.
    pub fn removal_done(&self, removed: Vec<String>, unpaired: bool) {
        self.notify(Notice::ControllersRemoved(removed));
        if unpaired {
            self.emit(ServerEvent::PairingChanged { paired: false });
        }
    }

    /// Whether `controller` still has a stored pairing.
    pub fn is_paired_controller(&self, controller: &str) -> bool {
        self.lock().pairings.iter().any(|p| p.id == controller)
    }

    /// Sets a value from the application side and tells subscribers.
    pub fn set_value(&self, key: &str, value: Value) {
        let event = self.lock().db.set_value(key, value);
        if let Some(ev) = event {
            crate::logging::log_debug!(target: LOG, "[{}] {key} = {} ({}.{})", self.name, ev.value, ev.aid, ev.iid);
            self.notify_value(ev);
        }
    }
}

impl LiveHost for Shared {
    fn activation(&self) -> (bool, bool) {
        let inner = self.lock();
        let on = |key| matches!(inner.db.value(key), Some(Value::Int(1)));
        (
            on(crate::accessory::keys::HOMEKIT_CAMERA_ACTIVE),
            on(crate::accessory::keys::STREAMING_ACTIVE),
        )
    }

    fn set_tlv(&self, key: &str, bytes: Vec<u8>) {
        let persist = {
            let mut inner = self.lock();
            let event = inner.db.set_value(key, Value::Bytes(bytes));
            let persisted = event.is_some()
                && key == crate::accessory::keys::SUPPORTED_VIDEO_STREAM_CONFIGURATION;
            (event, persisted.then(|| self.snapshot(&mut inner)))
        };
        if let Some(pending) = persist.1 {
            self.save(pending);
        }
        if let Some(ev) = persist.0 {
            crate::logging::log_debug!(target: LOG, "[{}] {key} = {} ({}.{})", self.name, ev.value, ev.aid, ev.iid);
            self.notify_value(ev);
        }
    }

    fn live_event(&self, event: LiveEvent) {
        self.emit(match event {
            LiveEvent::Started {
                session_id,
                controller,
            } => ServerEvent::LiveStarted {
                session_id,
                controller,
            },
            LiveEvent::Ended {
                session_id,
                controller,
                reason,
            } => ServerEvent::LiveEnded {
                session_id,
                controller,
                reason,
            },
        });
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::server::{ServerConfig, identity};

    /// A `Shared` for an unpaired camera with its state in `dir` (code `518-08-582`).
    pub(crate) fn shared(dir: &std::path::Path) -> Shared {
        let config = ServerConfig::new("Save Cam", dir);
        let store = StateStore::new(dir);
        let state = identity::load_or_create(&config, &store).unwrap();
        let identity = identity::identity(&state, &store).unwrap();
        let inner = Inner {
            state,
            db: camera_database(&config.camera),
            pairings: Vec::new(),
            setup: PairSetupManager::new("518-08-582"),
            mdns: None,
            snapshots: None,
            saves_taken: 0,
        };
        let media = SharedMedia {
            writes: ConnectionWrites::default(),
            live: LiveView::new("Save Cam", 1),
            recorder: Arc::new(Recorder::new("Save Cam", std::time::Duration::from_secs(4))),
            max_recording: config.max_recording,
        };
        Shared::new(config.camera, identity, String::new(), store, inner, media)
    }

    #[test]
    fn an_older_snapshot_never_replaces_a_newer_one() {
        let dir = tempfile::tempdir().unwrap();
        let shared = shared(dir.path());
        let older = shared.snapshot(&mut shared.lock());
        shared.lock().state.config_number += 1;
        let newer = shared.snapshot(&mut shared.lock());
        shared.save(newer);
        shared.save(older);
        let on_disk = shared.store.load().unwrap().unwrap();
        assert_eq!(on_disk, shared.lock().state);
        assert_eq!(on_disk.config_number, 2);
    }
}
