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
//! # Constant time
//!
//! The arithmetic is `crypto-bigint`'s: fixed-size 3072-bit residues in Montgomery form whose
//! exponentiation runs in a time set by the exponent's type width (256-bit private keys,
//! 512-bit `x` and `u`, 1088-bit `a + u·x`), never by its value. Proofs are compared in
//! constant time. Only public values (`A`, `B`) go through variable-time code (the reduction
//! of a peer's key modulo N).
//!
//! The RustCrypto `srp` crate (also built on `crypto-bigint`) is not used: it hashes
//! `u = H(A ‖ B)` over trimmed values where HAP hashes `u = H(PAD(A) ‖ PAD(B))` (reference
//! §3.2), and it has a single `K`/`M1` byte form where the server must accept the three above.

use crypto_bigint::modular::ConstMontyForm;
use crypto_bigint::{U256, U512, U3072, Uint, const_monty_params};
use sha2::{Digest, Sha512};
use subtle::ConstantTimeEq;
use thiserror::Error;

/// SRP username for HAP pair-setup.
pub const USERNAME: &[u8] = b"Pair-Setup";
/// Byte length of the 3072-bit modulus.
pub const MODULUS_LEN: usize = 384;
/// Salt length used by accessories.
pub const SALT_LEN: usize = 16;
/// Byte length of the private keys `a` and `b` (256 bits, as HAP implementations use).
pub const PRIVATE_KEY_LEN: usize = 32;

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

const_monty_params!(
    GroupModulus,
    U3072,
    N_HEX,
    "The RFC 5054 3072-bit prime N (its Montgomery parameters are computed at compile time)."
);

/// An integer modulo N, in Montgomery form.
type Residue = ConstMontyForm<GroupModulus, { U3072::LIMBS }>;

/// The client's exponent `a + u·x` (256 + 512·512 bits: 1025 bits fit in 17 limbs).
type ClientExponent = Uint<{ 2 * U512::LIMBS + 1 }>;

/// A 3072-bit integer as 384 big-endian bytes (`PAD()` of RFC 5054).
type Padded = [u8; MODULUS_LEN];

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
    g: Residue,
    /// `k = H(PAD(N) ‖ PAD(g))`.
    k: Residue,
    /// `H(N) XOR H(g)`.
    hn_xor_hg: [u8; 64],
    /// `H(I)`.
    h_user: [u8; 64],
}

