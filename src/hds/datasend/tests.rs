use super::*;
use crate::hds::message;

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

/// Encodes and decodes `message` as it travels in a frame.
fn wire(message: &Message) -> Message {
    message::decode(&message::encode(message).unwrap()).unwrap()
}

#[test]
fn hello_pair() {
    let request = wire(&hello_request(7));
    assert!(is_hello_request(&request));
    assert_eq!(
        request,
        Message::Request {
            protocol: "control".into(),
            topic: "hello".into(),
            id: 7,
            body: Value::empty_dict(),
        }
    );
    let response = wire(&hello_response(7));
    assert!(!is_hello_request(&response));
    assert_eq!(
        response,
        Message::Response {
            protocol: "control".into(),
            topic: "hello".into(),
            id: 7,
            status: 0,
            body: Value::empty_dict(),
        }
    );
    assert!(!is_hello_request(&open_request(
        1,
        &OpenRequest::recording(1)
    )));
}

#[test]
fn open_request_round_trip() {
    let open = OpenRequest::recording(42);
    assert!(open.is_recording());
    let message = wire(&open_request(3, &open));
    assert_eq!((message.protocol(), message.topic()), ("dataSend", "open"));
    assert!(matches!(message, Message::Request { id: 3, .. }));
    assert_eq!(
        message.body(),
        &Value::dict([
            ("target", s("controller")),
            ("type", s("ipcamera.recording")),
            ("streamId", Value::Int(42)),
        ])
    );
    assert_eq!(OpenRequest::parse(message.body()), Ok(open));

    let with_reason = OpenRequest {
        reason: Some("recording".into()),
        kind: "other".into(),
        ..OpenRequest::recording(1)
    };
    assert!(!with_reason.is_recording());
    assert_eq!(OpenRequest::parse(&with_reason.to_value()), Ok(with_reason));

    // A non-string reason is ignored (§16 #15).
    let odd = Value::dict([
        ("target", s("controller")),
        ("type", s("ipcamera.recording")),
        ("streamId", Value::Int(1)),
        ("reason", Value::Int(0)),
    ]);
    assert_eq!(OpenRequest::parse(&odd).map(|o| o.reason), Ok(None));
}

#[test]
fn open_request_missing_fields() {
    let full = OpenRequest::recording(1).to_value();
    let Value::Dict(entries) = &full else {
        unreachable!()
    };
    for (i, name) in ["target", "type", "streamId"].into_iter().enumerate() {
        let mut missing = entries.clone();
        missing.remove(i);
        assert_eq!(
            OpenRequest::parse(&Value::Dict(missing)),
            Err(DataSendError::Missing(name))
        );
        let mut wrong = entries.clone();
        wrong[i].1 = Value::Array(vec![]);
        assert_eq!(
            OpenRequest::parse(&Value::Dict(wrong)),
            Err(DataSendError::WrongType(name))
        );
    }
    assert_eq!(
        OpenRequest::parse(&Value::Null),
        Err(DataSendError::WrongType("body"))
    );
}

#[test]
fn open_responses() {
    assert_eq!(open_accepted(), Value::dict([("status", Value::Int(0))]));
    assert_eq!(
        open_refused(CloseReason::Busy),
        Value::dict([("status", Value::Int(2))])
    );
    assert_eq!(
        wire(&open_response(9, Ok(()))),
        Message::Response {
            protocol: "dataSend".into(),
            topic: "open".into(),
            id: 9,
            status: 0,
            body: open_accepted(),
        }
    );
    assert_eq!(
        wire(&open_response(9, Err(CloseReason::InvalidConfiguration))),
        Message::Response {
            protocol: "dataSend".into(),
            topic: "open".into(),
            id: 9,
            status: 6,
            body: Value::dict([("status", Value::Int(9))]),
        }
    );
}

