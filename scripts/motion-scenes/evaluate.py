#!/usr/bin/env python3
"""Runs `hapmotiondetect` on every clip of a set (a folder with `ground_truth.json` and
`clips/`) for each algorithm and scores the detections with the development set's `score.py`.

    evaluate.py SET_DIR [SET_DIR...] [-p PLUGIN_DIR] [--algorithms motion-vectors,complexity,frame-size]
                [--props "threshold=2.0"] [-o OUT_DIR] [-j JOBS]

Prints the scorer's summary table for each set (rows labelled `SET algorithm`), then, when more
than one set is given, every set together per algorithm (recall per mode, false alarms, and how
many sets meet issue 16's targets: recall at least 0.9 in VBR and in CBR, no false alarm), then
how many events each algorithm can have found by chance (the scorer does not know where in the
picture an event is: any trigger inside its window counts), and writes the detections as
OUT_DIR/SET-ALGORITHM.json. Pipeline per clip, as tests/hapmotiondetect_devset.rs:
`filesrc ! qtdemux ! h264parse ! hapmotiondetect ! fakesink sync=false` (no qtdemux for .h264).
With `--offline BIN` the clips are converted once to Annex-B (ffmpeg, cached in OUT_DIR/annexb)
and run through the core crate's detector by `BIN` (target/release/examples/motion_eval): no
GStreamer, for quick tuning loops; `--props` then takes `threshold=T` and `analysis-rate=N` only;
it also writes where each detection was seen when it switched on, as OUT_DIR/SET-ALGORITHM.where.json
(`score-where.py` checks those places against the scenes' paths).
python3 standard library only.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCORER = os.path.join(REPO, "tests", "data", "motion-dev", "score.py")
MSG = re.compile(r"hapmotion, detected=\(boolean\)(true|false), running-time=\(guint64\)(\d+)")


def detect(path, duration, props, env):
    demux = "qtdemux ! " if path.endswith(".mp4") else ""
    cmd = ["gst-launch-1.0", "-m", "filesrc", "location=" + path, "!"] + demux.split() + \
        ["h264parse", "!", "hapmotiondetect"] + props.split() + ["!", "fakesink", "sync=false"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    intervals, on = [], None
    for m in MSG.finditer(out):
        detected, t = m.group(1) == "true", int(m.group(2)) / 1e9
        if detected and on is None:
            on = t
        elif not detected and on is not None:
            intervals.append([on, t])
            on = None
    if on is not None:
        intervals.append([on, duration])
    return intervals


def annexb(path, cache):
    if path.endswith(".h264"):
        return path
    out = os.path.join(cache, os.path.basename(path)[:-4] + ".h264")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(path):
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", path, "-c", "copy", "-bsf:v", "h264_mp4toannexb",
                        "-f", "h264", out], check=True)
    return out


def detect_offline(binary, clips, set_dir, alg, props, cache, where=None):
    """Detections of `binary` on the clips; with a dict `where`, also where each detection
    was seen when it switched on (`[x, y, w, h]` pixels or None), per clip."""
    args = [binary, "--algorithm", alg] + (["--where"] if where is not None else [])
    for p in props.split():
        if p.startswith("threshold="):
            args += ["--threshold", p.split("=", 1)[1]]
        elif p.startswith("analysis-rate="):
            args += ["--analysis-rate", p.split("=", 1)[1]]
    for c in clips:
        args.append("%s:%s:%s" % (c["fps"], c["name"], annexb(os.path.join(set_dir, c["file"]), cache)))
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    dets = {}
    for line in out.splitlines():
        name, *ivs = line.split()
        dets[name] = [[float(x) for x in iv.split("@")[0].split("-")] for iv in ivs]
        if where is not None:
            where[name] = [None if "@" not in iv or iv.endswith("@-") else [int(v) for v in iv.split("@")[1].split(",")]
                           for iv in ivs]
    return dets


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("-p", "--plugin-dir", default=os.path.join(REPO, "target", "debug"))
    ap.add_argument("--algorithms", default="motion-vectors,complexity,frame-size")
    ap.add_argument("--props", default="")
    ap.add_argument("-o", "--out", default="/tmp/motion-eval")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--per-clip", action="store_true")
    ap.add_argument("--offline", help="motion_eval example binary (no GStreamer)")
    a = ap.parse_args()
    env = dict(os.environ)
    env["GST_PLUGIN_PATH"] = os.path.abspath(a.plugin_dir) + (":" + env["GST_PLUGIN_PATH"] if env.get("GST_PLUGIN_PATH") else "")
    os.makedirs(a.out, exist_ok=True)
    sys.path.insert(0, os.path.dirname(SCORER))
    import score  # noqa: E402  (the development set's scorer, for the totals)
    totals = {}
    for set_dir in a.sets:
        gt = json.load(open(os.path.join(set_dir, "ground_truth.json")))
        set_name = os.path.basename(os.path.normpath(set_dir))
        files, labels = [], []
        for alg in a.algorithms.split(","):
            props = ("algorithm=%s %s" % (alg, a.props)).strip()
            if a.offline:
                cache = os.path.join(a.out, "annexb", set_name)
                os.makedirs(cache, exist_ok=True)
                where = {}
                dets = detect_offline(a.offline, gt["clips"], set_dir, alg, a.props, cache, where)
                json.dump(where, open(os.path.join(a.out, "%s-%s.where.json" % (set_name, alg)), "w"))
            else:
                with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
                    futs = {c["name"]: pool.submit(detect, os.path.join(set_dir, c["file"]), c["duration_s"], props, env)
                            for c in gt["clips"]}
                    dets = {k: f.result() for k, f in futs.items()}
            path = os.path.join(a.out, "%s-%s.json" % (set_name, alg))
            json.dump(dets, open(path, "w"), indent=1)
            rows, _ = score.score(gt, dets, warn=False)
            totals.setdefault(alg, []).append(rows)
            files.append(path)
            labels.append("%s %s" % (set_name, alg))
        cmd = [sys.executable, SCORER, "--gt", os.path.join(set_dir, "ground_truth.json"), "--labels", ",".join(labels)] + files
        if a.per_clip:
            cmd.append("--matrix")
        sys.stdout.write(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        sys.stdout.flush()
    if len(a.sets) > 1:
        print_totals(totals, score)
    print_chance(totals, score)


def print_totals(totals, score):
    """Every set together, per algorithm, and how many sets meet issue 16's recall (0.9 per
    mode) and false-alarm (none) targets."""
    print("\n| all %d sets | VBR recall | CBR recall | false alarms (per hour) | hard-negative clips firing "
          "| latency median (s): all found / onsets found | sets with recall >= 0.9 in both modes | with no false alarm | both |"
          % len(next(iter(totals.values()))))
    print("|---|---|---|---|---|---|---|---|---|")
    for alg, sets in totals.items():
        rows = [r for rs in sets for r in rs]
        mode = {m: score.aggregate([r for r in rows if r["mode"] == m]) for m in ("vbr", "cbr")}
        every = score.aggregate(rows)
        recall_ok = fa_ok = both = 0
        for rs in sets:
            recalls = [score.aggregate([r for r in rs if r["mode"] == m])["recall"] for m in ("vbr", "cbr")]
            ok_r = all(x is None or x >= 0.9 - 1e-9 for x in recalls)
            ok_f = score.aggregate(rs)["false_alarms"] == 0
            recall_ok += ok_r
            fa_ok += ok_f
            both += ok_r and ok_f
        # The scorer counts an event found while motion was already on from an earlier hold
        # with latency 0; the second median leaves those out.
        onsets = [e["latency_s"] for r in rows for e in r["event_details"]
                  if e["detected"] and not e["already_on"]]
        onset_median = statistics.median(onsets) if onsets else 0.0
        print("| %s | %d/%d = %.3f | %d/%d = %.3f | %d (%.1f) | %d/%d | %.2f / %.2f | %d | %d | %d |" % (
            alg, mode["vbr"]["detected"], mode["vbr"]["events"], mode["vbr"]["recall"] or 0.0,
            mode["cbr"]["detected"], mode["cbr"]["events"], mode["cbr"]["recall"] or 0.0,
            every["false_alarms"], every["fa_per_hour"] or 0.0, every["hard_negative_clips_with_fa"],
            every["hard_negative_clips"], every["latency_median_s"] or 0.0, onset_median, recall_ok, fa_ok,
            both))


def window_seconds(row, score):
    """Seconds of a positive clip inside the scorer's event windows (their union, clipped to
    the clip)."""
    spans = sorted((max(0.0, e["event"][0] - score.PRE_TOL), min(row["duration_s"], e["event"][1] + score.POST_TOL))
                   for e in row["event_details"])
    total, end = 0.0, 0.0
    for lo, hi in spans:
        lo = max(lo, end)
        if hi > lo:
            total += hi - lo
            end = hi
    return total


def print_chance(totals, score):
    """How many events a detector can find by chance. The scorer counts any trigger inside an
    event's window as finding the event, wherever in the picture it fired. Triggers of the
    nuisance alone happen at some rate: the positive clips' onsets outside their windows give
    a low estimate of it, the hard-negative clips' false alarms a high one (their nuisance is
    harsher). That rate times the time inside windows is the number of chance onsets there;
    only those on events the detector would otherwise miss change recall."""
    print("\n| chance | inside event windows (h) | onsets outside them (per hour) | hard-negative false alarms "
          "(per hour) | chance onsets inside windows | events missed | events found by chance, at most |")
    print("|---|---|---|---|---|---|---|")
    for alg, sets in totals.items():
        rows = [r for rs in sets for r in rs]
        positive = [r for r in rows if not r["hard_negative"]]
        inside = sum(window_seconds(r, score) for r in positive)
        outside = sum(r["duration_s"] for r in positive) - inside
        triggers = sum(len(r["false_triggers"]) for r in positive)
        hn_time = sum(r["duration_s"] for r in rows if r["hard_negative"])
        hn_fa = sum(len(r["false_alarms"]) for r in rows if r["hard_negative"])
        low = triggers / outside * inside if outside > 0 else 0.0
        high = hn_fa / hn_time * inside if hn_time > 0 else 0.0
        events = sum(r["events"] for r in positive)
        missed = events - sum(r["detected"] for r in positive)
        share = missed / events if events else 0.0
        print("| %s | %.2f | %d in %.2f h (%.1f) | %d in %.2f h (%.1f) | %.1f to %.1f | %d of %d | %.1f |" % (
            alg, inside / 3600, triggers, outside / 3600, triggers / outside * 3600 if outside > 0 else 0.0,
            hn_fa, hn_time / 3600, hn_fa / hn_time * 3600 if hn_time > 0 else 0.0, low, high, missed, events,
            max(low, high) * share))


if __name__ == "__main__":
    main()
