//! The HKSV camera / video doorbell accessory (reference §9): every service a Home hub needs
//! to offer recording, with the links of HAP-NodeJS (§9.1, §16 #6).
//!
//! Instance ids are deterministic: each service has a fixed base id (below) and its
//! characteristics follow it in a fixed order. Optional services (Speaker, Doorbell) keep
//! their own slots, so adding or removing one does not renumber the others; controllers cache
//! iids (§8.4).

use super::camera_tlv;
use super::model::{Accessory, Characteristic, Format, Perms, Service, Unit, Value};
use super::{Category, Database, ValueEvent};

/// Service types (reference §9.1).
pub mod service {
    /// AccessoryInformation.
    pub const ACCESSORY_INFORMATION: u32 = 0x3E;
    /// ProtocolInformation.
    pub const PROTOCOL_INFORMATION: u32 = 0xA2;
    /// CameraRTPStreamManagement.
    pub const CAMERA_RTP_STREAM_MANAGEMENT: u32 = 0x110;
    /// Microphone.
    pub const MICROPHONE: u32 = 0x112;
    /// Speaker.
    pub const SPEAKER: u32 = 0x113;
    /// MotionSensor.
    pub const MOTION_SENSOR: u32 = 0x85;
    /// CameraOperatingMode.
    pub const CAMERA_OPERATING_MODE: u32 = 0x21A;
    /// CameraRecordingManagement (CameraEventRecordingManagement).
    pub const CAMERA_RECORDING_MANAGEMENT: u32 = 0x204;
    /// DataStreamTransportManagement.
    pub const DATA_STREAM_TRANSPORT_MANAGEMENT: u32 = 0x129;
    /// Doorbell.
    pub const DOORBELL: u32 = 0x121;
}

/// Characteristic types used by the camera (reference §9.2).
pub mod characteristic {
    /// Identify.
    pub const IDENTIFY: u32 = 0x14;
    /// Manufacturer.
    pub const MANUFACTURER: u32 = 0x20;
    /// Model.
    pub const MODEL: u32 = 0x21;
    /// Name.
    pub const NAME: u32 = 0x23;
    /// SerialNumber.
    pub const SERIAL_NUMBER: u32 = 0x30;
    /// FirmwareRevision.
    pub const FIRMWARE_REVISION: u32 = 0x52;
    /// Version (ProtocolInformation, DataStreamTransportManagement).
    pub const VERSION: u32 = 0x37;
    /// SupportedVideoStreamConfiguration.
    pub const SUPPORTED_VIDEO_STREAM_CONFIGURATION: u32 = 0x114;
    /// SupportedAudioStreamConfiguration.
    pub const SUPPORTED_AUDIO_STREAM_CONFIGURATION: u32 = 0x115;
    /// SupportedRTPConfiguration.
    pub const SUPPORTED_RTP_CONFIGURATION: u32 = 0x116;
    /// SelectedRTPStreamConfiguration.
    pub const SELECTED_RTP_STREAM_CONFIGURATION: u32 = 0x117;
    /// SetupEndpoints.
    pub const SETUP_ENDPOINTS: u32 = 0x118;
    /// StreamingStatus.
    pub const STREAMING_STATUS: u32 = 0x120;
    /// Active.
    pub const ACTIVE: u32 = 0xB0;
    /// Mute.
    pub const MUTE: u32 = 0x11A;
    /// Volume.
    pub const VOLUME: u32 = 0x119;
    /// MotionDetected.
    pub const MOTION_DETECTED: u32 = 0x22;
    /// StatusActive.
    pub const STATUS_ACTIVE: u32 = 0x75;
    /// EventSnapshotsActive.
    pub const EVENT_SNAPSHOTS_ACTIVE: u32 = 0x223;
    /// HomeKitCameraActive.
    pub const HOMEKIT_CAMERA_ACTIVE: u32 = 0x21B;
    /// PeriodicSnapshotsActive.
    pub const PERIODIC_SNAPSHOTS_ACTIVE: u32 = 0x225;
    /// SupportedCameraRecordingConfiguration.
    pub const SUPPORTED_CAMERA_RECORDING_CONFIGURATION: u32 = 0x205;
    /// SupportedVideoRecordingConfiguration.
    pub const SUPPORTED_VIDEO_RECORDING_CONFIGURATION: u32 = 0x206;
    /// SupportedAudioRecordingConfiguration.
    pub const SUPPORTED_AUDIO_RECORDING_CONFIGURATION: u32 = 0x207;
    /// SelectedCameraRecordingConfiguration.
    pub const SELECTED_CAMERA_RECORDING_CONFIGURATION: u32 = 0x209;
    /// RecordingAudioActive.
    pub const RECORDING_AUDIO_ACTIVE: u32 = 0x226;
    /// SupportedDataStreamTransportConfiguration.
    pub const SUPPORTED_DATA_STREAM_TRANSPORT_CONFIGURATION: u32 = 0x130;
    /// SetupDataStreamTransport.
    pub const SETUP_DATA_STREAM_TRANSPORT: u32 = 0x131;
    /// ProgrammableSwitchEvent.
    pub const PROGRAMMABLE_SWITCH_EVENT: u32 = 0x73;
}