#[test]
fn data_types() {
    for t in [DataType::MediaInitialization, DataType::MediaFragment] {
        assert_eq!(DataType::parse(t.as_str()), Some(t));
    }
    assert_eq!(DataType::MediaFragment.as_str(), "mediaFragment");
    assert_eq!(DataType::parse("mediafragment"), None);
}

#[test]
fn chunking_600_kib() {
    let total = 600 * 1024;
    let chunks = chunk_metas(DataType::MediaFragment, 4, total);
    assert_eq!(chunks.len(), 3);
    let ranges: Vec<_> = chunks.iter().map(|(_, r)| r.clone()).collect();
    assert_eq!(ranges, vec![0..0x40000, 0x40000..0x80000, 0x80000..total]);
    for (i, (meta, _)) in chunks.iter().enumerate() {
        assert_eq!(meta.data_type, DataType::MediaFragment);
        assert_eq!(meta.data_sequence_number, 4);
        assert_eq!(meta.data_chunk_sequence_number, i as i64 + 1);
        assert_eq!(meta.is_last_data_chunk, i == 2);
        assert_eq!(meta.data_total_size, (i == 0).then_some(total as i64));
    }

    // Exact multiples, small and empty segments.
    let exact = chunk_metas(DataType::MediaFragment, 2, 2 * CHUNK_SIZE);
    assert_eq!(exact.len(), 2);
    assert_eq!(exact[1].1, CHUNK_SIZE..2 * CHUNK_SIZE);
    assert!(exact[1].0.is_last_data_chunk);
    let one = chunk_metas(DataType::MediaInitialization, 1, 700);
    assert_eq!(one.len(), 1);
    assert_eq!(
        one[0],
        (
            ChunkMeta {
                data_type: DataType::MediaInitialization,
                data_sequence_number: 1,
                data_chunk_sequence_number: 1,
                is_last_data_chunk: true,
                data_total_size: Some(700),
            },
            0..700
        )
    );
    let empty = chunk_metas(DataType::MediaFragment, 3, 0);
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].1, 0..0);
    assert!(empty[0].0.is_last_data_chunk);
    assert_eq!(empty[0].0.data_total_size, Some(0));
}

#[test]
fn data_events_round_trip() {
    let segment: Vec<u8> = (0..600 * 1024u32).map(|i| (i % 253) as u8).collect();
    let chunks = chunk_metas(DataType::MediaFragment, 2, segment.len());
    let mut reassembled = Vec::new();
    for (i, (meta, range)) in chunks.iter().enumerate() {
        let last = i == chunks.len() - 1;
        let message = data_event(17, meta, &segment[range.clone()], last);
        let bytes = message::encode(&message).unwrap();
        // A full chunk fits one frame with room to spare.
        assert!(bytes.len() < crate::hds::frame::MAX_PAYLOAD);
        let decoded = message::decode(&bytes).unwrap();
        assert_eq!((decoded.protocol(), decoded.topic()), ("dataSend", "data"));
        assert!(matches!(decoded, Message::Event { .. }));
        assert_eq!(
            decoded.body().get("endOfStream").is_some(),
            last,
            "endOfStream only when asked"
        );
        let event = DataEvent::parse(decoded.body()).unwrap();
        assert_eq!(event.stream_id, 17);
        assert_eq!(event.end_of_stream, last);
        assert_eq!(event.packets.len(), 1);
        let (data, parsed_meta) = &event.packets[0];
        assert_eq!(parsed_meta, meta);
        reassembled.extend_from_slice(data);
    }
    assert_eq!(reassembled, segment);

    // The body shape of §12.7, key by key.
    let meta = &chunk_metas(DataType::MediaInitialization, 1, 3)[0].0;
    assert_eq!(
        data_event(5, meta, &[1, 2, 3], false).body(),
        &Value::dict([
            ("streamId", Value::Int(5)),
            (
                "packets",
                Value::Array(vec![Value::dict([
                    ("data", Value::Data(vec![1, 2, 3])),
                    (
                        "metadata",
                        Value::dict([
                            ("dataType", s("mediaInitialization")),
                            ("dataSequenceNumber", Value::Int(1)),
                            ("dataChunkSequenceNumber", Value::Int(1)),
                            ("isLastDataChunk", Value::Bool(true)),
                            ("dataTotalSize", Value::Int(3)),
                        ])
                    ),
                ])])
            ),
        ])
    );
}

