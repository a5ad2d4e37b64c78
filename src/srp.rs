//! SRP-6a as used by HAP pair-setup (reference §3.2): RFC 5054 3072-bit group, g = 5,
//! SHA-512, username `Pair-Setup`, password = the setup code with dashes.
//!
//! Both roles: [`SrpServer`] for the accessory and [`SrpClient`] for our controller.
//!
//! # Byte forms (reference §3.2, §16 #25, conventions A.14)
//!
//! Implementations disagree on how big integers are turned into bytes before hashing, which
//! only matters when a value has a leading zero byte (about 1 run in 256 per value):
//!
//! * ADK and aiohomekit 3.x: `K = H(S)` with `S` trimmed of leading zeros; fast-srp-hap
//!   (HAP-NodeJS) and aiohomekit 4.x: `S` padded to 384 bytes (aiohomekit 4.x also sends `A`
//!   padded and hashes `B` exactly as received).
//! * ADK hashes `A` padded in `M2`, HAP-python hashes `A` as received.
//! * aiohomekit 3.x converts `K` and `M1` to integers and back, trimming their leading zeros.
//!
//! Our choice, made here once ([`SrpDialect`]):
//! * The server sends `B` without leading zeros and, unless the private key is fixed by a
//!   test, draws `b` until `B` is a full 384 bytes, so every peer hashes the same `B`.
//! * The server checks `M1` against every dialect in [`SrpDialect::ALL`] (ADK first) and
//!   answers `M2` in the dialect that matched; `M2` hashes `A` exactly as received.
//! * The client (random keys) draws `a` until `A`, `S`, `K` and `M1` have no leading zero
//!   byte, so its proof is the same in every dialect and any accessory accepts it; it accepts
//!   `M2` computed over `A` as sent or padded.
//!
//! Proofs are compared in constant time. Modular exponentiation uses `num-bigint`, which is not
//! constant time (the exponents are per-session randoms and the verifier exponent `x`).

use num_bigint::BigUint;
use sha2::{Digest, Sha512};
use subtle::ConstantTimeEq;
use thiserror::Error;

/// SRP username for HAP pair-setup.
pub const USERNAME: &[u8] = b"Pair-Setup";
/// Byte length of the 3072-bit modulus.
pub const MODULUS_LEN: usize = 384;
/// Salt length used by accessories.
pub const SALT_LEN: usize = 16;

const N_HEX: &str = concat!(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74",
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437",
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05",
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB",
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718",
    "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33",
    "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864",
    "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2",
    "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);
const GENERATOR: u8 = 5;

/// SRP failures.
#[derive(Debug, Error, Clone, Copy, PartialEq, Eq)]
pub enum SrpError {
    /// The peer's public key is 0 mod N (or too long).
    #[error("SRP public key invalid (0 mod N or longer than 384 bytes)")]
    BadPublicKey,
    /// The peer's proof does not match (wrong setup code).
    #[error("SRP proof mismatch")]
    BadProof,
    /// A proof has the wrong length.
    #[error("SRP proof must be 64 bytes")]
    BadProofLength,
    /// The operating system's random source failed.
    #[error("random source failed")]
    Random,
}

/// How big integers become bytes in `K`, `M1` and `M2` (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SrpDialect {
    /// ADK / reference §3.2: `K = H(trimmed S)`, `M2 = H(A ‖ M1 ‖ K)`.
    Adk,
    /// fast-srp-hap (HAP-NodeJS), aiohomekit 4.x: `K = H(S padded to 384 bytes)`.
    PaddedSecret,
    /// aiohomekit 3.x: as ADK, but `K` and `M1` trimmed of leading zeros wherever hashed.
    TrimmedIntegers,
}

impl SrpDialect {
    /// The order in which the server tries dialects.
    pub const ALL: [SrpDialect; 3] = [Self::Adk, Self::PaddedSecret, Self::TrimmedIntegers];
}

struct Group {
    n: BigUint,
    g: BigUint,
    /// `k = H(PAD(N) ‖ PAD(g))`.
    k: BigUint,
    /// `H(N) XOR H(g)`.
    hn_xor_hg: [u8; 64],
    /// `H(I)`.
    h_user: [u8; 64],
}

