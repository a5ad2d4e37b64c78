//! The OPACK decoder (reference §12.4).

use super::{OpackError, Value, tag};

/// Deepest container nesting [`decode`] accepts: a top-level container is level 1.
pub const MAX_DEPTH: usize = 32;

/// Back-references may always copy this many string/data bytes, whatever the input length.
const MIN_REFERENCE_BUDGET: usize = 64 * 1024;

/// Decodes `bytes`, which must hold exactly one value; bytes after it are
/// [`OpackError::TrailingBytes`]. See [`decode_prefix`] for the rules.
pub fn decode(bytes: &[u8]) -> Result<Value, OpackError> {
    let (value, consumed) = decode_prefix(bytes)?;
    if consumed != bytes.len() {
        return Err(OpackError::TrailingBytes {
            consumed,
            len: bytes.len(),
        });
    }
    Ok(value)
}

/// Decodes the one value at the start of `bytes`; returns it and the number of bytes it used.
///
/// * Integers `0x30`–`0x33` are signed (HAP-NodeJS, go2rtc; pyatv reads `0x30` unsigned).
/// * `0x63`/`0x64` strings and `0x93`/`0x94` data carry a 4-/8-byte length (§16 #10,
///   HAP-NodeJS and go2rtc; pyatv uses 3/4 bytes).
/// * `0x6F` strings end at the first `0x00` byte and `0x9F` data at the first `0x03` byte
///   (HAP-NodeJS's reading: such data cannot contain `0x03`); the terminator is consumed and
///   not part of the value.
/// * `0xDF` arrays and `0xEF` dictionaries end with a `0x03` where the next element (key)
///   would start.
/// * Back-references (§16 #11: how hubs index them is unverified; this is pyatv's rule, the
///   best available, which also matches what HAP-NodeJS's encoder emits): while decoding one
///   top-level value, every String except the empty one, every Data, every integer written
///   with `0x30`–`0x33`, every float (`0x35`, `0x36`), Date and UUID is appended, in the
///   order its decoding completes, to a list (dictionary keys included). Booleans, null,
///   `-1`, `0`–`39`, containers and references themselves are not. `0xA0`–`0xC0` repeat
///   list entry `tag − 0xA0`; `0xC1`–`0xC4` are followed by a 1/2/3/4-byte little-endian
///   index; `0xC5`–`0xCF` are errors, and so is an index not registered yet.
pub fn decode_prefix(bytes: &[u8]) -> Result<(Value, usize), OpackError> {
    let mut decoder = Decoder {
        input: bytes,
        pos: 0,
        registered: Vec::new(),
        reference_budget: bytes.len().max(MIN_REFERENCE_BUDGET),
    };
    let value = decoder.value(0)?;
    Ok((value, decoder.pos))
}

struct Decoder<'a> {
    input: &'a [u8],
    pos: usize,
    /// Values that back-references can name, in registration order.
    registered: Vec<Value>,
    /// String/data bytes back-references may still copy.
    reference_budget: usize,
}

impl<'a> Decoder<'a> {
    fn remaining(&self) -> usize {
        self.input.len().saturating_sub(self.pos)
    }

