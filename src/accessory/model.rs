//! The database model: formats, permissions, units, values, characteristics, services.

/// Characteristic value formats (reference §8.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `bool`, sent as 0/1.
    Bool,
    /// `uint8`.
    Uint8,
    /// `uint16`.
    Uint16,
    /// `uint32`.
    Uint32,
    /// `uint64`.
    Uint64,
    /// `int` (signed 32-bit).
    Int,
    /// `float`.
    Float,
    /// `string`.
    String,
    /// `tlv8`, base64 in JSON.
    Tlv8,
    /// `data`, base64 in JSON.
    Data,
}

impl Format {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Bool => "bool",
            Format::Uint8 => "uint8",
            Format::Uint16 => "uint16",
            Format::Uint32 => "uint32",
            Format::Uint64 => "uint64",
            Format::Int => "int",
            Format::Float => "float",
            Format::String => "string",
            Format::Tlv8 => "tlv8",
            Format::Data => "data",
        }
    }

    /// The value range of an integer format.
    pub fn integer_range(self) -> Option<(i128, i128)> {
        match self {
            Format::Uint8 => Some((0, u8::MAX.into())),
            Format::Uint16 => Some((0, u16::MAX.into())),
            Format::Uint32 => Some((0, u32::MAX.into())),
            Format::Uint64 => Some((0, u64::MAX.into())),
            Format::Int => Some((i32::MIN.into(), i32::MAX.into())),
            _ => None,
        }
    }
}

/// A set of characteristic permissions (reference §8.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Perms(u8);

impl Perms {
    /// `pr`: paired read.
    pub const PR: Perms = Perms(0x01);
    /// `pw`: paired write.
    pub const PW: Perms = Perms(0x02);
    /// `ev`: notify.
    pub const EV: Perms = Perms(0x04);
    /// `aa`: additional authorization.
    pub const AA: Perms = Perms(0x08);
    /// `tw`: timed write.
    pub const TW: Perms = Perms(0x10);
    /// `hd`: hidden.
    pub const HD: Perms = Perms(0x20);
    /// `wr`: write response.
    pub const WR: Perms = Perms(0x40);

    const NAMES: [(Perms, &'static str); 7] = [
        (Perms::PR, "pr"),
        (Perms::PW, "pw"),
        (Perms::EV, "ev"),
        (Perms::AA, "aa"),
        (Perms::TW, "tw"),
        (Perms::HD, "hd"),
        (Perms::WR, "wr"),
    ];

    /// The union of two sets (usable in constants).
    pub const fn with(self, other: Perms) -> Perms {
        Perms(self.0 | other.0)
    }

    /// Whether every permission of `other` is in `self`.
    pub fn contains(self, other: Perms) -> bool {
        self.0 & other.0 == other.0
    }

    /// The JSON names, in the fixed order pr, pw, ev, aa, tw, hd, wr.
    pub fn names(self) -> Vec<&'static str> {
        Perms::NAMES
            .iter()
            .filter(|(p, _)| self.contains(*p))
            .map(|(_, n)| *n)
            .collect()
    }
}

impl std::ops::BitOr for Perms {
    type Output = Perms;
    fn bitor(self, rhs: Perms) -> Perms {
        Perms(self.0 | rhs.0)
    }
}

/// Units (reference §8.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// `celsius`.
    Celsius,
    /// `percentage`.
    Percentage,
    /// `arcdegrees`.
    Arcdegrees,
    /// `lux`.
    Lux,
    /// `seconds`.
    Seconds,
}

impl Unit {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Celsius => "celsius",
            Unit::Percentage => "percentage",
            Unit::Arcdegrees => "arcdegrees",
            Unit::Lux => "lux",
            Unit::Seconds => "seconds",
        }
    }
}

/// A characteristic value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// No value yet (read as `null`, or refused where the characteristic says so).
    Null,
    /// `bool`.
    Bool(bool),
    /// Any integer format.
    Int(i128),
    /// `float`.
    Float(f64),
    /// `string`.
    String(String),
    /// `tlv8` or `data`.
    Bytes(Vec<u8>),
}

/// What a written `tlv8` value must be, beyond valid TLV8 (see
/// [`Characteristic::tlv_check`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlvCheck {
    /// A SelectedCameraRecordingConfiguration that parses (reference §11.4).
    SelectedRecordingConfiguration,
}

