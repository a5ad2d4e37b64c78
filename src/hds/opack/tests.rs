use super::*;

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

/// Tag + inline string bytes, for hand-written vectors.
fn inline_str(out: &mut Vec<u8>, text: &str) {
    assert!(text.len() <= 32);
    out.push(0x40 + text.len() as u8);
    out.extend_from_slice(text.as_bytes());
}

fn round_trip(value: &Value) -> Vec<u8> {
    let bytes = encode(value);
    assert_eq!(decode(&bytes).as_ref(), Ok(value), "bytes {bytes:02X?}");
    let mut appended = vec![0xAA];
    encode_into(value, &mut appended);
    assert_eq!(&appended[1..], &bytes[..]);
    bytes
}

#[test]
fn scalars_use_the_shortest_forms() {
    assert_eq!(round_trip(&Value::Null), [0x04]);
    assert_eq!(round_trip(&Value::Bool(true)), [0x01]);
    assert_eq!(round_trip(&Value::Bool(false)), [0x02]);
    let cases: &[(i64, &[u8])] = &[
        (-1, &[0x07]),
        (0, &[0x08]),
        (1, &[0x09]),
        (38, &[0x2E]),
        (39, &[0x2F]),
        (40, &[0x30, 40]),
        (-2, &[0x30, 0xFE]),
        (127, &[0x30, 0x7F]),
        (-128, &[0x30, 0x80]),
        (128, &[0x31, 0x80, 0x00]),
        (-129, &[0x31, 0x7F, 0xFF]),
        (32767, &[0x31, 0xFF, 0x7F]),
        (-32768, &[0x31, 0x00, 0x80]),
        (32768, &[0x32, 0x00, 0x80, 0x00, 0x00]),
        (-32769, &[0x32, 0xFF, 0x7F, 0xFF, 0xFF]),
        (i64::from(i32::MAX), &[0x32, 0xFF, 0xFF, 0xFF, 0x7F]),
        (i64::from(i32::MIN), &[0x32, 0x00, 0x00, 0x00, 0x80]),
        (
            i64::from(i32::MAX) + 1,
            &[0x33, 0x00, 0x00, 0x00, 0x80, 0, 0, 0, 0],
        ),
        (
            i64::from(i32::MIN) - 1,
            &[0x33, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF],
        ),
        (
            i64::MAX,
            &[0x33, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],
        ),
        (i64::MIN, &[0x33, 0, 0, 0, 0, 0, 0, 0, 0x80]),
    ];
    for &(n, bytes) in cases {
        assert_eq!(round_trip(&Value::Int(n)), bytes, "{n}");
    }

    let mut float = vec![0x36];
    float.extend_from_slice(&1.5f64.to_le_bytes());
    assert_eq!(round_trip(&Value::Float(1.5)), float);
    let mut date = vec![0x06];
    date.extend_from_slice(&(-3.25f64).to_le_bytes());
    assert_eq!(round_trip(&Value::Date(-3.25)), date);
    let uuid: [u8; 16] = std::array::from_fn(|i| i as u8 * 17);
    let mut bytes = vec![0x05];
    bytes.extend_from_slice(&uuid);
    assert_eq!(round_trip(&Value::Uuid(uuid)), bytes);
}

#[test]
fn strings_and_data_length_boundaries() {
    for (len, header) in [
        (0usize, vec![0x40]),
        (1, vec![0x41]),
        (32, vec![0x60]),
        (33, vec![0x61, 33]),
        (255, vec![0x61, 0xFF]),
        (256, vec![0x62, 0x00, 0x01]),
        (65535, vec![0x62, 0xFF, 0xFF]),
        (65536, vec![0x63, 0x00, 0x00, 0x01, 0x00]),
    ] {
        let text = "x".repeat(len);
        let bytes = round_trip(&Value::String(text.clone()));
        assert_eq!(&bytes[..header.len()], &header[..], "string {len}");
        assert_eq!(bytes.len(), header.len() + len);

        let data = vec![0x5A; len];
        let bytes = round_trip(&Value::Data(data));
        let mut data_header = header.clone();
        data_header[0] += 0x30;
        assert_eq!(&bytes[..header.len()], &data_header[..], "data {len}");
    }
    // Multi-byte UTF-8: the length counts bytes.
    let text = "é".repeat(17); // 34 bytes
    assert_eq!(&round_trip(&s(&text))[..2], &[0x61, 34]);

    // A 256 KiB chunk (§12.7) uses 0x93 with a 4-byte length (§16 #10).
    let chunk: Vec<u8> = (0..0x40000u32).map(|i| (i * 31) as u8).collect();
    let bytes = round_trip(&Value::Data(chunk));
    assert_eq!(&bytes[..5], &[0x93, 0x00, 0x00, 0x04, 0x00]);
    assert_eq!(bytes.len(), 5 + 0x40000);
}