fn group() -> &'static Group {
    static GROUP: std::sync::LazyLock<Group> = std::sync::LazyLock::new(|| {
        let n = padded(&Residue::MODULUS.get());
        let g = U3072::from_u8(GENERATOR);
        let k = hash(&[&n, &padded(&g)]);
        let hn = hash(&[&n]);
        let hg = hash(&[&[GENERATOR]]);
        let mut hn_xor_hg = [0u8; 64];
        for (out, (a, b)) in hn_xor_hg.iter_mut().zip(hn.iter().zip(hg.iter())) {
            *out = a ^ b;
        }
        Group {
            g: Residue::new(&g),
            k: Residue::new(&U512::from_be_slice(&k).resize()),
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

/// A SHA-512 digest as a 512-bit integer.
fn hash_integer(parts: &[&[u8]]) -> U512 {
    U512::from_be_slice(&hash(parts))
}

/// Big-endian bytes of `value`, 384 of them.
fn padded(value: &U3072) -> Padded {
    let mut out = [0u8; MODULUS_LEN];
    out.copy_from_slice(value.to_be_bytes().as_ref());
    out
}

/// The value of a residue, 384 bytes.
fn residue_bytes(value: &Residue) -> Padded {
    padded(&value.retrieve())
}

/// A peer's public key as sent (big-endian, any leading zeros) left-padded to 384 bytes.
fn pad_wire(wire: &[u8]) -> Result<Padded, SrpError> {
    let start = MODULUS_LEN
        .checked_sub(wire.len())
        .ok_or(SrpError::BadPublicKey)?;
    let mut out = [0u8; MODULUS_LEN];
    out[start..].copy_from_slice(wire);
    Ok(out)
}

/// A peer's public key (padded) reduced modulo N; refused if it is 0 mod N. The key is public,
/// so the variable-time reduction leaks nothing.
fn public_residue(key: &Padded) -> Result<Residue, SrpError> {
    let reduced = U3072::from_be_slice(key).rem_vartime(Residue::MODULUS.as_nz_ref());
    if reduced.is_zero_vartime() {
        return Err(SrpError::BadPublicKey);
    }
    Ok(Residue::new(&reduced))
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    &bytes[start..]
}

fn x_of(salt: &[u8], password: &str) -> U512 {
    let inner = hash(&[USERNAME, b":", password.as_bytes()]);
    hash_integer(&[salt, &inner])
}

/// The password verifier `v = g^x mod N`, 384 bytes padded.
pub fn verifier(salt: &[u8], password: &str) -> Vec<u8> {
    residue_bytes(&group().g.pow(&x_of(salt, password))).to_vec()
}

/// `u = H(PAD(A) ‖ PAD(B))`.
fn u_of(a_pub: &Padded, b_pub: &Padded) -> U512 {
    hash_integer(&[a_pub, b_pub])
}

/// Session key `K` for `S` (padded) in `dialect` (always the full 64-byte hash).
fn session_key(s: &Padded, dialect: SrpDialect) -> [u8; 64] {
    match dialect {
        SrpDialect::Adk | SrpDialect::TrimmedIntegers => hash(&[trim(s)]),
        SrpDialect::PaddedSecret => hash(&[s]),
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

fn random_private_key() -> Result<[u8; PRIVATE_KEY_LEN], SrpError> {
    crate::crypto::random_array::<PRIVATE_KEY_LEN>().map_err(|_| SrpError::Random)
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
    v: Residue,
    b: U256,
    b_pub: Padded,
    b_wire: Vec<u8>,
}

impl SrpServer {
    /// A new exchange with a random salt and a random private key chosen so that `B` has no
    /// leading zero byte.
    pub fn new(password: &str) -> Result<Self, SrpError> {
        let salt = crate::crypto::random_array::<SALT_LEN>().map_err(|_| SrpError::Random)?;
        loop {
            let server = Self::with_secrets(password, salt, random_private_key()?);
            if server.b_wire.len() == MODULUS_LEN {
                return Ok(server);
            }
        }
    }

    /// A deterministic exchange (test vectors): fixed salt and private key `b` (big-endian).
    pub fn with_secrets(
        password: &str,
        salt: [u8; SALT_LEN],
        private_key: [u8; PRIVATE_KEY_LEN],
    ) -> Self {
        let gr = group();
        let v = gr.g.pow(&x_of(&salt, password));
        let b = U256::from_be_slice(&private_key);
        let b_pub = residue_bytes(&(gr.k * v + gr.g.pow(&b)));
        let b_wire = trim(&b_pub).to_vec();
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

    /// The premaster secret `S = (A · v^u)^b mod N` (padded) for the client's `A` (padded).
    fn premaster_secret(&self, a_pub: &Padded) -> Result<Padded, SrpError> {
        let a = public_residue(a_pub)?;
        let u = u_of(a_pub, &self.b_pub);
        Ok(residue_bytes(&(a * self.v.pow(&u)).pow(&self.b)))
    }

    /// Checks the client's `A` and proof `M1` (from M3) and returns the session key and `M2`.
    pub fn verify_client(&self, a_wire: &[u8], m1: &[u8]) -> Result<SrpSession, SrpError> {
        let a_pub = pad_wire(a_wire)?;
        let m1: &[u8; 64] = m1.try_into().map_err(|_| SrpError::BadProofLength)?;
        let s = self.premaster_secret(&a_pub)?;
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
    a_pub: Padded,
}

impl SrpClientProof {
    /// Checks the accessory's `M2` (from M4), accepting `A` hashed as sent or padded.
    pub fn verify_server(&self, m2: &[u8]) -> Result<(), SrpError> {
        let m2: &[u8; 64] = m2.try_into().map_err(|_| SrpError::BadProofLength)?;
        let as_sent = server_proof(&self.public_key, &self.proof, &self.key, SrpDialect::Adk);
        let padded = server_proof(&self.a_pub, &self.proof, &self.key, SrpDialect::Adk);
        if bool::from(as_sent.ct_eq(m2) | padded.ct_eq(m2)) {
            Ok(())
        } else {
            Err(SrpError::BadProof)
        }
    }
}

/// Controller side of SRP.
pub struct SrpClient {
    private_key: Option<[u8; PRIVATE_KEY_LEN]>,
}

impl SrpClient {
    /// A client with random private keys, redrawn until every hashed value is free of
    /// leading zero bytes (see the module documentation).
    pub fn new() -> Self {
        Self { private_key: None }
    }

    /// A deterministic client (test vectors): fixed private key `a` (big-endian), used as is.
    pub fn with_private_key(private_key: &[u8; PRIVATE_KEY_LEN]) -> Self {
        Self {
            private_key: Some(*private_key),
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
        let b_pub = pad_wire(b_wire)?;
        let b = public_residue(&b_pub)?;
        let x = x_of(salt, password);
        // B − k·g^x mod N.
        let base = b - gr.k * gr.g.pow(&x);
        loop {
            let a = match self.private_key {
                Some(a) => U256::from_be_slice(&a),
                None => U256::from_be_slice(&random_private_key()?),
            };
            let a_pub = residue_bytes(&gr.g.pow(&a));
            let u = u_of(&a_pub, &b_pub);
            let ux: Uint<{ 2 * U512::LIMBS }> = u.concatenating_mul(&x);
            let exponent = ClientExponent::wrapping_add(&ux.resize(), &a.resize());
            let s = residue_bytes(&base.pow(&exponent));
            let key = session_key(&s, SrpDialect::Adk);
            let public_key = trim(&a_pub).to_vec();
            let proof = client_proof(salt, &public_key, b_wire, &key, SrpDialect::Adk);
            let unambiguous =
                public_key.len() == MODULUS_LEN && s[0] != 0 && key[0] != 0 && proof[0] != 0;
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

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn group_constants() {
        let n = padded(&Residue::MODULUS.get());
        assert_eq!(hex(&n), N_HEX.to_lowercase());
        // k for this group as published by aiohomekit (CLIENT_K_VALUE) and HAP clients.
        assert_eq!(
            hex(trim(&residue_bytes(&group().k))),
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

            let b: [u8; PRIVATE_KEY_LEN] = v["b"].as_slice().try_into().unwrap();
            let a: [u8; PRIVATE_KEY_LEN] = v["a"].as_slice().try_into().unwrap();
            let server = SrpServer::with_secrets(password, salt, b);
            assert_eq!(server.public_key(), v["B"].as_slice(), "{name}: B");
            let client = SrpClient::with_private_key(&a);
            let proof = client.process_challenge(password, &salt, &v["B"]).unwrap();
            assert_eq!(proof.public_key, v["A"], "{name}: A");
            let a_pub = pad_wire(&v["A"]).unwrap();
            let b_pub = pad_wire(&v["B"]).unwrap();
            let u = u_of(&a_pub, &b_pub).to_be_bytes();
            assert_eq!(trim(u.as_ref()), v["u"], "{name}: u");
            let s = server.premaster_secret(&a_pub).unwrap();
            assert_eq!(trim(&s), v["S"], "{name}: S");
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
        let n = padded(&Residue::MODULUS.get());
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
