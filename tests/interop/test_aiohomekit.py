"""Interop with a real third-party HomeKit controller: aiohomekit (PyPI) pairs with hksvsink
over 127.0.0.1 without mDNS, lists the accessories, reads and writes characteristics,
subscribes to MotionDetected and receives the event caused by `set-motion`, asks for a
snapshot with aiohomekit's image request (`POST /resource`) and checks the JPEG's size, lists
its pairing and removes it.

Run: target/test-venv/bin/python tests/interop/test_aiohomekit.py
(needs target/debug/examples/hksv_camera; tests/run-all.sh does both). Exit status 0 only if
every check passed."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from aiohomekit.characteristic_cache import CharacteristicCacheMemory
from aiohomekit.controller.ip.controller import IpController
from aiohomekit.controller.ip.discovery import IpDiscovery
from aiohomekit.exceptions import AuthenticationError
from aiohomekit.model.categories import Categories
from aiohomekit.model.feature_flags import FeatureFlags
from aiohomekit.model.status_flags import StatusFlags
from aiohomekit.zeroconf import HomeKitService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from camera import Camera, Checks, camera_props, run_checks  # noqa: E402
from qr import banner_qr, decode  # noqa: E402

SETUP_CODE = "031-45-154"
WRONG_CODE = "031-45-155"
NAME = "Interop Cam"


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


def stored_pairings(workdir: Path) -> list[dict]:
    """The pairings in the camera's state file (what survives a restart)."""
    path = workdir / "state" / "hksv-state.json"
    if not path.exists():
        return []
    return json.loads(path.read_text()).get("pairings", [])


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's start-of-frame segment; None when `data` is no JPEG."""
    if not data or data[:2] != b"\xff\xd8":
        return None
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        # SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[pos + 5 : pos + 7], "big")
            width = int.from_bytes(data[pos + 7 : pos + 9], "big")
            return width, height
        pos += 2 + length
    return None


def find_char(accessories, service: str, char: str) -> dict | None:
    for acc in accessories:
        for svc in acc["services"]:
            if svc["type"] != apple_uuid(service):
                continue
            for c in svc["characteristics"]:
                if c["type"] == apple_uuid(char):
                    return {"aid": acc["aid"], **c}
    return None