fn group() -> &'static Group {
    static GROUP: std::sync::LazyLock<Group> = std::sync::LazyLock::new(|| {
        // The constant is valid hex; parse_bytes cannot fail on it.
        let n = BigUint::parse_bytes(N_HEX.as_bytes(), 16).unwrap_or_default();
        let g = BigUint::from(GENERATOR);
        let k = BigUint::from_bytes_be(&hash(&[&pad(&n), &pad(&g)]));
        let hn = hash(&[&n.to_bytes_be()]);
        let hg = hash(&[&[GENERATOR]]);
        let mut hn_xor_hg = [0u8; 64];
        for (out, (a, b)) in hn_xor_hg.iter_mut().zip(hn.iter().zip(hg.iter())) {
            *out = a ^ b;
        }
        Group {
            n,
            g,
            k,
            hn_xor_hg,
            h_user: hash(&[USERNAME]),
        }
    });
    &GROUP
}

fn hash(parts: &[&[u8]]) -> [u8; 64] {
    let mut h = Sha512::new();
    for part in parts {
        h.update(part);
    }
    h.finalize().into()
}

/// Big-endian bytes left-padded with zeros to 384 bytes.
fn pad(value: &BigUint) -> Vec<u8> {
    let bytes = value.to_bytes_be();
    let mut out = vec![0u8; MODULUS_LEN.saturating_sub(bytes.len())];
    out.extend_from_slice(&bytes);
    out
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    &bytes[start..]
}

fn x_of(salt: &[u8], password: &str) -> BigUint {
    let inner = hash(&[USERNAME, b":", password.as_bytes()]);
    BigUint::from_bytes_be(&hash(&[salt, &inner]))
}

/// The password verifier `v = g^x mod N`, 384 bytes padded.
pub fn verifier(salt: &[u8], password: &str) -> Vec<u8> {
    let gr = group();
    pad(&gr.g.modpow(&x_of(salt, password), &gr.n))
}

/// `u = H(PAD(A) ‖ PAD(B))`.
fn u_of(a_pub: &BigUint, b_pub: &BigUint) -> BigUint {
    BigUint::from_bytes_be(&hash(&[&pad(a_pub), &pad(b_pub)]))
}

/// Session key `K` for `S` in `dialect` (always the full 64-byte hash).
fn session_key(s: &BigUint, dialect: SrpDialect) -> [u8; 64] {
    match dialect {
        SrpDialect::Adk | SrpDialect::TrimmedIntegers => hash(&[&s.to_bytes_be()]),
        SrpDialect::PaddedSecret => hash(&[&pad(s)]),
    }
}

/// `M1 = H((H(N) XOR H(g)) ‖ H(I) ‖ s ‖ A ‖ B ‖ K)`, `A` and `B` as sent on the wire.
fn client_proof(
    salt: &[u8],
    a_wire: &[u8],
    b_wire: &[u8],
    k: &[u8; 64],
    dialect: SrpDialect,
) -> [u8; 64] {
    let gr = group();
    let k_bytes: &[u8] = match dialect {
        SrpDialect::TrimmedIntegers => trim(k),
        SrpDialect::Adk | SrpDialect::PaddedSecret => k,
    };
    hash(&[&gr.hn_xor_hg, &gr.h_user, salt, a_wire, b_wire, k_bytes])
}

/// `M2 = H(A ‖ M1 ‖ K)` with `A` as given.
fn server_proof(a: &[u8], m1: &[u8; 64], k: &[u8; 64], dialect: SrpDialect) -> [u8; 64] {
    match dialect {
        SrpDialect::TrimmedIntegers => hash(&[trim(a), trim(m1), trim(k)]),
        SrpDialect::Adk | SrpDialect::PaddedSecret => hash(&[a, m1, k]),
    }
}

fn random_biguint() -> Result<BigUint, SrpError> {
    let bytes = crate::crypto::random_array::<32>().map_err(|_| SrpError::Random)?;
    Ok(BigUint::from_bytes_be(&bytes))
}

/// Result of a successful SRP exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SrpSession {
    /// Session key `K` (input of the M5/M6 HKDFs, reference §3.4).
    pub key: [u8; 64],
    /// Accessory proof `M2`.
    pub server_proof: [u8; 64],
    /// Dialect the peers agreed on.
    pub dialect: SrpDialect,
}

