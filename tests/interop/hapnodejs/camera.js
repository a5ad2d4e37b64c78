#!/usr/bin/env node
"use strict";
// A third-party HomeKit Secure Video camera made with HAP-NodeJS, for testing gst-hksv's hub
// client against an accessory that does not share our reading of the protocol. Modelled on
// HAP-NodeJS's src/accessories/Camera_accessory.ts, minimal: live view and snapshots are
// refused; recordings are served from a pre-made fragmented MP4 file (see make-fmp4.sh).
//
// usage: node camera.js --port P --pincode 031-45-154 --storage DIR --fmp4 FILE
//                       [--name NAME] [--username AA:BB:CC:DD:EE:FF]
//                       [--motion-after SECONDS] [--motion-duration SECONDS] [--motion-from auto|start]
//                       [--pace-ms MS] [--end-after N]
//        node camera.js --storage DIR --fmp4 FILE --self-test OUT.mp4
//            (no network: drives HAP-NodeJS's recording code with a fake HDS connection, see
//             selftest.js; exit 0 if every check passed)
//
// It must run inside a private network namespace (HAP-NodeJS always advertises over mDNS):
// see run.sh. Every TCP server it opens (HAP and HomeKit Data Stream) is bound to 127.0.0.1.
//
// stdout: one line `READY port=<port>` once the HAP server listens. stderr: the log (every
// recording-delegate call with its arguments, characteristic writes, HDS connections).
// Set DEBUG=HAP-NodeJS:* for HAP-NodeJS's own debug output (also on stderr).
//
// Motion: each new subscription to MotionDetected (or, if nobody subscribes, the first
// pair-verify; with --motion-from start: the start) begins a cycle: MotionDetected=false now,
// true --motion-after seconds later (default 5), false again --motion-duration seconds after
// that (default 30; 0 = stays true).
//
// Recording stream: the init segment (ftyp+moov), then the fragments of FILE (each one
// moof+mdat, or several when the muxer writes one track per moof), the first
// ceil(prebuffer / fragment duration) at once, the others paced at their own duration
// (--pace-ms overrides), looping with continuous sequence numbers and decode times while the
// stream is open. With --end-after N the N-th fragment is yielded with isLast=true
// (HAP-NodeJS then sends endOfStream and waits for the hub's ack).

const net = require("net");

// ---- bind every TCP server to loopback ----------------------------------------------------
// HAP-NodeJS turns `bind: "127.0.0.1"` into a listen on 0.0.0.0 (Accessory.parseBindOption)
// and its DataStreamServer calls listen() without a host. Rewrite unspecified hosts.
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const a = args[0];
  if (a !== null && typeof a === "object" && !Array.isArray(a)) {
    if (a.path === undefined && (a.host === undefined || a.host === "0.0.0.0" || a.host === "::")) {
      args[0] = { ...a, host: "127.0.0.1" };
    }
  } else if (typeof a === "string" && isNaN(Number(a))) {
    // a unix socket path: leave it alone
  } else {
    // listen([port][, host][, backlog][, callback])
    const port = typeof a === "function" || a === undefined ? 0 : a;
    const rest = typeof a === "function" ? args : args.slice(1);
    let host = rest[0];
    if (typeof host === "string" || host === undefined || host === null) {
      if (host === undefined || host === null || host === "0.0.0.0" || host === "::") host = "127.0.0.1";
      args = [port, host, ...rest.slice(1)];
    } else {
      args = [port, "127.0.0.1", ...rest];
    }
  }
  return originalListen.apply(this, args);
};

const fs = require("fs");
const path = require("path");
const hap = require("hap-nodejs");
const { readFmp4, loopedFragment } = require("./fmp4");

const {
  Accessory, Characteristic, Service, CameraController, HAPStorage, uuid,
  HDSProtocolSpecificErrorReason, AudioRecordingCodecType, AudioRecordingSamplerate, AudioBitrate,
  H264Profile, H264Level, MediaContainerType, VideoCodecType, SRTPCryptoSuites, EventTriggerOption,
} = hap;

