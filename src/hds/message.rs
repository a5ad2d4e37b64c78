//! HomeKit Data Stream messages (reference §12.3, §12.5): the plaintext of one frame is
//! `header_len (u8) ‖ header (OPACK dictionary) ‖ body (OPACK value)`.
//!
//! The header says what the message is: an event (`protocol`, `event`), a request
//! (`protocol`, `request`, `id`) or a response (`protocol`, `response`, `id`, `status`).
//! Header and body are two separate OPACK values, so back-reference indices restart for the
//! body (HAP-NodeJS encodes them with separate writers, §12.3).

use std::fmt;

use thiserror::Error;

use super::opack::{self, OpackError, Value};

/// Largest encoded header: its length is one byte.
pub const MAX_HEADER_LEN: usize = 255;

/// Header `status` values (HDSStatus, §12.5).
pub mod status {
    /// The request succeeded.
    pub const SUCCESS: i64 = 0;
    /// The peer ran out of memory.
    pub const OUT_OF_MEMORY: i64 = 1;
    /// The request timed out.
    pub const TIMEOUT: i64 = 2;
    /// The request header was malformed.
    pub const HEADER_ERROR: i64 = 3;
    /// The request body was malformed.
    pub const PAYLOAD_ERROR: i64 = 4;
    /// The protocol named in the header is not supported.
    pub const MISSING_PROTOCOL: i64 = 5;
    /// A protocol-specific error; the body says which (for dataSend a [`super::CloseReason`]).
    pub const PROTOCOL_SPECIFIC_ERROR: i64 = 6;
}

/// One HomeKit Data Stream message.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// A one-way message.
    Event {
        /// Protocol name, e.g. `dataSend`.
        protocol: String,
        /// Topic, e.g. `data`.
        topic: String,
        /// Message body.
        body: Value,
    },
    /// A request the peer answers with a [`Message::Response`] carrying the same `id`.
    Request {
        /// Protocol name.
        protocol: String,
        /// Topic.
        topic: String,
        /// Request identifier chosen by the sender.
        id: i64,
        /// Message body.
        body: Value,
    },
    /// The answer to a request.
    Response {
        /// Protocol name, copied from the request.
        protocol: String,
        /// Topic, copied from the request.
        topic: String,
        /// Identifier copied from the request.
        id: i64,
        /// One of [`status`].
        status: i64,
        /// Message body.
        body: Value,
    },
}

impl Message {
    /// The protocol name.
    pub fn protocol(&self) -> &str {
        match self {
            Message::Event { protocol, .. }
            | Message::Request { protocol, .. }
            | Message::Response { protocol, .. } => protocol,
        }
    }

    /// The topic.
    pub fn topic(&self) -> &str {
        match self {
            Message::Event { topic, .. }
            | Message::Request { topic, .. }
            | Message::Response { topic, .. } => topic,
        }
    }

    /// The body.
    pub fn body(&self) -> &Value {
        match self {
            Message::Event { body, .. }
            | Message::Request { body, .. }
            | Message::Response { body, .. } => body,
        }
    }

    /// The header as an OPACK dictionary, keys in the order HAP-NodeJS writes them.
    fn header(&self) -> Value {
        let s = |text: &str| Value::String(text.to_owned());
        // §16 #16: ids and statuses are written in their shortest integer form (go2rtc,
        // positron); HAP-NodeJS's int64 form works too and is accepted by `decode`.
        match self {
            Message::Event {
                protocol, topic, ..
            } => Value::dict([("protocol", s(protocol)), ("event", s(topic))]),
            Message::Request {
                protocol,
                topic,
                id,
                ..
            } => Value::dict([
                ("protocol", s(protocol)),
                ("request", s(topic)),
                ("id", Value::Int(*id)),
            ]),
            Message::Response {
                protocol,
                topic,
                id,
                status,
                ..
            } => Value::dict([
                ("protocol", s(protocol)),
                ("response", s(topic)),
                ("id", Value::Int(*id)),
                ("status", Value::Int(*status)),
            ]),
        }
    }
}