    /// `n` bytes of the value whose tag is at `offset`; `Truncated` (before any allocation)
    /// when the input holds fewer.
    fn take(&mut self, n: u64, offset: usize) -> Result<&'a [u8], OpackError> {
        let n = usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.remaining())
            .ok_or(OpackError::Truncated { offset })?;
        let bytes = self
            .input
            .get(self.pos..self.pos + n)
            .ok_or(OpackError::Truncated { offset })?;
        self.pos += n;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self, offset: usize) -> Result<[u8; N], OpackError> {
        let bytes = self.take(N as u64, offset)?;
        let mut out = [0u8; N];
        out.copy_from_slice(bytes);
        Ok(out)
    }

    /// An unsigned little-endian number of `n` ≤ 8 bytes.
    fn uint_le(&mut self, n: usize, offset: usize) -> Result<u64, OpackError> {
        let bytes = self.take(n as u64, offset)?;
        let mut buf = [0u8; 8];
        buf.get_mut(..bytes.len())
            .ok_or(OpackError::Truncated { offset })?
            .copy_from_slice(bytes);
        Ok(u64::from_le_bytes(buf))
    }

    fn peek(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn register(&mut self, value: Value) -> Value {
        self.registered.push(value.clone());
        value
    }

    /// Decodes one value; `depth` is the number of containers around it.
    fn value(&mut self, depth: usize) -> Result<Value, OpackError> {
        let offset = self.pos;
        let t = self.peek().ok_or(OpackError::Truncated { offset })?;
        self.pos += 1;
        let value = match t {
            tag::TRUE => Value::Bool(true),
            tag::FALSE => Value::Bool(false),
            tag::TERMINATOR => return Err(OpackError::UnexpectedTerminator { offset }),
            tag::NULL => Value::Null,
            tag::UUID => {
                let uuid = self.array::<16>(offset)?;
                self.register(Value::Uuid(uuid))
            }
            tag::DATE => {
                let seconds = f64::from_le_bytes(self.array::<8>(offset)?);
                self.register(Value::Date(seconds))
            }
            tag::MINUS_ONE => Value::Int(-1),
            // 0x08..=0x2F: 0..=39 (§16 #12: 0x2F is 39, as go2rtc and pyatv read it).
            0x08..=0x2F => Value::Int(i64::from(t - tag::SMALL_INT)),
            tag::INT8 => {
                let n = i8::from_le_bytes(self.array::<1>(offset)?);
                self.register(Value::Int(i64::from(n)))
            }
            tag::INT16 => {
                let n = i16::from_le_bytes(self.array::<2>(offset)?);
                self.register(Value::Int(i64::from(n)))
            }
            tag::INT32 => {
                let n = i32::from_le_bytes(self.array::<4>(offset)?);
                self.register(Value::Int(i64::from(n)))
            }
            tag::INT64 => {
                let n = i64::from_le_bytes(self.array::<8>(offset)?);
                self.register(Value::Int(n))
            }
            tag::FLOAT32 => {
                let f = f32::from_le_bytes(self.array::<4>(offset)?);
                self.register(Value::Float(f64::from(f)))
            }
            tag::FLOAT64 => {
                let f = f64::from_le_bytes(self.array::<8>(offset)?);
                self.register(Value::Float(f))
            }
            0x40..=0x60 => {
                let bytes = self.take(u64::from(t - tag::STRING_INLINE), offset)?;
                self.string(bytes, offset)?
            }
            // 0x61..=0x64: 1/2/4/8-byte length (§16 #10).
            0x61..=0x64 => {
                let len = self.uint_le(1 << (t - tag::STRING_LEN8), offset)?;
                let bytes = self.take(len, offset)?;
                self.string(bytes, offset)?
            }
            tag::STRING_NUL => {
                let bytes = self.until(0x00, offset)?;
                self.string(bytes, offset)?
            }
            0x70..=0x90 => {
                let bytes = self.take(u64::from(t - tag::DATA_INLINE), offset)?;
                self.register(Value::Data(bytes.to_vec()))
            }
            // 0x91..=0x94: 1/2/4/8-byte length (§16 #10).
            0x91..=0x94 => {
                let len = self.uint_le(1 << (t - tag::DATA_LEN8), offset)?;
                let bytes = self.take(len, offset)?;
                self.register(Value::Data(bytes.to_vec()))
            }
            tag::DATA_TERMINATED => {
                let bytes = self.until(tag::TERMINATOR, offset)?;
                self.register(Value::Data(bytes.to_vec()))
            }
            tag::REF_INLINE..=tag::REF_INLINE_LAST => {
                self.reference(u64::from(t - tag::REF_INLINE), offset)?
            }
            tag::REF_LEN1..=tag::REF_LEN4 => {
                let index = self.uint_le(usize::from(t - tag::REF_LEN1) + 1, offset)?;
                self.reference(index, offset)?
            }
            0xD0..=0xDE => {
                self.check_depth(depth, offset)?;
                let count = usize::from(t - tag::ARRAY);
                let mut items = Vec::with_capacity(count);
                for _ in 0..count {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            tag::ARRAY_TERMINATED => {
                self.check_depth(depth, offset)?;
                // Every element takes at least one byte, so the vector is bounded by the input.
                let mut items = Vec::new();
                while !self.terminator(offset)? {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            0xE0..=0xEE => {
                self.check_depth(depth, offset)?;
                let count = usize::from(t - tag::DICT);
                let mut entries = Vec::with_capacity(count);
                for _ in 0..count {
                    entries.push(self.entry(depth + 1)?);
                }
                Value::Dict(entries)
            }
            tag::DICT_TERMINATED => {
                self.check_depth(depth, offset)?;
                let mut entries = Vec::new();
                while !self.terminator(offset)? {
                    entries.push(self.entry(depth + 1)?);
                }
                Value::Dict(entries)
            }
            _ => return Err(OpackError::UnknownTag { tag: t, offset }),
        };
        Ok(value)
    }

    fn check_depth(&self, depth: usize, offset: usize) -> Result<(), OpackError> {
        if depth >= MAX_DEPTH {
            return Err(OpackError::TooDeep { offset });
        }
        Ok(())
    }

    /// In a terminated container: consumes a `0x03` and returns true, or returns false when
    /// another element follows. The end of the input truncates the container at `offset`.
    fn terminator(&mut self, offset: usize) -> Result<bool, OpackError> {
        match self.peek() {
            None => Err(OpackError::Truncated { offset }),
            Some(tag::TERMINATOR) => {
                self.pos += 1;
                Ok(true)
            }
            Some(_) => Ok(false),
        }
    }

    fn entry(&mut self, depth: usize) -> Result<(String, Value), OpackError> {
        let key_offset = self.pos;
        let key = match self.value(depth)? {
            Value::String(key) => key,
            _ => return Err(OpackError::NonStringKey { offset: key_offset }),
        };
        let value = self.value(depth)?;
        Ok((key, value))
    }

    /// The bytes up to the first `end` byte; consumes them and the terminator.
    fn until(&mut self, end: u8, offset: usize) -> Result<&'a [u8], OpackError> {
        let rest = self.input.get(self.pos..).unwrap_or_default();
        let len = rest
            .iter()
            .position(|&b| b == end)
            .ok_or(OpackError::Truncated { offset })?;
        let bytes = self.take(len as u64, offset)?;
        self.pos += 1;
        Ok(bytes)
    }

    fn string(&mut self, bytes: &[u8], offset: usize) -> Result<Value, OpackError> {
        let s = std::str::from_utf8(bytes).map_err(|_| OpackError::InvalidUtf8 { offset })?;
        let value = Value::String(s.to_owned());
        // The empty string gets no index (pyatv's encoder registers only values longer than
        // their one-byte tag; §12.4, §16 #11).
        Ok(if s.is_empty() {
            value
        } else {
            self.register(value)
        })
    }

    fn reference(&mut self, index: u64, offset: usize) -> Result<Value, OpackError> {
        let registered = self.registered.len();
        let value = usize::try_from(index)
            .ok()
            .and_then(|i| self.registered.get(i))
            .ok_or(OpackError::BadReference {
                index,
                registered,
                offset,
            })?;
        let cost = match value {
            Value::String(s) => s.len(),
            Value::Data(d) => d.len(),
            _ => 0,
        };
        self.reference_budget = self
            .reference_budget
            .checked_sub(cost)
            .ok_or(OpackError::ReferenceBudget { offset })?;
        Ok(value.clone())
    }
}