/// Stable keys (see [`super::value_key`]) of the values the application drives or watches.
pub mod keys {
    /// AccessoryInformation / Identify.
    pub const IDENTIFY: &str = "3E/14";
    /// MotionSensor / MotionDetected.
    pub const MOTION_DETECTED: &str = "85/22";
    /// Doorbell / ProgrammableSwitchEvent.
    pub const DOORBELL_EVENT: &str = "121/73";
    /// CameraRecordingManagement / Active.
    pub const RECORDING_ACTIVE: &str = "204/B0";
    /// CameraRecordingManagement / SelectedCameraRecordingConfiguration.
    pub const SELECTED_RECORDING_CONFIGURATION: &str = "204/209";
    /// CameraOperatingMode / HomeKitCameraActive.
    pub const HOMEKIT_CAMERA_ACTIVE: &str = "21A/21B";
    /// CameraOperatingMode / EventSnapshotsActive.
    pub const EVENT_SNAPSHOTS_ACTIVE: &str = "21A/223";
    /// CameraOperatingMode / PeriodicSnapshotsActive.
    pub const PERIODIC_SNAPSHOTS_ACTIVE: &str = "21A/225";
    /// CameraRTPStreamManagement / Active.
    pub const STREAMING_ACTIVE: &str = "110/B0";
    /// CameraRTPStreamManagement / SupportedVideoStreamConfiguration.
    pub const SUPPORTED_VIDEO_STREAM_CONFIGURATION: &str = "110/114";
    /// CameraRTPStreamManagement / SelectedRTPStreamConfiguration.
    pub const SELECTED_RTP_STREAM_CONFIGURATION: &str = "110/117";
    /// CameraRTPStreamManagement / SetupEndpoints.
    pub const SETUP_ENDPOINTS: &str = "110/118";
    /// CameraRTPStreamManagement / StreamingStatus.
    pub const STREAMING_STATUS: &str = "110/120";
    /// MotionSensor / StatusActive.
    pub const MOTION_STATUS_ACTIVE: &str = "85/75";
    /// DataStreamTransportManagement / SetupDataStreamTransport.
    pub const SETUP_DATA_STREAM_TRANSPORT: &str = "129/131";
    /// CameraRecordingManagement / SupportedCameraRecordingConfiguration.
    pub const SUPPORTED_CAMERA_RECORDING_CONFIGURATION: &str = "204/205";
    /// CameraRecordingManagement / SupportedVideoRecordingConfiguration.
    pub const SUPPORTED_VIDEO_RECORDING_CONFIGURATION: &str = "204/206";
    /// CameraRecordingManagement / SupportedAudioRecordingConfiguration.
    pub const SUPPORTED_AUDIO_RECORDING_CONFIGURATION: &str = "204/207";
    /// CameraRecordingManagement / RecordingAudioActive.
    pub const RECORDING_AUDIO_ACTIVE: &str = "204/226";
    /// Microphone / Mute.
    pub const MICROPHONE_MUTE: &str = "112/11A";
    /// Microphone / Volume.
    pub const MICROPHONE_VOLUME: &str = "112/119";
    /// Speaker / Mute.
    pub const SPEAKER_MUTE: &str = "113/11A";
    /// Speaker / Volume.
    pub const SPEAKER_VOLUME: &str = "113/119";
}

/// The two audio services of a camera, each with Mute and Volume (0–100 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AudioService {
    /// The camera's microphone (the audio sent to live-view controllers).
    Microphone,
    /// The camera's speaker (two-way audio from the controller), present when
    /// [`CameraInfo::speaker`] is set.
    Speaker,
}