// ---- command line -------------------------------------------------------------------------
function usage(msg) {
  if (msg) process.stderr.write(`camera.js: ${msg}\n`);
  process.stderr.write("usage: node camera.js --port P --pincode 031-45-154 --storage DIR --fmp4 FILE " +
    "[--name NAME] [--username AA:BB:CC:DD:EE:FF] [--motion-after S] [--motion-duration S] " +
    "[--motion-from auto|start] [--pace-ms MS] [--end-after N]\n" +
    "       node camera.js --storage DIR --fmp4 FILE --self-test OUT.mp4\n");
  process.exit(2);
}
const opts = {
  port: undefined, pincode: undefined, storage: undefined, fmp4: undefined,
  name: "HAP-NodeJS HKSV Test Camera", username: "0E:48:4B:53:56:01",
  motionAfter: 5, motionDuration: 30, motionFrom: "auto", paceMs: undefined, endAfter: 0,
  selfTest: undefined,
};
{
  const argv = process.argv.slice(2);
  const numbers = new Set(["port", "motionAfter", "motionDuration", "paceMs", "endAfter"]);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "-h" || flag === "--help") usage();
    if (!flag.startsWith("--")) usage(`unexpected argument ${flag}`);
    const key = flag.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in opts)) usage(`unknown option ${flag}`);
    const value = argv[++i];
    if (value === undefined) usage(`${flag} needs a value`);
    opts[key] = numbers.has(key) ? Number(value) : value;
    if (numbers.has(key) && !Number.isFinite(opts[key])) usage(`${flag}: not a number: ${value}`);
  }
  for (const k of opts.selfTest ? ["storage", "fmp4"] : ["port", "pincode", "storage", "fmp4"]) {
    if (opts[k] === undefined) usage(`--${k} is required`);
  }
  if (opts.selfTest) opts.pincode = opts.pincode || "031-45-154";
  if (!/^\d{3}-\d{2}-\d{3}$/.test(opts.pincode)) usage("--pincode must look like 031-45-154");
  if (!["auto", "start"].includes(opts.motionFrom)) usage("--motion-from must be auto or start");
}

// ---- logging ------------------------------------------------------------------------------
const t0 = Date.now();
function log(...parts) {
  const msg = parts.map(p => (typeof p === "string" ? p : JSON.stringify(p))).join(" ");
  process.stderr.write(`[camera.js +${((Date.now() - t0) / 1000).toFixed(3)}s] ${msg}\n`);
}
process.on("uncaughtException", err => {
  log(`uncaught exception: ${err && err.stack}`);
  process.exit(1);
});
process.on("unhandledRejection", err => {
  log(`unhandled rejection: ${err && err.stack}`);
  process.exit(1);
});

// ---- the recording ------------------------------------------------------------------------
const media = readFmp4(opts.fmp4);
if (!media.video) usage(`${opts.fmp4} has no video track`);
if (media.fragments.length === 0) usage(`${opts.fmp4} has no fragments`);
log(`fMP4 ${opts.fmp4}: init ${media.init.length} bytes, ${media.fragments.length} fragments ` +
  `(${media.moofCount} moof+mdat), video ${media.video.codec} ${media.video.width}x${media.video.height}` +
  `@${media.video.fps}, audio ${media.audio ? `${media.audio.codec} ${media.audio.timescale} Hz` : "none"}`);
media.fragments.forEach((f, i) => {
  if (f.startsWithKey === false) log(`WARNING: fragment ${i} does not start with a key frame`);
});

const enumName = (e, v) => (e && e[v] !== undefined ? `${e[v]}(${v})` : String(v));
const levelName = ["3.1", "3.2", "4.0"];

function describeConfiguration(c) {
  if (!c) return "undefined";
  return JSON.stringify({
    prebufferLength: c.prebufferLength,
    eventTriggerTypes: c.eventTriggerTypes.map(t => enumName(EventTriggerOption, t)),
    mediaContainer: {
      type: enumName(MediaContainerType, c.mediaContainerConfiguration.type),
      fragmentLength: c.mediaContainerConfiguration.fragmentLength,
    },
    video: {
      codec: enumName(VideoCodecType, c.videoCodec.type),
      profile: enumName(H264Profile, c.videoCodec.parameters.profile),
      level: `${levelName[c.videoCodec.parameters.level] || "?"}(${c.videoCodec.parameters.level})`,
      bitRate: c.videoCodec.parameters.bitRate,
      iFrameInterval: c.videoCodec.parameters.iFrameInterval,
      resolution: c.videoCodec.resolution,
    },
    audio: {
      codec: enumName(AudioRecordingCodecType, c.audioCodec.type),
      channels: c.audioCodec.audioChannels,
      bitrateMode: enumName(AudioBitrate, c.audioCodec.bitrateMode),
      samplerate: enumName(AudioRecordingSamplerate, c.audioCodec.samplerate),
      bitrate: c.audioCodec.bitrate,
    },
  });
}

