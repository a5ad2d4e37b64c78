//! Pairings management, `POST /pairings` (reference §6): pure functions over the stored list.

use crate::logging::{log_debug, log_info, log_warn};

use super::{ControllerPairing, LOG_TARGET, PairingError, PairingErrorCode, error_response};
use crate::tlv8::{SEPARATOR, Tlv8, types};

/// Maximum number of stored pairings. ADK requires room for at least 16
/// (`kHAPPairingStorage_MinElements`, reference §1.9); we allow 32 so that homes with many
/// users and hubs never hit `MaxPeers`, while the list stays small enough to persist.
pub const MAX_PAIRINGS: usize = 32;

/// Longest controller pairing identifier stored, in bytes. Controllers use UUID strings
/// (36 bytes); the limit keeps a peer from growing the state file with long identifiers.
/// Longer ones are refused with `Unknown` (0x01, the code §6 gives for an unacceptable Add).
pub const MAX_PAIRING_ID_LEN: usize = 64;

const METHOD_ADD: u8 = 3;
const METHOD_REMOVE: u8 = 4;
const METHOD_LIST: u8 = 5;

/// A decoded `POST /pairings` request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairingsRequest {
    /// Add Pairing (method 3), or update the permission of an existing one.
    Add(ControllerPairing),
    /// Remove Pairing (method 4).
    Remove(String),
    /// List Pairings (method 5).
    List,
}

impl PairingsRequest {
    /// Parses a request body (`State = 1`).
    pub fn parse(body: &[u8]) -> Result<Self, PairingError> {
        let tlv = Tlv8::decode(body)?;
        if tlv.require_u8(types::STATE)? != 1 {
            return Err(PairingError::InvalidRequest("State must be 1"));
        }
        match tlv.require_u8(types::METHOD)? {
            METHOD_ADD => Ok(Self::Add(ControllerPairing {
                id: tlv.require_str(types::IDENTIFIER)?.to_owned(),
                ltpk: tlv.require_array::<32>(types::PUBLIC_KEY)?,
                admin: tlv.require_u8(types::PERMISSIONS)? & 1 == 1,
            })),
            METHOD_REMOVE => Ok(Self::Remove(tlv.require_str(types::IDENTIFIER)?.to_owned())),
            METHOD_LIST => Ok(Self::List),
            _ => Err(PairingError::InvalidRequest("unknown pairings method")),
        }
    }
}

/// Builds a `POST /pairings` request body (controller side).
pub fn pairings_request(request: &PairingsRequest) -> Vec<u8> {
    let mut tlv = Tlv8::new();
    tlv.push_u8(types::STATE, 1);
    match request {
        PairingsRequest::Add(p) => {
            tlv.push_u8(types::METHOD, METHOD_ADD)
                .push_str(types::IDENTIFIER, &p.id)
                .push(types::PUBLIC_KEY, p.ltpk.to_vec())
                .push_u8(types::PERMISSIONS, u8::from(p.admin));
        }
        PairingsRequest::Remove(id) => {
            tlv.push_u8(types::METHOD, METHOD_REMOVE)
                .push_str(types::IDENTIFIER, id);
        }
        PairingsRequest::List => {
            tlv.push_u8(types::METHOD, METHOD_LIST);
        }
    }
    tlv.encode()
}

/// Adds `pairing`, or updates the permission of an existing pairing with the same key.
/// Returns whether the list changed. Refused with `Unknown`: an identifier longer than
/// [`MAX_PAIRING_ID_LEN`], an existing identifier with another key (§6), and taking admin
/// rights from the last admin (the accessory would be left with no one able to manage it).
pub fn add_pairing(
    pairings: &mut Vec<ControllerPairing>,
    pairing: ControllerPairing,
) -> Result<bool, PairingErrorCode> {
    if pairing.id.len() > MAX_PAIRING_ID_LEN {
        log_warn!(target: LOG_TARGET, "pairings: identifier of {} bytes refused (at most {MAX_PAIRING_ID_LEN})", pairing.id.len());
        return Err(PairingErrorCode::Unknown);
    }
    let other_admin = pairings.iter().any(|p| p.admin && p.id != pairing.id);
    if let Some(existing) = pairings.iter_mut().find(|p| p.id == pairing.id) {
        if existing.ltpk != pairing.ltpk {
            return Err(PairingErrorCode::Unknown);
        }
        if existing.admin && !pairing.admin && !other_admin {
            log_warn!(target: LOG_TARGET, "pairings: refused to take admin rights from {}, the last admin", pairing.id);
            return Err(PairingErrorCode::Unknown);
        }
        let changed = existing.admin != pairing.admin;
        existing.admin = pairing.admin;
        return Ok(changed);
    }
    if pairings.len() >= MAX_PAIRINGS {
        return Err(PairingErrorCode::MaxPeers);
    }
    pairings.push(pairing);
    Ok(true)
}

/// Result of [`remove_pairing`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RemoveOutcome {
    /// Identifiers removed (close their sessions).
    pub removed: Vec<String>,
    /// No admin remained, so every pairing was removed: the accessory is unpaired (`sf=1`,
    /// re-advertise, factory-reset camera state).
    pub unpaired: bool,
}

