//! StreamingStatus (`120`, reference §10.6), notified on change.

use crate::tlv8::Tlv8;

/// The value of StreamingStatus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamingStatus {
    /// 0: a controller may set up a session.
    Available,
    /// 1: every session slot is taken.
    InUse,
    /// 2: the camera cannot stream (switched off, or no video yet).
    Unavailable,
}

impl StreamingStatus {
    /// The TLV8 value: item `1` with the status.
    pub fn to_bytes(self) -> Vec<u8> {
        let code = match self {
            StreamingStatus::Available => 0,
            StreamingStatus::InUse => 1,
            StreamingStatus::Unavailable => 2,
        };
        let mut t = Tlv8::new();
        t.push_u8(1, code);
        t.encode()
    }

    /// Reads the TLV8 value (what a controller does).
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        match Tlv8::decode(bytes).ok()?.get_u8(1).ok()?? {
            0 => Some(StreamingStatus::Available),
            1 => Some(StreamingStatus::InUse),
            2 => Some(StreamingStatus::Unavailable),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_per_reference() {
        assert_eq!(StreamingStatus::Available.to_bytes(), [1, 1, 0]);
        assert_eq!(StreamingStatus::InUse.to_bytes(), [1, 1, 1]);
        assert_eq!(StreamingStatus::Unavailable.to_bytes(), [1, 1, 2]);
        assert_eq!(
            StreamingStatus::parse(&[1, 1, 1]),
            Some(StreamingStatus::InUse)
        );
        assert_eq!(StreamingStatus::parse(&[1, 1, 9]), None);
    }
}