#[test]
fn containers_counted_up_to_14() {
    for n in [0usize, 1, 14, 15, 40] {
        let items: Vec<Value> = (0..n as i64).map(Value::Int).collect();
        let bytes = round_trip(&Value::Array(items));
        if n <= 14 {
            assert_eq!(bytes[0], 0xD0 + n as u8);
            assert_eq!(bytes.len(), 1 + n);
        } else {
            assert_eq!(bytes[0], 0xDF);
            assert_eq!(bytes.last(), Some(&0x03));
        }

        let entries: Vec<(String, Value)> =
            (0..n).map(|i| (format!("k{i}"), Value::Null)).collect();
        let bytes = round_trip(&Value::Dict(entries));
        if n <= 14 {
            assert_eq!(bytes[0], 0xE0 + n as u8);
        } else {
            assert_eq!(bytes[0], 0xEF);
            assert_eq!(bytes.last(), Some(&0x03));
        }
    }
    let nested = Value::dict([
        (
            "a",
            Value::Array(vec![Value::empty_dict(), Value::Array(vec![])]),
        ),
        ("b", Value::dict([("c", s("d"))])),
    ]);
    assert_eq!(
        round_trip(&nested),
        [
            0xE2, 0x41, b'a', 0xD2, 0xE0, 0xD0, 0x41, b'b', 0xE1, 0x41, b'c', 0x41, b'd'
        ]
    );
}

#[test]
fn accessors() {
    let v = Value::dict([
        ("n", Value::Int(5)),
        ("s", s("x")),
        ("b", Value::Bool(true)),
        ("d", Value::Data(vec![1])),
        ("a", Value::Array(vec![Value::Null])),
        ("n", Value::Int(6)),
        ("f", Value::Float(0.5)),
    ]);
    assert_eq!(v.get("n").and_then(Value::as_i64), Some(5));
    assert_eq!(v.get("s").and_then(Value::as_str), Some("x"));
    assert_eq!(v.get("b").and_then(Value::as_bool), Some(true));
    assert_eq!(v.get("d").and_then(Value::as_bytes), Some(&[1u8][..]));
    assert_eq!(
        v.get("a").and_then(Value::as_array).map(<[_]>::len),
        Some(1)
    );
    assert_eq!(v.get("f").and_then(Value::as_f64), Some(0.5));
    assert_eq!(v.get("n").and_then(Value::as_f64), Some(5.0));
    assert_eq!(v.as_dict().map(<[_]>::len), Some(7));
    assert_eq!(v.get("missing"), None);
    assert_eq!(s("x").get("n"), None);
    assert_eq!(s("x").as_i64(), None);
    assert_eq!(Value::Int(1).as_str(), None);
    assert_eq!(Value::Int(1).as_bool(), None);
    assert_eq!(Value::Int(1).as_bytes(), None);
    assert_eq!(Value::Int(1).as_array(), None);
    assert_eq!(Value::Int(1).as_dict(), None);
    assert_eq!(Value::from(3i64), Value::Int(3));
    assert_eq!(Value::from("a"), s("a"));
    assert_eq!(Value::from(String::from("a")), s("a"));
    assert_eq!(Value::from(true), Value::Bool(true));
    assert_eq!(Value::from(vec![1u8]), Value::Data(vec![1]));
}

