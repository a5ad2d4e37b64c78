//! Tests of the GOP prebuffer.

use super::*;

const SECOND: i64 = 1_000_000_000;

#[derive(Clone, Debug, PartialEq)]
enum Item {
    Video { time: i64, idr: bool, size: usize },
    Audio { time: i64, size: usize },
}

impl Buffered for Item {
    fn video_time(&self) -> Option<i64> {
        match self {
            Item::Video { time, .. } => Some(*time),
            Item::Audio { .. } => None,
        }
    }
    fn starts_gop(&self) -> bool {
        matches!(self, Item::Video { idr: true, .. })
    }
    fn size(&self) -> usize {
        match self {
            Item::Video { size, .. } | Item::Audio { size, .. } => *size,
        }
    }
}

/// Frame `n` of a 30 fps stream with an IDR picture every `gop` frames.
fn frame(n: i64, gop: i64, size: usize) -> Item {
    Item::Video {
        time: n * SECOND / 30,
        idr: n % gop == 0,
        size,
    }
}

fn time(item: &Item) -> i64 {
    match item {
        Item::Video { time, .. } | Item::Audio { time, .. } => *time,
    }
}

fn is_idr(item: &Item) -> bool {
    matches!(item, Item::Video { idr: true, .. })
}

#[test]
fn one_second_gops_keep_the_idr_at_or_before_now_minus_duration() {
    let mut ring = Prebuffer::new(4 * SECOND as u64, usize::MAX);
    for n in 0..360 {
        ring.push(frame(n, 30, 1000));
        let latest = ring.latest_video_time().unwrap();
        let oldest = latest - ring.span_ns() as i64;
        if latest >= 4 * SECOND {
            // The oldest IDR reaches back to latest − 4 s, the next one does not.
            assert!(oldest <= latest - 4 * SECOND, "frame {n}");
            assert!(oldest + SECOND > latest - 4 * SECOND, "frame {n}");
        } else {
            assert_eq!(oldest, 0);
        }
    }
    // Latest 11.967 s: IDRs at 7, 8, 9, 10, 11 s.
    assert_eq!(ring.gops(), 5);
    assert_eq!(ring.span_ns() as i64, 359 * SECOND / 30 - 7 * SECOND);
    assert_eq!(ring.items(), 5 * 30);
    assert_eq!(ring.bytes(), 5 * 30 * 1000);
}

#[test]
fn replay_starts_at_an_idr_old_enough() {
    let mut ring = Prebuffer::new(4 * SECOND as u64, usize::MAX);
    for n in 0..360 {
        ring.push(frame(n, 30, 10));
    }
    let latest = ring.latest_video_time().unwrap();
    let four = ring.replay(4 * SECOND as u64);
    assert!(is_idr(&four[0]));
    assert!(time(&four[0]) <= latest - 4 * SECOND);
    assert_eq!(time(&four[0]), 7 * SECOND);
    let two = ring.replay(2 * SECOND as u64);
    assert!(is_idr(&two[0]));
    assert_eq!(time(&two[0]), 9 * SECOND);
    assert!(time(&two[0]) > time(&four[0]));
    assert_eq!(four[four.len() - two.len()..], two[..]);
    assert_eq!(time(&ring.replay(0)[0]), 11 * SECOND);
    // Farther back than held: from the oldest IDR held.
    assert_eq!(ring.replay(100 * SECOND as u64), four);
    assert_eq!(ring.replay(u64::MAX), four);
}

#[test]
fn four_second_gops_with_four_second_duration_keep_two() {
    let mut ring = Prebuffer::new(4 * SECOND as u64, usize::MAX);
    for n in 0..240 {
        ring.push(frame(n, 120, 10));
    }
    // Latest 7.967 s: the IDR at 0 s is the one at or before 3.967 s.
    assert_eq!(ring.gops(), 2);
    ring.push(frame(240, 120, 10));
    // Latest 8 s: the IDR at 4 s is at or before 4 s, so 0 s goes.
    assert_eq!(ring.gops(), 2);
    assert_eq!(ring.span_ns() as i64, 4 * SECOND);
    for n in 241..600 {
        ring.push(frame(n, 120, 10));
        assert_eq!(ring.gops(), 2, "frame {n}");
    }
    let latest = ring.latest_video_time().unwrap();
    let replay = ring.replay(4 * SECOND as u64);
    assert!(is_idr(&replay[0]) && time(&replay[0]) <= latest - 4 * SECOND);
}

#[test]
fn byte_bound_evicts_but_keeps_the_current_gop() {
    let mut ring = Prebuffer::new(u64::MAX, 250);
    for n in 0..20 {
        ring.push(frame(n, 5, 100));
        // One GOP of up to 500 bytes: over the bound, kept anyway.
        assert_eq!(ring.gops(), 1, "frame {n}");
        assert_eq!(ring.bytes(), (n as usize % 5 + 1) * 100);
    }
    assert_eq!(ring.replay(u64::MAX).len(), 5);

    let mut ring = Prebuffer::new(u64::MAX, 1000);
    for n in 0..40 {
        ring.push(frame(n, 5, 100));
        assert!(ring.bytes() <= 1000, "frame {n}");
        assert!(ring.gops() <= 2);
    }
    assert_eq!(ring.bytes(), 1000);
    // Shrinking the bound evicts at once.
    ring.set_max_bytes(600);
    assert_eq!((ring.gops(), ring.bytes()), (1, 500));
}

