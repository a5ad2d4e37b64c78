"use strict";
// `node camera.js ... --self-test OUT.mp4`: drives HAP-NodeJS's own recording code path
// (RecordingManagement: selected-configuration parsing, Active, dataSend open/data/close/ack,
// CameraRecordingStream chunking) in-process with a fake HDS connection instead of a network
// hub, so the camera's delegate and fMP4 handling can be checked without a HomeKit controller
// and without any socket. Writes the reassembled recording of the first stream to OUT.mp4 and
// checks it with ffprobe when available. Exit code 0 = all checks passed.

const { EventEmitter } = require("events");
const { spawnSync } = require("child_process");
const fs = require("fs");

function tlv(...items) {
  const parts = [];
  for (let i = 0; i < items.length; i += 2) {
    const type = items[i];
    let value = items[i + 1];
    if (typeof value === "number") value = Buffer.from([value]);
    for (let off = 0; off < value.length || off === 0; off += 255) {
      const chunk = value.subarray(off, off + 255);
      parts.push(Buffer.from([type, chunk.length]), chunk);
      if (value.length === 0) break;
    }
  }
  return Buffer.concat(parts);
}
const u16 = v => { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; };
const u32 = v => { const b = Buffer.alloc(4); b.writeUInt32LE(v); return b; };
const u64 = v => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); return b; };

// What a hub writes to SelectedCameraRecordingConfiguration (209), layout as HAP-NodeJS parses it.
function selectedConfiguration(width, height, fps) {
  return tlv(
    1, tlv(1, u32(4000), 2, u64(1), 3, tlv(1, 0, 2, tlv(1, u32(4000)))),
    2, tlv(1, 0, 2, tlv(1, 1, 2, 2, 3, u32(2000), 4, u32(4000)), 3, tlv(1, u16(width), 2, u16(height), 3, fps)),
    3, tlv(1, 0, 2, tlv(1, 1, 2, 0, 3, 3, 4, u32(32))),
  ).toString("base64");
}

class FakeHDSConnection extends EventEmitter {
  constructor() {
    super();
    this.remoteAddress = "self-test";
    this.protocolHandlers = {};
    this.responses = [];
    this.events = [];
  }
  addProtocolHandler(protocol, handler) {
    if (this.protocolHandlers[protocol] !== undefined) return false;
    this.protocolHandlers[protocol] = handler;
    return true;
  }
  removeProtocolHandler(protocol, handler) {
    if (this.protocolHandlers[protocol] === handler) delete this.protocolHandlers[protocol];
  }
  sendResponse(protocol, response, id, status, message) {
    this.responses.push({ protocol, response, id, status, message });
  }
  sendEvent(protocol, event, message) {
    this.events.push({ protocol, event, message });
  }
  isConsideredClosed() {
    return false;
  }
  deliverEvent(topic, message) {
    const handler = this.protocolHandlers.dataSend;
    if (!handler || !handler.eventHandler || !handler.eventHandler[topic]) {
      throw new Error(`no dataSend ${topic} handler registered on the connection`);
    }
    handler.eventHandler[topic](message);
  }
}

async function waitFor(what, predicate, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 10));
  }
}

// Checks the data events of one stream; returns the reassembled segments.
function checkDataEvents(events, streamId, fail) {
  const segments = [];
  let current;
  for (const e of events) {
    if (e.event !== "data") continue;
    const m = e.message;
    if (m.streamId !== streamId) fail(`data event with streamId ${m.streamId}, expected ${streamId}`);
    if (!Array.isArray(m.packets) || m.packets.length !== 1) fail("data event without exactly one packet");
    const { data, metadata } = m.packets[0];
    if (metadata.dataChunkSequenceNumber === 1) {
      if (current) fail(`sequence ${current.seq} not finished before a new chunk 1`);
      current = { seq: metadata.dataSequenceNumber, chunks: [], total: metadata.dataTotalSize, type: metadata.dataType };
      if (metadata.dataSequenceNumber !== segments.length + 1) {
        fail(`dataSequenceNumber ${metadata.dataSequenceNumber}, expected ${segments.length + 1}`);
      }
      if (typeof metadata.dataTotalSize !== "number") fail("chunk 1 without dataTotalSize");
    } else {
      if (!current) fail("chunk > 1 without chunk 1");
      if (metadata.dataSequenceNumber !== current.seq) fail("dataSequenceNumber changed inside a segment");
      if (metadata.dataTotalSize !== undefined) fail("dataTotalSize on a chunk > 1");
      if (metadata.dataChunkSequenceNumber !== current.chunks.length + 1) fail("chunk numbers not consecutive");
    }
    const expectedType = current.seq === 1 ? "mediaInitialization" : "mediaFragment";
    if (metadata.dataType !== expectedType) fail(`segment ${current.seq}: dataType ${metadata.dataType}, expected ${expectedType}`);
    if (data.length > 0x40000) fail(`chunk of ${data.length} bytes > 256 KiB`);
    current.chunks.push(data);
    if (metadata.isLastDataChunk) {
      const buf = Buffer.concat(current.chunks);
      if (buf.length !== current.total) fail(`segment ${current.seq}: ${buf.length} bytes, dataTotalSize ${current.total}`);
      segments.push({ seq: current.seq, data: buf, chunks: current.chunks.length, endOfStream: m.endOfStream });
      current = undefined;
    } else if (m.endOfStream !== undefined) {
      fail("endOfStream on a chunk that is not the last of its segment");
    }
  }
  if (current) fail(`segment ${current.seq} incomplete`);
  return segments;
}

