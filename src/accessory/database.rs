//! The database of one server: lookups, layout hash, persisted values, and the read/write
//! rules of `/characteristics` (reference §1.4, §1.5).

use std::collections::BTreeMap;

use serde_json::{Value as Json, json};
use sha2::{Digest, Sha512};

use super::json::{accessories_json, metadata, read_value, value_from_json, value_to_json};
use super::model::{Accessory, Characteristic, Perms, Service, Value, short_uuid, value_key};
use super::status;

/// All accessories served on one connection endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct Database {
    /// The accessories (one, `aid 1`, for a camera).
    pub accessories: Vec<Accessory>,
}

/// A parsed `GET /characteristics` query (§1.4).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadRequest {
    /// `aid.iid` pairs in request order.
    pub ids: Vec<(u64, u64)>,
    /// `meta=1`.
    pub meta: bool,
    /// `perms=1`.
    pub perms: bool,
    /// `type=1`.
    pub kind: bool,
    /// `ev=1`.
    pub ev: bool,
}

impl ReadRequest {
    /// Parses `id=1.2,1.3&meta=1&…`; `None` when `id` is missing or malformed.
    pub fn parse(query: &str) -> Option<ReadRequest> {
        let mut req = ReadRequest::default();
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let flag = value == "1" || value == "true";
            match key {
                "id" => {
                    for id in value.split(',') {
                        let (aid, iid) = id.split_once('.')?;
                        req.ids.push((aid.parse().ok()?, iid.parse().ok()?));
                    }
                }
                "meta" => req.meta = flag,
                "perms" => req.perms = flag,
                "type" => req.kind = flag,
                "ev" => req.ev = flag,
                _ => {}
            }
        }
        (!req.ids.is_empty()).then_some(req)
    }
}

/// One entry of a `PUT /characteristics` body (§1.5).
#[derive(Clone, Debug, PartialEq)]
pub struct WriteEntry {
    /// Accessory id.
    pub aid: u64,
    /// Instance id.
    pub iid: u64,
    /// `value`, if present.
    pub value: Option<Json>,
    /// `ev`, if present.
    pub ev: Option<bool>,
    /// `r`: write-response requested.
    pub response: bool,
}

/// A parsed `PUT /characteristics` body.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteRequest {
    /// Entries in request order.
    pub entries: Vec<WriteEntry>,
    /// `pid` of a timed write.
    pub pid: Option<u64>,
}

impl WriteRequest {
    /// Parses the JSON body; `None` when it is not the documented shape.
    pub fn parse(body: &[u8]) -> Option<WriteRequest> {
        let doc: Json = serde_json::from_slice(body).ok()?;
        let list = doc.get("characteristics")?.as_array()?;
        let mut entries = Vec::with_capacity(list.len());
        for e in list {
            let ev = match e.get("ev") {
                None => None,
                Some(Json::Bool(b)) => Some(*b),
                Some(Json::Number(n)) => Some(n.as_u64()? != 0),
                Some(_) => return None,
            };
            entries.push(WriteEntry {
                aid: e.get("aid")?.as_u64()?,
                iid: e.get("iid")?.as_u64()?,
                value: e.get("value").cloned(),
                ev,
                response: matches!(e.get("r"), Some(Json::Bool(true))),
            });
        }
        let pid = doc.get("pid").and_then(Json::as_u64);
        Some(WriteRequest { entries, pid })
    }

    /// Whether an `aid.iid` appears twice (HAP-NodeJS answers 422, §1.3).
    pub fn has_duplicates(&self) -> bool {
        let mut seen: Vec<(u64, u64)> = self.entries.iter().map(|e| (e.aid, e.iid)).collect();
        seen.sort_unstable();
        seen.windows(2).any(|w| w[0] == w[1])
    }

    /// The 207 body of a write refused as a whole: every entry answers `status` (§1.5, a
    /// timed write after its ttl or with an unknown `pid`).
    pub fn refuse_all(&self, status: i32) -> Json {
        let list: Vec<Json> = self
            .entries
            .iter()
            .map(|e| json!({"aid": e.aid, "iid": e.iid, "status": status}))
            .collect();
        json!({ "characteristics": list })
    }
}

