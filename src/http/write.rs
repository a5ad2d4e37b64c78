//! Serialising responses and events.

/// A response to send: an HTTP/1.1 response or an `EVENT/1.0` notification (reference §1.8).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// `Content-Type`, when there is a body.
    pub content_type: Option<&'static str>,
    /// Body bytes.
    pub body: Vec<u8>,
    /// `EVENT/1.0` instead of `HTTP/1.1`.
    pub event: bool,
}

impl Response {
    /// A response with a body of the given content type.
    pub fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Self {
        Response {
            status,
            content_type: Some(content_type),
            body,
            event: false,
        }
    }

    /// A response without a body (`Content-Length: 0`).
    pub fn empty(status: u16) -> Self {
        Response {
            status,
            content_type: None,
            body: Vec::new(),
            event: false,
        }
    }

    /// A HAP JSON response.
    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response::new(
            status,
            super::CONTENT_TYPE_HAP_JSON,
            value.to_string().into_bytes(),
        )
    }

    /// A HAP JSON `{"status": code}` response.
    pub fn hap_status(status: u16, hap_status: i32) -> Self {
        Response::json(status, &serde_json::json!({ "status": hap_status }))
    }

    /// A pairing TLV8 response (always HTTP 200, errors travel inside the TLV).
    pub fn pairing(body: Vec<u8>) -> Self {
        Response::new(200, super::CONTENT_TYPE_PAIRING, body)
    }

    /// An `EVENT/1.0 200 OK` notification carrying HAP JSON.
    pub fn event(value: &serde_json::Value) -> Self {
        Response {
            event: true,
            ..Response::json(200, value)
        }
    }

    /// The bytes on the wire.
    pub fn to_bytes(&self) -> Vec<u8> {
        let proto = if self.event { "EVENT/1.0" } else { "HTTP/1.1" };
        let mut head = format!("{proto} {} {}\r\n", self.status, status_reason(self.status));
        if let Some(ct) = self.content_type {
            head.push_str(&format!("Content-Type: {ct}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", self.body.len()));
        let mut out = head.into_bytes();
        out.extend_from_slice(&self.body);
        out
    }
}

/// Reason phrase of the status codes HAP uses (reference §1.3).
pub fn status_reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        207 => "Multi-Status",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        470 => "Connection Authorization Required",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::{StartLine, parse_message};

    #[test]
    fn event_wire_format() {
        let r = Response::event(&serde_json::json!({"characteristics":[]}));
        let bytes = r.to_bytes();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with(
            "EVENT/1.0 200 OK\r\nContent-Type: application/hap+json\r\nContent-Length: 22\r\n\r\n"
        ));
        let m = parse_message(&mut bytes.clone()).unwrap().unwrap();
        assert_eq!(
            m.start,
            StartLine::Response {
                event: true,
                status: 200
            }
        );
    }

    #[test]
    fn empty_response() {
        assert_eq!(
            Response::empty(204).to_bytes(),
            b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
        );
    }
}