let controller; // CameraController, set below

class RecordingDelegate {
  constructor() {
    this.configuration = undefined;
    this.active = false;
    this.stream = undefined; // { streamId, closed, wake }
  }

  updateRecordingActive(active) {
    log(`delegate.updateRecordingActive(active=${active})`);
    this.active = active;
  }

  updateRecordingConfiguration(configuration) {
    log(`delegate.updateRecordingConfiguration(${describeConfiguration(configuration)})`);
    this.configuration = configuration;
  }

  async *handleRecordingStreamRequest(streamId) {
    const stream = { streamId, closed: false, wake: undefined };
    this.stream = stream;
    const rm = controller.recordingManagement;
    const audioActive = rm.recordingManagementService.getCharacteristic(Characteristic.RecordingAudioActive).value;
    log(`delegate.handleRecordingStreamRequest(streamId=${streamId}) RecordingAudioActive=${audioActive} ` +
      `configuration=${describeConfiguration(this.configuration)}`);
    if (!audioActive && media.audio) {
      log("note: RecordingAudioActive is 0 but the fMP4 file has an audio track; it is sent unchanged");
    }
    const fragmentLength = this.configuration ? this.configuration.mediaContainerConfiguration.fragmentLength : 4000;
    const longest = Math.max(...media.fragments.map(f => f.durationMs));
    if (longest > fragmentLength) {
      log(`WARNING: the file has fragments of ${longest.toFixed(0)} ms, longer than the selected ${fragmentLength} ms`);
    }
    const prebufferMs = this.configuration ? this.configuration.prebufferLength : 4000;
    const meanMs = media.fragments.reduce((a, f) => a + f.durationMs, 0) / media.fragments.length || 1000;
    const immediate = Math.max(1, Math.ceil(prebufferMs / meanMs));
    const sleep = ms => new Promise(resolve => {
      const timer = setTimeout(resolve, ms);
      stream.wake = () => { clearTimeout(timer); resolve(); };
    });
    try {
      log(`stream ${streamId}: yield mediaInitialization (${media.init.length} bytes)`);
      yield { data: media.init, isLast: false };
      for (let n = 0; !stream.closed; n++) {
        const index = n % media.fragments.length;
        const loop = Math.floor(n / media.fragments.length);
        const data = loopedFragment(media, index, loop);
        const isLast = opts.endAfter > 0 && n + 1 >= opts.endAfter;
        log(`stream ${streamId}: yield fragment #${n + 1} (file fragment ${index}, loop ${loop}, ` +
          `${data.length} bytes, ${media.fragments[index].durationMs.toFixed(0)} ms${n < immediate ? ", prebuffer" : ""}` +
          `${isLast ? ", isLast" : ""})`);
        yield { data, isLast };
        if (isLast) {
          log(`stream ${streamId}: ended by the accessory (isLast sent); waiting for the hub's ack`);
          return;
        }
        if (n + 1 >= immediate) {
          await sleep(opts.paceMs !== undefined ? opts.paceMs : media.fragments[index].durationMs);
        }
      }
      log(`stream ${streamId}: generator returns (stream closed)`);
    } finally {
      if (this.stream === stream) this.stream = undefined;
    }
  }

  closeRecordingStream(streamId, reason) {
    log(`delegate.closeRecordingStream(streamId=${streamId}, reason=${reason === undefined
      ? "undefined (HDS connection closed)" : enumName(HDSProtocolSpecificErrorReason, reason)})`);
    this.finish(streamId);
  }

  acknowledgeStream(streamId) {
    log(`delegate.acknowledgeStream(streamId=${streamId})`);
    this.finish(streamId);
  }