/// Who is writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteContext {
    /// The controller has admin permission.
    pub admin: bool,
    /// A `/prepare` with the request's `pid` is pending and not expired.
    pub timed_write_prepared: bool,
}

/// Outcome of one write entry.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteOutcome {
    /// Accessory id.
    pub aid: u64,
    /// Instance id.
    pub iid: u64,
    /// HAP status.
    pub status: i32,
    /// Write-response value (`r:true` on a `wr` characteristic).
    pub response_value: Option<Json>,
    /// Subscription change asked for and allowed.
    pub subscribe: Option<bool>,
    /// The stored value changed (an event is due to other subscribers).
    pub changed: bool,
    /// The value to send in that event (JSON form of the stored value).
    pub event_value: Option<Json>,
    /// That event is delivered without coalescing.
    pub immediate: bool,
    /// Stable key of the characteristic (for persistence and application events).
    pub key: String,
    /// The characteristic is persisted.
    pub persist: bool,
    /// The value written to a per-connection characteristic (see
    /// [`Characteristic::per_connection`]): not stored, for the server's connection handler,
    /// which also fills [`WriteOutcome::response_value`].
    pub per_connection_value: Option<Value>,
}

/// A notification due after a value change.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueEvent {
    /// Accessory id.
    pub aid: u64,
    /// Instance id.
    pub iid: u64,
    /// The value to send.
    pub value: Json,
    /// Deliver without coalescing.
    pub immediate: bool,
}

impl Database {
    /// Looks up a characteristic with its service.
    pub fn find(&self, aid: u64, iid: u64) -> Option<(&Service, &Characteristic)> {
        let acc = self.accessories.iter().find(|a| a.aid == aid)?;
        acc.services.iter().find_map(|s| {
            s.characteristics
                .iter()
                .find(|c| c.iid == iid)
                .map(|c| (s, c))
        })
    }

    fn find_mut(&mut self, aid: u64, iid: u64) -> Option<(u32, &mut Characteristic)> {
        let acc = self.accessories.iter_mut().find(|a| a.aid == aid)?;
        acc.services.iter_mut().find_map(|s| {
            let kind = s.kind;
            s.characteristics
                .iter_mut()
                .find(|c| c.iid == iid)
                .map(|c| (kind, c))
        })
    }

    /// `aid.iid` of the characteristic with the given stable key.
    pub fn locate(&self, key: &str) -> Option<(u64, u64)> {
        self.accessories.iter().find_map(|a| {
            a.services.iter().find_map(|s| {
                s.characteristics
                    .iter()
                    .find(|c| value_key(s.kind, c.kind) == key)
                    .map(|c| (a.aid, c.iid))
            })
        })
    }

    /// The current value of the characteristic with the given stable key.
    pub fn value(&self, key: &str) -> Option<&Value> {
        let (aid, iid) = self.locate(key)?;
        self.find(aid, iid).map(|(_, c)| &c.value)
    }

    /// The full `GET /accessories` JSON.
    pub fn to_json(&self) -> Json {
        accessories_json(&self.accessories, true)
    }

    /// SHA-512 (hex, first 16 bytes) of the value-less JSON plus the capability values:
    /// changes exactly when the layout (services, characteristics, metadata) or the advertised
    /// capabilities change, which is when `c#` must rise (§7.1, §16 #7).
    pub fn layout_hash(&self) -> String {
        let layout = accessories_json(&self.accessories, false).to_string();
        let digest = Sha512::new()
            .chain_update(layout.as_bytes())
            .chain_update(self.capabilities_hash().as_bytes())
            .finalize();
        crate::state::to_hex(&digest[..16])
    }