/// Message encoding and decoding failures.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum MessageError {
    /// The payload is empty (no header length byte).
    #[error("HDS message is empty")]
    Empty,
    /// The payload is shorter than the header length byte says.
    #[error("HDS message header of {header_len} bytes, only {available} present")]
    Truncated {
        /// The announced header length.
        header_len: usize,
        /// Bytes present after the length byte.
        available: usize,
    },
    /// The encoded header would exceed [`MAX_HEADER_LEN`] bytes.
    #[error("HDS message header of {0} bytes exceeds 255")]
    HeaderTooLong(usize),
    /// The header is not valid OPACK.
    #[error("HDS message header: {0}")]
    Header(OpackError),
    /// The body is not valid OPACK.
    #[error("HDS message body: {0}")]
    Body(OpackError),
    /// The header is not a dictionary.
    #[error("HDS message header is not a dictionary")]
    HeaderNotDict,
    /// The header has no `protocol` string.
    #[error("HDS message header has no protocol")]
    MissingProtocol,
    /// The header has none, or more than one, of `event`, `request` and `response`.
    #[error("HDS message header needs exactly one of event, request, response")]
    Kind,
    /// A required header field is missing (`id`, `status`).
    #[error("HDS message header field {0} missing")]
    Missing(&'static str),
    /// A header field has the wrong type.
    #[error("HDS message header field {0} has the wrong type")]
    WrongType(&'static str),
}

/// Encodes `message` as a frame payload.
pub fn encode(message: &Message) -> Result<Vec<u8>, MessageError> {
    let mut out = Vec::new();
    encode_into(message, &mut out)?;
    Ok(out)
}

/// Appends the payload of `message` to `out`; on error nothing is appended.
pub fn encode_into(message: &Message, out: &mut Vec<u8>) -> Result<(), MessageError> {
    let header = opack::encode(&message.header());
    let header_len =
        u8::try_from(header.len()).map_err(|_| MessageError::HeaderTooLong(header.len()))?;
    out.push(header_len);
    out.extend_from_slice(&header);
    opack::encode_into(message.body(), out);
    Ok(())
}

/// Decodes a frame payload.
///
/// `id` and `status` may use any integer width. A payload that ends right after the header
/// has the empty dictionary as its body.
pub fn decode(payload: &[u8]) -> Result<Message, MessageError> {
    let (&header_len, rest) = payload.split_first().ok_or(MessageError::Empty)?;
    let header_len = usize::from(header_len);
    let (header, body) = rest
        .split_at_checked(header_len)
        .ok_or(MessageError::Truncated {
            header_len,
            available: rest.len(),
        })?;
    let header = opack::decode(header).map_err(MessageError::Header)?;
    let (protocol, kind) = parse_header(&header)?;
    // Two separate OPACK values: back-reference indices restart for the body (§12.3).
    let body = if body.is_empty() {
        Value::empty_dict()
    } else {
        opack::decode(body).map_err(MessageError::Body)?
    };
    Ok(match kind {
        Kind::Event { topic } => Message::Event {
            protocol,
            topic,
            body,
        },
        Kind::Request { topic, id } => Message::Request {
            protocol,
            topic,
            id,
            body,
        },
        Kind::Response { topic, id, status } => Message::Response {
            protocol,
            topic,
            id,
            status,
            body,
        },
    })
}

/// A decoded header without its protocol.
enum Kind {
    Event { topic: String },
    Request { topic: String, id: i64 },
    Response { topic: String, id: i64, status: i64 },
}

fn parse_header(header: &Value) -> Result<(String, Kind), MessageError> {
    if header.as_dict().is_none() {
        return Err(MessageError::HeaderNotDict);
    }
    let protocol = match header.get("protocol") {
        Some(Value::String(p)) => p.clone(),
        _ => return Err(MessageError::MissingProtocol),
    };
    let string = |key: &'static str| match header.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(MessageError::WrongType(key)),
    };
    let int = |key: &'static str| match header.get(key) {
        None => Err(MessageError::Missing(key)),
        Some(Value::Int(n)) => Ok(*n),
        Some(_) => Err(MessageError::WrongType(key)),
    };
    let kind = match (string("event")?, string("request")?, string("response")?) {
        (Some(topic), None, None) => Kind::Event { topic },
        (None, Some(topic), None) => Kind::Request {
            topic,
            id: int("id")?,
        },
        (None, None, Some(topic)) => Kind::Response {
            topic,
            id: int("id")?,
            status: int("status")?,
        },
        _ => return Err(MessageError::Kind),
    };
    Ok((protocol, kind))
}