#[test]
fn audio_rides_with_its_gop_and_comes_back_in_order() {
    let mut ring = Prebuffer::new(SECOND as u64, usize::MAX);
    // Audio before the first IDR picture has nothing to ride with.
    ring.push(Item::Audio { time: 0, size: 7 });
    assert_eq!(ring.items(), 0);
    let mut pushed = Vec::new();
    for n in 0..105 {
        let video = frame(n, 30, 100);
        let audio = Item::Audio {
            time: n * SECOND / 30 + 5,
            size: 7,
        };
        pushed.push(video.clone());
        pushed.push(audio.clone());
        ring.push(video);
        ring.push(audio);
    }
    // Latest 3.467 s: IDRs at 2 and 3 s held.
    assert_eq!(ring.gops(), 2);
    let replay = ring.replay(u64::MAX);
    let start = pushed
        .iter()
        .position(|item| is_idr(item) && time(item) == 2 * SECOND)
        .unwrap();
    assert_eq!(replay, pushed[start..]);
    assert_eq!(ring.items(), replay.len());
    assert_eq!(ring.bytes(), 45 * 107);
    assert!(matches!(replay[1], Item::Audio { .. }));
}

#[test]
fn time_going_backwards_clears() {
    let mut ring = Prebuffer::new(4 * SECOND as u64, usize::MAX);
    for n in 0..90 {
        ring.push(frame(n, 30, 10));
    }
    // A picture earlier than its GOP's IDR picture: the source restarted.
    ring.push(frame(1, 30, 10));
    assert_eq!((ring.items(), ring.gops(), ring.bytes()), (0, 0, 0));
    assert!(ring.replay(u64::MAX).is_empty());
    // Nothing is kept until the next IDR picture.
    ring.push(frame(2, 30, 10));
    ring.push(Item::Audio { time: 0, size: 3 });
    assert_eq!(ring.items(), 0);
    for n in 30..40 {
        ring.push(frame(n, 30, 10));
    }
    assert_eq!((ring.items(), ring.gops()), (10, 1));
    // An IDR picture earlier than the latest picture restarts the ring at itself.
    ring.push(frame(0, 30, 10));
    assert_eq!((ring.items(), ring.gops(), ring.span_ns()), (1, 1, 0));
    // B-frames: presentation times going back inside a GOP are not a restart.
    ring.push(frame(3, 30, 10));
    ring.push(frame(1, 30, 10));
    ring.push(frame(2, 30, 10));
    assert_eq!(ring.items(), 4);
    assert_eq!(ring.span_ns() as i64, 3 * SECOND / 30);
}

#[test]
fn gop_longer_than_the_duration() {
    let mut ring = Prebuffer::new(SECOND as u64, usize::MAX);
    for n in 0..90 {
        ring.push(frame(n, 90, 10));
    }
    assert_eq!((ring.gops(), ring.items()), (1, 90));
    for n in 90..150 {
        ring.push(frame(n, 90, 10));
    }
    // Latest 4.967 s: the IDR at 3 s is at or before 3.967 s, so 0 s goes.
    assert_eq!((ring.gops(), ring.items()), (1, 60));
    let replay = ring.replay(SECOND as u64);
    assert_eq!(time(&replay[0]), 3 * SECOND);
    assert_eq!(replay.len(), 60);
}

#[test]
fn replay_of_a_partial_gop() {
    let mut ring: Prebuffer<Item> = Prebuffer::new(4 * SECOND as u64, usize::MAX);
    assert!(ring.replay(4 * SECOND as u64).is_empty());
    assert_eq!(ring.span_ns(), 0);
    // Pictures before the first IDR picture are dropped.
    ring.push(Item::Video {
        time: 0,
        idr: false,
        size: 1,
    });
    assert_eq!(ring.items(), 0);
    for n in 30..36 {
        ring.push(frame(n, 30, 10));
    }
    let replay = ring.replay(4 * SECOND as u64);
    assert_eq!(replay.len(), 6);
    assert_eq!(time(&replay[0]), SECOND);
    assert_eq!(ring.span_ns() as i64, 5 * SECOND / 30);
    ring.clear();
    assert!(ring.replay(0).is_empty());
}

#[test]
fn shorter_duration_evicts_at_once() {
    let mut ring = Prebuffer::new(8 * SECOND as u64, usize::MAX);
    for n in 0..300 {
        ring.push(frame(n, 30, 10));
    }
    assert_eq!(ring.gops(), 9);
    ring.set_duration(2 * SECOND as u64);
    assert_eq!(ring.duration(), 2 * SECOND as u64);
    // Latest 9.967 s: IDRs at 7, 8, 9 s.
    assert_eq!(ring.gops(), 3);
}