/// Removes the pairing `id` (absent is not an error); if no admin pairing remains, removes
/// all of them (reference §6).
pub fn remove_pairing(pairings: &mut Vec<ControllerPairing>, id: &str) -> RemoveOutcome {
    let mut outcome = RemoveOutcome::default();
    if let Some(index) = pairings.iter().position(|p| p.id == id) {
        outcome.removed.push(pairings.remove(index).id);
    }
    if !outcome.removed.is_empty() && !pairings.iter().any(|p| p.admin) {
        outcome.removed.extend(pairings.drain(..).map(|p| p.id));
        outcome.unpaired = true;
    }
    outcome
}

/// The List Pairings success body: `State = 2`, then each pairing separated by `FF 00`.
pub fn list_pairings(pairings: &[ControllerPairing]) -> Vec<u8> {
    let elements: Vec<Tlv8> = pairings
        .iter()
        .map(|p| {
            let mut t = Tlv8::new();
            t.push_str(types::IDENTIFIER, &p.id)
                .push(types::PUBLIC_KEY, p.ltpk.to_vec())
                .push_u8(types::PERMISSIONS, u8::from(p.admin));
            t
        })
        .collect();
    let mut body = Tlv8::new();
    body.push_u8(types::STATE, 2);
    let mut out = body.encode();
    out.extend_from_slice(&Tlv8::from_list(&elements, SEPARATOR).encode());
    out
}

/// Parses a List Pairings response (controller side).
pub fn parse_list_response(body: &[u8]) -> Result<Vec<ControllerPairing>, PairingError> {
    let tlv = Tlv8::decode(body)?;
    super::expect_state(&tlv, 2)?;
    tlv.split_list()
        .iter()
        .filter(|element| element.get(types::IDENTIFIER).is_some())
        .map(|element| {
            Ok(ControllerPairing {
                id: element.require_str(types::IDENTIFIER)?.to_owned(),
                ltpk: element.require_array::<32>(types::PUBLIC_KEY)?,
                admin: element.require_u8(types::PERMISSIONS)? & 1 == 1,
            })
        })
        .collect()
}

/// Result of [`handle_pairings_request`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairingsOutcome {
    /// TLV8 response body (HTTP 200).
    pub body: Vec<u8>,
    /// The stored list changed: persist it.
    pub changed: bool,
    /// Pairings removed: close their sessions (the caller's own after this response).
    pub removed: Vec<String>,
    /// The accessory became unpaired.
    pub unpaired: bool,
}

impl PairingsOutcome {
    fn error(code: PairingErrorCode) -> Self {
        Self {
            body: error_response(2, code),
            changed: false,
            removed: Vec::new(),
            unpaired: false,
        }
    }

    fn success(body: Vec<u8>, changed: bool) -> Self {
        Self {
            body,
            changed,
            removed: Vec::new(),
            unpaired: false,
        }
    }
}

/// Handles a `POST /pairings` body from the verified controller `caller_id`. Only admins may
/// use this endpoint; the caller's permission is read from the current list.
pub fn handle_pairings_request(
    pairings: &mut Vec<ControllerPairing>,
    caller_id: &str,
    body: &[u8],
) -> PairingsOutcome {
    let request = match PairingsRequest::parse(body) {
        Ok(r) => r,
        Err(e) => {
            log_warn!(target: LOG_TARGET, "pairings: bad request from {caller_id}: {e}");
            return PairingsOutcome::error(PairingErrorCode::Unknown);
        }
    };
    log_debug!(target: LOG_TARGET, "pairings: {request:?} from {caller_id}");
    if !pairings.iter().any(|p| p.id == caller_id && p.admin) {
        log_warn!(target: LOG_TARGET, "pairings: refused, caller {caller_id} is not an admin");
        return PairingsOutcome::error(PairingErrorCode::Authentication);
    }
    let mut ok = Tlv8::new();
    ok.push_u8(types::STATE, 2);
    match request {
        PairingsRequest::Add(pairing) => {
            let id = pairing.id.clone();
            let admin = pairing.admin;
            match add_pairing(pairings, pairing) {
                Ok(changed) => {
                    log_info!(target: LOG_TARGET, "pairings: added/updated {id} (admin {admin}) by {caller_id}");
                    PairingsOutcome::success(ok.encode(), changed)
                }
                Err(code) => {
                    log_warn!(target: LOG_TARGET, "pairings: add {id} refused with {code:?} ({} stored)", pairings.len());
                    PairingsOutcome::error(code)
                }
            }
        }
        PairingsRequest::Remove(id) => {
            let outcome = remove_pairing(pairings, &id);
            log_info!(target: LOG_TARGET, "pairings: remove {id} by {caller_id}: removed {:?}, unpaired {}", outcome.removed, outcome.unpaired);
            PairingsOutcome {
                body: ok.encode(),
                changed: !outcome.removed.is_empty(),
                removed: outcome.removed,
                unpaired: outcome.unpaired,
            }
        }
        PairingsRequest::List => {
            log_debug!(target: LOG_TARGET, "pairings: list ({} entries)", pairings.len());
            PairingsOutcome::success(list_pairings(pairings), false)
        }
    }
}