#[test]
fn decodes_every_tag_of_the_table() {
    let cases: Vec<(Vec<u8>, Value)> = vec![
        (vec![0x30, 0xFF], Value::Int(-1)), // signed int8 (HAP-NodeJS, go2rtc)
        (vec![0x30, 0x05], Value::Int(5)),  // non-shortest forms are accepted
        (vec![0x31, 0x05, 0x00], Value::Int(5)),
        (vec![0x32, 0xFE, 0xFF, 0xFF, 0xFF], Value::Int(-2)),
        (vec![0x33, 5, 0, 0, 0, 0, 0, 0, 0], Value::Int(5)),
        (
            [&[0x35][..], &2.5f32.to_le_bytes()].concat(),
            Value::Float(2.5),
        ),
        (
            [&[0x06][..], &7.0f64.to_le_bytes()].concat(),
            Value::Date(7.0),
        ),
        (vec![0x63, 2, 0, 0, 0, b'h', b'i'], s("hi")),
        (vec![0x64, 2, 0, 0, 0, 0, 0, 0, 0, b'h', b'i'], s("hi")),
        (vec![0x62, 0, 0], s("")),
        (vec![0x6F, b'a', b'b', 0x00], s("ab")),
        (vec![0x6F, 0x00], s("")),
        (vec![0x93, 1, 0, 0, 0, 9], Value::Data(vec![9])),
        (vec![0x94, 1, 0, 0, 0, 0, 0, 0, 0, 9], Value::Data(vec![9])),
        (vec![0x9F, 1, 2, 0x03], Value::Data(vec![1, 2])),
        (vec![0x9F, 0x03], Value::Data(vec![])),
        (vec![0x70], Value::Data(vec![])),
        (
            vec![0xDF, 0x08, 0x01, 0x03],
            Value::Array(vec![Value::Int(0), Value::Bool(true)]),
        ),
        (vec![0xDF, 0x03], Value::Array(vec![])),
        (
            vec![0xEF, 0x41, b'k', 0x04, 0x03],
            Value::dict([("k", Value::Null)]),
        ),
        (
            vec![0xE2, 0x41, b'k', 0x08, 0x41, b'k', 0x09],
            Value::Dict(vec![
                ("k".into(), Value::Int(0)),
                ("k".into(), Value::Int(1)),
            ]),
        ),
    ];
    for (bytes, value) in cases {
        assert_eq!(decode(&bytes), Ok(value), "{bytes:02X?}");
    }
    let dup = decode(&[0xE2, 0x41, b'k', 0x08, 0x41, b'k', 0x09]).unwrap();
    assert_eq!(dup.get("k"), Some(&Value::Int(0)));
}

#[test]
fn back_reference_in_a_hap_nodejs_response_header() {
    // HAP-NodeJS writes {"protocol":"dataSend","response":"open","id":Int64(5),"status":Int64(5)}.
    // Registered in order: "protocol" 0, "dataSend" 1, "response" 2, "open" 3, "id" 4,
    // Int64 5 → 5, "status" 6; the repeated 5 becomes a reference to index 5: 0xA5.
    let mut bytes = vec![0xE4];
    inline_str(&mut bytes, "protocol");
    inline_str(&mut bytes, "dataSend");
    inline_str(&mut bytes, "response");
    inline_str(&mut bytes, "open");
    inline_str(&mut bytes, "id");
    bytes.extend_from_slice(&[0x33, 5, 0, 0, 0, 0, 0, 0, 0]);
    inline_str(&mut bytes, "status");
    bytes.push(0xA5);
    assert_eq!(
        decode(&bytes),
        Ok(Value::dict([
            ("protocol", s("dataSend")),
            ("response", s("open")),
            ("id", Value::Int(5)),
            ("status", Value::Int(5)),
        ]))
    );
}

