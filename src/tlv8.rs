//! TLV8 encoding (reference §2): ordered `type ‖ length ‖ value` items.
//!
//! * Values longer than 255 bytes are split into consecutive fragments of the same type; on
//!   decode a non-empty fragment is merged into the previous item when that item has the same
//!   type and its last fragment was exactly 255 bytes long (so zero-length separators and short
//!   list elements of one type are never glued together).
//! * Lists repeat types; elements are delimited by zero-length separator items: [`SEPARATOR`]
//!   (`0xFF`) in pairing TLVs, [`CHARACTERISTIC_SEPARATOR`] (`0x00`) in characteristic TLVs
//!   (§2.2). [`Tlv8::split_list`] accepts either.
//! * Decoding never panics; truncated input is a [`Tlv8Error`].

use thiserror::Error;

/// Pairing TLV types (reference §2.3).
pub mod types {
    /// `kTLVType_Method` (u8).
    pub const METHOD: u8 = 0x00;
    /// `kTLVType_Identifier` (UTF-8).
    pub const IDENTIFIER: u8 = 0x01;
    /// `kTLVType_Salt` (16 bytes).
    pub const SALT: u8 = 0x02;
    /// `kTLVType_PublicKey`.
    pub const PUBLIC_KEY: u8 = 0x03;
    /// `kTLVType_Proof` (SRP proof, 64 bytes).
    pub const PROOF: u8 = 0x04;
    /// `kTLVType_EncryptedData` (ciphertext ‖ 16-byte tag).
    pub const ENCRYPTED_DATA: u8 = 0x05;
    /// `kTLVType_State` (u8, M-number).
    pub const STATE: u8 = 0x06;
    /// `kTLVType_Error` (u8, see [`crate::pairing::PairingErrorCode`]).
    pub const ERROR: u8 = 0x07;
    /// `kTLVType_RetryDelay` (obsolete).
    pub const RETRY_DELAY: u8 = 0x08;
    /// `kTLVType_Certificate` (MFi).
    pub const CERTIFICATE: u8 = 0x09;
    /// `kTLVType_Signature` (Ed25519, 64 bytes).
    pub const SIGNATURE: u8 = 0x0A;
    /// `kTLVType_Permissions` (u8: 0 user, 1 admin).
    pub const PERMISSIONS: u8 = 0x0B;
    /// `kTLVType_Flags` (u32le, minimal bytes).
    pub const FLAGS: u8 = 0x13;
}

/// Separator type for pairing lists (List Pairings response), reference §2.2.
pub const SEPARATOR: u8 = 0xFF;
/// Separator type for characteristic (camera / HKSV) TLV lists, reference §2.2 and §16 #4.
pub const CHARACTERISTIC_SEPARATOR: u8 = 0x00;

const FRAGMENT: usize = 255;

/// Errors while decoding or reading TLV8 data.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Tlv8Error {
    /// The input ends inside an item header or value.
    #[error("TLV8 truncated at offset {offset}: need {needed} more byte(s)")]
    Truncated {
        /// Offset of the item that is cut short.
        offset: usize,
        /// Number of missing bytes.
        needed: usize,
    },
    /// A required item is absent.
    #[error("TLV8 item type 0x{0:02X} missing")]
    Missing(u8),
    /// An item has a length its type does not allow.
    #[error("TLV8 item type 0x{ty:02X} has length {got}, expected {expected}")]
    BadLength {
        /// Item type.
        ty: u8,
        /// Expected length (maximum for integers).
        expected: usize,
        /// Actual length.
        got: usize,
    },
    /// A string item is not valid UTF-8.
    #[error("TLV8 item type 0x{0:02X} is not valid UTF-8")]
    InvalidUtf8(u8),
}

/// An ordered list of TLV8 items, fragments already merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tlv8 {
    items: Vec<(u8, Vec<u8>)>,
}