/// The entries of a dictionary.
type Entries = Vec<(String, Value)>;

#[test]
fn data_event_missing_fields() {
    let meta = &chunk_metas(DataType::MediaFragment, 2, 300_000)[1].0;
    let good = data_event(1, meta, &[0; 4], true).body().clone();
    assert!(DataEvent::parse(&good).is_ok());
    assert_eq!(
        DataEvent::parse(&good).unwrap().packets[0]
            .1
            .data_total_size,
        None
    );

    // Rewrites the first packet's metadata (or the packet) with `f`.
    let edit_packet = |f: &dyn Fn(&mut Entries)| {
        let mut body = good.clone();
        let Value::Dict(entries) = &mut body else {
            unreachable!()
        };
        let Value::Array(packets) = &mut entries[1].1 else {
            unreachable!()
        };
        let Value::Dict(packet) = &mut packets[0] else {
            unreachable!()
        };
        f(packet);
        DataEvent::parse(&body)
    };
    let remove_meta = |key: &'static str| {
        edit_packet(&move |packet| {
            let Value::Dict(meta) = &mut packet[1].1 else {
                unreachable!()
            };
            meta.retain(|(k, _)| k != key);
        })
    };
    assert_eq!(
        remove_meta("dataType"),
        Err(DataSendError::Missing("packets[].metadata.dataType"))
    );
    assert_eq!(
        remove_meta("dataSequenceNumber"),
        Err(DataSendError::Missing(
            "packets[].metadata.dataSequenceNumber"
        ))
    );
    assert_eq!(
        remove_meta("dataChunkSequenceNumber"),
        Err(DataSendError::Missing(
            "packets[].metadata.dataChunkSequenceNumber"
        ))
    );
    assert_eq!(
        remove_meta("isLastDataChunk"),
        Err(DataSendError::Missing("packets[].metadata.isLastDataChunk"))
    );
    assert_eq!(
        edit_packet(&|packet| packet.retain(|(k, _)| k != "data")),
        Err(DataSendError::Missing("packets[].data"))
    );
    assert_eq!(
        edit_packet(&|packet| packet[0].1 = s("bytes")),
        Err(DataSendError::WrongType("packets[].data"))
    );
    assert_eq!(
        edit_packet(&|packet| packet.retain(|(k, _)| k != "metadata")),
        Err(DataSendError::Missing("packets[].metadata"))
    );
    assert_eq!(
        edit_packet(&|packet| packet[1].1 = Value::Array(vec![])),
        Err(DataSendError::WrongType("packets[].metadata"))
    );
    assert_eq!(
        edit_packet(&|packet| {
            let Value::Dict(meta) = &mut packet[1].1 else {
                unreachable!()
            };
            meta[0].1 = s("audio");
        }),
        Err(DataSendError::UnknownDataType("audio".into()))
    );
    assert_eq!(
        edit_packet(&|packet| {
            let Value::Dict(meta) = &mut packet[1].1 else {
                unreachable!()
            };
            meta.push(("dataTotalSize".into(), s("1")));
        }),
        Err(DataSendError::WrongType("packets[].metadata.dataTotalSize"))
    );

    let body = |entries: Vec<(&'static str, Value)>| DataEvent::parse(&Value::dict(entries));
    assert_eq!(
        body(vec![("packets", Value::Array(vec![]))]),
        Err(DataSendError::Missing("streamId"))
    );
    assert_eq!(
        body(vec![("streamId", Value::Int(1))]),
        Err(DataSendError::Missing("packets"))
    );
    assert_eq!(
        body(vec![("streamId", Value::Int(1)), ("packets", Value::Null)]),
        Err(DataSendError::WrongType("packets"))
    );
    assert_eq!(
        body(vec![
            ("streamId", Value::Int(1)),
            ("packets", Value::Array(vec![Value::Int(1)]))
        ]),
        Err(DataSendError::WrongType("packets[]"))
    );
    assert_eq!(
        body(vec![
            ("streamId", Value::Int(1)),
            ("packets", Value::Array(vec![])),
            ("endOfStream", Value::Int(1)),
        ]),
        Err(DataSendError::WrongType("endOfStream"))
    );
    assert_eq!(
        body(vec![
            ("streamId", Value::Int(1)),
            ("packets", Value::Array(vec![]))
        ]),
        Ok(DataEvent {
            stream_id: 1,
            packets: vec![],
            end_of_stream: false
        })
    );
    assert_eq!(
        DataEvent::parse(&Value::Null),
        Err(DataSendError::WrongType("body"))
    );
}

