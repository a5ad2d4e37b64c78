//! Setup code, setup ID, setup URI / QR payload and setup hash (reference §3.5, §7.2, §7.3).

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use sha2::{Digest, Sha512};
use thiserror::Error;

use crate::crypto::random_array;

/// Setup payload problems.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SetupError {
    /// Not `XXX-XX-XXX` or 8 digits.
    #[error("setup code {0:?} must be 8 digits, written XXX-XX-XXX or XXXXXXXX")]
    Format(String),
    /// A code HomeKit refuses (all digits equal, 12345678, 87654321).
    #[error("setup code {0} is too trivial (HomeKit refuses it); choose another")]
    Trivial(String),
    /// Not 4 characters from `0-9A-Z`.
    #[error("setup ID {0:?} must be 4 characters from 0-9 and A-Z")]
    SetupId(String),
    /// The QR encoder refused the payload.
    #[error("QR code: {0}")]
    Qr(String),
    /// The operating system's random source failed.
    #[error("random source failed")]
    Random,
}

/// A valid HomeKit setup code, normalised to `XXX-XX-XXX` (the SRP password, §3.2).
#[derive(Clone, PartialEq, Eq)]
pub struct SetupCode(String);

impl SetupCode {
    /// Parses `XXX-XX-XXX` or `XXXXXXXX` and refuses trivial codes (§3.5).
    pub fn parse(text: &str) -> Result<Self, SetupError> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let digits: Vec<u8> = match bytes.len() {
            8 => bytes.to_vec(),
            10 if bytes.get(3) == Some(&b'-') && bytes.get(6) == Some(&b'-') => bytes
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 3 && *i != 6)
                .map(|(_, b)| *b)
                .collect(),
            _ => return Err(SetupError::Format(text.to_owned())),
        };
        if !digits.iter().all(u8::is_ascii_digit) {
            return Err(SetupError::Format(text.to_owned()));
        }
        // 8 ASCII digits, checked above.
        let d = String::from_utf8_lossy(&digits).into_owned();
        let code = Self(format!("{}-{}-{}", &d[0..3], &d[3..5], &d[5..8]));
        let all_equal = digits.iter().all(|b| Some(b) == digits.first());
        if all_equal || d == "12345678" || d == "87654321" {
            return Err(SetupError::Trivial(code.0));
        }
        Ok(code)
    }

    /// A random valid code.
    pub fn generate() -> Result<Self, SetupError> {
        loop {
            let raw = u32::from_le_bytes(random_array::<4>().map_err(|_| SetupError::Random)?);
            // Rejection sampling keeps the distribution uniform over 0..10^8.
            if raw >= 4_200_000_000 {
                continue;
            }
            if let Ok(code) = Self::parse(&format!("{:08}", raw % 100_000_000)) {
                return Ok(code);
            }
        }
    }

    /// `XXX-XX-XXX`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The 8 digits as an integer (the low 27 bits of the setup payload).
    pub fn value(&self) -> u32 {
        self.0
            .bytes()
            .filter(u8::is_ascii_digit)
            .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'))
    }
}

impl fmt::Display for SetupCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for SetupCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SetupCode({})", self.0)
    }
}

impl FromStr for SetupCode {
    type Err = SetupError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

const BASE36: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Checks a setup ID: 4 characters from `0-9A-Z`.
pub fn validate_setup_id(setup_id: &str) -> Result<(), SetupError> {
    if setup_id.len() == 4 && setup_id.bytes().all(|b| BASE36.contains(&b)) {
        Ok(())
    } else {
        Err(SetupError::SetupId(setup_id.to_owned()))
    }
}

/// A random setup ID (4 characters from `0-9A-Z`).
pub fn generate_setup_id() -> Result<String, SetupError> {
    let bytes = random_array::<4>().map_err(|_| SetupError::Random)?;
    // 256 % 36 = 4: the first four symbols are very slightly more likely; irrelevant for an
    // identifier that only has to differ between accessories.
    Ok(bytes
        .iter()
        .map(|b| char::from(BASE36[usize::from(*b) % 36]))
        .collect())
}

/// A random device ID / accessory pairing ID, `XX:XX:XX:XX:XX:XX` uppercase (§3.5).
pub fn generate_device_id() -> Result<String, SetupError> {
    let bytes = random_array::<6>().map_err(|_| SetupError::Random)?;
    Ok(bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":"))
}

/// Setup payload flag: IP transport supported (bit 28, §7.3).
const FLAG_IP: u64 = 1 << 28;

