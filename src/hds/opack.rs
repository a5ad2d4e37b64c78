//! OPACK, Apple's compact binary value encoding (reference §12.4), as used by HomeKit Data
//! Stream headers and bodies.
//!
//! * [`Value`] is the decoded tree; dictionaries keep their order and string keys.
//! * [`encode`] writes the shortest form of every value and never emits back-references
//!   (§16 #11: they are an optional compression for a writer; go2rtc never emits them and is
//!   reported to work).
//! * [`decode`] reads every tag of the §12.4 table, back-references included (see
//!   [`decode_prefix`] for the indexing rule). All multi-byte numbers are little-endian.
//!
//! Decoding never panics and never allocates more than the input can justify: a length
//! beyond the remaining input is [`OpackError::Truncated`] before any allocation, container
//! nesting is limited to [`MAX_DEPTH`], and the bytes copied through back-references are
//! bounded (see [`OpackError::ReferenceBudget`]).

use thiserror::Error;

mod decode;
#[cfg(test)]
mod tests;

pub use decode::{MAX_DEPTH, decode, decode_prefix};

/// Tags of the §12.4 table used by the encoder and the decoder.
pub(crate) mod tag {
    pub const TRUE: u8 = 0x01;
    pub const FALSE: u8 = 0x02;
    pub const TERMINATOR: u8 = 0x03;
    pub const NULL: u8 = 0x04;
    pub const UUID: u8 = 0x05;
    pub const DATE: u8 = 0x06;
    pub const MINUS_ONE: u8 = 0x07;
    pub const SMALL_INT: u8 = 0x08;
    /// Largest integer with a one-byte tag: `0x2F` = 39 (§16 #12).
    pub const SMALL_INT_MAX: i64 = 39;
    pub const INT8: u8 = 0x30;
    pub const INT16: u8 = 0x31;
    pub const INT32: u8 = 0x32;
    pub const INT64: u8 = 0x33;
    pub const FLOAT32: u8 = 0x35;
    pub const FLOAT64: u8 = 0x36;
    pub const STRING_INLINE: u8 = 0x40;
    pub const STRING_LEN8: u8 = 0x61;
    pub const STRING_NUL: u8 = 0x6F;
    pub const DATA_INLINE: u8 = 0x70;
    pub const DATA_LEN8: u8 = 0x91;
    pub const DATA_TERMINATED: u8 = 0x9F;
    /// Longest string or data with its length in the tag.
    pub const INLINE_MAX: usize = 32;
    pub const REF_INLINE: u8 = 0xA0;
    pub const REF_INLINE_LAST: u8 = 0xC0;
    pub const REF_LEN1: u8 = 0xC1;
    pub const REF_LEN4: u8 = 0xC4;
    pub const ARRAY: u8 = 0xD0;
    pub const ARRAY_TERMINATED: u8 = 0xDF;
    pub const DICT: u8 = 0xE0;
    pub const DICT_TERMINATED: u8 = 0xEF;
    /// Largest element (pair) count with a counted container tag.
    pub const COUNTED_MAX: usize = 14;
}

/// A decoded OPACK value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `0x04`.
    Null,
    /// `0x01` true, `0x02` false.
    Bool(bool),
    /// Any integer tag (`0x07`–`0x2F`, `0x30`–`0x33`).
    Int(i64),
    /// `0x35` float32 (widened) or `0x36` float64.
    Float(f64),
    /// UTF-8 string.
    String(String),
    /// Raw bytes.
    Data(Vec<u8>),
    /// `0x05`: 16 UUID bytes in big-endian (network) order.
    Uuid([u8; 16]),
    /// `0x06`: seconds since 2001-01-01 00:00:00 UTC.
    Date(f64),
    /// Ordered elements.
    Array(Vec<Value>),
    /// Ordered key/value pairs with string keys; duplicates are kept as received.
    Dict(Vec<(String, Value)>),
}

