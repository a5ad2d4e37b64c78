"use strict";
// Minimal fragmented-MP4 reader for the HAP-NodeJS interop camera (camera.js) and make-fmp4.sh.
//
// Splits a file into top-level boxes and groups them as HKSV wants them:
//   init      = everything up to and including `moov` (ftyp + moov)
//   fragments = one `moof` + `mdat` pair each (other top-level boxes such as `mfra`,
//               `sidx`, `styp`, `free` are dropped)
// and extracts what camera.js needs: video width/height/frame rate, per-fragment duration,
// whether each fragment starts with a key frame, and the offsets of `mfhd`/`tfdt` so that
// looped fragments can be renumbered and re-timed (continuous decode times).
//
// CLI: node fmp4.js FILE           prints a box dump and a summary
//      node fmp4.js --check FILE   same, exits 1 unless ftyp+moov then >= 2 moof+mdat pairs,
//                                  every fragment starting with a key frame (video track)

const fs = require("fs");

function boxes(buf, start = 0, end = buf.length) {
  const out = [];
  let off = start;
  while (off + 8 <= end) {
    let size = buf.readUInt32BE(off);
    const type = buf.toString("latin1", off + 4, off + 8);
    let header = 8;
    if (size === 1) {
      if (off + 16 > end) throw new Error(`truncated largesize box at ${off}`);
      size = Number(buf.readBigUInt64BE(off + 8));
      header = 16;
    } else if (size === 0) {
      size = end - off;
    }
    if (size < header || off + size > end) {
      throw new Error(`bad box ${JSON.stringify(type)} at ${off}: size ${size}, container ends at ${end}`);
    }
    out.push({ type, start: off, size, body: off + header, end: off + size });
    off += size;
  }
  if (off !== end) throw new Error(`${end - off} trailing bytes at ${off}`);
  return out;
}

const child = (buf, box, type) => boxes(buf, box.body, box.end).find(b => b.type === type);
const children = (buf, box, type) => boxes(buf, box.body, box.end).filter(b => b.type === type);

// moov: tracks (id, handler, timescale, width/height) and trex defaults
function parseMoov(buf, moov) {
  const tracks = {};
  for (const trak of children(buf, moov, "trak")) {
    const tkhd = child(buf, trak, "tkhd");
    const v = buf[tkhd.body];
    const id = buf.readUInt32BE(tkhd.body + (v === 1 ? 20 : 12));
    // width/height are the last 8 bytes of tkhd (16.16 fixed point)
    const width = buf.readUInt32BE(tkhd.end - 8) >>> 16;
    const height = buf.readUInt32BE(tkhd.end - 4) >>> 16;
    const mdia = child(buf, trak, "mdia");
    const mdhd = child(buf, mdia, "mdhd");
    const mv = buf[mdhd.body];
    const timescale = buf.readUInt32BE(mdhd.body + (mv === 1 ? 20 : 12));
    const hdlr = child(buf, mdia, "hdlr");
    const handler = buf.toString("latin1", hdlr.body + 8, hdlr.body + 12);
    let codec;
    try {
      const stsd = child(buf, child(buf, child(buf, mdia, "minf"), "stbl"), "stsd");
      codec = buf.toString("latin1", stsd.body + 12, stsd.body + 16);
    } catch (e) { codec = "?"; }
    tracks[id] = { id, handler, timescale, width, height, codec, trex: {} };
  }
  const mvex = child(buf, moov, "mvex");
  if (mvex) {
    for (const trex of children(buf, mvex, "trex")) {
      const b = trex.body;
      const id = buf.readUInt32BE(b + 4);
      if (tracks[id]) {
        tracks[id].trex = {
          duration: buf.readUInt32BE(b + 12),
          size: buf.readUInt32BE(b + 16),
          flags: buf.readUInt32BE(b + 20),
        };
      }
    }
  }
  return tracks;
}

const isKeyFlags = f => ((f >>> 16) & 0x1) === 0 && ((f >>> 24) & 0x3) !== 1; // !non_sync and !depends_on_others