/// Accessory side of SRP for one pair-setup attempt.
pub struct SrpServer {
    salt: [u8; SALT_LEN],
    v: BigUint,
    b: BigUint,
    b_pub: BigUint,
    b_wire: Vec<u8>,
}

impl SrpServer {
    /// A new exchange with a random salt and a random private key chosen so that `B` has no
    /// leading zero byte.
    pub fn new(password: &str) -> Result<Self, SrpError> {
        let salt = crate::crypto::random_array::<SALT_LEN>().map_err(|_| SrpError::Random)?;
        loop {
            let server = Self::with_secrets(password, salt, random_biguint()?.to_bytes_be());
            if server.b_wire.len() == MODULUS_LEN {
                return Ok(server);
            }
        }
    }

    /// A deterministic exchange (test vectors): fixed salt and private key `b` (big-endian).
    pub fn with_secrets(password: &str, salt: [u8; SALT_LEN], private_key: Vec<u8>) -> Self {
        let gr = group();
        let v = gr.g.modpow(&x_of(&salt, password), &gr.n);
        let b = BigUint::from_bytes_be(&private_key);
        let b_pub = (&gr.k * &v + gr.g.modpow(&b, &gr.n)) % &gr.n;
        let b_wire = b_pub.to_bytes_be();
        Self {
            salt,
            v,
            b,
            b_pub,
            b_wire,
        }
    }

    /// The salt sent in M2.
    pub fn salt(&self) -> &[u8; SALT_LEN] {
        &self.salt
    }

    /// `B` as sent in M2 (big-endian, no leading zeros).
    pub fn public_key(&self) -> &[u8] {
        &self.b_wire
    }

    /// Checks the client's `A` and proof `M1` (from M3) and returns the session key and `M2`.
    pub fn verify_client(&self, a_wire: &[u8], m1: &[u8]) -> Result<SrpSession, SrpError> {
        let gr = group();
        if a_wire.len() > MODULUS_LEN {
            return Err(SrpError::BadPublicKey);
        }
        let m1: &[u8; 64] = m1.try_into().map_err(|_| SrpError::BadProofLength)?;
        let a_pub = BigUint::from_bytes_be(a_wire);
        if (&a_pub % &gr.n) == BigUint::ZERO {
            return Err(SrpError::BadPublicKey);
        }
        let u = u_of(&a_pub, &self.b_pub);
        let s = (a_pub * self.v.modpow(&u, &gr.n)).modpow(&self.b, &gr.n);
        for dialect in SrpDialect::ALL {
            let key = session_key(&s, dialect);
            let expected = client_proof(&self.salt, a_wire, &self.b_wire, &key, dialect);
            if bool::from(expected.ct_eq(m1)) {
                return Ok(SrpSession {
                    key,
                    server_proof: server_proof(a_wire, m1, &key, dialect),
                    dialect,
                });
            }
        }
        Err(SrpError::BadProof)
    }
}

/// What the client sends in M3, and what it needs to check M4.
pub struct SrpClientProof {
    /// `A` as sent (no leading zeros).
    pub public_key: Vec<u8>,
    /// `M1`.
    pub proof: [u8; 64],
    /// Session key `K` (ADK dialect).
    pub key: [u8; 64],
    a_pub: BigUint,
}

impl SrpClientProof {
    /// Checks the accessory's `M2` (from M4), accepting `A` hashed as sent or padded.
    pub fn verify_server(&self, m2: &[u8]) -> Result<(), SrpError> {
        let m2: &[u8; 64] = m2.try_into().map_err(|_| SrpError::BadProofLength)?;
        let as_sent = server_proof(&self.public_key, &self.proof, &self.key, SrpDialect::Adk);
        let padded = server_proof(&pad(&self.a_pub), &self.proof, &self.key, SrpDialect::Adk);
        if bool::from(as_sent.ct_eq(m2) | padded.ct_eq(m2)) {
            Ok(())
        } else {
            Err(SrpError::BadProof)
        }
    }
}

/// Controller side of SRP.
pub struct SrpClient {
    private_key: Option<BigUint>,
}

impl SrpClient {
    /// A client with random private keys, redrawn until every hashed value is free of
    /// leading zero bytes (see the module documentation).
    pub fn new() -> Self {
        Self { private_key: None }
    }

    /// A deterministic client (test vectors): fixed private key `a` (big-endian), used as is.
    pub fn with_private_key(private_key: &[u8]) -> Self {
        Self {
            private_key: Some(BigUint::from_bytes_be(private_key)),
        }
    }