    /// SHA-512 (hex, first 16 bytes) of the capability values only (supported
    /// configurations). A stored recording selection is valid only for the capabilities it
    /// was chosen from (HAP-NodeJS drops it on a change, field notes pitfall 13).
    pub fn capabilities_hash(&self) -> String {
        let mut hasher = Sha512::new();
        for s in self.accessories.iter().flat_map(|a| &a.services) {
            for c in s.characteristics.iter().filter(|c| c.capability) {
                hasher.update(value_key(s.kind, c.kind).as_bytes());
                hasher.update(value_to_json(c.format, &c.value).to_string().as_bytes());
            }
        }
        crate::state::to_hex(&hasher.finalize()[..16])
    }

    /// Values of the persisted characteristics by stable key.
    pub fn persisted_values(&self) -> BTreeMap<String, Json> {
        let mut out = BTreeMap::new();
        for s in self.accessories.iter().flat_map(|a| &a.services) {
            for c in s.characteristics.iter().filter(|c| c.persist) {
                if c.value != Value::Null {
                    out.insert(value_key(s.kind, c.kind), value_to_json(c.format, &c.value));
                }
            }
        }
        out
    }

    /// Restores persisted values; returns the keys that were stored but are not valid for
    /// the current database (they are skipped, the default stays).
    pub fn restore_values(&mut self, values: &BTreeMap<String, Json>) -> Vec<String> {
        let mut rejected = Vec::new();
        for (key, json) in values {
            let restored = self.locate(key).and_then(|(aid, iid)| {
                let (_, ch) = self.find_mut(aid, iid)?;
                let value = value_from_json(ch, json).ok().filter(|_| ch.persist)?;
                ch.value = value;
                Some(())
            });
            if restored.is_none() {
                rejected.push(key.clone());
            }
        }
        rejected
    }

    /// Sets a value from the application side (motion, doorbell, streaming status). Returns
    /// the event to send when subscribers must be told: on change, or on every call for
    /// characteristics whose reads are `null` (ProgrammableSwitchEvent, §1.8).
    pub fn set_value(&mut self, key: &str, value: Value) -> Option<ValueEvent> {
        let (aid, iid) = self.locate(key)?;
        let (_, ch) = self.find_mut(aid, iid)?;
        let changed = ch.value != value;
        let event_value = value_to_json(ch.format, &value);
        ch.value = value;
        (changed || ch.null_on_read).then_some(ValueEvent {
            aid,
            iid,
            value: event_value,
            immediate: ch.immediate,
        })
    }

    /// Answers a `GET /characteristics`: HTTP status (200, or 207 when an entry failed) and
    /// the JSON body. `subscribed(aid, iid)` tells whether this connection receives events.
    pub fn read(&self, req: &ReadRequest, subscribed: impl Fn(u64, u64) -> bool) -> (u16, Json) {
        let mut any_failed = false;
        let mut entries: Vec<(serde_json::Map<String, Json>, i32)> = Vec::new();
        for &(aid, iid) in &req.ids {
            let mut obj = serde_json::Map::new();
            obj.insert("aid".into(), json!(aid));
            obj.insert("iid".into(), json!(iid));
            let status = match self.find(aid, iid) {
                None => status::RESOURCE_DOES_NOT_EXIST,
                Some((_, ch)) => {
                    let result = read_value(ch);
                    if let Ok(value) = &result {
                        obj.insert("value".into(), value.clone());
                    }
                    if req.meta {
                        metadata(ch, &mut obj);
                    }
                    if req.perms {
                        obj.insert("perms".into(), json!(ch.perms.names()));
                    }
                    if req.kind {
                        obj.insert("type".into(), json!(short_uuid(ch.kind)));
                    }
                    if req.ev {
                        obj.insert("ev".into(), json!(subscribed(aid, iid)));
                    }
                    result.err().unwrap_or(status::SUCCESS)
                }
            };
            any_failed |= status != status::SUCCESS;
            entries.push((obj, status));
        }
        // With one failure every entry carries `status` (§1.4).
        let list: Vec<Json> = entries
            .into_iter()
            .map(|(mut obj, status)| {
                if any_failed {
                    obj.insert("status".into(), json!(status));
                }
                Json::Object(obj)
            })
            .collect();
        let code = if any_failed { 207 } else { 200 };
        (code, json!({ "characteristics": list }))
    }