impl Tlv8 {
    /// An empty item list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Decodes `bytes`, merging fragments of values longer than 255 bytes.
    pub fn decode(bytes: &[u8]) -> Result<Self, Tlv8Error> {
        let mut items: Vec<(u8, Vec<u8>)> = Vec::new();
        // Length of the last fragment appended to the last item, to decide whether the next
        // same-type item continues it.
        let mut last_fragment_len = 0usize;
        let mut pos = 0usize;
        while pos < bytes.len() {
            let Some(&[ty, len]) = bytes.get(pos..pos + 2) else {
                return Err(Tlv8Error::Truncated {
                    offset: pos,
                    needed: pos + 2 - bytes.len(),
                });
            };
            let len = usize::from(len);
            let start = pos + 2;
            let value = bytes
                .get(start..start + len)
                .ok_or_else(|| Tlv8Error::Truncated {
                    offset: pos,
                    needed: start + len - bytes.len(),
                })?;
            match items.last_mut() {
                // An empty item is never a continuation: it adds no bytes, and as a separator
                // of the same type after a 255-byte value (type 0x00 in characteristic lists)
                // it must stay an item, or the list could not be split (found by fuzzing).
                Some((last_ty, last_value))
                    if *last_ty == ty && last_fragment_len == FRAGMENT && len > 0 =>
                {
                    last_value.extend_from_slice(value);
                }
                _ => items.push((ty, value.to_vec())),
            }
            last_fragment_len = len;
            pos = start + len;
        }
        Ok(Self { items })
    }

