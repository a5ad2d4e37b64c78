//! Loading the accessory state at start, or creating a new identity when (and only when) the
//! state file does not exist.

use ed25519_dalek::SigningKey;

use super::{ServerConfig, ServerError};
use crate::pairing::{AccessoryIdentity, ControllerPairing};
use crate::setup::{SetupCode, generate_device_id, generate_setup_id};
use crate::state::{AccessoryState, StateError, StateStore, StoredPairing, from_hex32, to_hex};

/// Loads the state of `config.state_dir` or creates a new identity there. A setup code in
/// the configuration replaces the stored one.
pub(super) fn load_or_create(
    config: &ServerConfig,
    store: &StateStore,
) -> Result<AccessoryState, ServerError> {
    let wanted = config
        .setup_code
        .as_deref()
        .map(SetupCode::parse)
        .transpose()
        .map_err(|e| ServerError::SetupCode(e.to_string()))?;
    let prefix = &config.camera.name;
    match store.load()? {
        Some(mut state) => {
            crate::logging::log_info!(target: "hksv::hap", "[{prefix}] loaded state {} (device id {}, {} pairing(s), c# {})",
                store.path().display(), state.device_id, state.pairings.len(), state.config_number);
            if let Some(code) = wanted
                && code.as_str() != state.setup_code
            {
                crate::logging::log_info!(target: "hksv::hap", "[{prefix}] setup code changed by configuration");
                state.setup_code = code.as_str().to_owned();
            }
            Ok(state)
        }
        None => {
            let random = |e: crate::setup::SetupError| ServerError::SetupCode(e.to_string());
            let code = match wanted {
                Some(code) => code,
                None => SetupCode::generate().map_err(random)?,
            };
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| ServerError::SetupCode(e.to_string()))?;
            let state = AccessoryState::new(
                generate_device_id().map_err(random)?,
                seed,
                generate_setup_id().map_err(random)?,
                code.as_str().to_owned(),
            );
            crate::logging::log_info!(target: "hksv::hap", "[{prefix}] no state file at {}: new identity, device id {}",
                store.path().display(), state.device_id);
            Ok(state)
        }
    }
}

/// The accessory's long-term identity from the state (whose key `load` already validated).
pub(super) fn identity(
    state: &AccessoryState,
    store: &StateStore,
) -> Result<AccessoryIdentity, ServerError> {
    let seed = state.ltsk_bytes().ok_or_else(|| {
        ServerError::State(StateError::Corrupt {
            path: store.path().to_owned(),
            reason: "ltsk is not 32 hex-encoded bytes".to_owned(),
        })
    })?;
    Ok(AccessoryIdentity {
        device_id: state.device_id.clone(),
        signing_key: SigningKey::from_bytes(&seed),
    })
}

/// The stored pairings as the pairing module sees them (invalid keys were refused at load).
pub(super) fn pairings(state: &AccessoryState) -> Vec<ControllerPairing> {
    state
        .pairings
        .iter()
        .filter_map(|p| {
            Some(ControllerPairing {
                id: p.id.clone(),
                ltpk: from_hex32(&p.ltpk)?,
                admin: p.admin,
            })
        })
        .collect()
}

/// The pairings in their stored form.
pub(super) fn stored_pairings(pairings: &[ControllerPairing]) -> Vec<StoredPairing> {
    pairings
        .iter()
        .map(|p| StoredPairing {
            id: p.id.clone(),
            ltpk: to_hex(&p.ltpk),
            admin: p.admin,
        })
        .collect()
}
