//! State shared by the connections of one accessory: the database, pairings, pair-setup
//! coordinator, persistence and advertisement. Guarded by one `std` mutex that is never held
//! across an `.await`; connections learn about changes through a broadcast of [`Notice`]s.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value as Json;
use tokio::sync::broadcast;

use super::identity::stored_pairings;
use super::{ServerEvent, SnapshotSource};
use crate::accessory::{CameraInfo, Database, Value, camera_database};
use crate::mdns::{Advertiser, TxtRecord};
use crate::pairing::{AccessoryIdentity, ConnectionId, ControllerPairing, PairSetupManager};
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
}

pub(super) struct Inner {
    pub state: AccessoryState,
    pub db: Database,
    pub pairings: Vec<ControllerPairing>,
    pub setup: PairSetupManager,
    pub mdns: Option<Advertiser>,
    pub snapshots: Option<Arc<dyn SnapshotSource>>,
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
    next_connection: AtomicU64,
}

impl Shared {
    pub fn new(
        info: CameraInfo,
        identity: AccessoryIdentity,
        setup_uri: String,
        store: StateStore,
        inner: Inner,
    ) -> Self {
        Shared {
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

    pub fn emit(&self, event: ServerEvent) {
        let _ = self.events.send(event);
    }

    /// Writes pairings, values and counters to the state file; a failure is logged (the
    /// running accessory keeps working, the next change retries).
    pub fn persist(&self, inner: &mut Inner) {
        inner.state.pairings = stored_pairings(&inner.pairings);
        inner.state.values = inner.db.persisted_values();
        inner.state.failed_setup_attempts = inner.setup.failed_attempts();
        match self.store.save(&inner.state) {
            Ok(()) => log::debug!(target: LOG, "[{}] state saved", self.name),
            Err(e) => log::error!(target: LOG, "[{}] cannot save state: {e}", self.name),
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
            log::warn!(target: LOG, "[{}] mDNS update failed: {e}", self.name);
        }
    }

    /// After pairings were removed: close their sessions; when none is left, the accessory
    /// is unpaired and its camera state returns to the defaults (HAP-NodeJS factory reset, §6).
    pub fn pairings_removed(&self, inner: &mut Inner, removed: Vec<String>, unpaired: bool) {
        if unpaired {
            inner.db = camera_database(&self.info);
            log::info!(target: LOG, "[{}] last admin removed: unpaired, camera state reset", self.name);
        }
        self.persist(inner);
        self.refresh_mdns(inner);
        self.notify(Notice::ControllersRemoved(removed));
        if unpaired {
            self.emit(ServerEvent::PairingChanged { paired: false });
        }
    }

    /// Sets a value from the application side and tells subscribers.
    pub fn set_value(&self, key: &str, value: Value) {
        let event = self.lock().db.set_value(key, value);
        if let Some(ev) = event {
            log::debug!(target: LOG, "[{}] {key} = {} ({}.{})", self.name, ev.value, ev.aid, ev.iid);
            self.notify(Notice::Changed {
                aid: ev.aid,
                iid: ev.iid,
                value: ev.value,
                origin: None,
                immediate: ev.immediate,
            });
        }
    }
}