    /// Applies a `PUT /characteristics` (rules of HAP-NodeJS `handleCharacteristicWrite`,
    /// §1.5). Subscriptions are returned, not stored: they belong to the connection.
    pub fn write(&mut self, req: &WriteRequest, ctx: WriteContext) -> Vec<WriteOutcome> {
        req.entries
            .iter()
            .map(|entry| self.write_entry(entry, ctx))
            .collect()
    }

    fn write_entry(&mut self, entry: &WriteEntry, ctx: WriteContext) -> WriteOutcome {
        let mut out = WriteOutcome {
            aid: entry.aid,
            iid: entry.iid,
            status: status::SUCCESS,
            response_value: None,
            subscribe: None,
            changed: false,
            event_value: None,
            immediate: false,
            key: String::new(),
            persist: false,
            per_connection_value: None,
        };
        let Some((service_kind, ch)) = self.find_mut(entry.aid, entry.iid) else {
            out.status = status::RESOURCE_DOES_NOT_EXIST;
            return out;
        };
        out.key = value_key(service_kind, ch.kind);
        out.persist = ch.persist;
        out.immediate = ch.immediate;
        out.status = check_write(ch, entry, ctx)
            .and_then(|()| match &entry.value {
                Some(json) => value_from_json(ch, json).map(Some),
                None => Ok(None),
            })
            .map(|new_value| {
                if ch.per_connection {
                    out.per_connection_value = new_value;
                    out.subscribe = entry.ev;
                    return status::SUCCESS;
                }
                if let Some(value) = new_value {
                    out.changed = ch.value != value || ch.null_on_read;
                    out.event_value = Some(value_to_json(ch.format, &value));
                    ch.value = value;
                }
                out.subscribe = entry.ev;
                if entry.response && ch.perms.contains(Perms::WR) {
                    out.response_value = Some(value_to_json(ch.format, &ch.value));
                }
                status::SUCCESS
            })
            .unwrap_or_else(|code| code);
        out
    }
}

/// Permission checks of one write entry, in HAP-NodeJS order.
fn check_write(ch: &Characteristic, entry: &WriteEntry, ctx: WriteContext) -> Result<(), i32> {
    if entry.value.is_none() && entry.ev.is_none() {
        return Err(status::INVALID_VALUE_IN_REQUEST);
    }
    if entry.ev.is_some() && !ch.perms.contains(Perms::EV) {
        return Err(status::NOTIFICATION_NOT_SUPPORTED);
    }
    if entry.value.is_some() {
        if !ch.perms.contains(Perms::PW) {
            return Err(status::READ_ONLY_CHARACTERISTIC);
        }
        if ch.perms.contains(Perms::TW) && !ctx.timed_write_prepared {
            return Err(status::INVALID_VALUE_IN_REQUEST);
        }
        if ch.admin_write && !ctx.admin {
            return Err(status::INSUFFICIENT_PRIVILEGES);
        }
    }
    Ok(())
}

/// The HTTP status and body of a `PUT /characteristics` reply: 204 without a body when every
/// entry succeeded and no write-response value is returned, 207 with every entry otherwise.
pub fn write_response(outcomes: &[WriteOutcome]) -> (u16, Option<Json>) {
    let all_plain = outcomes
        .iter()
        .all(|o| o.status == status::SUCCESS && o.response_value.is_none());
    if all_plain {
        return (204, None);
    }
    let list: Vec<Json> = outcomes
        .iter()
        .map(|o| {
            let mut obj = json!({ "aid": o.aid, "iid": o.iid, "status": o.status });
            if let (Some(v), Some(map)) = (&o.response_value, obj.as_object_mut()) {
                map.insert("value".into(), v.clone());
            }
            obj
        })
        .collect();
    (207, Some(json!({ "characteristics": list })))
}
