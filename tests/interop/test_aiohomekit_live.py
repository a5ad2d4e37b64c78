"""Live view (reference §10) with a third-party HomeKit controller: aiohomekit (PyPI) has no
camera streaming, but it pairs, reads and writes TLV8 characteristics (base64 strings) and
subscribes to events, which is all a controller needs to start a stream. The test pairs with
a real hksvsink (the `hksv_camera` example) over 127.0.0.1, decodes SupportedVideo/Audio/RTP
configuration, subscribes to StreamingStatus, sets up endpoints with its own SRTP key and a
UDP port it binds, starts a stream and checks the SRTP packets that arrive (header, our SSRC,
authentication tag, AES-CM decryption down to H.264 RTP payload) and the accessory's SRTCP
sender reports, sends its own SRTCP receiver reports (the stream must outlive the
accessory's 10 s silence limit), lets a second aiohomekit pairing (added through `/pairings`)
see neither the first's keys nor a free slot, stops the stream and sees the packets stop.
SRTP/SRTCP is done here in Python from RFC 3711 (tests/interop/srtp_check.py), independently
of the element's code and of libsrtp.

Run: target/test-venv/bin/python tests/interop/test_aiohomekit_live.py
(needs target/debug/examples/hksv_camera; tests/run-all.sh does both). Exit status 0 only if
every check passed."""

from __future__ import annotations

import asyncio
import base64
import os
import socket
import struct
import sys
from pathlib import Path

from aiohomekit.characteristic_cache import CharacteristicCacheMemory
from aiohomekit.controller.ip.controller import IpController
from aiohomekit.controller.ip.discovery import IpDiscovery
from aiohomekit.controller.ip.pairing import IpPairing
from aiohomekit.model.categories import Categories
from aiohomekit.model.feature_flags import FeatureFlags
from aiohomekit.model.status_flags import StatusFlags
from aiohomekit.zeroconf import HomeKitService
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

sys.path.insert(0, str(Path(__file__).resolve().parent))
from camera import Camera, Checks, camera_props, run_checks  # noqa: E402
from srtp_check import SrtcpContext, SrtpReceiver, receiver_report, tlv_all, tlv_decode, tlv_encode, tlv_first  # noqa: E402

SETUP_CODE = "031-45-154"
NAME = "Live Interop Cam"
PAYLOAD_TYPE = 99
MTU = 1378
CONTROLLER_VIDEO_SSRC = 0x1234_5678
PACKETS = 40
# The accessory ends a session after 10 s without a packet from the controller.
SILENCE_LIMIT = 10.0
STREAM_SECONDS = SILENCE_LIMIT + 2.5
PATIENCE = 15.0


def apple_uuid(short: str) -> str:
    """Full form of an Apple-defined HAP type, as aiohomekit normalises it."""
    return f"{short.upper():0>8}-0000-1000-8000-0026BB765291"


def discovery_without_mdns(controller: IpController, info: dict[str, str]) -> IpDiscovery:
    """What aiohomekit would build from the `_hap._tcp` record, written by hand: the test
    connects straight to 127.0.0.1 and never sends mDNS."""
    description = HomeKitService(
        name=NAME,
        id=info["device-id"].lower(),
        model="hksvsink",
        feature_flags=FeatureFlags(0),
        status_flags=StatusFlags.UNPAIRED,
        config_num=1,
        state_num=1,
        category=Categories.IP_CAMERA,
        protocol_version="1.1",
        type="_hap._tcp.local.",
        address="127.0.0.1",
        addresses=["127.0.0.1"],
        port=int(info["port"]),
    )
    return IpDiscovery(controller, description)


def find_iids(accessories, service: str, chars: list[str]) -> dict[str, tuple[int, int]]:
    """(aid, iid) of each characteristic type in `chars` within `service`."""
    found: dict[str, tuple[int, int]] = {}
    for acc in accessories:
        for svc in acc["services"]:
            if svc["type"] != apple_uuid(service):
                continue
            for c in svc["characteristics"]:
                for short in chars:
                    if c["type"] == apple_uuid(short):
                        found.setdefault(short, (acc["aid"], c["iid"]))
    return found