  finish(streamId) {
    const s = this.stream;
    if (s && s.streamId === streamId) {
      s.closed = true;
      if (s.wake) s.wake();
    }
  }
}

// Live view and snapshots are not part of this test: refuse them.
class StreamingDelegate {
  handleSnapshotRequest(request, callback) {
    log(`streamingDelegate.handleSnapshotRequest(${JSON.stringify(request)}): refused`);
    callback(new Error("snapshots are not supported by this test camera"));
  }
  prepareStream(request, callback) {
    log(`streamingDelegate.prepareStream(sessionID=${request.sessionID}): refused`);
    callback(new Error("live view is not supported by this test camera"));
  }
  handleStreamRequest(request, callback) {
    log(`streamingDelegate.handleStreamRequest(${JSON.stringify({ sessionID: request.sessionID, type: request.type })}): refused`);
    callback(new Error("live view is not supported by this test camera"));
  }
}

// ---- the accessory ------------------------------------------------------------------------
fs.mkdirSync(opts.storage, { recursive: true });
HAPStorage.setCustomStoragePath(path.resolve(opts.storage));

const accessory = new Accessory(opts.name, uuid.generate(`gst-hksv:interop:hapnodejs:${opts.name}`));
accessory.getService(Service.AccessoryInformation)
  .setCharacteristic(Characteristic.Manufacturer, "gst-hksv interop")
  .setCharacteristic(Characteristic.Model, "HAP-NodeJS camera.js")
  .setCharacteristic(Characteristic.SerialNumber, opts.username.replace(/:/g, ""))
  .setCharacteristic(Characteristic.FirmwareRevision, hap.HAPLibraryVersion());

const recordingDelegate = new RecordingDelegate();
const resolution = [media.video.width, media.video.height, media.video.fps];
controller = new CameraController({
  cameraStreamCount: 1,
  delegate: new StreamingDelegate(),
  streamingOptions: {
    supportedCryptoSuites: [SRTPCryptoSuites.AES_CM_128_HMAC_SHA1_80],
    video: {
      codec: {
        profiles: [H264Profile.MAIN, H264Profile.HIGH],
        levels: [H264Level.LEVEL3_1, H264Level.LEVEL3_2, H264Level.LEVEL4_0],
      },
      resolutions: [resolution],
    },
  },
  recording: {
    options: {
      prebufferLength: 4000,
      mediaContainerConfiguration: {
        type: MediaContainerType.FRAGMENTED_MP4,
        fragmentLength: 4000,
      },
      video: {
        type: VideoCodecType.H264,
        parameters: {
          profiles: [H264Profile.MAIN, H264Profile.HIGH],
          levels: [H264Level.LEVEL3_1, H264Level.LEVEL3_2, H264Level.LEVEL4_0],
        },
        resolutions: [resolution],
      },
      audio: {
        codecs: {
          type: AudioRecordingCodecType.AAC_LC,
          audioChannels: 1,
          bitrateMode: AudioBitrate.VARIABLE,
          samplerate: [AudioRecordingSamplerate.KHZ_16, AudioRecordingSamplerate.KHZ_24, AudioRecordingSamplerate.KHZ_32],
        },
      },
    },
    delegate: recordingDelegate,
  },
  sensors: {
    motion: true,
  },
});
accessory.configureController(controller);
{
  const rm = controller.recordingManagement;
  const hex = b64 => Buffer.from(b64, "base64").toString("hex");
  log(`advertised SupportedCameraRecordingConfiguration (205) = ${hex(rm.supportedCameraRecordingConfiguration)}`);
  log(`advertised SupportedVideoRecordingConfiguration (206) = ${hex(rm.supportedVideoRecordingConfiguration)}`);
  log(`advertised SupportedAudioRecordingConfiguration (207) = ${hex(rm.supportedAudioRecordingConfiguration)}`);
}

const motionService = accessory.getService(Service.MotionSensor);
const motionDetected = motionService.getCharacteristic(Characteristic.MotionDetected);