async def run(checks: Checks, workdir: Path) -> None:
    props = camera_props(NAME, SETUP_CODE, workdir, {"port": "0", "advertise": "false"})
    async with Camera(props, workdir / "camera.log") as cam:
        checks.check("camera started unpaired", cam.info.get("paired") == "false", str(cam.info))
        checks.check("banner shows the setup code", f"Setup code: {SETUP_CODE}" in cam.banner, str(cam.banner[:4]))
        scanned = decode(banner_qr(cam.banner))
        checks.check("printed QR code scans (zbarimg) to the setup URI", scanned == cam.info["setup-uri"], scanned)
        controller = IpController(char_cache=CharacteristicCacheMemory(), zeroconf_instance=None)

        # A wrong setup code is refused with an authentication error and stores nothing.
        discovery = discovery_without_mdns(controller, cam.info)
        try:
            finish = await discovery.async_start_pairing("wrong")
            await finish(WRONG_CODE)
            checks.fail("wrong setup code refused", "pairing succeeded")
        except AuthenticationError as err:
            print(f"    refused: {err!r}")
            checks.check(
                "wrong setup code refused (AuthenticationError) and stores no pairing",
                stored_pairings(workdir) == [],
                str(stored_pairings(workdir)),
            )
        finally:
            await discovery.close()

        discovery = discovery_without_mdns(controller, cam.info)
        finish = await discovery.async_start_pairing("cam")
        pairing = await finish(SETUP_CODE)
        checks.check("pair-setup with aiohomekit", pairing is not None)
        await cam.wait_paired(True)
        own_id = pairing.pairing_data["iOSPairingId"]
        stored = stored_pairings(workdir)
        checks.check(
            "element notified paired=true; the state file holds our pairing as the admin",
            [(p.get("id"), p.get("admin")) for p in stored] == [(own_id, True)],
            str(stored),
        )

        try:
            accessories = await pairing.list_accessories_and_characteristics()
            services = {svc["type"] for acc in accessories for svc in acc["services"]}
            for short, label in [
                ("3E", "AccessoryInformation"),
                ("110", "CameraRTPStreamManagement"),
                ("204", "CameraRecordingManagement"),
                ("21A", "CameraOperatingMode"),
                ("129", "DataStreamTransportManagement"),
                ("85", "MotionSensor"),
            ]:
                checks.check(f"/accessories lists {label}", apple_uuid(short) in services)

            name = find_char(accessories, "3E", "23")
            motion = find_char(accessories, "85", "22")
            active = find_char(accessories, "21A", "21B")
            if not (name and motion and active):
                checks.fail("characteristics present", f"name={name} motion={motion} active={active}")
                return

            read = await pairing.get_characteristics([(name["aid"], name["iid"]), (motion["aid"], motion["iid"])])
            checks.check(
                "read Name",
                read.get((name["aid"], name["iid"]), {}).get("value") == NAME,
                str(read),
            )
            checks.check(
                "read MotionDetected = false",
                read.get((motion["aid"], motion["iid"]), {}).get("value") in (False, 0),
                str(read),
            )

            key = (active["aid"], active["iid"])
            for value in (0, 1):
                status = await pairing.put_characteristics([(key[0], key[1], value)])
                back = await pairing.get_characteristics([key])
                checks.check(
                    f"write HomeKitCameraActive={value} and read it back",
                    not any(s.get("status", 0) != 0 for s in status.values())
                    and back.get(key, {}).get("value") in (value, bool(value)),
                    f"write {status}, read {back}",
                )

            events: asyncio.Queue[dict] = asyncio.Queue()
            pairing.dispatcher_connect(lambda ev: events.put_nowait(ev))
            mkey = (motion["aid"], motion["iid"])
            await pairing.subscribe([mkey])
            for on in (True, False):
                await cam.command("motion on" if on else "motion off")
                got = None
                try:
                    while got is None:
                        ev = await asyncio.wait_for(events.get(), 5)
                        if mkey in ev and "value" in ev[mkey]:
                            got = ev[mkey]["value"]
                except asyncio.TimeoutError:
                    pass
                checks.check(
                    f"MotionDetected event {'on' if on else 'off'} after set-motion",
                    got is not None and bool(got) == on,
                    f"got {got!r}",
                )

            # Snapshot (reference §1.6): the camera streams 320x240; 160x120 keeps its aspect.
            # The first keyframe may still be on its way: a few tries.
            image = None
            for _ in range(20):
                image = await pairing.image(name["aid"], 160, 120)
                if jpeg_size(image or b"") is not None:
                    break
                await asyncio.sleep(0.25)
            checks.check(
                "snapshot with aiohomekit's image(): a 160x120 JPEG",
                jpeg_size(image or b"") == (160, 120),
                f"{len(image or b'')} bytes, size {jpeg_size(image or b'')}, start {(image or b'')[:16]!r}",
            )

            pairings = await pairing.list_pairings()
            checks.check(
                "list pairings: ours, admin",
                any(p.get("pairingId") == own_id and p.get("controllerType") == "admin" for p in pairings),
                str(pairings),
            )

            removed = await pairing.remove_pairing(own_id)
            checks.check("remove own pairing", removed is True)
            await cam.wait_paired(False)
            checks.check(
                "element notified paired=false; the state file holds no pairing",
                stored_pairings(workdir) == [],
                str(stored_pairings(workdir)),
            )
        finally:
            await pairing.close()
        checks.check("camera pipeline stopped cleanly", await cam.stop() == 0)


async def main() -> int:
    return await run_checks("interop aiohomekit", run)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
