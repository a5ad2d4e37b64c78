//! Movie fragments: the `moof` box and the `mdat` header that precedes the sample data.
//!
//! The writer only produces headers; the samples themselves are appended by the caller (in
//! the element: the input buffers' memory), in track order, right after the `mdat` header.

use super::Fmp4Error;
use super::boxes::{FULL_BOX_VERSION_0, FULL_BOX_VERSION_1, write_box, write_full_box};

/// `tfhd`: `default-sample-flags-present`.
const TFHD_DEFAULT_SAMPLE_FLAGS_PRESENT: u32 = 0x00_0020;
/// `tfhd`: `default-base-is-moof` (data offsets count from the start of the `moof`).
const TFHD_DEFAULT_BASE_IS_MOOF: u32 = 0x02_0000;
/// `trun`: `data-offset-present`.
const TRUN_DATA_OFFSET_PRESENT: u32 = 0x00_0001;
/// `trun`: `first-sample-flags-present`.
const TRUN_FIRST_SAMPLE_FLAGS_PRESENT: u32 = 0x00_0004;
/// `trun`: `sample-duration-present`.
const TRUN_SAMPLE_DURATION_PRESENT: u32 = 0x00_0100;
/// `trun`: `sample-size-present`.
const TRUN_SAMPLE_SIZE_PRESENT: u32 = 0x00_0200;
/// `trun`: `sample-flags-present`.
const TRUN_SAMPLE_FLAGS_PRESENT: u32 = 0x00_0400;
/// `trun`: `sample-composition-time-offsets-present`.
const TRUN_SAMPLE_COMPOSITION_TIME_OFFSETS_PRESENT: u32 = 0x00_0800;

/// Sample flags of a sync sample: `sample_depends_on` = 2 (depends on no other sample).
pub const SAMPLE_FLAGS_SYNC: u32 = 0x0200_0000;
/// Sample flags of a non-sync sample: `sample_depends_on` = 1, `sample_is_non_sync_sample`.
pub const SAMPLE_FLAGS_NON_SYNC: u32 = 0x0101_0000;

/// One sample of a track fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SampleInfo {
    /// Duration in the track's timescale.
    pub duration: u32,
    /// Size of the sample data in bytes.
    pub size: u32,
    /// A sync sample (IDR picture, or any audio frame).
    pub sync: bool,
    /// Presentation time minus decode time, in the track's timescale (signed: B-frames
    /// make it negative once the decode delay is taken out).
    pub composition_offset: i32,
}

/// The samples of one track in one fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackRun {
    /// Track ID from the init segment.
    pub track_id: u32,
    /// Decode time of the first sample (`tfdt`), in the track's timescale.
    pub base_decode_time: u64,
    /// The samples, in decode order.
    pub samples: Vec<SampleInfo>,
}

impl TrackRun {
    /// Total size of this track's sample data.
    pub fn data_size(&self) -> u64 {
        self.samples.iter().map(|s| u64::from(s.size)).sum()
    }
}

/// Writes the `moof` of a fragment followed by the header of its `mdat`. The sample data of
/// `tracks[0]`, then `tracks[1]` and so on must follow it. Tracks without samples get no
/// `traf`.
pub fn write_fragment_header(
    sequence_number: u32,
    tracks: &[TrackRun],
) -> Result<Vec<u8>, Fmp4Error> {
    let data_size: u64 = tracks.iter().map(TrackRun::data_size).sum();
    // A 32-bit mdat size when it fits, else size 1 and a 64-bit largesize.
    let mdat_header_len: u64 = if data_size + 8 <= u64::from(u32::MAX) {
        8
    } else {
        16
    };

    let mut v =
        Vec::with_capacity(256 + 16 * tracks.iter().map(|t| t.samples.len()).sum::<usize>());
    // (position of the trun data-offset field, size of the track's data)
    let mut patches = Vec::with_capacity(tracks.len());
    write_box(&mut v, b"moof", |v| {
        write_full_box(v, b"mfhd", FULL_BOX_VERSION_0, 0, |v| {
            // Sequence number.
            v.extend(sequence_number.to_be_bytes());
            Ok(())
        })?;
        for track in tracks.iter().filter(|t| !t.samples.is_empty()) {
            let field = write_traf(v, track)?;
            patches.push((field, track.data_size()));
        }
        Ok(())
    })?;

    // Back-patch each trun's data offset now that the moof size is known: it counts from the
    // first byte of the moof (default-base-is-moof) to the track's first sample in the mdat.
    let moof_len = v.len() as u64;
    let mut offset = moof_len + mdat_header_len;
    for (field, size) in patches {
        let value = i32::try_from(offset).map_err(|_| Fmp4Error::FragmentTooBig)?;
        v[field..field + 4].copy_from_slice(&value.to_be_bytes());
        offset += size;
    }

    if mdat_header_len == 8 {
        v.extend(((data_size + 8) as u32).to_be_bytes());
        v.extend(b"mdat");
    } else {
        v.extend(1u32.to_be_bytes());
        v.extend(b"mdat");
        v.extend((data_size + 16).to_be_bytes());
    }
    crate::logging::log_trace!(
        target: super::LOG_TARGET,
        "fragment {sequence_number}: moof {moof_len} bytes, mdat {data_size} bytes"
    );
    Ok(v)
}