async def read_tlv(pairing: IpPairing, key: tuple[int, int]) -> bytes:
    """A tlv8 characteristic's value, decoded from base64."""
    got = await pairing.get_characteristics([key])
    value = got.get(key, {}).get("value")
    if not isinstance(value, str):
        raise ValueError(f"read {key}: no tlv8 value in {got}")
    return base64.b64decode(value)


async def write_tlv(pairing: IpPairing, key: tuple[int, int], value: bytes) -> int:
    """Writes a tlv8 value; the HAP status (0 = success)."""
    status = await pairing.put_characteristics([(key[0], key[1], base64.b64encode(value).decode())])
    return int(status.get(key, {}).get("status", 0))


def u8(value: int) -> bytes:
    return bytes([value])


def u16(value: int) -> bytes:
    return struct.pack("<H", value)


def u32(value: int) -> bytes:
    return struct.pack("<I", value)


def setup_request(session_id: bytes, video_port: int, audio_port: int, video_key: bytes, audio_key: bytes) -> bytes:
    """SetupEndpoints as a controller writes it (§10.4): IPv4 127.0.0.1, AES_CM_128 keys."""
    address = tlv_encode([(1, u8(0)), (2, b"127.0.0.1"), (3, u16(video_port)), (4, u16(audio_port))])

    def srtp(key_salt: bytes) -> bytes:
        return tlv_encode([(1, u8(0)), (2, key_salt[:16]), (3, key_salt[16:])])

    return tlv_encode([(1, session_id), (3, address), (4, srtp(video_key)), (5, srtp(audio_key))])


def selection(session_id: bytes, command: int, with_parameters: bool) -> bytes:
    """SelectedRTPStreamConfiguration (§10.5): a start as iOS sends it (H.264 Main 4.0,
    320×240@15, payload type 99, MTU 1378; Opus 16 kHz), or a bare command."""
    control = tlv_encode([(1, session_id), (2, u8(command))])
    if not with_parameters:
        return tlv_encode([(1, control)])
    codec = tlv_encode([(1, u8(1)), (2, u8(2)), (3, u8(0))])
    attributes = tlv_encode([(1, u16(320)), (2, u16(240)), (3, u8(15))])
    rtp = tlv_encode(
        [
            (1, u8(PAYLOAD_TYPE)),
            (2, u32(CONTROLLER_VIDEO_SSRC)),
            (3, u16(299)),
            (4, struct.pack("<f", 0.5)),
            (5, u16(MTU)),
        ]
    )
    video = tlv_encode([(1, u8(0)), (2, codec), (3, attributes), (4, rtp)])
    audio_codec = tlv_encode([(1, u8(1)), (2, u8(0)), (3, u8(1)), (4, u8(20))])
    audio_rtp = tlv_encode([(1, u8(110)), (2, u32(0x0BAD_CAFE)), (3, u16(24)), (4, struct.pack("<f", 0.5)), (6, u8(13))])
    audio = tlv_encode([(1, u8(3)), (2, audio_codec), (3, audio_rtp), (4, u8(0))])
    return tlv_encode([(1, control), (2, video), (3, audio)])


class UdpInbox(asyncio.DatagramProtocol):
    """Collects the datagrams that reach one bound UDP socket."""

    def __init__(self) -> None:
        self.packets: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr) -> None:
        self.packets.put_nowait(data)

    def drain(self) -> int:
        n = 0
        while not self.packets.empty():
            self.packets.get_nowait()
            n += 1
        return n


async def bind_udp() -> tuple[asyncio.DatagramTransport, UdpInbox, int]:
    transport, inbox = await asyncio.get_running_loop().create_datagram_endpoint(
        UdpInbox, local_addr=("127.0.0.1", 0), family=socket.AF_INET
    )
    return transport, inbox, transport.get_extra_info("sockname")[1]


