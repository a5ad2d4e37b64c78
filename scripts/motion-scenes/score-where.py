#!/usr/bin/env python3
"""Recall counted only where the object was: the development set's scorer (`score.py`) counts
a detection that switches on inside an event's window as finding the event, wherever in the
picture it fired (a cloud-shadow edge at the other side of the picture while a person walks
in counts). This script keeps only the detections that switched on where a moving object
was, and scores again.

    score-where.py PATHS.json OUT_DIR SET_DIR [SET_DIR...] [--algorithm motion-vectors] [-v]

PATHS.json comes from `paths.py`; OUT_DIR is where `evaluate.py --offline` wrote
SET-ALGORITHM.json and SET-ALGORITHM.where.json. A detection is *placed* when the box of
macroblocks that the detector reported when it switched on (`MotionDetector::region`),
widened by MARGIN_PX, overlaps the box of a sprite on its path at some time of the last
LAG_S before the onset (the detector's averages lag the object; the sprite box: feet at the
path point, its height, a width of WIDTH[kind] times the height). A detection that reported
no place (its score came from intra-coded macroblocks) is not placed. Prints per set: the
events, those the scorer finds, those it finds with placed detections only, and the
detections switched on inside an event window that were not placed, and the total.
python3 standard library only.
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tests", "data", "motion-dev"))
import score  # noqa: E402

MARGIN_PX = 16
LAG_S = 1.5
STEP_S = 0.1
WIDTH = {"person": 0.5, "animal": 1.5, "car": 2.6}


def sprite_box(sprite, t):
    """The sprite's box (x0, y0, x1, y1) at `t`, or None when it is not on its path."""
    p = sprite["path"]
    if t < p[0][0] or t > p[-1][0]:
        return None
    for (t0, x0, y0, h0), (t1, x1, y1, h1) in zip(p, p[1:]):
        if t0 <= t <= t1:
            a = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
            x, y, h = x0 + a * (x1 - x0), y0 + a * (y1 - y0), h0 + a * (h1 - h0)
            w = WIDTH.get(sprite["kind"], 1.0) * h
            return (x - w / 2, y - h, x + w / 2, y)
    return None


def placed(region, onset, sprites):
    if region is None:
        return False
    x, y, w, h = region
    box = (x - MARGIN_PX, y - MARGIN_PX, x + w + MARGIN_PX, y + h + MARGIN_PX)
    steps = int(LAG_S / STEP_S)
    for k in range(steps + 1):
        t = onset - k * STEP_S
        for s in sprites:
            b = sprite_box(s, t)
            if b and b[0] <= box[2] and box[0] <= b[2] and b[1] <= box[3] and box[1] <= b[3]:
                return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    alg = "motion-vectors"
    if "--algorithm" in sys.argv:
        alg = sys.argv[sys.argv.index("--algorithm") + 1]
        args.remove(alg)
    verbose = "-v" in sys.argv
    if len(args) < 3:
        raise SystemExit(__doc__)
    paths, out_dir, sets = json.load(open(args[0])), args[1], args[2:]
    print("| set | events | found (scorer) | found where the object was | onsets in an event window not placed |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    modes = {m: [0, 0, 0] for m in ("vbr", "cbr")}
    for set_dir in sets:
        name = os.path.basename(os.path.normpath(set_dir))
        gt = json.load(open(os.path.join(set_dir, "ground_truth.json")))
        dets = json.load(open(os.path.join(out_dir, "%s-%s.json" % (name, alg))))
        where = json.load(open(os.path.join(out_dir, "%s-%s.where.json" % (name, alg))))
        scenes = paths.get(name, {})
        kept, unplaced = {}, 0
        for c in gt["clips"]:
            sprites = scenes.get(c["scene"], {}).get("sprites", [])
            wins = [(s - score.PRE_TOL, e + score.POST_TOL) for s, e in (c.get("motion") or [])]
            ds, ws = dets.get(c["name"], []), where.get(c["name"], [])
            kept[c["name"]] = []
            for d, w in zip(ds, ws + [None] * (len(ds) - len(ws))):
                if placed(w, d[0], sprites):
                    kept[c["name"]].append(d)
                elif any(a <= d[0] <= b for a, b in wins):
                    unplaced += 1
                    if verbose:
                        print("  not placed: %s %s onset %.2f at %s" % (name, c["name"], d[0], w))
        rows, _ = score.score(gt, dets, warn=False)
        rows_placed, _ = score.score(gt, kept, warn=False)
        ev = sum(r["events"] for r in rows)
        found = sum(r["detected"] for r in rows)
        found_placed = sum(r["detected"] for r in rows_placed)
        tot = [tot[0] + ev, tot[1] + found, tot[2] + found_placed, tot[3] + unplaced]
        for r, rp in zip(rows, rows_placed):
            if r["mode"] in modes:
                m = modes[r["mode"]]
                m[0], m[1], m[2] = m[0] + r["events"], m[1] + r["detected"], m[2] + rp["detected"]
        print("| %s | %d | %d | %d | %d |" % (name, ev, found, found_placed, unplaced))
    print("| all %d sets | %d | %d | %d | %d |" % (len(sets), *tot))
    for mode, (ev, found, found_placed) in modes.items():
        print("| %s | %d | %d = %.3f | %d = %.3f | |" % (mode.upper(), ev, found, found / max(1, ev), found_placed,
                                                    found_placed / max(1, ev)))


if __name__ == "__main__":
    main()
