//! The HAP accessory server: TCP listener, one task per connection, the endpoints of
//! reference §1.2, events, and the mDNS advertisement. Runs on a tokio runtime handle
//! given by the caller (one runtime can serve many accessories).
//!
//! CONTRACT (skeleton) used by the `hksvsink` element:
//!
//! ```ignore
//! let server = HapServer::start(config, runtime_handle).await?; // binds, loads/creates state, advertises
//! server.port(); server.is_paired(); server.setup_code(); server.setup_uri(); server.device_id();
//! server.set_motion(true); server.trigger_doorbell();
//! let mut events = server.subscribe(); // ServerEvent::{PairingChanged{paired}, ...}
//! server.shutdown().await;
//! ```
//!
//! `ServerConfig` carries: accessory name, category (camera or doorbell), manufacturer, model,
//! serial number, firmware revision, optional setup code, bind address and port (0 = any),
//! state directory, advertise on/off, optional mDNS interface, speaker on/off.