/// Why a dataSend stream is refused or closed (HDSProtocolSpecificErrorReason, §12.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    /// 0: normal end.
    Normal = 0,
    /// 1: not allowed (e.g. recording inactive).
    NotAllowed = 1,
    /// 2: busy (a stream is already running).
    Busy = 2,
    /// 3: cancelled.
    Cancelled = 3,
    /// 4: unsupported.
    Unsupported = 4,
    /// 5: unexpected failure.
    UnexpectedFailure = 5,
    /// 6: timeout.
    Timeout = 6,
    /// 7: bad data.
    BadData = 7,
    /// 8: protocol error.
    ProtocolError = 8,
    /// 9: invalid configuration.
    InvalidConfiguration = 9,
}

impl CloseReason {
    /// All reasons, in code order.
    pub const ALL: [CloseReason; 10] = [
        CloseReason::Normal,
        CloseReason::NotAllowed,
        CloseReason::Busy,
        CloseReason::Cancelled,
        CloseReason::Unsupported,
        CloseReason::UnexpectedFailure,
        CloseReason::Timeout,
        CloseReason::BadData,
        CloseReason::ProtocolError,
        CloseReason::InvalidConfiguration,
    ];

    /// The reason with code `v`, if defined.
    pub fn from_i64(v: i64) -> Option<CloseReason> {
        usize::try_from(v)
            .ok()
            .and_then(|i| CloseReason::ALL.get(i))
            .copied()
    }

    /// The numeric code.
    pub fn code(self) -> i64 {
        self as i64
    }
}