impl AudioService {
    /// Stable key of the service's Mute characteristic.
    pub fn mute_key(self) -> &'static str {
        match self {
            AudioService::Microphone => keys::MICROPHONE_MUTE,
            AudioService::Speaker => keys::SPEAKER_MUTE,
        }
    }

    /// Stable key of the service's Volume characteristic.
    pub fn volume_key(self) -> &'static str {
        match self {
            AudioService::Microphone => keys::MICROPHONE_VOLUME,
            AudioService::Speaker => keys::SPEAKER_VOLUME,
        }
    }
}

/// Mirrors `HomeKitCameraActive` into the motion sensor's `StatusActive` (HAP-NodeJS, §9.2),
/// returning the event to send when it changed.
pub fn mirror_camera_active(db: &mut Database) -> Option<ValueEvent> {
    let active = matches!(db.value(keys::HOMEKIT_CAMERA_ACTIVE), Some(Value::Int(1)));
    db.set_value(keys::MOTION_STATUS_ACTIVE, Value::Bool(active))
}

/// Base instance ids of the services. Never change these: paired controllers cache iids.
mod slot {
    pub const ACCESSORY_INFORMATION: u64 = 1;
    pub const PROTOCOL_INFORMATION: u64 = 16;
    pub const CAMERA_RTP_STREAM_MANAGEMENT: u64 = 32;
    pub const MICROPHONE: u64 = 48;
    pub const SPEAKER: u64 = 56;
    pub const MOTION_SENSOR: u64 = 64;
    pub const CAMERA_OPERATING_MODE: u64 = 80;
    pub const CAMERA_RECORDING_MANAGEMENT: u64 = 96;
    pub const DATA_STREAM_TRANSPORT_MANAGEMENT: u64 = 112;
    pub const DOORBELL: u64 = 128;
}

/// Identification and options of the camera accessory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CameraInfo {
    /// Name.
    pub name: String,
    /// Camera or doorbell.
    pub category: Category,
    /// Manufacturer.
    pub manufacturer: String,
    /// Model.
    pub model: String,
    /// SerialNumber.
    pub serial_number: String,
    /// FirmwareRevision.
    pub firmware_revision: String,
    /// Add a Speaker service.
    pub speaker: bool,
    /// What `205`/`206`/`207` offer (reference §11.1–§11.3).
    pub recording: crate::recording::RecordingCapabilities,
}

impl CameraInfo {
    /// A camera (no speaker) named `name` with the default identification strings.
    pub fn new(name: impl Into<String>) -> Self {
        CameraInfo {
            name: name.into(),
            category: Category::Camera,
            manufacturer: "gst-hksv".to_owned(),
            model: "hksvsink".to_owned(),
            serial_number: "0000001".to_owned(),
            firmware_revision: env!("CARGO_PKG_VERSION").to_owned(),
            speaker: false,
            recording: crate::recording::RecordingCapabilities::default(),
        }
    }
}

use characteristic as ch;

const PR: Perms = Perms::PR;
const PR_EV: Perms = Perms::PR.with(Perms::EV);
const PR_PW_EV: Perms = PR_PW.with(Perms::EV);
const PR_PW: Perms = Perms::PR.with(Perms::PW);

/// §16 #8: the CameraOperatingMode flags `223`/`21B`/`225` follow HAP-NodeJS (`uint8` 0/1,
/// `pr pw ev`, no timed write), the variant used by implementations that record with real hubs.
fn operating_mode_flag(kind: u32) -> Characteristic {
    let mut c = Characteristic::new(kind, Format::Uint8, PR_PW_EV)
        .with_range(0.0, 1.0, 1.0)
        .with_value(Value::Int(1));
    c.admin_write = true;
    c.persist = true;
    c
}

/// §16 #9: RecordingAudioActive carries `tw` (HAP-NodeJS and SVS), so `/prepare` is needed.
fn recording_audio_active() -> Characteristic {
    let mut c = Characteristic::new(
        ch::RECORDING_AUDIO_ACTIVE,
        Format::Uint8,
        PR_PW_EV | Perms::TW,
    )
    .with_range(0.0, 1.0, 1.0)
    .with_value(Value::Int(0));
    c.persist = true;
    c
}

fn string(kind: u32, value: &str) -> Characteristic {
    let mut c = Characteristic::new(kind, Format::String, PR)
        .with_value(Value::String(value.chars().take(64).collect()));
    c.max_len = Some(64);
    c
}

fn tlv(kind: u32, perms: Perms, value: Vec<u8>) -> Characteristic {
    Characteristic::new(kind, Format::Tlv8, perms).with_value(Value::Bytes(value))
}