    /// Computes `A`, `K` and `M1` from the accessory's salt and `B` (M2).
    pub fn process_challenge(
        &self,
        password: &str,
        salt: &[u8],
        b_wire: &[u8],
    ) -> Result<SrpClientProof, SrpError> {
        let gr = group();
        if b_wire.len() > MODULUS_LEN {
            return Err(SrpError::BadPublicKey);
        }
        let b_pub = BigUint::from_bytes_be(b_wire);
        if (&b_pub % &gr.n) == BigUint::ZERO {
            return Err(SrpError::BadPublicKey);
        }
        let x = x_of(salt, password);
        let gx_k = (&gr.k * gr.g.modpow(&x, &gr.n)) % &gr.n;
        // B − k·g^x mod N, kept non-negative.
        let base = (&b_pub + &gr.n - gx_k) % &gr.n;
        loop {
            let a = match &self.private_key {
                Some(a) => a.clone(),
                None => random_biguint()?,
            };
            let a_pub = gr.g.modpow(&a, &gr.n);
            let u = u_of(&a_pub, &b_pub);
            let s = base.modpow(&(&a + &u * &x), &gr.n);
            let key = session_key(&s, SrpDialect::Adk);
            let public_key = a_pub.to_bytes_be();
            let proof = client_proof(salt, &public_key, b_wire, &key, SrpDialect::Adk);
            let unambiguous = public_key.len() == MODULUS_LEN
                && s.to_bytes_be().len() == MODULUS_LEN
                && key[0] != 0
                && proof[0] != 0;
            if self.private_key.is_some() || unambiguous {
                return Ok(SrpClientProof {
                    public_key,
                    proof,
                    key,
                    a_pub,
                });
            }
        }
    }
}

impl Default for SrpClient {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "518-08-582";

    #[test]
    fn group_constants() {
        let gr = group();
        assert_eq!(gr.n.to_bytes_be().len(), MODULUS_LEN);
        // k for this group as published by aiohomekit (CLIENT_K_VALUE) and HAP clients.
        assert_eq!(
            format!("{:x}", gr.k),
            "a9c2e2559bf0ebb53f0cbbf62282906bede7f2182f00678211fbd5bde5b285033a4993503b87397f9be5ec02080fedbc0835587ad039060879b8621e8c3659e0"
        );
    }