impl fmt::Display for CloseReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CloseReason::Normal => "normal",
            CloseReason::NotAllowed => "not allowed",
            CloseReason::Busy => "busy",
            CloseReason::Cancelled => "cancelled",
            CloseReason::Unsupported => "unsupported",
            CloseReason::UnexpectedFailure => "unexpected failure",
            CloseReason::Timeout => "timeout",
            CloseReason::BadData => "bad data",
            CloseReason::ProtocolError => "protocol error",
            CloseReason::InvalidConfiguration => "invalid configuration",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    fn inline_str(out: &mut Vec<u8>, text: &str) {
        out.push(0x40 + text.len() as u8);
        out.extend_from_slice(text.as_bytes());
    }

    fn round_trip(message: &Message) -> Vec<u8> {
        let bytes = encode(message).unwrap();
        assert_eq!(decode(&bytes).as_ref(), Ok(message));
        let mut appended = vec![9];
        encode_into(message, &mut appended).unwrap();
        assert_eq!(&appended[1..], &bytes[..]);
        bytes
    }

    #[test]
    fn round_trips_and_accessors() {
        let event = Message::Event {
            protocol: "dataSend".into(),
            topic: "data".into(),
            body: Value::dict([
                ("streamId", Value::Int(1)),
                ("packets", Value::Array(vec![])),
            ]),
        };
        round_trip(&event);
        assert_eq!((event.protocol(), event.topic()), ("dataSend", "data"));
        assert_eq!(event.body().get("streamId"), Some(&Value::Int(1)));
        let request = Message::Request {
            protocol: "dataSend".into(),
            topic: "open".into(),
            id: 123_456_789_012,
            body: Value::dict([("target", s("controller"))]),
        };
        round_trip(&request);
        assert_eq!(request.topic(), "open");
        let response = Message::Response {
            protocol: "dataSend".into(),
            topic: "open".into(),
            id: -5,
            status: status::PROTOCOL_SPECIFIC_ERROR,
            body: Value::dict([("status", Value::Int(2))]),
        };
        round_trip(&response);
        assert_eq!(response.protocol(), "dataSend");
        // A body need not be a dictionary.
        round_trip(&Message::Event {
            protocol: "p".into(),
            topic: "t".into(),
            body: Value::Array(vec![Value::Null]),
        });
    }

    #[test]
    fn hello_as_bytes() {
        let request = Message::Request {
            protocol: "control".into(),
            topic: "hello".into(),
            id: 1,
            body: Value::empty_dict(),
        };
        let mut expected = vec![0x00, 0xE3];
        inline_str(&mut expected, "protocol");
        inline_str(&mut expected, "control");
        inline_str(&mut expected, "request");
        inline_str(&mut expected, "hello");
        inline_str(&mut expected, "id");
        expected.push(0x09);
        expected[0] = (expected.len() - 1) as u8;
        expected.push(0xE0);
        assert_eq!(round_trip(&request), expected);

        let response = Message::Response {
            protocol: "control".into(),
            topic: "hello".into(),
            id: 1,
            status: status::SUCCESS,
            body: Value::empty_dict(),
        };
        let mut expected = vec![0x00, 0xE4];
        inline_str(&mut expected, "protocol");
        inline_str(&mut expected, "control");
        inline_str(&mut expected, "response");
        inline_str(&mut expected, "hello");
        inline_str(&mut expected, "id");
        expected.push(0x09);
        inline_str(&mut expected, "status");
        expected.push(0x08);
        expected[0] = (expected.len() - 1) as u8;
        expected.push(0xE0);
        assert_eq!(round_trip(&response), expected);
    }

    #[test]
    fn hap_nodejs_style_header_with_int64_and_back_reference() {
        // HAP-NodeJS: id and status as Int64 (0x33); status equal to id becomes 0xA5 (§12.4).
        let mut header = vec![0xE4];
        inline_str(&mut header, "protocol");
        inline_str(&mut header, "dataSend");
        inline_str(&mut header, "response");
        inline_str(&mut header, "open");
        inline_str(&mut header, "id");
        header.extend_from_slice(&[0x33, 5, 0, 0, 0, 0, 0, 0, 0]);
        inline_str(&mut header, "status");
        header.push(0xA5);
        let mut payload = vec![header.len() as u8];
        payload.extend_from_slice(&header);
        // Body {"status": Int64 5}: its own OPACK value, so "status" is index 0 there and a
        // reference to index 5 would be invalid.
        let mut body = vec![0xE1];
        inline_str(&mut body, "status");
        body.extend_from_slice(&[0x33, 5, 0, 0, 0, 0, 0, 0, 0]);
        let mut ok = payload.clone();
        ok.extend_from_slice(&body);
        assert_eq!(
            decode(&ok),
            Ok(Message::Response {
                protocol: "dataSend".into(),
                topic: "open".into(),
                id: 5,
                status: 5,
                body: Value::dict([("status", Value::Int(5))]),
            })
        );
        let mut bad = payload.clone();
        bad.extend_from_slice(&[0xE1, 0xA5, 0x08]);
        assert!(matches!(
            decode(&bad),
            Err(MessageError::Body(OpackError::BadReference {
                index: 5,
                ..
            }))
        ));
        // Request with an int32 id and an empty body.
        let mut header = vec![0xE3];
        inline_str(&mut header, "protocol");
        inline_str(&mut header, "control");
        inline_str(&mut header, "request");
        inline_str(&mut header, "hello");
        inline_str(&mut header, "id");
        header.extend_from_slice(&[0x32, 0x00, 0x01, 0x00, 0x00]);
        let mut payload = vec![header.len() as u8];
        payload.extend_from_slice(&header);
        assert_eq!(
            decode(&payload),
            Ok(Message::Request {
                protocol: "control".into(),
                topic: "hello".into(),
                id: 256,
                body: Value::empty_dict(),
            })
        );
    }

    fn payload(header: &Value, body: &[u8]) -> Vec<u8> {
        let header = opack::encode(header);
        let mut out = vec![header.len() as u8];
        out.extend_from_slice(&header);
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn malformed_messages() {
        assert_eq!(decode(&[]), Err(MessageError::Empty));
        assert_eq!(
            decode(&[5, 0xE0]),
            Err(MessageError::Truncated {
                header_len: 5,
                available: 1
            })
        );
        assert_eq!(
            decode(&[0]),
            Err(MessageError::Header(OpackError::Truncated { offset: 0 }))
        );
        assert_eq!(decode(&[1, 0xD0]), Err(MessageError::HeaderNotDict));
        assert_eq!(decode(&[1, 0xE0]), Err(MessageError::MissingProtocol));
        assert!(matches!(
            decode(&[2, 0xE0, 0x08]),
            Err(MessageError::Header(OpackError::TrailingBytes { .. }))
        ));
        let event = Value::dict([("protocol", s("p")), ("event", s("t"))]);
        assert!(matches!(
            decode(&payload(&event, &[0x00])),
            Err(MessageError::Body(OpackError::UnknownTag { tag: 0, .. }))
        ));
        assert!(matches!(
            decode(&payload(&event, &[0xE0, 0xE0])),
            Err(MessageError::Body(OpackError::TrailingBytes { .. }))
        ));
        let cases = [
            (
                Value::dict([("protocol", Value::Int(1)), ("event", s("t"))]),
                MessageError::MissingProtocol,
            ),
            (Value::dict([("protocol", s("p"))]), MessageError::Kind),
            (
                Value::dict([("protocol", s("p")), ("event", s("t")), ("request", s("t"))]),
                MessageError::Kind,
            ),
            (
                Value::dict([("protocol", s("p")), ("event", Value::Int(1))]),
                MessageError::WrongType("event"),
            ),
            (
                Value::dict([("protocol", s("p")), ("request", s("t"))]),
                MessageError::Missing("id"),
            ),
            (
                Value::dict([("protocol", s("p")), ("request", s("t")), ("id", s("1"))]),
                MessageError::WrongType("id"),
            ),
            (
                Value::dict([
                    ("protocol", s("p")),
                    ("response", s("t")),
                    ("id", Value::Int(1)),
                ]),
                MessageError::Missing("status"),
            ),
            (
                Value::dict([
                    ("protocol", s("p")),
                    ("response", s("t")),
                    ("id", Value::Int(1)),
                    ("status", Value::Float(0.0)),
                ]),
                MessageError::WrongType("status"),
            ),
        ];
        for (header, error) in cases {
            assert_eq!(decode(&payload(&header, &[])), Err(error), "{header:?}");
        }
        // Unknown extra header keys are ignored.
        let extra = Value::dict([("protocol", s("p")), ("event", s("t")), ("x", Value::Null)]);
        assert!(decode(&payload(&extra, &[])).is_ok());
    }

    #[test]
    fn header_too_long() {
        let message = Message::Event {
            protocol: "p".repeat(300),
            topic: "t".into(),
            body: Value::Null,
        };
        let mut out = vec![1];
        assert!(matches!(
            encode_into(&message, &mut out),
            Err(MessageError::HeaderTooLong(n)) if n > 255
        ));
        assert_eq!(out, [1]);
    }

    #[test]
    fn close_reasons() {
        for (code, reason) in CloseReason::ALL.iter().enumerate() {
            assert_eq!(reason.code(), code as i64);
            assert_eq!(CloseReason::from_i64(code as i64), Some(*reason));
        }
        assert_eq!(CloseReason::from_i64(10), None);
        assert_eq!(CloseReason::from_i64(-1), None);
        assert_eq!(CloseReason::from_i64(i64::MAX), None);
        assert_eq!(CloseReason::NotAllowed.to_string(), "not allowed");
        assert_eq!(
            CloseReason::InvalidConfiguration.to_string(),
            "invalid configuration"
        );
        assert_eq!(CloseReason::Normal.to_string(), "normal");
        assert_eq!(status::PROTOCOL_SPECIFIC_ERROR, 6);
    }
}