/// A characteristic whose writes the server answers per connection (see
/// [`Characteristic::per_connection`]): the data stream setup carries the writer's keys.
fn per_connection(mut c: Characteristic) -> Characteristic {
    c.per_connection = true;
    c
}

/// A supported-configuration TLV (see [`Characteristic::capability`]).
fn capability(kind: u32, perms: Perms, value: Vec<u8>) -> Characteristic {
    let mut c = tlv(kind, perms, value);
    c.capability = true;
    c
}

/// A recording offer that follows the stream (`206`/`207`): persisted, so that after a restart
/// the last stream's offer stands until the caps are known again, and the hub's selection
/// (valid only for the offer it was made from) survives the restart.
fn stream_capability(kind: u32, value: Vec<u8>) -> Characteristic {
    let mut c = capability(kind, PR_EV, value);
    c.persist = true;
    c
}

fn active(persist: bool, admin_write: bool) -> Characteristic {
    let mut c = Characteristic::new(ch::ACTIVE, Format::Uint8, PR_PW_EV)
        .with_range(0.0, 1.0, 1.0)
        .with_value(Value::Int(1));
    c.valid_values = Some(vec![0, 1]);
    c.persist = persist;
    c.admin_write = admin_write;
    c
}

fn mute() -> Characteristic {
    Characteristic::new(ch::MUTE, Format::Bool, PR_PW_EV).with_value(Value::Bool(false))
}

fn volume() -> Characteristic {
    let mut c = Characteristic::new(ch::VOLUME, Format::Uint8, PR_PW_EV)
        .with_range(0.0, 100.0, 1.0)
        .with_value(Value::Int(100));
    c.unit = Some(Unit::Percentage);
    c
}

fn service(base: u64, kind: u32, characteristics: Vec<Characteristic>) -> Service {
    let characteristics = characteristics
        .into_iter()
        .zip(base + 1..)
        .map(|(mut c, iid)| {
            c.iid = iid;
            c
        })
        .collect();
    Service {
        iid: base,
        kind,
        primary: false,
        hidden: false,
        linked: Vec::new(),
        characteristics,
    }
}