// moof: per-track duration, first-sample key flag, mfhd/tfdt offsets (absolute, into buf)
function parseMoof(buf, moof, tracks) {
  const mfhd = child(buf, moof, "mfhd");
  const frag = { seqOffset: mfhd.body + 4, seq: buf.readUInt32BE(mfhd.body + 4), trafs: [] };
  for (const traf of children(buf, moof, "traf")) {
    const tfhd = child(buf, traf, "tfhd");
    const tfFlags = buf.readUInt32BE(tfhd.body) & 0xffffff;
    const id = buf.readUInt32BE(tfhd.body + 4);
    const track = tracks[id] || { trex: {} };
    let p = tfhd.body + 8;
    if (tfFlags & 0x1) p += 8; // base data offset
    if (tfFlags & 0x2) p += 4; // sample description index
    let defDuration = track.trex.duration || 0;
    let defFlags = track.trex.flags || 0;
    if (tfFlags & 0x8) { defDuration = buf.readUInt32BE(p); p += 4; }
    if (tfFlags & 0x10) p += 4; // default sample size
    if (tfFlags & 0x20) { defFlags = buf.readUInt32BE(p); p += 4; }
    const t = { trackId: id, duration: 0, samples: 0, firstKey: undefined, tfdt: undefined };
    const tfdt = child(buf, traf, "tfdt");
    if (tfdt) {
      const v = buf[tfdt.body];
      t.tfdt = {
        version: v,
        offset: tfdt.body + 4,
        value: v === 1 ? buf.readBigUInt64BE(tfdt.body + 4) : BigInt(buf.readUInt32BE(tfdt.body + 4)),
      };
    }
    for (const trun of children(buf, traf, "trun")) {
      const trFlags = buf.readUInt32BE(trun.body) & 0xffffff;
      const count = buf.readUInt32BE(trun.body + 4);
      let q = trun.body + 8;
      if (trFlags & 0x1) q += 4; // data offset
      let firstFlags;
      if (trFlags & 0x4) { firstFlags = buf.readUInt32BE(q); q += 4; }
      for (let i = 0; i < count; i++) {
        let dur = defDuration;
        let flags = defFlags;
        if (trFlags & 0x100) { dur = buf.readUInt32BE(q); q += 4; }
        if (trFlags & 0x200) q += 4;
        if (trFlags & 0x400) { flags = buf.readUInt32BE(q); q += 4; }
        if (trFlags & 0x800) q += 4;
        if (i === 0 && firstFlags !== undefined) flags = firstFlags;
        if (t.samples === 0 && i === 0) t.firstKey = isKeyFlags(flags);
        t.duration += dur;
      }
      t.samples += count;
    }
    frag.trafs.push(t);
  }
  return frag;
}

/**
 * Reads an fMP4 file. Returns
 * { init: Buffer, fragments: [{ data, pairs, seq, durationMs, startsWithKey, videoSamples }],
 *   tracks, video: {width, height, fps, timescale, codec} | undefined, audio: track | undefined,
 *   trackDurations, topLevel: [box types...] }
 *
 * A fragment is normally one moof+mdat pair. Muxers that write one track per moof (GStreamer's
 * mp4mux does) are regrouped: a new fragment starts at every moof whose video run starts with a
 * key frame; moofs without video join the current fragment (leading ones join the first), so
 * each fragment starts with a video key frame and carries the audio of about the same time span.
 */
function readFmp4(file) {
  const buf = fs.readFileSync(file);
  const top = boxes(buf);
  const moovIndex = top.findIndex(b => b.type === "moov");
  if (moovIndex < 0) throw new Error(`${file}: no moov box`);
  const tracks = parseMoov(buf, top[moovIndex]);
  const init = buf.subarray(0, top[moovIndex].end);
  const video = Object.values(tracks).find(t => t.handler === "vide");
  const audio = Object.values(tracks).find(t => t.handler === "soun");

  const pairs = [];
  for (let i = moovIndex + 1; i < top.length; i++) {
    if (top[i].type !== "moof") continue;
    const mdat = top[i + 1];
    if (!mdat || mdat.type !== "mdat") throw new Error(`${file}: moof at ${top[i].start} not followed by mdat`);
    const data = buf.subarray(top[i].start, mdat.end);
    const info = parseMoof(data, boxes(data)[0], tracks);
    const vt = video && info.trafs.find(t => t.trackId === video.id);
    pairs.push({
      data,
      info,
      vt,
      videoMs: vt ? (vt.duration * 1000) / video.timescale : 0,
    });
    i++;
  }

  const groups = [];
  for (const p of pairs) {
    const hasVideo = !!(p.vt && p.vt.samples > 0);
    const cur = groups[groups.length - 1];
    if (!video || !cur || (hasVideo && cur.hasVideo)) groups.push({ pairs: [], hasVideo: false });
    const g = groups[groups.length - 1];
    g.pairs.push(p);
    g.hasVideo = g.hasVideo || hasVideo;
  }
  // a trailing group without video (audio tail after the last video moof) joins the previous one
  if (groups.length > 1 && !groups[groups.length - 1].hasVideo) {
    const last = groups.pop();
    groups[groups.length - 1].pairs.push(...last.pairs);
  }

  const fragments = groups.map(g => {
    const data = Buffer.concat(g.pairs.map(p => p.data)); // a copy: loopedFragment patches copies of it
    let off = 0;
    const patch = [];
    let videoSamples = 0;
    let durationMs = 0;
    let startsWithKey;
    let otherMs = 0;
    for (const p of g.pairs) {
      patch.push({ seqOffset: off + p.info.seqOffset, seq: p.info.seq });
      for (const t of p.info.trafs) {
        if (t.tfdt) patch.push({ trackId: t.trackId, version: t.tfdt.version, offset: off + t.tfdt.offset, value: t.tfdt.value });
        const tr = tracks[t.trackId];
        if (!(video && t.trackId === video.id) && tr) otherMs = Math.max(otherMs, (t.duration * 1000) / tr.timescale);
      }
      if (p.vt && p.vt.samples > 0) {
        if (startsWithKey === undefined) startsWithKey = p.vt.firstKey === true;
        videoSamples += p.vt.samples;
        durationMs += p.videoMs;
      }
      off += p.data.length;
    }
    return {
      data,
      patch,
      pairs: g.pairs.length,
      seq: g.pairs[0].info.seq,
      durationMs: video ? durationMs : otherMs,
      startsWithKey,
      videoSamples,
    };
  });

  if (video) {
    const totalSamples = fragments.reduce((a, f) => a + f.videoSamples, 0);
    const totalMs = fragments.reduce((a, f) => a + f.durationMs, 0);
    video.fps = totalMs > 0 ? Math.round((totalSamples * 1000) / totalMs) : 30;
  }
  // per-track total duration (in track timescale) for re-timing looped fragments
  const trackDurations = {};
  for (const p of pairs) {
    for (const t of p.info.trafs) trackDurations[t.trackId] = (trackDurations[t.trackId] || 0n) + BigInt(t.duration);
  }
  return {
    init, fragments, tracks, video, audio, trackDurations, moofCount: pairs.length,
    topLevel: top.map(b => `${b.type}(${b.size})`),
  };
}