// ---- motion -------------------------------------------------------------------------------
let motionTimers = [];
let motionStarted = false;
function startMotionCycle(why) {
  motionStarted = true;
  for (const t of motionTimers) clearTimeout(t);
  motionTimers = [];
  if (motionDetected.value) motionDetected.updateValue(false);
  log(`motion: cycle started (${why}): MotionDetected=true in ${opts.motionAfter} s` +
    (opts.motionDuration > 0 ? `, false again ${opts.motionDuration} s later` : ""));
  motionTimers.push(setTimeout(() => {
    log("motion: MotionDetected=true");
    motionDetected.updateValue(true);
    if (opts.motionDuration > 0) {
      motionTimers.push(setTimeout(() => {
        log("motion: MotionDetected=false");
        motionDetected.updateValue(false);
      }, opts.motionDuration * 1000));
    }
  }, opts.motionAfter * 1000));
}
motionDetected.on("subscribe", () => {
  log("motion: a controller subscribed to MotionDetected");
  if (opts.motionFrom === "auto") startMotionCycle("MotionDetected subscription");
});

// ---- logging of protocol-level events -----------------------------------------------------
const watched = new Set([
  Characteristic.Active.UUID, Characteristic.HomeKitCameraActive.UUID, Characteristic.RecordingAudioActive.UUID,
  Characteristic.SelectedCameraRecordingConfiguration.UUID, Characteristic.EventSnapshotsActive.UUID,
  Characteristic.PeriodicSnapshotsActive.UUID, Characteristic.StatusActive.UUID,
]);
accessory.on("service-characteristic-change", change => {
  if (!watched.has(change.characteristic.UUID)) return;
  const value = typeof change.newValue === "string" && change.newValue.length > 16
    ? `base64:${change.newValue}` : JSON.stringify(change.newValue);
  log(`characteristic ${change.service.displayName || change.service.constructor.name}/` +
    `${change.characteristic.displayName} (iid ${change.characteristic.iid}) = ${value} ` +
    `(${change.reason}${change.originator ? ` by ${change.originator.remoteAddress}` : ""})`);
});
accessory.on("paired", () => log("pairing: pair-setup completed (first admin added)"));
accessory.on("unpaired", () => log("pairing: all pairings removed"));
accessory.on("characteristic-warning", w => log(`HAP-NodeJS warning (${w.type}): ${w.message}`));
controller.recordingManagement.dataStreamManagement
  .onServerEvent("connection-opened", c => log(`HDS: TCP connection from ${c.remoteAddress}`))
  .onServerEvent("connection-closed", c => log(`HDS: connection from ${c.remoteAddress} closed`));

if (opts.selfTest) {
  require("./selftest").run({ controller, media, opts, log, hap, delegate: recordingDelegate })
    .then(ok => process.exit(ok ? 0 : 1), err => { log(`self-test crashed: ${err.stack}`); process.exit(1); });
  return; // eslint-disable-line no-useless-return
}

accessory.on("listening", port => {
  log(`HAP server listening on 127.0.0.1:${port}, setup code ${opts.pincode}, ` +
    `username ${opts.username}, storage ${path.resolve(opts.storage)}`);
  // pair-verify does not surface as an accessory event: watch the HAP connections
  try {
    accessory._server.httpServer.on("connection-opened", connection => {
      log(`HAP: connection from ${connection.remoteAddress}:${connection.remotePort}`);
      connection.on("authenticated", username => {
        log(`HAP: pair-verify completed for controller ${username}`);
        if (opts.motionFrom === "auto" && !motionStarted) startMotionCycle("first pair-verify");
      });
      connection.on("closed", () => log(`HAP: connection from ${connection.remoteAddress}:${connection.remotePort} closed`));
    });
  } catch (e) {
    log(`note: cannot watch HAP connections (${e.message}); motion starts on subscription only`);
  }
  if (opts.motionFrom === "start") startMotionCycle("start");
  process.stdout.write(`READY port=${port}\n`);
});

accessory.publish({
  username: opts.username,
  pincode: opts.pincode,
  port: opts.port,
  category: hap.Categories.IP_CAMERA,
  bind: "127.0.0.1",
  advertiser: hap.MDNSAdvertiser.CIAO,
  addIdentifyingMaterial: false,
}).catch(err => {
  log(`publish failed: ${err && err.stack}`);
  process.exit(1);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: unpublishing`);
  setTimeout(() => process.exit(0), 2000).unref();
  accessory.unpublish().then(() => process.exit(0), () => process.exit(0));
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