/// The setup URI `X-HM://` ‖ 9 base-36 characters ‖ setup ID (§7.3) for an unpaired IP
/// accessory of `category` (§7.4, 17 = IP camera, 18 = video doorbell).
pub fn setup_uri(code: &SetupCode, category: u8, setup_id: &str) -> Result<String, SetupError> {
    validate_setup_id(setup_id)?;
    let mut payload = (u64::from(category) << 31) | FLAG_IP | u64::from(code.value());
    let mut digits = [b'0'; 9];
    for digit in digits.iter_mut().rev() {
        // payload % 36 < 36 indexes BASE36 in bounds.
        *digit = BASE36[(payload % 36) as usize];
        payload /= 36;
    }
    Ok(format!(
        "X-HM://{}{}",
        String::from_utf8_lossy(&digits),
        setup_id
    ))
}

/// The mDNS `sh` value: base64 of the first 4 bytes of SHA-512(setup ID ‖ device ID) (§7.2).
pub fn setup_hash(setup_id: &str, device_id: &str) -> String {
    let digest = Sha512::new()
        .chain_update(setup_id.as_bytes())
        .chain_update(device_id.to_ascii_uppercase().as_bytes())
        .finalize();
    base64::engine::general_purpose::STANDARD.encode(&digest[..4])
}

/// Renders `uri` as a QR code for a terminal: two modules per character with Unicode half
/// blocks, light modules as spaces, with the quiet zone.
pub fn qr_code_text(uri: &str) -> Result<String, SetupError> {
    let code = qrcode::QrCode::new(uri.as_bytes()).map_err(|e| SetupError::Qr(e.to_string()))?;
    Ok(code
        .render::<qrcode::render::unicode::Dense1x2>()
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_normalise() {
        assert_eq!(
            SetupCode::parse("518-08-582").unwrap().as_str(),
            "518-08-582"
        );
        assert_eq!(SetupCode::parse("51808582").unwrap().as_str(), "518-08-582");
        assert_eq!(
            SetupCode::parse(" 031-45-154\n").unwrap().value(),
            3_145_154
        );
        for bad in [
            "",
            "5180858",
            "518-085-82",
            "51808582a",
            "abc-de-fgh",
            "518_08_582",
            "٥١٨-٠٨-٥٨٢",
        ] {
            assert!(
                matches!(SetupCode::parse(bad), Err(SetupError::Format(_))),
                "{bad}"
            );
        }
        for trivial in ["000-00-000", "99999999", "123-45-678", "87654321"] {
            assert!(
                matches!(SetupCode::parse(trivial), Err(SetupError::Trivial(_))),
                "{trivial}"
            );
        }
    }

    #[test]
    fn generated_values_are_valid() {
        for _ in 0..50 {
            let code = SetupCode::generate().unwrap();
            assert_eq!(SetupCode::parse(code.as_str()).unwrap(), code);
            validate_setup_id(&generate_setup_id().unwrap()).unwrap();
            let id = generate_device_id().unwrap();
            assert_eq!(id.len(), 17);
            assert_eq!(id, id.to_ascii_uppercase());
        }
        assert!(validate_setup_id("1qj8").is_err());
        assert!(validate_setup_id("1QJ").is_err());
    }

    #[test]
    fn setup_uri_vectors() {
        // Reference §7.3 table.
        let code = SetupCode::parse("518-08-582").unwrap();
        assert_eq!(
            setup_uri(&code, 17, "1QJ8").unwrap(),
            "X-HM://00GX24EO61QJ8"
        );
        assert_eq!(
            setup_uri(&code, 18, "1QJ8").unwrap(),
            "X-HM://00HWKOFNQ1QJ8"
        );
        let code = SetupCode::parse("031-45-154").unwrap();
        assert_eq!(setup_uri(&code, 2, "ABCD").unwrap(), "X-HM://0023ISYWYABCD");
        assert!(setup_uri(&code, 2, "abcd").is_err());
    }

    #[test]
    fn setup_hash_vector() {
        // Reference §7.2.
        assert_eq!(setup_hash("1QJ8", "AA:BB:CC:DD:EE:FF"), "Jyv0aQ==");
    }

    #[test]
    fn qr_code_renders() {
        let text = qr_code_text("X-HM://00GX24EO61QJ8").unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // Version 1 (21 modules) + 2·4 quiet zone = 29 columns, 15 rows of half blocks.
        assert_eq!(lines[0].chars().count(), 29);
        assert_eq!(lines.len(), 15);
        assert!(text.contains('\u{2588}') || text.contains('\u{2580}'));
    }
}