/// Writes one `traf`; returns the position of its trun's data-offset field.
fn write_traf(v: &mut Vec<u8>, track: &TrackRun) -> Result<usize, Fmp4Error> {
    let samples = &track.samples;
    let all_sync = samples.iter().all(|s| s.sync);
    let only_first_sync =
        samples.first().is_some_and(|s| s.sync) && samples.iter().skip(1).all(|s| !s.sync);
    let default_flags = if all_sync {
        SAMPLE_FLAGS_SYNC
    } else {
        SAMPLE_FLAGS_NON_SYNC
    };

    let mut trun_flags =
        TRUN_DATA_OFFSET_PRESENT | TRUN_SAMPLE_DURATION_PRESENT | TRUN_SAMPLE_SIZE_PRESENT;
    if !all_sync {
        if only_first_sync {
            trun_flags |= TRUN_FIRST_SAMPLE_FLAGS_PRESENT;
        } else {
            trun_flags |= TRUN_SAMPLE_FLAGS_PRESENT;
        }
    }
    if samples.iter().any(|s| s.composition_offset != 0) {
        trun_flags |= TRUN_SAMPLE_COMPOSITION_TIME_OFFSETS_PRESENT;
    }
    // Version 1 makes the composition offsets signed; it is needed only when one is negative.
    let trun_version = if samples.iter().any(|s| s.composition_offset < 0) {
        FULL_BOX_VERSION_1
    } else {
        FULL_BOX_VERSION_0
    };
    let sample_count = u32::try_from(samples.len()).map_err(|_| Fmp4Error::FragmentTooBig)?;

    let mut data_offset_field = 0;
    write_box(v, b"traf", |v| {
        let tfhd_flags = TFHD_DEFAULT_BASE_IS_MOOF | TFHD_DEFAULT_SAMPLE_FLAGS_PRESENT;
        write_full_box(v, b"tfhd", FULL_BOX_VERSION_0, tfhd_flags, |v| {
            // Track ID, default sample flags.
            v.extend(track.track_id.to_be_bytes());
            v.extend(default_flags.to_be_bytes());
            Ok(())
        })?;
        write_full_box(v, b"tfdt", FULL_BOX_VERSION_1, 0, |v| {
            // Base media decode time, 64 bits.
            v.extend(track.base_decode_time.to_be_bytes());
            Ok(())
        })?;
        write_full_box(v, b"trun", trun_version, trun_flags, |v| {
            // Sample count.
            v.extend(sample_count.to_be_bytes());
            // Data offset, back-patched by the caller.
            data_offset_field = v.len();
            v.extend(0i32.to_be_bytes());
            if trun_flags & TRUN_FIRST_SAMPLE_FLAGS_PRESENT != 0 {
                v.extend(SAMPLE_FLAGS_SYNC.to_be_bytes());
            }
            for sample in samples {
                v.extend(sample.duration.to_be_bytes());
                v.extend(sample.size.to_be_bytes());
                if trun_flags & TRUN_SAMPLE_FLAGS_PRESENT != 0 {
                    let flags = if sample.sync {
                        SAMPLE_FLAGS_SYNC
                    } else {
                        SAMPLE_FLAGS_NON_SYNC
                    };
                    v.extend(flags.to_be_bytes());
                }
                if trun_flags & TRUN_SAMPLE_COMPOSITION_TIME_OFFSETS_PRESENT != 0 {
                    v.extend(sample.composition_offset.to_be_bytes());
                }
            }
            Ok(())
        })
    })?;
    Ok(data_offset_field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fmp4::testutil::{children, find, u32_at, u64_at};

    fn sample(size: u32, sync: bool, composition_offset: i32) -> SampleInfo {
        SampleInfo {
            duration: 3000,
            size,
            sync,
            composition_offset,
        }
    }

    #[test]
    fn moof_with_video_and_audio_and_patched_data_offsets() {
        let video = TrackRun {
            track_id: 1,
            base_decode_time: 360_000,
            samples: vec![
                sample(100, true, 0),
                sample(20, false, 0),
                sample(30, false, 0),
            ],
        };
        let audio = TrackRun {
            track_id: 2,
            base_decode_time: 128_000,
            samples: vec![
                SampleInfo {
                    duration: 1024,
                    size: 7,
                    sync: true,
                    composition_offset: 0
                };
                2
            ],
        };
        let header = write_fragment_header(5, &[video, audio]).unwrap();
        let boxes = children(&header[..header.len() - 8]);
        assert_eq!(boxes.len(), 1);
        let moof_len = header.len() - 8;
        assert_eq!(
            &header[moof_len..],
            &[0, 0, 0, 8 + 164, b'm', b'd', b'a', b't']
        );
        assert_eq!(
            u32_at(find(&header[..moof_len], &["moof", "mfhd"], 0), 4),
            5
        );

        let tfhd = find(&header[..moof_len], &["moof", "traf", "tfhd"], 0);
        assert_eq!(u32_at(tfhd, 0), 0x020020);
        assert_eq!(u32_at(tfhd, 8), SAMPLE_FLAGS_NON_SYNC);
        let tfdt = find(&header[..moof_len], &["moof", "traf", "tfdt"], 0);
        assert_eq!((tfdt[0], u64_at(tfdt, 4)), (1, 360_000));
        let trun = find(&header[..moof_len], &["moof", "traf", "trun"], 0);
        assert_eq!(
            u32_at(trun, 0),
            0x000305,
            "version 0, data offset, first sample flags, durations, sizes"
        );
        assert_eq!(u32_at(trun, 4), 3);
        assert_eq!(u32_at(trun, 8) as usize, moof_len + 8);
        assert_eq!(u32_at(trun, 12), SAMPLE_FLAGS_SYNC);
        assert_eq!((u32_at(trun, 16), u32_at(trun, 20)), (3000, 100));

        let moof = find(&header[..moof_len], &["moof"], 0);
        let audio_traf = children(moof)
            .into_iter()
            .filter(|(f, _)| f == b"traf")
            .nth(1)
            .unwrap()
            .1;
        assert_eq!(u32_at(find(audio_traf, &["tfhd"], 0), 8), SAMPLE_FLAGS_SYNC);
        let audio_trun = find(audio_traf, &["trun"], 0);
        assert_eq!(u32_at(audio_trun, 0), 0x000301);
        assert_eq!(
            u32_at(audio_trun, 8) as usize,
            moof_len + 8 + 150,
            "after the video data"
        );
    }

    #[test]
    fn negative_composition_offsets_use_trun_version_1() {
        let run = TrackRun {
            track_id: 1,
            base_decode_time: 0,
            samples: vec![
                sample(10, true, 0),
                sample(10, false, 9000),
                sample(10, false, -3000),
            ],
        };
        let header = write_fragment_header(1, &[run]).unwrap();
        let trun = find(&header[..header.len() - 8], &["moof", "traf", "trun"], 0);
        assert_eq!(u32_at(trun, 0), 0x01_000b05);
        // sample 3: duration, size, composition offset.
        assert_eq!(u32_at(trun, 16 + 2 * 12 + 8) as i32, -3000);
    }

    #[test]
    fn several_sync_samples_get_per_sample_flags_and_empty_tracks_no_traf() {
        let run = TrackRun {
            track_id: 1,
            base_decode_time: 0,
            samples: vec![sample(1, true, 0), sample(1, false, 0), sample(1, true, 0)],
        };
        let empty = TrackRun {
            track_id: 2,
            base_decode_time: 0,
            samples: vec![],
        };
        let header = write_fragment_header(1, &[run, empty]).unwrap();
        let moof = &header[..header.len() - 8];
        assert_eq!(
            children(find(moof, &["moof"], 0))
                .iter()
                .filter(|(f, _)| f == b"traf")
                .count(),
            1
        );
        let trun = find(moof, &["moof", "traf", "trun"], 0);
        assert_eq!(u32_at(trun, 0), 0x000701);
        let flags: Vec<u32> = (0..3).map(|i| u32_at(trun, 12 + i * 12 + 8)).collect();
        assert_eq!(
            flags,
            [SAMPLE_FLAGS_SYNC, SAMPLE_FLAGS_NON_SYNC, SAMPLE_FLAGS_SYNC]
        );
    }
}