impl TlvCheck {
    /// Whether `bytes` pass.
    pub fn accepts(self, bytes: &[u8]) -> bool {
        match self {
            TlvCheck::SelectedRecordingConfiguration => {
                crate::recording::SelectedRecordingConfiguration::parse(bytes).is_ok()
            }
        }
    }
}

/// One characteristic.
#[derive(Clone, Debug, PartialEq)]
pub struct Characteristic {
    /// Instance id, unique within the accessory.
    pub iid: u64,
    /// Apple-defined type (the first UUID group, e.g. `0x22` for MotionDetected).
    pub kind: u32,
    /// Value format.
    pub format: Format,
    /// Permissions.
    pub perms: Perms,
    /// Unit.
    pub unit: Option<Unit>,
    /// `minValue`.
    pub min: Option<f64>,
    /// `maxValue`.
    pub max: Option<f64>,
    /// `minStep`.
    pub step: Option<f64>,
    /// `maxLen` for strings (default 64 when absent).
    pub max_len: Option<u32>,
    /// `valid-values`.
    pub valid_values: Option<Vec<u32>>,
    /// `description`.
    pub description: Option<&'static str>,
    /// Current value.
    pub value: Value,
    /// Only admin controllers may write it (HAP-NodeJS rule for camera state, §9.2).
    pub admin_write: bool,
    /// The value is stored in the state file and restored at start.
    pub persist: bool,
    /// Events are delivered immediately (no coalescing; §1.8).
    pub immediate: bool,
    /// Reads always return `null` (ProgrammableSwitchEvent, §8.1).
    pub null_on_read: bool,
    /// A read of [`Value::Null`] fails with `-70402` instead of returning `null` (§9.2: `209`).
    pub unset_read_fails: bool,
    /// The value advertises capabilities (a supported configuration): it counts as layout
    /// for `c#`, and a change invalidates the hub's stored selection (field notes pitfall 13).
    pub capability: bool,
    /// Writes belong to the writing connection (SetupDataStreamTransport now, SetupEndpoints
    /// for live view): the written value is never stored here but handed, with the
    /// connection's context, to the server's handler, whose answer goes back in that
    /// connection's write-response; reads return that connection's last answer.
    pub per_connection: bool,
    /// A check of the meaning of a written `tlv8` value (beyond its syntax); a value it
    /// refuses is `-70410` and is not stored.
    pub tlv_check: Option<TlvCheck>,
}

impl Characteristic {
    /// A characteristic with no metadata and a `Null` value.
    pub fn new(kind: u32, format: Format, perms: Perms) -> Self {
        Characteristic {
            iid: 0,
            kind,
            format,
            perms,
            unit: None,
            min: None,
            max: None,
            step: None,
            max_len: None,
            valid_values: None,
            description: None,
            value: Value::Null,
            admin_write: false,
            persist: false,
            immediate: false,
            null_on_read: false,
            unset_read_fails: false,
            capability: false,
            per_connection: false,
            tlv_check: None,
        }
    }

    /// Sets the initial value.
    pub fn with_value(mut self, value: Value) -> Self {
        self.value = value;
        self
    }

    /// Sets min/max/step.
    pub fn with_range(mut self, min: f64, max: f64, step: f64) -> Self {
        self.min = Some(min);
        self.max = Some(max);
        self.step = Some(step);
        self
    }
}

/// One service.
#[derive(Clone, Debug, PartialEq)]
pub struct Service {
    /// Instance id.
    pub iid: u64,
    /// Apple-defined type.
    pub kind: u32,
    /// `primary`.
    pub primary: bool,
    /// `hidden`.
    pub hidden: bool,
    /// Instance ids of linked services.
    pub linked: Vec<u64>,
    /// Characteristics in order.
    pub characteristics: Vec<Characteristic>,
}

/// One accessory (`aid`).
#[derive(Clone, Debug, PartialEq)]
pub struct Accessory {
    /// Accessory instance id (1 for a directly served accessory).
    pub aid: u64,
    /// Services in order.
    pub services: Vec<Service>,
}

/// The short UUID form of an Apple-defined type (reference §8.2): hex, upper case, no
/// leading zeros.
pub fn short_uuid(kind: u32) -> String {
    format!("{kind:X}")
}

/// The stable key of a characteristic: `<service type>/<characteristic type>`, short forms.
pub fn value_key(service: u32, characteristic: u32) -> String {
    format!("{}/{}", short_uuid(service), short_uuid(characteristic))
}