#[test]
fn ack_round_trip_and_missing_fields() {
    let message = wire(&ack_event(4, true));
    assert_eq!((message.protocol(), message.topic()), ("dataSend", "ack"));
    assert!(matches!(message, Message::Event { .. }));
    assert_eq!(
        AckEvent::parse(message.body()),
        Ok(AckEvent {
            stream_id: 4,
            end_of_stream: true
        })
    );
    assert_eq!(
        AckEvent::parse(&Value::dict([("streamId", Value::Int(4))])),
        Ok(AckEvent {
            stream_id: 4,
            end_of_stream: false
        })
    );
    assert_eq!(
        AckEvent::parse(&Value::dict([("endOfStream", Value::Bool(true))])),
        Err(DataSendError::Missing("streamId"))
    );
    assert_eq!(
        AckEvent::parse(&Value::dict([("streamId", s("4"))])),
        Err(DataSendError::WrongType("streamId"))
    );
}

#[test]
fn close_round_trip_and_variants() {
    let message = wire(&close_event(8, CloseReason::Cancelled));
    assert_eq!((message.protocol(), message.topic()), ("dataSend", "close"));
    assert_eq!(
        message.body(),
        &Value::dict([("streamId", Value::Int(8)), ("reason", Value::Int(3))])
    );
    assert_eq!(
        CloseEvent::parse(message.body()),
        Ok(CloseEvent {
            stream_id: 8,
            reason: Some(CloseReason::Cancelled),
            raw_reason: Some(3)
        })
    );
    // SVS example: `status` instead of `reason` (§16 #14).
    assert_eq!(
        CloseEvent::parse(&Value::dict([
            ("streamId", Value::Int(8)),
            ("status", Value::Int(0))
        ])),
        Ok(CloseEvent {
            stream_id: 8,
            reason: Some(CloseReason::Normal),
            raw_reason: Some(0)
        })
    );
    // `reason` wins over `status`.
    assert_eq!(
        CloseEvent::parse(&Value::dict([
            ("streamId", Value::Int(8)),
            ("status", Value::Int(0)),
            ("reason", Value::Int(2)),
        ]))
        .map(|c| c.reason),
        Ok(Some(CloseReason::Busy))
    );
    assert_eq!(
        CloseEvent::parse(&Value::dict([
            ("streamId", Value::Int(8)),
            ("reason", Value::Int(99))
        ])),
        Ok(CloseEvent {
            stream_id: 8,
            reason: None,
            raw_reason: Some(99)
        })
    );
    assert_eq!(
        CloseEvent::parse(&Value::dict([("streamId", Value::Int(8))])),
        Ok(CloseEvent {
            stream_id: 8,
            reason: None,
            raw_reason: None
        })
    );
    assert_eq!(
        CloseEvent::parse(&Value::dict([("reason", Value::Int(0))])),
        Err(DataSendError::Missing("streamId"))
    );
    assert_eq!(
        CloseEvent::parse(&Value::Array(vec![])),
        Err(DataSendError::WrongType("body"))
    );
}