impl Value {
    /// The value of the first entry named `key` when `self` is a dictionary.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Dict(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The integer, when `self` is an [`Value::Int`].
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// The number as a float, when `self` is a [`Value::Float`] or an [`Value::Int`].
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(*f),
            // Integers beyond 2^53 lose precision, as in every OPACK implementation.
            Value::Int(n) => Some(*n as f64),
            _ => None,
        }
    }

    /// The string, when `self` is a [`Value::String`].
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, when `self` is a [`Value::Bool`].
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The bytes, when `self` is a [`Value::Data`].
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Data(d) => Some(d),
            _ => None,
        }
    }

    /// The elements, when `self` is an [`Value::Array`].
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The entries, when `self` is a [`Value::Dict`].
    pub fn as_dict(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Dict(entries) => Some(entries),
            _ => None,
        }
    }

    /// A dictionary from `(key, value)` pairs, in the given order.
    pub fn dict<I: IntoIterator<Item = (&'static str, Value)>>(entries: I) -> Value {
        Value::Dict(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }

    /// The empty dictionary `{}`.
    pub fn empty_dict() -> Value {
        Value::Dict(Vec::new())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<Vec<u8>> for Value {
    fn from(d: Vec<u8>) -> Value {
        Value::Data(d)
    }
}

/// Decoding failures. Offsets are byte positions in the decoded input.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum OpackError {
    /// The input ends inside a value, or a length runs past the end of the input.
    #[error("OPACK truncated: value at offset {offset} runs past the end of the input")]
    Truncated {
        /// Offset of the tag of the value that is cut short.
        offset: usize,
    },
    /// A tag the §12.4 table does not define (`0x00`, `0x34`, `0x37`–`0x3F`, `0x65`–`0x6E`,
    /// `0x95`–`0x9E`, `0xC5`–`0xCF`).
    #[error("OPACK unknown tag 0x{tag:02X} at offset {offset}")]
    UnknownTag {
        /// The tag byte.
        tag: u8,
        /// Its offset.
        offset: usize,
    },
    /// A terminator (`0x03`) where a value was expected outside a terminated container.
    #[error("OPACK unexpected terminator at offset {offset}")]
    UnexpectedTerminator {
        /// Its offset.
        offset: usize,
    },
    /// A string is not valid UTF-8.
    #[error("OPACK string at offset {offset} is not valid UTF-8")]
    InvalidUtf8 {
        /// Offset of the string's tag.
        offset: usize,
    },
    /// A back-reference names an index that has not been registered yet.
    #[error(
        "OPACK back-reference to index {index} at offset {offset}, only {registered} value(s) seen"
    )]
    BadReference {
        /// The referenced index.
        index: u64,
        /// Number of values registered so far.
        registered: usize,
        /// Offset of the reference tag.
        offset: usize,
    },
    /// A dictionary key is not a string.
    #[error("OPACK dictionary key at offset {offset} is not a string")]
    NonStringKey {
        /// Offset of the key.
        offset: usize,
    },
    /// Containers nested more than [`MAX_DEPTH`] levels deep.
    #[error("OPACK containers nested deeper than {MAX_DEPTH} at offset {offset}")]
    TooDeep {
        /// Offset of the container that is one level too deep.
        offset: usize,
    },
    /// Back-references would copy more string and data bytes than allowed (the input's length,
    /// at least 64 KiB): a guard against small inputs that expand into huge values.
    #[error("OPACK back-references at offset {offset} copy too many bytes")]
    ReferenceBudget {
        /// Offset of the reference that exceeds the budget.
        offset: usize,
    },
    /// [`decode`] found bytes after the value.
    #[error("OPACK trailing bytes: value ends at {consumed} of {len}")]
    TrailingBytes {
        /// Bytes used by the value.
        consumed: usize,
        /// Input length.
        len: usize,
    },
}

/// Encodes `value` (shortest forms, no back-references).
pub fn encode(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    encode_into(value, &mut out);
    out
}

