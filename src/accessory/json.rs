//! JSON encoding of the database and of values (reference §8.1): short UUIDs, bools as 0/1,
//! `tlv8`/`data` as base64.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Map, Value as Json, json};

use super::model::{Accessory, Characteristic, Format, Service, Value, short_uuid};
use super::status;

/// JSON of a value in the characteristic's format.
pub fn value_to_json(format: Format, value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => json!(u8::from(*b)),
        Value::Int(i) => match (i64::try_from(*i), u64::try_from(*i)) {
            (Ok(v), _) => json!(v),
            (_, Ok(v)) => json!(v),
            _ => Json::Null,
        },
        Value::Float(f) => json!(f),
        Value::String(s) => json!(s),
        Value::Bytes(b) if matches!(format, Format::Tlv8 | Format::Data) => json!(BASE64.encode(b)),
        Value::Bytes(_) => Json::Null,
    }
}

/// Parses and validates a written JSON value against the characteristic (format, range,
/// valid values, maxLen). Errors are HAP status codes.
pub fn value_from_json(ch: &Characteristic, json: &Json) -> Result<Value, i32> {
    let invalid = status::INVALID_VALUE_IN_REQUEST;
    match ch.format {
        Format::Bool => match json {
            Json::Bool(b) => Ok(Value::Bool(*b)),
            Json::Number(n) if n.as_u64() == Some(0) => Ok(Value::Bool(false)),
            Json::Number(n) if n.as_u64() == Some(1) => Ok(Value::Bool(true)),
            _ => Err(invalid),
        },
        Format::Float => {
            let f = json.as_f64().ok_or(invalid)?;
            check_range(ch, f)?;
            Ok(Value::Float(f))
        }
        Format::String => {
            let s = json.as_str().ok_or(invalid)?;
            let max = ch.max_len.unwrap_or(64) as usize;
            if s.chars().count() > max {
                return Err(invalid);
            }
            Ok(Value::String(s.to_owned()))
        }
        Format::Data => {
            let s = json.as_str().ok_or(invalid)?;
            BASE64.decode(s).map(Value::Bytes).map_err(|_| invalid)
        }
        Format::Tlv8 => {
            let s = json.as_str().ok_or(invalid)?;
            let bytes = BASE64.decode(s).map_err(|_| invalid)?;
            // Syntax only: the meaning of each TLV belongs to the camera logic.
            crate::tlv8::Tlv8::decode(&bytes).map_err(|_| invalid)?;
            if ch.tlv_check.is_some_and(|check| !check.accepts(&bytes)) {
                return Err(invalid);
            }
            Ok(Value::Bytes(bytes))
        }
        int_format => {
            let (lo, hi) = int_format.integer_range().ok_or(invalid)?;
            let i: i128 = match json {
                Json::Bool(b) => i128::from(*b),
                Json::Number(n) => match (n.as_i64(), n.as_u64()) {
                    (Some(v), _) => v.into(),
                    (_, Some(v)) => v.into(),
                    _ => return Err(invalid),
                },
                _ => return Err(invalid),
            };
            if i < lo || i > hi {
                return Err(invalid);
            }
            check_range(ch, i as f64)?;
            if let Some(valid) = &ch.valid_values
                && !valid.iter().any(|v| i128::from(*v) == i)
            {
                return Err(invalid);
            }
            Ok(Value::Int(i))
        }
    }
}

fn check_range(ch: &Characteristic, v: f64) -> Result<(), i32> {
    let below = ch.min.is_some_and(|min| v < min);
    let above = ch.max.is_some_and(|max| v > max);
    if below || above || v.is_nan() {
        return Err(status::INVALID_VALUE_IN_REQUEST);
    }
    Ok(())
}

/// The metadata keys of a characteristic (`format`, `unit`, `minValue`, …), as in
/// `/accessories` and `GET /characteristics?meta=1`.
pub fn metadata(ch: &Characteristic, out: &mut Map<String, Json>) {
    out.insert("format".into(), json!(ch.format.as_str()));
    if let Some(unit) = ch.unit {
        out.insert("unit".into(), json!(unit.as_str()));
    }
    if let Some(min) = ch.min {
        out.insert("minValue".into(), number(min));
    }
    if let Some(max) = ch.max {
        out.insert("maxValue".into(), number(max));
    }
    if let Some(step) = ch.step {
        out.insert("minStep".into(), number(step));
    }
    if let Some(max_len) = ch.max_len {
        out.insert("maxLen".into(), json!(max_len));
    }
    if let Some(valid) = &ch.valid_values {
        out.insert("valid-values".into(), json!(valid));
    }
}

/// Whole numbers as JSON integers, others as floats.
fn number(v: f64) -> Json {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

/// The value a read returns, or the status that refuses it.
pub fn read_value(ch: &Characteristic) -> Result<Json, i32> {
    if !ch.perms.contains(super::Perms::PR) {
        return Err(status::WRITE_ONLY_CHARACTERISTIC);
    }
    if ch.null_on_read {
        return Ok(Json::Null);
    }
    if ch.unset_read_fails && ch.value == Value::Null {
        return Err(status::SERVICE_COMMUNICATION_FAILURE);
    }
    Ok(value_to_json(ch.format, &ch.value))
}

fn characteristic_json(ch: &Characteristic, with_values: bool) -> Json {
    let mut obj = Map::new();
    obj.insert("type".into(), json!(short_uuid(ch.kind)));
    obj.insert("iid".into(), json!(ch.iid));
    obj.insert("perms".into(), json!(ch.perms.names()));
    metadata(ch, &mut obj);
    if let Some(description) = ch.description {
        obj.insert("description".into(), json!(description));
    }
    // Write-only characteristics and values not available yet carry no `value` (§8.1).
    if with_values && let Ok(value) = read_value(ch) {
        obj.insert("value".into(), value);
    }
    Json::Object(obj)
}

fn service_json(service: &Service, with_values: bool) -> Json {
    let mut obj = Map::new();
    obj.insert("type".into(), json!(short_uuid(service.kind)));
    obj.insert("iid".into(), json!(service.iid));
    let chars: Vec<Json> = service
        .characteristics
        .iter()
        .map(|c| characteristic_json(c, with_values))
        .collect();
    obj.insert("characteristics".into(), Json::Array(chars));
    if service.primary {
        obj.insert("primary".into(), json!(true));
    }
    if service.hidden {
        obj.insert("hidden".into(), json!(true));
    }
    if !service.linked.is_empty() {
        obj.insert("linked".into(), json!(service.linked));
    }
    Json::Object(obj)
}

/// The `GET /accessories` document; `with_values = false` gives the layout used for `c#`.
pub fn accessories_json(accessories: &[Accessory], with_values: bool) -> Json {
    let list: Vec<Json> = accessories
        .iter()
        .map(|a| {
            let services: Vec<Json> = a
                .services
                .iter()
                .map(|s| service_json(s, with_values))
                .collect();
            json!({ "aid": a.aid, "services": services })
        })
        .collect();
    json!({ "accessories": list })
}
