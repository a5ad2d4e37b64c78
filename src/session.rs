//! The encrypted HAP session framing (reference §5).
//!
//! CONTRACT (skeleton): `SecureSession::accessory(&keys)` / `::controller(&keys)`,
//! `encrypt(&mut self, plaintext, &mut out)`, and `decrypt(&mut self, &mut inbuf)` that takes
//! whole frames off the front of `inbuf` and returns the plaintext, `Ok(None)` when more bytes
//! are needed, `Err` on a bad length or tag (the caller closes the connection).
