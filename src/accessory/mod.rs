//! The accessory database (reference §8, §9): accessories, services and characteristics with
//! their formats, permissions and values; the JSON of `GET /accessories`; the read and write
//! rules of `/characteristics` (§1.4, §1.5); and the builder of the HKSV camera / doorbell.

/// Accessory category (reference §7.4), as advertised in TXT `ci` and the setup URI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Category {
    /// IP camera (`ci` 17).
    #[default]
    Camera,
    /// Video doorbell (`ci` 18).
    Doorbell,
}

impl Category {
    /// The numeric category identifier.
    pub fn id(self) -> u8 {
        match self {
            Category::Camera => 17,
            Category::Doorbell => 18,
        }
    }
}

mod database;
mod json;
mod model;
pub mod status;

pub use database::{
    Database, ReadRequest, ValueEvent, WriteContext, WriteEntry, WriteOutcome, WriteRequest,
    write_response,
};
pub use json::{value_from_json, value_to_json};
pub use model::{
    Accessory, Characteristic, Format, Perms, Service, TlvCheck, Unit, Value, short_uuid, value_key,
};
mod camera;
mod camera_tlv;

pub use crate::recording::{FRAGMENT_MS, PREBUFFER_MS};
pub use camera::{
    AudioService, CameraInfo, camera_database, characteristic, keys, mirror_camera_active, service,
};
mod snapshot_gate;
pub use snapshot_gate::snapshot_refusal;

#[cfg(test)]
mod tests;