def check_supported(checks: Checks, video: bytes, audio: bytes, rtp: bytes) -> None:
    """SupportedVideo/Audio/RTPConfiguration as a controller decodes them (§10.1–10.3)."""
    codecs = tlv_all(tlv_decode(video), 1)
    h264 = [tlv_decode(c) for c in codecs if tlv_first(tlv_decode(c), 1) == u8(0)]
    ok = bool(h264)
    sizes = []
    if ok:
        params = tlv_decode(tlv_first(h264[0], 2) or b"")
        attrs = [tlv_decode(a) for a in tlv_all(h264[0], 3)]
        sizes = [
            (
                struct.unpack("<H", tlv_first(a, 1) or b"\0\0")[0],
                struct.unpack("<H", tlv_first(a, 2) or b"\0\0")[0],
                (tlv_first(a, 3) or b"\0")[0],
            )
            for a in attrs
        ]
        ok = (
            bool(tlv_all(params, 1))
            and bool(tlv_all(params, 2))
            and tlv_first(params, 3) == u8(0)
            and bool(sizes)
            and all(w > 0 and h > 0 and fps > 0 for w, h, fps in sizes)
        )
    checks.check("114 SupportedVideoStreamConfiguration: H.264, non-interleaved, sizes", ok, f"{video.hex()} sizes {sizes}")
    checks.check("114 offers 320x240@15 (Apple Watch, §10.1)", (320, 240, 15) in sizes, str(sizes))

    items = tlv_decode(audio)
    audio_codecs = [tlv_decode(c) for c in tlv_all(items, 1)]
    kinds = [(tlv_first(c, 1) or b"\xff")[0] for c in audio_codecs]
    checks.check(
        "115 SupportedAudioStreamConfiguration: codecs with parameters, comfort noise flag",
        bool(audio_codecs)
        and all(tlv_first(c, 2) is not None for c in audio_codecs)
        and tlv_first(items, 2) in (u8(0), u8(1)),
        f"{audio.hex()} codecs {kinds}",
    )
    suites = tlv_all(tlv_decode(rtp), 2)
    checks.check("116 SupportedRTPConfiguration: type 2 lists AES_CM_128_HMAC_SHA1_80", u8(0) in suites, rtp.hex())


async def next_status(events: asyncio.Queue[int], timeout: float = PATIENCE) -> int | None:
    try:
        return await asyncio.wait_for(events.get(), timeout)
    except asyncio.TimeoutError:
        return None