async function run({ controller, media, opts, log, hap }) {
  const { Characteristic } = hap;
  const rm = controller.recordingManagement;
  const service = rm.recordingManagementService;
  const operatingMode = rm.operatingModeService;
  let failures = 0;
  const fail = msg => { throw new Error(msg); };
  const step = async (name, fn) => {
    try {
      await fn();
      log(`self-test: PASS ${name}`);
    } catch (e) {
      failures++;
      log(`self-test: FAIL ${name}: ${e.message}`);
    }
  };
  const open = (conn, id, streamId, extra = {}) => rm.handleDataSendOpen(conn, id, {
    target: "controller", type: "ipcamera.recording", streamId, reason: "self-test", ...extra,
  });
  if (opts.paceMs === undefined) opts.paceMs = 0;
  const n = media.fragments.length;

  await step("read of SelectedCameraRecordingConfiguration before any write fails with -70402", async () => {
    const c = service.getCharacteristic(Characteristic.SelectedCameraRecordingConfiguration);
    let status;
    try { await c.handleGetRequest(); } catch (e) { status = e; }
    if (status !== -70402) fail(`got ${status}`);
  });

  await step("dataSend open without selected configuration or Active is refused", async () => {
    const conn = new FakeHDSConnection();
    open(conn, 1, 1);
    const r = conn.responses[0];
    if (!r || r.status !== 6 || r.message.status !== 1) fail(`response ${JSON.stringify(r)} (expected status 6, {status: 1 NOT_ALLOWED})`);
  });

  const selected = selectedConfiguration(media.video.width, media.video.height, media.video.fps);
  await step("hub writes SelectedCameraRecordingConfiguration and Active=1", async () => {
    await service.getCharacteristic(Characteristic.SelectedCameraRecordingConfiguration).handleSetRequest(selected);
    await service.getCharacteristic(Characteristic.Active).handleSetRequest(1);
    const back = await service.getCharacteristic(Characteristic.SelectedCameraRecordingConfiguration).handleGetRequest();
    if (back !== selected) fail("read-back of the selected configuration differs");
  });

  await step("wrong target/type is refused with reason 5", async () => {
    const conn = new FakeHDSConnection();
    open(conn, 2, 2, { type: "audio.siri" });
    const r = conn.responses[0];
    if (!r || r.status !== 6 || r.message.status !== 5) fail(`response ${JSON.stringify(r)}`);
  });

  // Stream 1: the hub closes after init + n+2 fragments (the file loops once).
  let recording;
  let recordedFragments = 0;
  await step(`stream closed by the hub after >= ${n + 2} fragments (the file loops)`, async () => {
    const conn = new FakeHDSConnection();
    open(conn, 10, 101);
    const r = conn.responses[0];
    if (!r || r.protocol !== "dataSend" || r.response !== "open" || r.id !== 10 || r.status !== 0 || r.message.status !== 0) {
      fail(`open response ${JSON.stringify(r)}`);
    }
    await waitFor("fragments", () => {
      try { return checkDataEvents(conn.events, 101, () => { throw new Error("partial"); }).length >= n + 3; } catch (e) { return false; }
    });
    // a second open while this stream runs: busy
    const other = new FakeHDSConnection();
    open(other, 11, 102);
    const busy = other.responses[0];
    if (!busy || busy.status !== 6 || busy.message.status !== 2) fail(`second open: ${JSON.stringify(busy)} (expected busy)`);
    conn.deliverEvent("close", { streamId: 101, reason: 0 });
    await waitFor("generator to return", () => recordingDelegateIdle(controller));
    const count = conn.events.filter(e => e.event === "data").length;
    await new Promise(r2 => setTimeout(r2, 100));
    if (conn.events.filter(e => e.event === "data").length !== count) fail("data sent after close");
    if (conn.events.some(e => e.event === "close")) fail("accessory sent a close event after the hub's close");
    const segments = checkDataEvents(conn.events, 101, fail);
    if (!segments[0].data.equals(media.init)) fail("first segment is not the init segment");
    if (segments.some(s => s.endOfStream !== false)) {
      fail(`endOfStream ${JSON.stringify(segments.map(s => s.endOfStream))}: expected false on every segment's last chunk`);
    }
    recording = Buffer.concat(segments.map(s => s.data));
    recordedFragments = segments.length - 1;
    log(`self-test: stream 101: ${segments.length} segments (${segments.map(s => `${s.seq}:${s.data.length}B/${s.chunks}ch`).join(" ")})`);
  });

  // Stream 2: the accessory ends after 2 fragments (isLast), the hub acks.
  await step("stream ended by the accessory (endOfStream) and acked by the hub", async () => {
    opts.endAfter = 2;
    const conn = new FakeHDSConnection();
    open(conn, 20, 201);
    await waitFor("endOfStream", () => conn.events.some(e => e.message.endOfStream === true));
    const segments = checkDataEvents(conn.events, 201, fail);
    if (segments.length !== 3) fail(`${segments.length} segments, expected init + 2`);
    if (segments[2].endOfStream !== true) fail("endOfStream not on the last chunk of the last fragment");
    if (segments[1].endOfStream !== false) fail(`endOfStream on the earlier fragment is ${segments[1].endOfStream} (HAP-NodeJS sends false)`);
    conn.deliverEvent("ack", { streamId: 201, endOfStream: true });
    await waitFor("stream to be released", () => rm.recordingStream === undefined);
    opts.endAfter = 0;
  });

  // Stream 3: HomeKitCameraActive=0 while streaming: HAP-NodeJS closes with reason 1.
  await step("HomeKitCameraActive=0 during a stream: accessory sends close reason 1", async () => {
    const conn = new FakeHDSConnection();
    open(conn, 30, 301);
    await waitFor("first fragment", () => conn.events.filter(e => e.event === "data").length >= 2);
    await operatingMode.getCharacteristic(Characteristic.HomeKitCameraActive).handleSetRequest(0);
    const close = conn.events.find(e => e.event === "close");
    if (!close || close.message.streamId !== 301 || close.message.reason !== 1) fail(`close event ${JSON.stringify(close)}`);
    await waitFor("generator to return", () => recordingDelegateIdle(controller));
    await operatingMode.getCharacteristic(Characteristic.HomeKitCameraActive).handleSetRequest(1);
  });

  if (recording && opts.selfTest) {
    fs.writeFileSync(opts.selfTest, recording);
    log(`self-test: wrote the recording of stream 101 to ${opts.selfTest} (${recording.length} bytes)`);
    let expectedFrames = 0;
    for (let i = 0; i < recordedFragments; i++) expectedFrames += media.fragments[i % n].videoSamples;
    await step(`ffprobe decodes ${expectedFrames} H.264 frames with increasing timestamps`, async () => {
      const p = spawnSync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries",
        "frame=pts_time,key_frame", "-of", "json", opts.selfTest], { encoding: "utf8" });
      if (p.error && p.error.code === "ENOENT") { log("self-test: ffprobe not found, skipped"); return; }
      if (p.status !== 0) fail(`ffprobe failed: ${p.stderr}`);
      if (p.stderr.trim()) log(`self-test: ffprobe stderr: ${p.stderr.trim()}`);
      const frames = JSON.parse(p.stdout).frames;
      if (frames.length !== expectedFrames) fail(`${frames.length} frames`);
      for (let i = 1; i < frames.length; i++) {
        if (!(Number(frames[i].pts_time) > Number(frames[i - 1].pts_time))) {
          fail(`timestamps not increasing at frame ${i}: ${frames[i - 1].pts_time} -> ${frames[i].pts_time}`);
        }
      }
    });
  }
  log(`self-test: ${failures === 0 ? "all checks passed" : `${failures} check(s) FAILED`}`);
  return failures === 0;
}

let delegateRef;
function recordingDelegateIdle() {
  return delegateRef.stream === undefined;
}

module.exports = { run: (ctx) => { delegateRef = ctx.delegate; return run(ctx); }, selectedConfiguration };
