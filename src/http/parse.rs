//! Incremental parsing: each call takes at most one complete message off the front of the
//! buffer; bytes of a following (pipelined) message stay in the buffer.

use super::{HttpError, MAX_BODY_BYTES, MAX_HEADER_BYTES};

/// The first line of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartLine {
    /// `METHOD target HTTP/1.1`.
    Request {
        /// Method, e.g. `GET`.
        method: String,
        /// Path without the query string, e.g. `/characteristics`.
        path: String,
        /// Query string after `?`, if any.
        query: Option<String>,
    },
    /// `HTTP/1.1 200 OK` or `EVENT/1.0 200 OK`.
    Response {
        /// True for `EVENT/1.0`.
        event: bool,
        /// Status code.
        status: u16,
    },
}

/// A complete message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The start line.
    pub start: StartLine,
    /// Header fields in order, names as received.
    pub headers: Vec<(String, String)>,
    /// The body (`Content-Length` bytes; empty without the header).
    pub body: Vec<u8>,
}

impl Message {
    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Takes one complete request off the front of `buf`. `Ok(None)`: more bytes are needed.
/// A response start line is an error here.
pub fn parse_request(buf: &mut Vec<u8>) -> Result<Option<Message>, HttpError> {
    parse_request_limited(buf, MAX_BODY_BYTES)
}

/// As [`parse_request`], with bodies limited to `max_body` bytes (at most [`MAX_BODY_BYTES`]):
/// a larger `Content-Length` is refused as soon as the header block is complete.
pub fn parse_request_limited(
    buf: &mut Vec<u8>,
    max_body: usize,
) -> Result<Option<Message>, HttpError> {
    match parse_limited(buf, max_body.min(MAX_BODY_BYTES))? {
        Some(m) if matches!(m.start, StartLine::Response { .. }) => Err(HttpError::BadStartLine),
        other => Ok(other),
    }
}

/// Takes one complete request, response or event off the front of `buf`.
/// `Ok(None)`: more bytes are needed.
pub fn parse_message(buf: &mut Vec<u8>) -> Result<Option<Message>, HttpError> {
    parse_limited(buf, MAX_BODY_BYTES)
}

fn parse_limited(buf: &mut Vec<u8>, max_body: usize) -> Result<Option<Message>, HttpError> {
    let Some(header_end) = find_header_end(buf) else {
        if buf.len() > MAX_HEADER_BYTES {
            return Err(HttpError::HeaderTooLarge);
        }
        return Ok(None);
    };
    if header_end > MAX_HEADER_BYTES {
        return Err(HttpError::HeaderTooLarge);
    }
    let head = std::str::from_utf8(&buf[..header_end]).map_err(|_| HttpError::BadHeader)?;
    let mut lines = head.split("\r\n");
    let start = parse_start_line(lines.next().unwrap_or_default())?;
    let mut headers = Vec::new();
    let mut content_length = 0usize;
    let mut chunked = false;
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or(HttpError::BadHeader)?;
        let (name, value) = (name.trim(), value.trim());
        if name.is_empty() {
            return Err(HttpError::BadHeader);
        }
        if name.eq_ignore_ascii_case("content-length") {
            content_length = value.parse().map_err(|_| HttpError::BadContentLength)?;
            if content_length > max_body {
                return Err(HttpError::BodyTooLarge {
                    size: content_length,
                    limit: max_body,
                });
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            && !value.eq_ignore_ascii_case("identity")
        {
            // Controllers send requests with Content-Length; HAP-NodeJS (node's HTTP server)
            // answers some responses chunked, which the client side must read.
            let response = matches!(start, StartLine::Response { .. });
            if !(response && value.eq_ignore_ascii_case("chunked")) {
                return Err(HttpError::UnsupportedTransferEncoding);
            }
            chunked = true;
        }
        headers.push((name.to_owned(), value.to_owned()));
    }
    let body_start = header_end + 4;
    if chunked {
        let Some((body, total)) = dechunk(buf.get(body_start..).unwrap_or_default(), max_body)?
        else {
            return Ok(None);
        };
        buf.drain(..body_start + total);
        return Ok(Some(Message {
            start,
            headers,
            body,
        }));
    }
    let total = body_start + content_length;
    if buf.len() < total {
        return Ok(None);
    }
    let body = buf[body_start..total].to_vec();
    buf.drain(..total);
    Ok(Some(Message {
        start,
        headers,
        body,
    }))
}

/// Decodes a chunked body (RFC 9112 §7.1): the body and the bytes it took, or `None` while
/// incomplete. Chunk extensions and trailers are skipped.
fn dechunk(data: &[u8], max_body: usize) -> Result<Option<(Vec<u8>, usize)>, HttpError> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        let rest = data.get(at..).unwrap_or_default();
        let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") else {
            return Ok(None);
        };
        let line =
            std::str::from_utf8(&rest[..line_end]).map_err(|_| HttpError::BadContentLength)?;
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| HttpError::BadContentLength)?;
        at += line_end + 2;
        if size == 0 {
            // Trailers end with an empty line.
            let rest = data.get(at..).unwrap_or_default();
            if rest.starts_with(b"\r\n") {
                return Ok(Some((body, at + 2)));
            }
            return match rest.windows(4).position(|w| w == b"\r\n\r\n") {
                Some(end) => Ok(Some((body, at + end + 4))),
                None => Ok(None),
            };
        }
        if body.len() + size > max_body {
            return Err(HttpError::BodyTooLarge {
                size: body.len() + size,
                limit: max_body,
            });
        }
        let Some(chunk) = data.get(at..at + size) else {
            return Ok(None);
        };
        if data.len() < at + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(chunk);
        at += size + 2;
    }
}