#[test]
fn back_references_to_keys_and_through_keys() {
    // A dictionary key reused as a value: {"target":"controller","type":"target"}.
    let mut bytes = vec![0xE2];
    inline_str(&mut bytes, "target");
    inline_str(&mut bytes, "controller");
    inline_str(&mut bytes, "type");
    bytes.push(0xA0);
    assert_eq!(
        decode(&bytes),
        Ok(Value::dict([
            ("target", s("controller")),
            ("type", s("target"))
        ]))
    );

    // A key written as a reference, and an int8 reused: [{"id":-128},{"id":-128}].
    let mut bytes = vec![0xD2, 0xE1];
    inline_str(&mut bytes, "id");
    bytes.extend_from_slice(&[0x30, 0x80, 0xE1, 0xA0, 0xA1]);
    let one = Value::dict([("id", Value::Int(-128))]);
    assert_eq!(decode(&bytes), Ok(Value::Array(vec![one.clone(), one])));

    // Bools, null, -1, 0–39, the empty string and containers get no index; floats, dates,
    // UUIDs and data do.
    let mut bytes = vec![0xDF, 0x01, 0x02, 0x04, 0x07, 0x0A, 0x2F, 0x40, 0xD0, 0xE0];
    inline_str(&mut bytes, "protocol"); // 0
    bytes.extend_from_slice(&[0x35, 0, 0, 0x80, 0x3F]); // 1: 1.0f32
    bytes.extend_from_slice(&[0x36, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F]); // 2: 1.0
    bytes.extend_from_slice(&[0x06, 0, 0, 0, 0, 0, 0, 0, 0x40]); // 3: date 2.0
    bytes.push(0x05); // 4: UUID
    bytes.extend_from_slice(&[0x11; 16]);
    bytes.extend_from_slice(&[0x71, 0x42]); // 5: data [0x42]
    bytes.extend_from_slice(&[0x70]); // 6: empty data
    bytes.extend_from_slice(&[0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0x03]);
    let Value::Array(items) = decode(&bytes).unwrap() else {
        panic!("not an array")
    };
    let tail: Vec<Value> = items[items.len() - 7..].to_vec();
    assert_eq!(
        tail,
        vec![
            s("protocol"),
            Value::Float(1.0),
            Value::Float(1.0),
            Value::Date(2.0),
            Value::Uuid([0x11; 16]),
            Value::Data(vec![0x42]),
            Value::Data(vec![]),
        ]
    );
    // Nothing beyond index 6 was registered (references do not register themselves).
    let mut bad = bytes.clone();
    let end = bad.len() - 1;
    bad.insert(end, 0xA7);
    assert!(matches!(
        decode(&bad),
        Err(OpackError::BadReference {
            index: 7,
            registered: 7,
            ..
        })
    ));
}

#[test]
fn extended_back_references() {
    // 34 strings registered (indices 0..=33); 0xC0 reaches 32, 0xC1 0x21 reaches 33.
    let mut bytes = vec![0xDF];
    for i in 0..34 {
        inline_str(&mut bytes, &format!("s{i}"));
    }
    bytes.extend_from_slice(&[0xC0, 0xC1, 0x21, 0xC2, 0x01, 0x00, 0xC3, 0x02, 0, 0]);
    bytes.extend_from_slice(&[0xC4, 0x03, 0, 0, 0, 0x03]);
    let Value::Array(items) = decode(&bytes).unwrap() else {
        panic!("not an array")
    };
    assert_eq!(
        items[34..].to_vec(),
        vec![s("s32"), s("s33"), s("s1"), s("s2"), s("s3")]
    );
    for tag in 0xC5..=0xCF {
        assert_eq!(
            decode(&[tag, 0, 0, 0, 0]),
            Err(OpackError::UnknownTag { tag, offset: 0 })
        );
    }
    assert_eq!(
        decode(&[0xC4, 0xFF, 0xFF, 0xFF, 0xFF]),
        Err(OpackError::BadReference {
            index: 0xFFFF_FFFF,
            registered: 0,
            offset: 0
        })
    );
    assert_eq!(
        decode(&[0xC2, 0x01]),
        Err(OpackError::Truncated { offset: 0 })
    );
}

#[test]
fn back_references_cannot_amplify_without_bound() {
    // 70 000 data bytes referenced twice: the first copy fits the budget (the input length),
    // the second does not.
    let mut bytes = vec![0xDF, 0x93];
    bytes.extend_from_slice(&70_000u32.to_le_bytes());
    bytes.extend_from_slice(&vec![7; 70_000]);
    bytes.extend_from_slice(&[0xA0, 0x03]);
    assert!(decode(&bytes).is_ok());
    let end = bytes.len() - 1;
    bytes.insert(end, 0xA0);
    assert_eq!(
        decode(&bytes),
        Err(OpackError::ReferenceBudget { offset: end })
    );
    // Small values may be repeated freely.
    let mut bytes = vec![0xDF, 0x30, 0x64];
    bytes.extend_from_slice(&[0xA0; 100_000]);
    bytes.push(0x03);
    assert_eq!(
        decode(&bytes).unwrap().as_array().map(<[_]>::len),
        Some(100_001)
    );
}