/// Builds the database of a camera or video doorbell (`aid 1`).
pub fn camera_database(info: &CameraInfo) -> Database {
    let mut services = vec![
        service(
            slot::ACCESSORY_INFORMATION,
            service::ACCESSORY_INFORMATION,
            vec![
                Characteristic::new(ch::IDENTIFY, Format::Bool, Perms::PW),
                string(ch::MANUFACTURER, &info.manufacturer),
                string(ch::MODEL, &info.model),
                string(ch::NAME, &info.name),
                string(ch::SERIAL_NUMBER, &info.serial_number),
                string(ch::FIRMWARE_REVISION, &info.firmware_revision),
            ],
        ),
        service(
            slot::PROTOCOL_INFORMATION,
            service::PROTOCOL_INFORMATION,
            vec![string(ch::VERSION, "1.1.0")],
        ),
        service(
            slot::CAMERA_RTP_STREAM_MANAGEMENT,
            service::CAMERA_RTP_STREAM_MANAGEMENT,
            vec![
                // Follows the stream (`crate::live::offer`); persisted so that it stands
                // across a restart until the stream is known. Not a recording capability: a
                // change neither moves `c#` nor drops the recording selection.
                {
                    let mut c = tlv(
                        ch::SUPPORTED_VIDEO_STREAM_CONFIGURATION,
                        PR,
                        camera_tlv::supported_video_stream_configuration(),
                    );
                    c.persist = true;
                    c
                },
                capability(
                    ch::SUPPORTED_AUDIO_STREAM_CONFIGURATION,
                    PR,
                    camera_tlv::supported_audio_stream_configuration(),
                ),
                capability(
                    ch::SUPPORTED_RTP_CONFIGURATION,
                    PR,
                    crate::live::offer::supported_rtp_configuration(),
                ),
                // Live-view writes carry the writer's keys and session: answered to the
                // writing connection only (`crate::live`); a connection that wrote nothing
                // reads the idle values of §10.5 and §10.4.
                per_connection(tlv(
                    ch::SELECTED_RTP_STREAM_CONFIGURATION,
                    PR_PW,
                    camera_tlv::idle_selected_rtp_stream_configuration(),
                )),
                per_connection(tlv(
                    ch::SETUP_ENDPOINTS,
                    PR_PW,
                    camera_tlv::idle_setup_endpoints(),
                )),
                // Unavailable until video arrives (`crate::live::LiveView::status`).
                tlv(
                    ch::STREAMING_STATUS,
                    PR_EV,
                    crate::live::StreamingStatus::Unavailable.to_bytes(),
                ),
                active(true, true),
            ],
        ),
        service(
            slot::MICROPHONE,
            service::MICROPHONE,
            vec![mute(), volume()],
        ),
    ];
    if info.speaker {
        services.push(service(
            slot::SPEAKER,
            service::SPEAKER,
            vec![mute(), active(false, false), volume()],
        ));
    }
    let mut motion = Characteristic::new(ch::MOTION_DETECTED, Format::Bool, PR_EV)
        .with_value(Value::Bool(false));
    motion.immediate = true;
    services.push(service(
        slot::MOTION_SENSOR,
        service::MOTION_SENSOR,
        vec![
            motion,
            Characteristic::new(ch::STATUS_ACTIVE, Format::Bool, PR_EV)
                .with_value(Value::Bool(true)),
            string(ch::NAME, &info.name),
        ],
    ));
    services.push(service(
        slot::CAMERA_OPERATING_MODE,
        service::CAMERA_OPERATING_MODE,
        vec![
            operating_mode_flag(ch::EVENT_SNAPSHOTS_ACTIVE),
            operating_mode_flag(ch::HOMEKIT_CAMERA_ACTIVE),
            operating_mode_flag(ch::PERIODIC_SNAPSHOTS_ACTIVE),
        ],
    ));
    let mut selected = Characteristic::new(
        ch::SELECTED_CAMERA_RECORDING_CONFIGURATION,
        Format::Tlv8,
        PR_PW_EV,
    );
    selected.admin_write = true;
    selected.persist = true;
    // HAP-NodeJS answers a read before the hub's selection with -70402 (§9.2).
    selected.unset_read_fails = true;
    // A selection that cannot be read is refused when written, not when a recording opens.
    selected.tlv_check = Some(super::model::TlvCheck::SelectedRecordingConfiguration);
    let mut recording = service(
        slot::CAMERA_RECORDING_MANAGEMENT,
        service::CAMERA_RECORDING_MANAGEMENT,
        vec![
            // Recording starts disabled until the hub (admin) enables it (§9.3).
            active(true, true).with_value(Value::Int(0)),
            capability(
                ch::SUPPORTED_CAMERA_RECORDING_CONFIGURATION,
                PR_EV,
                info.recording
                    .supported_camera_recording_configuration(info.category == Category::Doorbell),
            ),
            stream_capability(
                ch::SUPPORTED_VIDEO_RECORDING_CONFIGURATION,
                info.recording.supported_video_recording_configuration(),
            ),
            stream_capability(
                ch::SUPPORTED_AUDIO_RECORDING_CONFIGURATION,
                info.recording.supported_audio_recording_configuration(),
            ),
            selected,
            recording_audio_active(),
        ],
    );
    // §9.1 / §16 #6: recording management links the data stream and the motion sensor.
    recording.linked = vec![slot::DATA_STREAM_TRANSPORT_MANAGEMENT, slot::MOTION_SENSOR];
    services.push(recording);
    services.push(service(
        slot::DATA_STREAM_TRANSPORT_MANAGEMENT,
        service::DATA_STREAM_TRANSPORT_MANAGEMENT,
        vec![
            capability(
                ch::SUPPORTED_DATA_STREAM_TRANSPORT_CONFIGURATION,
                PR,
                camera_tlv::supported_data_stream_transport_configuration(),
            ),
            per_connection(tlv(
                ch::SETUP_DATA_STREAM_TRANSPORT,
                PR_PW | Perms::WR,
                Vec::new(),
            )),
            string(ch::VERSION, "1.0"),
        ],
    ));
    if info.category == Category::Doorbell {
        let mut event = Characteristic::new(ch::PROGRAMMABLE_SWITCH_EVENT, Format::Uint8, PR_EV);
        event.valid_values = Some(vec![0, 1, 2]);
        event.immediate = true;
        event.null_on_read = true;
        let mut doorbell = service(
            slot::DOORBELL,
            service::DOORBELL,
            vec![event, string(ch::NAME, &info.name)],
        );
        doorbell.primary = true;
        services.push(doorbell);
    }
    Database {
        accessories: vec![Accessory { aid: 1, services }],
    }
}