/// Offset of the `\r\n\r\n` that ends the header block.
fn find_header_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n")
}

fn parse_start_line(line: &str) -> Result<StartLine, HttpError> {
    let mut parts = line.splitn(3, ' ');
    let first = parts.next().unwrap_or_default();
    let second = parts.next().ok_or(HttpError::BadStartLine)?;
    let third = parts.next().ok_or(HttpError::BadStartLine)?;
    if first == "HTTP/1.1" || first == "HTTP/1.0" || first == "EVENT/1.0" {
        let status = second.parse().map_err(|_| HttpError::BadStartLine)?;
        return Ok(StartLine::Response {
            event: first == "EVENT/1.0",
            status,
        });
    }
    let method_ok = !first.is_empty() && first.bytes().all(|b| b.is_ascii_uppercase());
    if !method_ok || !second.starts_with('/') || !third.starts_with("HTTP/1.") {
        return Err(HttpError::BadStartLine);
    }
    let (path, query) = match second.split_once('?') {
        Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
        None => (second.to_owned(), None),
    };
    Ok(StartLine::Request {
        method: first.to_owned(),
        path,
        query,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_and_pipelined() {
        let wire = b"PUT /characteristics HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcdGET /accessories HTTP/1.1\r\n\r\n";
        let mut buf = Vec::new();
        let mut got = Vec::new();
        for byte in wire {
            buf.push(*byte);
            while let Some(m) = parse_request(&mut buf).unwrap() {
                got.push(m);
            }
        }
        assert!(buf.is_empty());
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].start,
            StartLine::Request {
                method: "PUT".into(),
                path: "/characteristics".into(),
                query: None
            }
        );
        assert_eq!(got[0].body, b"abcd");
        assert_eq!(got[0].header("content-length"), Some("4"));
        assert!(got[1].body.is_empty());
    }

    #[test]
    fn query_and_event() {
        let mut buf = b"GET /characteristics?id=1.2,1.3&ev=1 HTTP/1.1\r\n\r\n".to_vec();
        let m = parse_request(&mut buf).unwrap().unwrap();
        assert!(
            matches!(m.start, StartLine::Request { query: Some(ref q), .. } if q == "id=1.2,1.3&ev=1")
        );
        let mut buf = b"EVENT/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}".to_vec();
        let m = parse_message(&mut buf).unwrap().unwrap();
        assert_eq!(
            m.start,
            StartLine::Response {
                event: true,
                status: 200
            }
        );
        assert!(parse_request(&mut b"HTTP/1.1 200 OK\r\n\r\n".to_vec()).is_err());
    }

    #[test]
    fn limits_and_malformed_input_are_typed_errors() {
        let mut big = vec![b'a'; MAX_HEADER_BYTES + 1];
        assert_eq!(parse_request(&mut big), Err(HttpError::HeaderTooLarge));
        let mut body = format!(
            "POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
            MAX_BODY_BYTES + 1
        )
        .into_bytes();
        assert!(matches!(
            parse_request(&mut body),
            Err(HttpError::BodyTooLarge { .. })
        ));
        // A smaller limit refuses at the header block, before any body byte arrived.
        let mut head = b"POST /pair-setup HTTP/1.1\r\nContent-Length: 32769\r\n\r\n".to_vec();
        assert_eq!(
            parse_request_limited(&mut head, 32 * 1024),
            Err(HttpError::BodyTooLarge {
                size: 32769,
                limit: 32 * 1024
            })
        );
        let mut fits = b"POST /pair-setup HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc".to_vec();
        assert!(parse_request_limited(&mut fits, 3).unwrap().is_some());
        for bad in [
            &b"GARBAGE\r\n\r\n"[..],
            b"get / HTTP/1.1\r\n\r\n",
            b"GET nopath HTTP/1.1\r\n\r\n",
            b"GET / HTTP/1.1\r\nNoColon\r\n\r\n",
            b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            b"GET / HTTP/1.1\r\n\xff: y\r\n\r\n",
        ] {
            assert!(parse_request(&mut bad.to_vec()).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn chunked_responses_as_node_writes_them() {
        let wire = b"HTTP/1.1 200 OK\r\nContent-Type: application/pairing+tlv8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\nEVENT/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        let mut buf = Vec::new();
        let mut got = Vec::new();
        for byte in wire {
            buf.push(*byte);
            while let Some(m) = parse_message(&mut buf).unwrap() {
                got.push(m);
            }
        }
        assert!(buf.is_empty());
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].body, b"hello world");
        assert_eq!(got[1].body, b"{}");
        let mut bad = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec();
        assert!(parse_message(&mut bad).is_err());
    }

    #[test]
    fn random_bytes_never_panic() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let mut buf = Vec::new();
            for _ in 0..(seed % 64) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                buf.push(b" \r\n:GET/1HTP0"[(seed % 13) as usize]);
            }
            let _ = parse_message(&mut buf);
        }
    }
}