    /// Encodes the items, splitting values longer than 255 bytes into fragments. An empty value
    /// is one zero-length item; a value of exactly n·255 bytes ends with a 255-byte fragment.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.encoded_len());
        for (ty, value) in &self.items {
            if value.is_empty() {
                out.extend_from_slice(&[*ty, 0]);
                continue;
            }
            for chunk in value.chunks(FRAGMENT) {
                out.push(*ty);
                // `chunks(255)` yields at most 255 bytes, so the cast is lossless.
                out.push(chunk.len() as u8);
                out.extend_from_slice(chunk);
            }
        }
        out
    }

    /// Number of bytes [`Tlv8::encode`] produces.
    pub fn encoded_len(&self) -> usize {
        self.items
            .iter()
            .map(|(_, v)| v.len() + 2 * v.len().div_ceil(FRAGMENT).max(1))
            .sum()
    }

    /// All items in order.
    pub fn items(&self) -> &[(u8, Vec<u8>)] {
        &self.items
    }

    /// `true` if there are no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Appends an item with raw bytes.
    pub fn push(&mut self, ty: u8, value: impl Into<Vec<u8>>) -> &mut Self {
        self.items.push((ty, value.into()));
        self
    }

    /// Appends a one-byte integer.
    pub fn push_u8(&mut self, ty: u8, value: u8) -> &mut Self {
        self.push(ty, vec![value])
    }

    /// Appends a two-byte little-endian integer.
    pub fn push_u16(&mut self, ty: u8, value: u16) -> &mut Self {
        self.push(ty, value.to_le_bytes().to_vec())
    }

    /// Appends a four-byte little-endian integer.
    pub fn push_u32(&mut self, ty: u8, value: u32) -> &mut Self {
        self.push(ty, value.to_le_bytes().to_vec())
    }

    /// Appends an eight-byte little-endian integer.
    pub fn push_u64(&mut self, ty: u8, value: u64) -> &mut Self {
        self.push(ty, value.to_le_bytes().to_vec())
    }

    /// Appends a UTF-8 string (no terminator).
    pub fn push_str(&mut self, ty: u8, value: &str) -> &mut Self {
        self.push(ty, value.as_bytes().to_vec())
    }

    /// Appends a nested TLV8 value.
    pub fn push_tlv(&mut self, ty: u8, value: &Tlv8) -> &mut Self {
        self.push(ty, value.encode())
    }

    /// Appends a zero-length separator item of type `separator` ([`SEPARATOR`] or
    /// [`CHARACTERISTIC_SEPARATOR`]).
    pub fn push_separator(&mut self, separator: u8) -> &mut Self {
        self.push(separator, Vec::new())
    }

    /// Builds a list: the elements' items in order, separated by `separator` items.
    pub fn from_list<'a>(elements: impl IntoIterator<Item = &'a Tlv8>, separator: u8) -> Self {
        let mut out = Self::new();
        for (index, element) in elements.into_iter().enumerate() {
            if index > 0 {
                out.push_separator(separator);
            }
            out.items.extend(element.items.iter().cloned());
        }
        out
    }

    /// Splits a list into its elements at zero-length items of type `0xFF` or `0x00`
    /// (reference §2.2: decoders accept both). Empty elements are dropped.
    pub fn split_list(&self) -> Vec<Tlv8> {
        let mut out = Vec::new();
        let mut current = Tlv8::new();
        for (ty, value) in &self.items {
            if value.is_empty() && (*ty == SEPARATOR || *ty == CHARACTERISTIC_SEPARATOR) {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            } else {
                current.items.push((*ty, value.clone()));
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        out
    }

    /// The value of the first item of type `ty`.
    pub fn get(&self, ty: u8) -> Option<&[u8]> {
        self.items
            .iter()
            .find(|(t, _)| *t == ty)
            .map(|(_, v)| v.as_slice())
    }

    /// Values of every item of type `ty`, in order.
    pub fn get_all(&self, ty: u8) -> impl Iterator<Item = &[u8]> {
        self.items
            .iter()
            .filter(move |(t, _)| *t == ty)
            .map(|(_, v)| v.as_slice())
    }

    /// The value of the first item of type `ty`, or [`Tlv8Error::Missing`].
    pub fn require(&self, ty: u8) -> Result<&[u8], Tlv8Error> {
        self.get(ty).ok_or(Tlv8Error::Missing(ty))
    }

    /// A required value that must be exactly `N` bytes long.
    pub fn require_array<const N: usize>(&self, ty: u8) -> Result<[u8; N], Tlv8Error> {
        let value = self.require(ty)?;
        value.try_into().map_err(|_| Tlv8Error::BadLength {
            ty,
            expected: N,
            got: value.len(),
        })
    }

    /// A required UTF-8 string.
    pub fn require_str(&self, ty: u8) -> Result<&str, Tlv8Error> {
        std::str::from_utf8(self.require(ty)?).map_err(|_| Tlv8Error::InvalidUtf8(ty))
    }

    /// An optional little-endian integer of at most `max` bytes (shorter values are
    /// zero-extended, as HAP encodes `Flags` with minimal bytes).
    fn get_uint(&self, ty: u8, max: usize) -> Result<Option<u64>, Tlv8Error> {
        let Some(value) = self.get(ty) else {
            return Ok(None);
        };
        if value.is_empty() || value.len() > max {
            return Err(Tlv8Error::BadLength {
                ty,
                expected: max,
                got: value.len(),
            });
        }
        Ok(Some(
            value
                .iter()
                .rev()
                .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)),
        ))
    }

    /// An optional u8 item.
    pub fn get_u8(&self, ty: u8) -> Result<Option<u8>, Tlv8Error> {
        // At most one byte, so the narrowing cannot lose bits.
        Ok(self.get_uint(ty, 1)?.map(|v| v as u8))
    }

    /// An optional little-endian u16 item (1–2 bytes).
    pub fn get_u16(&self, ty: u8) -> Result<Option<u16>, Tlv8Error> {
        Ok(self.get_uint(ty, 2)?.map(|v| v as u16))
    }

    /// An optional little-endian u32 item (1–4 bytes).
    pub fn get_u32(&self, ty: u8) -> Result<Option<u32>, Tlv8Error> {
        Ok(self.get_uint(ty, 4)?.map(|v| v as u32))
    }

    /// An optional little-endian u64 item (1–8 bytes).
    pub fn get_u64(&self, ty: u8) -> Result<Option<u64>, Tlv8Error> {
        self.get_uint(ty, 8)
    }

    /// A required u8 item.
    pub fn require_u8(&self, ty: u8) -> Result<u8, Tlv8Error> {
        self.get_u8(ty)?.ok_or(Tlv8Error::Missing(ty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_simple() {
        let mut t = Tlv8::new();
        t.push_u8(types::STATE, 1)
            .push_str(types::IDENTIFIER, "abc")
            .push_u16(0x10, 0x1234)
            .push_u32(0x11, 0xAABBCCDD)
            .push_u64(0x12, u64::MAX - 1);
        let bytes = t.encode();
        assert_eq!(&bytes[..3], &[6, 1, 1]);
        assert_eq!(&bytes[3..8], &[1, 3, b'a', b'b', b'c']);
        assert_eq!(&bytes[8..12], &[0x10, 2, 0x34, 0x12]);
        let back = Tlv8::decode(&bytes).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.require_u8(types::STATE), Ok(1));
        assert_eq!(back.require_str(types::IDENTIFIER), Ok("abc"));
        assert_eq!(back.get_u16(0x10), Ok(Some(0x1234)));
        assert_eq!(back.get_u32(0x11), Ok(Some(0xAABBCCDD)));
        assert_eq!(back.get_u64(0x12), Ok(Some(u64::MAX - 1)));
        assert_eq!(back.encoded_len(), bytes.len());
    }

    #[test]
    fn minimal_flags_are_zero_extended() {
        let t = Tlv8::decode(&[0x13, 1, 0x10]).unwrap();
        assert_eq!(t.get_u32(types::FLAGS), Ok(Some(0x10)));
        let t = Tlv8::decode(&[0x13, 5, 1, 2, 3, 4, 5]).unwrap();
        assert!(matches!(
            t.get_u32(types::FLAGS),
            Err(Tlv8Error::BadLength { got: 5, .. })
        ));
    }

    #[test]
    fn fragments_split_and_merge() {
        for len in [0usize, 1, 254, 255, 256, 510, 511, 1000] {
            let value: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let mut t = Tlv8::new();
            t.push(types::PUBLIC_KEY, value.clone())
                .push_u8(types::STATE, 2);
            let bytes = t.encode();
            let fragments = len.div_ceil(255).max(1);
            assert_eq!(bytes.len(), len + 2 * fragments + 3, "len {len}");
            assert_eq!(t.encoded_len(), bytes.len());
            if len == 510 {
                // Exact multiple of 255: two full fragments, no empty trailer.
                assert_eq!(bytes[1], 255);
                assert_eq!(bytes[258], 255);
                assert_eq!(bytes[514], types::STATE);
            }
            let back = Tlv8::decode(&bytes).unwrap();
            assert_eq!(back.require(types::PUBLIC_KEY).unwrap(), value.as_slice());
            assert_eq!(back.items().len(), 2);
        }
    }

    #[test]
    fn short_same_type_items_stay_separate() {
        // Two consecutive 1-byte items of the same type are two list entries, not fragments.
        let t = Tlv8::decode(&[1, 1, 0xA, 1, 1, 0xB]).unwrap();
        assert_eq!(
            t.get_all(1).collect::<Vec<_>>(),
            vec![&[0xA][..], &[0xB][..]]
        );
    }

    #[test]
    fn lists_with_both_separators() {
        let mut a = Tlv8::new();
        a.push_str(types::IDENTIFIER, "one")
            .push_u8(types::PERMISSIONS, 1);
        let mut b = Tlv8::new();
        b.push_str(types::IDENTIFIER, "two")
            .push_u8(types::PERMISSIONS, 0);
        let pairing_list = Tlv8::from_list([&a, &b], SEPARATOR).encode();
        assert!(pairing_list.windows(2).any(|w| w == [0xFF, 0]));
        let characteristic_list = Tlv8::from_list([&a, &b], CHARACTERISTIC_SEPARATOR).encode();
        for bytes in [pairing_list, characteristic_list] {
            let elements = Tlv8::decode(&bytes).unwrap().split_list();
            assert_eq!(elements, vec![a.clone(), b.clone()]);
        }
    }

    #[test]
    fn empty_value_is_one_zero_length_item() {
        let mut t = Tlv8::new();
        t.push(0x05, Vec::new());
        assert_eq!(t.encode(), vec![0x05, 0]);
        assert_eq!(Tlv8::decode(&[0x05, 0]).unwrap(), t);
    }

    #[test]
    fn malformed_inputs_are_errors() {
        assert_eq!(
            Tlv8::decode(&[6]),
            Err(Tlv8Error::Truncated {
                offset: 0,
                needed: 1
            })
        );
        assert_eq!(
            Tlv8::decode(&[6, 1, 1, 3, 4, 1]),
            Err(Tlv8Error::Truncated {
                offset: 3,
                needed: 3
            })
        );
        let t = Tlv8::decode(&[6, 2, 1, 1, 1, 2, 0xC3, 0x28]).unwrap();
        assert!(matches!(
            t.get_u8(types::STATE),
            Err(Tlv8Error::BadLength { .. })
        ));
        assert_eq!(t.require_str(1), Err(Tlv8Error::InvalidUtf8(1)));
        assert_eq!(t.require(9), Err(Tlv8Error::Missing(9)));
        assert!(matches!(
            t.require_array::<32>(1),
            Err(Tlv8Error::BadLength { expected: 32, .. })
        ));
        assert_eq!(Tlv8::decode(&[]).unwrap(), Tlv8::new());
    }

    /// Fuzzing regression (fuzz target `tlv8`): a zero-length item after a 255-byte value of the
    /// same type was merged into it, so the item vanished and `decode(encode(t)) != t`.
    #[test]
    fn empty_item_after_a_full_fragment_stays_an_item() {
        let mut bytes = vec![0x00, 255];
        bytes.extend_from_slice(&[7; 255]);
        bytes.extend_from_slice(&[0x00, 0, 0x00, 0, 0x08, 0]);
        let t = Tlv8::decode(&bytes).unwrap();
        let types: Vec<(u8, usize)> = t.items().iter().map(|(ty, v)| (*ty, v.len())).collect();
        assert_eq!(types, [(0, 255), (0, 0), (0, 0), (8, 0)]);
        assert_eq!(Tlv8::decode(&t.encode()).unwrap(), t);
        // A separator of the list's type after a 255-byte element still splits the list.
        let mut list = Tlv8::new();
        list.push(0x00, vec![1; 255])
            .push_separator(CHARACTERISTIC_SEPARATOR);
        list.push(0x00, vec![2; 3]);
        assert_eq!(Tlv8::decode(&list.encode()).unwrap().split_list().len(), 2);
        // A non-empty fragment after a full one still continues the value.
        let mut long = vec![0x01, 255];
        long.extend_from_slice(&[1; 255]);
        long.extend_from_slice(&[0x01, 2, 2, 2]);
        assert_eq!(
            Tlv8::decode(&long).unwrap().get(1).map(<[u8]>::len),
            Some(257)
        );
    }

    #[test]
    fn random_bytes_never_panic() {
        // Deterministic xorshift so failures are reproducible.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5000 {
            let len = (next() % 600) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if let Ok(t) = Tlv8::decode(&bytes) {
                let _ = t.split_list();
                let _ = t.get_u64(types::STATE);
                let _ = t.require_str(types::IDENTIFIER);
                // Whatever decoded must re-encode to something that decodes to the same items.
                assert_eq!(Tlv8::decode(&t.encode()).unwrap(), t);
            }
        }
    }
}