/**
 * Returns fragment `index` of loop iteration `loop` (0 = as in the file) as a Buffer, with the
 * mfhd sequence numbers and tfdt decode times shifted so that the stream stays continuous.
 */
function loopedFragment(file, index, loop) {
  const f = file.fragments[index];
  if (loop === 0) return f.data;
  const out = Buffer.from(f.data);
  for (const p of f.patch) {
    if (p.seqOffset !== undefined) {
      out.writeUInt32BE((p.seq + loop * file.moofCount) >>> 0, p.seqOffset);
    } else {
      const v = p.value + BigInt(loop) * (file.trackDurations[p.trackId] || 0n);
      if (p.version === 1) out.writeBigUInt64BE(v, p.offset);
      else out.writeUInt32BE(Number(v & 0xffffffffn), p.offset);
    }
  }
  return out;
}

function check(file) {
  const problems = [];
  let r;
  try {
    r = readFmp4(file);
  } catch (e) {
    return { ok: false, problems: [e.message] };
  }
  const top = r.topLevel.map(s => s.replace(/\(.*/, ""));
  if (top[0] !== "ftyp") problems.push(`first box is ${top[0]}, not ftyp`);
  if (top[1] !== "moov") problems.push(`second box is ${top[1]}, not moov`);
  if (!r.video) problems.push("no video track");
  if (r.fragments.length < 2) problems.push(`only ${r.fragments.length} fragment(s)`);
  r.fragments.forEach((f, i) => {
    if (r.video && f.videoSamples === 0) problems.push(`fragment ${i} (seq ${f.seq}) has no video`);
    if (f.startsWithKey === false) problems.push(`fragment ${i} (seq ${f.seq}) does not start with a key frame`);
  });
  return { ok: problems.length === 0, problems, r };
}

module.exports = { boxes, readFmp4, loopedFragment, check };

if (require.main === module) {
  const args = process.argv.slice(2);
  const doCheck = args[0] === "--check";
  const file = doCheck ? args[1] : args[0];
  if (!file) {
    console.error("usage: node fmp4.js [--check] FILE.mp4");
    process.exit(2);
  }
  const { ok, problems, r } = check(file);
  if (r) {
    console.log(`top-level: ${r.topLevel.join(" ")}`);
    for (const t of Object.values(r.tracks)) {
      console.log(`track ${t.id}: ${t.handler} ${t.codec} timescale ${t.timescale}` +
        (t.handler === "vide" ? ` ${t.width}x${t.height}` : ""));
    }
    r.fragments.forEach((f, i) => console.log(
      `fragment ${i}: ${f.pairs} moof+mdat, seq ${f.seq}, ${f.data.length} bytes, ${f.durationMs.toFixed(0)} ms, ` +
      `video samples ${f.videoSamples}, starts with key frame: ${f.startsWithKey}`));
    console.log(`init ${r.init.length} bytes, ${r.fragments.length} fragments` +
      (r.video ? `, video ${r.video.width}x${r.video.height}@${r.video.fps}` : "") +
      (r.audio ? `, audio ${r.audio.codec} ${r.audio.timescale} Hz` : ", no audio"));
  }
  for (const p of problems) console.error(`PROBLEM: ${p}`);
  if (doCheck) process.exit(ok ? 0 : 1);
}