#[test]
fn malformed_inputs_are_errors() {
    for tag in [0x00u8, 0x34]
        .into_iter()
        .chain(0x37..=0x3F)
        .chain(0x65..=0x6E)
        .chain(0x95..=0x9E)
    {
        assert_eq!(
            decode(&[tag, 0, 0, 0, 0, 0, 0, 0, 0]),
            Err(OpackError::UnknownTag { tag, offset: 0 }),
            "tag {tag:02X}"
        );
    }
    let truncated: &[&[u8]] = &[
        &[],
        &[0x05, 1, 2],
        &[0x06, 0],
        &[0x30],
        &[0x31, 0],
        &[0x32, 0, 0, 0],
        &[0x33, 0, 0, 0, 0, 0, 0, 0],
        &[0x35, 0],
        &[0x36, 0],
        &[0x43, b'a'],
        &[0x61],
        &[0x61, 2, b'a'],
        &[0x63, 0xFF, 0xFF, 0xFF, 0xFF],
        &[0x64, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
        &[0x6F, b'a'],
        &[0x72, 1],
        &[0x93, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2],
        &[0x94, 0, 0, 0, 0, 0, 0, 0, 0x80],
        &[0x9F, 1, 2],
        &[0xDF, 0x08],
        &[0xEF, 0x41, b'k', 0x08],
        &[0xEF],
    ];
    for bytes in truncated {
        assert_eq!(
            decode(bytes),
            Err(OpackError::Truncated { offset: 0 }),
            "{bytes:02X?}"
        );
    }
    // A missing element is reported at its own offset.
    assert_eq!(
        decode(&[0xD2, 0x08]),
        Err(OpackError::Truncated { offset: 2 })
    );
    assert_eq!(
        decode(&[0xD2, 0x08, 0x30]),
        Err(OpackError::Truncated { offset: 2 })
    );
    assert_eq!(
        decode(&[0xE1, 0x41, b'k']),
        Err(OpackError::Truncated { offset: 3 })
    );
    assert_eq!(
        decode(&[0x03]),
        Err(OpackError::UnexpectedTerminator { offset: 0 })
    );
    assert_eq!(
        decode(&[0xD1, 0x03]),
        Err(OpackError::UnexpectedTerminator { offset: 1 })
    );
    assert_eq!(
        decode(&[0xE1, 0x41, b'k', 0x03]),
        Err(OpackError::UnexpectedTerminator { offset: 3 })
    );
    assert_eq!(
        decode(&[0x42, 0xC3, 0x28]),
        Err(OpackError::InvalidUtf8 { offset: 0 })
    );
    assert_eq!(
        decode(&[0x6F, 0xFF, 0x00]),
        Err(OpackError::InvalidUtf8 { offset: 0 })
    );
    assert_eq!(
        decode(&[0xE1, 0x08, 0x08]),
        Err(OpackError::NonStringKey { offset: 1 })
    );
    assert_eq!(
        decode(&[0xE1, 0x71, b'k', 0x08]),
        Err(OpackError::NonStringKey { offset: 1 })
    );
    assert_eq!(
        decode(&[0xA0]),
        Err(OpackError::BadReference {
            index: 0,
            registered: 0,
            offset: 0
        })
    );
    assert_eq!(
        decode(&[0x08, 0x08]),
        Err(OpackError::TrailingBytes {
            consumed: 1,
            len: 2
        })
    );
    assert_eq!(decode_prefix(&[0x08, 0x08]), Ok((Value::Int(0), 1)));
    assert_eq!(decode_prefix(&[0x41, b'a', 0xFF]), Ok((s("a"), 2)));
}

#[test]
fn nesting_depth_is_limited() {
    let nested = |depth: usize| {
        let mut bytes = vec![0xD1; depth];
        bytes.push(0x04);
        bytes
    };
    assert!(decode(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(
        decode(&nested(MAX_DEPTH + 1)),
        Err(OpackError::TooDeep { offset: MAX_DEPTH })
    );
    // Far deeper input: an error, not a stack overflow.
    assert!(matches!(
        decode(&vec![0xDF; 1_000_000]),
        Err(OpackError::TooDeep { .. })
    ));
    let mut dicts = Vec::new();
    for _ in 0..100_000 {
        dicts.extend_from_slice(&[0xE1, 0x41, b'k']);
    }
    assert!(matches!(decode(&dicts), Err(OpackError::TooDeep { .. })));
}

/// xorshift64: deterministic, dependency-free pseudo-random numbers for the fuzz loop.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    fn len(&mut self) -> usize {
        match self.below(10) {
            0 => 33 + self.below(300),
            1 => 30 + self.below(5),
            _ => self.below(12),
        }
    }

    fn int(&mut self) -> i64 {
        let n = self.next() as i64;
        match self.below(6) {
            0 => n,
            1 => n >> 33,
            2 => n >> 49,
            3 => n >> 57,
            4 => self.below(50) as i64 - 5,
            _ => [i64::MIN, i64::MAX, -1, 39, 40, 127, -128, 128, -129][self.below(9)],
        }
    }

    fn float(&mut self) -> f64 {
        let f = f64::from_bits(self.next());
        if f.is_nan() { 0.5 } else { f }
    }

    fn string(&mut self) -> String {
        let len = self.len();
        (0..len)
            .map(|_| ['a', 'b', 'é', '€', '😀', 'z', '0'][self.below(7)])
            .collect()
    }

    fn value(&mut self, depth: usize) -> Value {
        let kinds = if depth >= 3 { 8 } else { 10 };
        match self.below(kinds) {
            0 => Value::Null,
            1 => Value::Bool(self.next() & 1 == 1),
            2 => Value::Int(self.int()),
            3 => Value::Float(self.float()),
            4 => Value::Date(self.float()),
            5 => Value::Uuid(std::array::from_fn(|_| self.next() as u8)),
            6 => Value::String(self.string()),
            7 => {
                let len = self.len();
                Value::Data(self.bytes(len))
            }
            8 => {
                let n = if self.below(8) == 0 {
                    15 + self.below(5)
                } else {
                    self.below(6)
                };
                Value::Array((0..n).map(|_| self.value(depth + 1)).collect())
            }
            _ => {
                let n = if self.below(8) == 0 {
                    15 + self.below(5)
                } else {
                    self.below(6)
                };
                Value::Dict(
                    (0..n)
                        .map(|_| (self.string(), self.value(depth + 1)))
                        .collect(),
                )
            }
        }
    }

    /// Random bytes biased towards meaningful tags.
    fn tagged_bytes(&mut self) -> Vec<u8> {
        const TAGS: &[u8] = &[
            0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x2F, 0x30, 0x33, 0x35, 0x36, 0x41, 0x61,
            0x63, 0x64, 0x6F, 0x71, 0x93, 0x94, 0x9F, 0xA0, 0xA1, 0xC1, 0xC4, 0xD2, 0xDF, 0xE1,
            0xEF, 0x00,
        ];
        let len = self.below(40);
        (0..len)
            .map(|_| {
                if self.below(2) == 0 {
                    TAGS[self.below(TAGS.len())]
                } else {
                    self.next() as u8
                }
            })
            .collect()
    }

    fn mutate(&mut self, bytes: &mut Vec<u8>) {
        for _ in 0..1 + self.below(3) {
            match self.below(5) {
                0 if !bytes.is_empty() => {
                    let i = self.below(bytes.len());
                    bytes[i] ^= 1 << self.below(8);
                }
                1 if !bytes.is_empty() => {
                    let i = self.below(bytes.len());
                    bytes[i] = self.next() as u8;
                }
                2 => {
                    let i = self.below(bytes.len() + 1);
                    bytes.insert(i, self.next() as u8);
                }
                3 if !bytes.is_empty() => {
                    let i = self.below(bytes.len());
                    bytes.remove(i);
                }
                _ => {
                    let len = self.below(bytes.len() + 1);
                    bytes.truncate(len);
                }
            }
        }
    }
}

/// Whatever decodes must re-encode to a canonical form that decodes to the same encoding.
/// Returns whether `bytes` decoded.
fn check_decoded(bytes: &[u8]) -> bool {
    let _ = decode_prefix(bytes);
    match decode(bytes) {
        Ok(value) => {
            let canonical = encode(&value);
            let again = decode(&canonical).expect("canonical encoding decodes");
            assert_eq!(encode(&again), canonical);
            true
        }
        Err(_) => false,
    }
}

#[test]
fn fuzz_decode_never_panics_and_round_trips() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut decoded = [0usize; 3];
    for i in 0..200_000 {
        let (kind, ok) = match i % 4 {
            0 => {
                let len = rng.below(24);
                let bytes = rng.bytes(len);
                (0, check_decoded(&bytes))
            }
            1 => {
                let bytes = rng.tagged_bytes();
                (1, check_decoded(&bytes))
            }
            _ => {
                let value = rng.value(0);
                let mut bytes = encode(&value);
                assert_eq!(decode(&bytes).as_ref(), Ok(&value));
                rng.mutate(&mut bytes);
                (2, check_decoded(&bytes))
            }
        };
        decoded[kind] += usize::from(ok);
    }
    eprintln!("decoded (random, tagged, mutated): {decoded:?}");
    // The loop reaches past the first byte: some inputs of every kind decode.
    assert!(decoded.iter().all(|&n| n > 100), "{decoded:?}");
}