/// Appends the encoding of `value` to `out` (shortest forms, no back-references).
pub fn encode_into(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Null => out.push(tag::NULL),
        Value::Bool(true) => out.push(tag::TRUE),
        Value::Bool(false) => out.push(tag::FALSE),
        Value::Int(n) => encode_int(*n, out),
        Value::Float(f) => {
            // HAP-NodeJS writes every non-integer number as float64 (§12.4); so do we.
            out.push(tag::FLOAT64);
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Date(f) => {
            out.push(tag::DATE);
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Uuid(u) => {
            out.push(tag::UUID);
            out.extend_from_slice(u);
        }
        Value::String(s) => encode_sized(s.as_bytes(), tag::STRING_INLINE, tag::STRING_LEN8, out),
        Value::Data(d) => encode_sized(d, tag::DATA_INLINE, tag::DATA_LEN8, out),
        Value::Array(items) => {
            let counted = items.len() <= tag::COUNTED_MAX;
            out.push(container_tag(
                tag::ARRAY,
                tag::ARRAY_TERMINATED,
                items.len(),
            ));
            for item in items {
                encode_into(item, out);
            }
            if !counted {
                out.push(tag::TERMINATOR);
            }
        }
        Value::Dict(entries) => {
            let counted = entries.len() <= tag::COUNTED_MAX;
            out.push(container_tag(
                tag::DICT,
                tag::DICT_TERMINATED,
                entries.len(),
            ));
            for (key, value) in entries {
                encode_sized(key.as_bytes(), tag::STRING_INLINE, tag::STRING_LEN8, out);
                encode_into(value, out);
            }
            if !counted {
                out.push(tag::TERMINATOR);
            }
        }
    }
}

fn encode_int(n: i64, out: &mut Vec<u8>) {
    if n == -1 {
        out.push(tag::MINUS_ONE);
    } else if (0..=tag::SMALL_INT_MAX).contains(&n) {
        // 0..=39 fits a u8; 0x08 + 39 = 0x2F (§16 #12).
        out.push(tag::SMALL_INT + n as u8);
    } else if let Ok(v) = i8::try_from(n) {
        // Signed, like HAP-NodeJS and go2rtc (pyatv reads it unsigned, §12.4).
        out.push(tag::INT8);
        out.extend_from_slice(&v.to_le_bytes());
    } else if let Ok(v) = i16::try_from(n) {
        out.push(tag::INT16);
        out.extend_from_slice(&v.to_le_bytes());
    } else if let Ok(v) = i32::try_from(n) {
        out.push(tag::INT32);
        out.extend_from_slice(&v.to_le_bytes());
    } else {
        out.push(tag::INT64);
        out.extend_from_slice(&n.to_le_bytes());
    }
}

/// Strings and data: length in the tag up to 32, else `len8_tag` + 0/1/2/3 for a 1/2/4/8-byte
/// little-endian length. §16 #10: the 4-byte length of `0x63`/`0x93` follows HAP-NodeJS and
/// go2rtc (pyatv uses 3 bytes); it is what hubs accept for 256 KiB chunks.
fn encode_sized(bytes: &[u8], inline_base: u8, len8_tag: u8, out: &mut Vec<u8>) {
    let len = bytes.len();
    out.reserve(len + 9);
    if len <= tag::INLINE_MAX {
        // len <= 32 fits a u8.
        out.push(inline_base + len as u8);
    } else if let Ok(l) = u8::try_from(len) {
        out.push(len8_tag);
        out.push(l);
    } else if let Ok(l) = u16::try_from(len) {
        out.push(len8_tag + 1);
        out.extend_from_slice(&l.to_le_bytes());
    } else if let Ok(l) = u32::try_from(len) {
        out.push(len8_tag + 2);
        out.extend_from_slice(&l.to_le_bytes());
    } else {
        out.push(len8_tag + 3);
        out.extend_from_slice(&(len as u64).to_le_bytes());
    }
    out.extend_from_slice(bytes);
}

fn container_tag(counted_base: u8, terminated: u8, len: usize) -> u8 {
    if len <= tag::COUNTED_MAX {
        // len <= 14 fits a u8.
        counted_base + len as u8
    } else {
        terminated
    }
}