    /// The cases of `tests/vectors/srp_vectors.txt` (computed by our independent Python
    /// script `tests/vectors/srp_vectors.py`).
    fn vectors() -> Vec<(String, std::collections::HashMap<String, Vec<u8>>)> {
        let mut cases = Vec::new();
        for line in include_str!("../tests/vectors/srp_vectors.txt").lines() {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                cases.push((name.to_owned(), std::collections::HashMap::new()));
            } else if let (Some((key, hex)), Some((_, case))) =
                (line.split_once('='), cases.last_mut())
            {
                let bytes = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                case.insert(key.to_owned(), bytes);
            }
        }
        cases
    }

    #[test]
    fn reproduces_independent_vectors() {
        let cases = vectors();
        assert_eq!(cases.len(), 5);
        for (name, v) in &cases {
            let password = std::str::from_utf8(&v["password"]).unwrap();
            let salt: [u8; SALT_LEN] = v["salt"].as_slice().try_into().unwrap();
            assert_eq!(verifier(&salt, password), v["v"], "{name}: v");

            let server = SrpServer::with_secrets(password, salt, v["b"].clone());
            assert_eq!(server.public_key(), v["B"].as_slice(), "{name}: B");
            let client = SrpClient::with_private_key(&v["a"]);
            let proof = client.process_challenge(password, &salt, &v["B"]).unwrap();
            assert_eq!(proof.public_key, v["A"], "{name}: A");
            let a_pub = BigUint::from_bytes_be(&v["A"]);
            let b_pub = BigUint::from_bytes_be(&v["B"]);
            assert_eq!(u_of(&a_pub, &b_pub).to_bytes_be(), v["u"], "{name}: u");
            let gr = group();
            let s = (a_pub
                * server
                    .v
                    .modpow(&u_of(&BigUint::from_bytes_be(&v["A"]), &b_pub), &gr.n))
            .modpow(&server.b, &gr.n);
            assert_eq!(s.to_bytes_be(), v["S"], "{name}: S");
            assert_eq!(proof.key.as_slice(), v["K_adk"].as_slice(), "{name}: K");
            assert_eq!(proof.proof.as_slice(), v["M1_adk"].as_slice(), "{name}: M1");

            // The server accepts each dialect's M1 and answers in that dialect.
            for (dialect, k, m1, m2) in [
                (SrpDialect::Adk, "K_adk", "M1_adk", "M2_adk"),
                (
                    SrpDialect::PaddedSecret,
                    "K_padded",
                    "M1_padded",
                    "M2_padded",
                ),
                (SrpDialect::TrimmedIntegers, "K_adk", "M1_trim", "M2_trim"),
            ] {
                let session = server.verify_client(&v["A"], &v[m1]).unwrap();
                assert_eq!(session.key.as_slice(), v[k].as_slice(), "{name}: {k}");
                assert_eq!(
                    session.server_proof.as_slice(),
                    v[m2].as_slice(),
                    "{name}: {m2}"
                );
                // Where the byte forms coincide the first dialect (ADK) wins.
                let forms_differ = v[m1] != v["M1_adk"];
                assert_eq!(
                    session.dialect == dialect,
                    forms_differ || dialect == SrpDialect::Adk,
                    "{name}: {dialect:?}"
                );
            }
            // The client accepts M2 over A as sent and over A padded.
            proof.verify_server(&v["M2_adk"]).unwrap();
            proof.verify_server(&v["M2_pad_a"]).unwrap();
        }
        // The special cases really exercise leading zeros.
        let get = |name: &str, key: &str| {
            cases
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v[key].clone())
                .unwrap()
        };
        assert!(get("s_leading_zero", "S").len() < MODULUS_LEN);
        assert_ne!(
            get("s_leading_zero", "K_adk"),
            get("s_leading_zero", "K_padded")
        );
        assert!(get("a_leading_zero", "A").len() < MODULUS_LEN);
        assert_ne!(
            get("a_leading_zero", "M2_adk"),
            get("a_leading_zero", "M2_pad_a")
        );
        assert!(get("b_leading_zero", "B").len() < MODULUS_LEN);
        assert_eq!(get("k_leading_zero", "K_adk")[0], 0);
        assert_ne!(
            get("k_leading_zero", "M1_adk"),
            get("k_leading_zero", "M1_trim")
        );
    }

    #[test]
    fn random_round_trip_and_wrong_password() {
        let server = SrpServer::new(CODE).unwrap();
        assert_eq!(server.public_key().len(), MODULUS_LEN);
        let client = SrpClient::new();
        let proof = client
            .process_challenge(CODE, server.salt(), server.public_key())
            .unwrap();
        let session = server
            .verify_client(&proof.public_key, &proof.proof)
            .unwrap();
        assert_eq!(session.key, proof.key);
        assert_eq!(session.dialect, SrpDialect::Adk);
        proof.verify_server(&session.server_proof).unwrap();

        let wrong = client
            .process_challenge("518-08-583", server.salt(), server.public_key())
            .unwrap();
        assert_eq!(
            server.verify_client(&wrong.public_key, &wrong.proof),
            Err(SrpError::BadProof)
        );
        assert_eq!(proof.verify_server(&[0u8; 64]), Err(SrpError::BadProof));
        assert_eq!(
            proof.verify_server(&[0u8; 3]),
            Err(SrpError::BadProofLength)
        );
    }

    #[test]
    fn rejects_zero_public_keys() {
        let server = SrpServer::new(CODE).unwrap();
        let n = group().n.to_bytes_be();
        assert_eq!(
            server.verify_client(&[], &[0; 64]),
            Err(SrpError::BadPublicKey)
        );
        assert_eq!(
            server.verify_client(&n, &[0; 64]),
            Err(SrpError::BadPublicKey)
        );
        assert_eq!(
            server.verify_client(&[1; 385], &[0; 64]),
            Err(SrpError::BadPublicKey)
        );
        assert_eq!(
            server.verify_client(&[1; 384], &[0; 63]),
            Err(SrpError::BadProofLength)
        );
        assert!(matches!(
            SrpClient::new().process_challenge(CODE, server.salt(), &n),
            Err(SrpError::BadPublicKey)
        ));
    }
}
