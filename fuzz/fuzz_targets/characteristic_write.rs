//! Characteristic writes and reads (`PUT /characteristics` body, `GET /characteristics`
//! query): `WriteRequest::parse` of the JSON body, then the write applied to the camera's real
//! database (values checked by `value_from_json`, TLV8 values by their checks, recording
//! selections parsed), and the reply built; the same bytes as a read query. The first input
//! byte picks the doorbell variant and the writer's rights.
#![no_main]

use hksv::accessory::{
    CameraInfo, Category, ReadRequest, WriteContext, WriteRequest, camera_database, write_response,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, body)) = data.split_first() else {
        return;
    };
    let mut info = CameraInfo::new("Fuzz");
    if flags & 1 != 0 {
        info.category = Category::Doorbell;
    }
    let mut db = camera_database(&info);
    if let Some(request) = WriteRequest::parse(body) {
        let _ = request.has_duplicates();
        let _ = request.refuse_all(-70410);
        let ctx = WriteContext {
            admin: flags & 2 != 0,
            timed_write_prepared: flags & 4 != 0,
        };
        let outcomes = db.write(&request, ctx);
        assert_eq!(outcomes.len(), request.entries.len());
        let _ = write_response(&outcomes);
        let _ = db.to_json();
    }
    if let Ok(query) = std::str::from_utf8(body)
        && let Some(read) = ReadRequest::parse(query)
    {
        let _ = db.read(&read, |_, _| flags & 8 != 0);
    }
});