async def run(checks: Checks, workdir: Path) -> None:
    # One session at most: StreamingStatus goes to "in use" and a second setup is busy.
    props = camera_props(NAME, SETUP_CODE, workdir, {"port": "0", "advertise": "false", "max-live-streams": "1"})
    async with Camera(props, workdir / "camera.log") as cam:
        controller = IpController(char_cache=CharacteristicCacheMemory(), zeroconf_instance=None)
        discovery = discovery_without_mdns(controller, cam.info)
        finish = await discovery.async_start_pairing("cam")
        first = await finish(SETUP_CODE)
        await cam.wait_paired(True)
        checks.check("pair-setup with aiohomekit", first is not None)
        second: IpPairing | None = None
        transports = []
        tasks: list[asyncio.Task] = []
        try:
            accessories = await first.list_accessories_and_characteristics()
            iids = find_iids(accessories, "110", ["114", "115", "116", "117", "118", "120"])
            missing = {"114", "115", "116", "117", "118", "120"} - iids.keys()
            if missing:
                checks.fail("CameraRTPStreamManagement characteristics", f"missing {sorted(missing)}")
                return
            check_supported(
                checks,
                await read_tlv(first, iids["114"]),
                await read_tlv(first, iids["115"]),
                await read_tlv(first, iids["116"]),
            )

            # StreamingStatus: available once video has reached the element; then events.
            status_key = iids["120"]
            deadline = asyncio.get_running_loop().time() + PATIENCE
            status = None
            while asyncio.get_running_loop().time() < deadline:
                status = tlv_decode(await read_tlv(first, status_key))
                if tlv_first(status, 1) == u8(0):
                    break
                await asyncio.sleep(0.2)
            checks.check("120 StreamingStatus reads available (0)", tlv_first(status or [], 1) == u8(0), str(status))
            statuses: asyncio.Queue[int] = asyncio.Queue()

            def on_event(event: dict) -> None:
                value = event.get(status_key, {}).get("value")
                if isinstance(value, str):
                    decoded = tlv_first(tlv_decode(base64.b64decode(value)), 1)
                    if decoded:
                        statuses.put_nowait(decoded[0])

            first.dispatcher_connect(on_event)
            await first.subscribe([status_key])

            # SetupEndpoints with our own key, to ports we bound.
            video_transport, video_inbox, video_port = await bind_udp()
            audio_transport, audio_inbox, audio_port = await bind_udp()
            transports += [video_transport, audio_transport]
            session_id = os.urandom(16)
            video_key, audio_key = os.urandom(30), os.urandom(30)
            status = await write_tlv(
                first, iids["118"], setup_request(session_id, video_port, audio_port, video_key, audio_key)
            )
            checks.check("write 118 SetupEndpoints accepted", status == 0, f"status {status}")
            answer = tlv_decode(await read_tlv(first, iids["118"]))
            checks.check("118 answer: status 0", tlv_first(answer, 2) == u8(0), str(answer))
            checks.check("118 answer echoes the session id", tlv_first(answer, 1) == session_id, str(answer))
            address = tlv_decode(tlv_first(answer, 3) or b"")
            accessory_ip = (tlv_first(address, 2) or b"").decode(errors="replace")
            ports = [struct.unpack("<H", tlv_first(address, k) or b"\0\0")[0] for k in (3, 4)]
            checks.check(
                "118 answer: IPv4 address 127.0.0.1 and two ports of its own",
                tlv_first(address, 1) == u8(0) and accessory_ip == "127.0.0.1" and all(ports) and ports[0] != ports[1],
                f"{address} ports {ports}",
            )
            ssrcs = [struct.unpack("<I", tlv_first(answer, k) or b"\0\0\0\0")[0] for k in (6, 7)]
            checks.check("118 answer: video and audio SSRCs", all(ssrcs) and ssrcs[0] != ssrcs[1], str(ssrcs))
            ours = {}
            for kind, theirs in ((4, video_key), (5, audio_key)):
                srtp = tlv_decode(tlv_first(answer, kind) or b"")
                key_salt = (tlv_first(srtp, 2) or b"") + (tlv_first(srtp, 3) or b"")
                ours[kind] = key_salt
                checks.check(
                    f"118 answer: {'video' if kind == 4 else 'audio'} SRTP AES_CM_128, 30-byte key+salt of its own",
                    tlv_first(srtp, 1) == u8(0) and len(key_salt) == 30 and key_salt != theirs,
                    f"{srtp}",
                )
            checks.check("StreamingStatus event: in use (1) after the setup", await next_status(statuses) == 1)

            # Start: SRTP packets arrive at our video port; we answer with SRTCP receiver
            # reports made with our own key (§10.4), every 0.5 s, for longer than the
            # accessory's 10 s silence limit.
            status = await write_tlv(first, iids["117"], selection(session_id, 1, True))
            checks.check("write 117 start (payload type 99, MTU 1378) accepted", status == 0, f"status {status}")
            loop = asyncio.get_running_loop()
            started = loop.time()
            reports_sent = 0
            rtcp_out = SrtcpContext(video_key[:16], video_key[16:])
            last_seq = 0

            async def send_reports() -> None:
                nonlocal reports_sent
                while True:
                    report = receiver_report(CONTROLLER_VIDEO_SSRC, ssrcs[0], last_seq)
                    video_transport.sendto(rtcp_out.protect(report), ("127.0.0.1", ports[0]))
                    reports_sent += 1
                    await asyncio.sleep(0.5)

            reporter = asyncio.create_task(send_reports())
            tasks.append(reporter)
            timed: list[tuple[float, bytes]] = []
            while (left := started + STREAM_SECONDS - loop.time()) > 0:
                try:
                    packet = await asyncio.wait_for(video_inbox.packets.get(), left)
                except asyncio.TimeoutError:
                    break
                timed.append((loop.time() - started, packet))
                if len(packet) >= 4 and not 200 <= packet[1] <= 204:
                    last_seq = struct.unpack_from(">H", packet, 2)[0]
            packets = [p for _, p in timed]
            rtp = [p for p in packets if len(p) >= 12 and not 200 <= p[1] <= 204]
            rtcp = [p for p in packets if len(p) >= 8 and 200 <= p[1] <= 204]
            checks.check(f"at least {PACKETS} RTP packets on our video port", len(rtp) >= PACKETS, f"{len(rtp)}")
            headers_ok = all(
                p[0] >> 6 == 2
                and p[1] & 0x7F == PAYLOAD_TYPE
                and struct.unpack_from(">I", p, 8)[0] == ssrcs[0]
                and len(p) <= MTU + 10
                for p in rtp
            )
            checks.check(
                "RTP version 2, payload type 99, the video SSRC of the answer, within the MTU",
                bool(rtp) and headers_ok,
                " ".join(p[:12].hex() for p in rtp[:3]),
            )
            late = [t for t, p in timed if t > SILENCE_LIMIT + 1 and p in rtp]
            checks.check(
                f"the accessory accepts our SRTCP receiver reports: video still flows "
                f"{SILENCE_LIMIT + 1:.0f} s after the start ({reports_sent} reports sent)",
                bool(late),
                f"last packet at {max((t for t, _ in timed), default=0):.1f} s",
            )
            rtcp_in = SrtcpContext(ours[4][:16], ours[4][16:])
            reports, rtcp_failures = [], []
            for p in rtcp:
                try:
                    reports.append(rtcp_in.unprotect(p))
                except ValueError as err:
                    rtcp_failures.append(str(err))
            checks.check(
                "the accessory's sender reports are SRTCP with the answer's key: PT 200 from its video SSRC",
                bool(reports)
                and not rtcp_failures
                and all(r[1] == 200 and struct.unpack_from(">I", r, 4)[0] == ssrcs[0] for r in reports),
                f"{len(reports)} ok, {rtcp_failures[:3]}, {[r[:8].hex() for r in reports[:3]]}",
            )
            checks.check("no StreamingStatus event while streaming", statuses.empty())
            receiver = SrtpReceiver(ours[4][:16], ours[4][16:])
            clear, roc, prev_seq, failures = [], 0, None, []
            for p in rtp:
                seq = struct.unpack_from(">H", p, 2)[0]
                if prev_seq is not None and seq < prev_seq and prev_seq - seq > 0x8000:
                    roc += 1
                prev_seq = seq
                try:
                    clear.append(receiver.unprotect(p, roc))
                except ValueError as err:
                    failures.append(f"seq {seq}: {err}")
            checks.check(
                "every packet carries a 10-byte HMAC-SHA1 tag made with the answer's key (RFC 3711)",
                bool(clear) and not failures,
                f"{len(clear)} ok, {failures[:3]}",
            )
            nal_types = {payload[0] & 0x1F for _, payload in clear if payload}
            checks.check(
                "AES-CM decrypts to H.264 RTP payload (RFC 6184 NAL unit / STAP-A / FU-A headers)",
                bool(clear)
                and all(payload and payload[0] & 0x80 == 0 for _, payload in clear)
                and nal_types <= {1, 5, 6, 7, 8, 9, 24, 28},
                f"NAL types {sorted(nal_types)}",
            )
            checks.check(
                "the stream holds a keyframe (IDR or FU-A of one) or parameter sets",
                any(
                    payload[0] & 0x1F in (5, 7, 8)
                    or (payload[0] & 0x1F == 28 and len(payload) > 1 and payload[1] & 0x1F == 5)
                    or payload[0] & 0x1F == 24
                    for _, payload in clear
                ),
                f"NAL types {sorted(nal_types)}",
            )

            # A second controller, added by the first: neither the first's keys nor a slot.
            second_id = "aiohomekit-second-controller"
            signing = ed25519.Ed25519PrivateKey.generate()
            raw = serialization.Encoding.Raw
            public = signing.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
            private = signing.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
            added = await first.add_pairing(second_id, public.hex(), "User")
            checks.check("add a second pairing (user) through aiohomekit", added is True)
            data = dict(first.pairing_data)
            data.update(iOSPairingId=second_id, iOSDeviceLTPK=public.hex(), iOSDeviceLTSK=private.hex())
            second = IpPairing(controller, data)
            await second.list_accessories_and_characteristics()
            seen = await read_tlv(second, iids["118"])
            checks.check(
                "the second reads idle SetupEndpoints (status 2 only, §10.4), none of the first's keys",
                seen == b"\x02\x01\x02" and ours[4] not in seen and video_key not in seen,
                seen.hex(),
            )
            other_session = os.urandom(16)
            status = await write_tlv(
                second,
                iids["118"],
                setup_request(other_session, video_port + 2, audio_port + 2, os.urandom(30), os.urandom(30)),
            )
            busy = tlv_decode(await read_tlv(second, iids["118"]))
            checks.check(
                "the second's setup at the limit is answered busy (1) with its session id",
                status == 0 and tlv_first(busy, 2) == u8(1) and tlv_first(busy, 1) == other_session,
                f"write {status}, read {busy}",
            )
            status = await write_tlv(second, iids["117"], selection(session_id, 0, False))
            checks.check("the second cannot stop the first's stream (-70410)", status == -70410, f"status {status}")

            # End: the packets stop and the status returns to available.
            status = await write_tlv(first, iids["117"], selection(session_id, 0, False))
            checks.check("write 117 end accepted", status == 0, f"status {status}")
            reporter.cancel()
            checks.check("StreamingStatus event: available (0) after the end", await next_status(statuses) == 0)
            await asyncio.sleep(0.3)
            video_inbox.drain()
            await asyncio.sleep(1.0)
            late = video_inbox.drain()
            checks.check("no packets after the end", late == 0, f"{late} packets")
            print(f"    audio port received {audio_inbox.drain()} packets")

            # A controller whose reports do not authenticate is silent: a new session of the
            # first, answered with SRTCP made with a key that is not the one it set up, ends
            # on its own after the silence limit.
            forged_session = os.urandom(16)
            status = await write_tlv(
                first, iids["118"], setup_request(forged_session, video_port, audio_port, video_key, audio_key)
            )
            answer = tlv_decode(await read_tlv(first, iids["118"]))
            forged_ports = tlv_decode(tlv_first(answer, 3) or b"")
            forged_port = struct.unpack("<H", tlv_first(forged_ports, 3) or b"\0\0")[0]
            ssrc = struct.unpack("<I", tlv_first(answer, 6) or b"\0\0\0\0")[0]
            checks.check(
                "a new session of the first: setup accepted, in use",
                status == 0 and tlv_first(answer, 2) == u8(0) and await next_status(statuses) == 1,
                f"write {status}, answer {answer}",
            )
            status = await write_tlv(first, iids["117"], selection(forged_session, 1, True))
            forged = SrtcpContext(os.urandom(16), os.urandom(14))

            async def send_forged() -> None:
                while True:
                    report = receiver_report(CONTROLLER_VIDEO_SSRC, ssrc, 0)
                    video_transport.sendto(forged.protect(report), ("127.0.0.1", forged_port))
                    await asyncio.sleep(0.5)

            tasks.append(asyncio.create_task(send_forged()))
            arrived = await asyncio.wait_for(video_inbox.packets.get(), PATIENCE)
            ended = await next_status(statuses, SILENCE_LIMIT + PATIENCE)
            checks.check(
                "reports with a wrong key do not keep a session alive: it ends after the silence limit",
                status == 0 and bool(arrived) and ended == 0,
                f"start {status}, status event {ended}",
            )
            tasks[-1].cancel()
            # The second controller disconnects first: once its pairing is gone the accessory
            # closes its connection, and aiohomekit's automatic reconnect would then fail
            # pair-verify (rightly) in the background.
            if second is not None:
                await second.close()
                second = None
            removed = await first.remove_pairing(second_id)
            checks.check("remove the second pairing", removed is True)
        finally:
            for task in tasks:
                task.cancel()
            for transport in transports:
                transport.close()
            if second is not None:
                await second.close()
            await first.close()
        checks.check("camera pipeline stopped cleanly", await cam.stop() == 0)


async def main() -> int:
    return await run_checks("interop aiohomekit live view", run)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
