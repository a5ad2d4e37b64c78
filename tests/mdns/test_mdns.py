"""Runs inside the private network namespace made by tests/mdns/run.sh (never call it on a
real network): hksvsink advertises on `lo`; python-zeroconf browses `_hap._tcp`, the TXT
record must carry every key of reference §7.1 with sane values; aiohomekit pairs using the
browsed address and port; a fresh browse must then show `sf=0`."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import sys
from pathlib import Path

from zeroconf import IPVersion
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from aiohomekit.characteristic_cache import CharacteristicCacheMemory
from aiohomekit.controller.ip.controller import IpController
from aiohomekit.controller.ip.discovery import IpDiscovery
from aiohomekit.zeroconf import HomeKitService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "interop"))
from camera import Camera, Checks, camera_props, run_checks  # noqa: E402

HAP = "_hap._tcp.local."
NAME = "Namespace Cam"
SETUP_CODE = "518-08-582"
TXT_KEYS = ["c#", "ff", "id", "md", "pv", "s#", "sf", "ci", "sh"]


async def browse(timeout: float = 15) -> AsyncServiceInfo | None:
    """A fresh zeroconf instance (empty cache) that waits for our instance and resolves it."""
    azc = AsyncZeroconf(interfaces=["127.0.0.1"], ip_version=IPVersion.V4Only)
    found: asyncio.Queue[str] = asyncio.Queue()

    def on_change(zeroconf, service_type, name, state_change):  # noqa: ARG001
        found.put_nowait(name)

    browser = AsyncServiceBrowser(azc.zeroconf, [HAP], handlers=[on_change])
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        while (left := deadline - asyncio.get_running_loop().time()) > 0:
            try:
                name = await asyncio.wait_for(found.get(), left)
            except asyncio.TimeoutError:
                break
            if not name.startswith(NAME):
                continue
            info = AsyncServiceInfo(HAP, name)
            if await info.async_request(azc.zeroconf, 3000):
                return info
        return None
    finally:
        await browser.async_cancel()
        await azc.async_close()


def txt(info: AsyncServiceInfo) -> dict[str, str]:
    return {k: (v or "") for k, v in info.decoded_properties.items()}


async def run(checks: Checks, workdir: Path) -> None:
    props = camera_props(NAME, SETUP_CODE, workdir, {"advertise": "true", "mdns-interface": "lo"})
    async with Camera(props, workdir / "camera.log") as cam:
        info = await browse()
        if not checks.check("zeroconf browses _hap._tcp and resolves our instance", info is not None):
            return
        record = txt(info)
        print(f"    TXT {record}, port {info.port}, addresses {info.parsed_addresses()}")
        for key in TXT_KEYS:
            checks.check(f"TXT key {key} present", bool(record.get(key)), str(record))
        checks.check("port matches the element", str(info.port) == cam.info["port"])
        checks.check("id is the device id", record.get("id", "").upper() == cam.info["device-id"].upper())
        checks.check("ci = 17 (camera)", record.get("ci") == "17")
        checks.check("pv = 1.1", record.get("pv") == "1.1")
        checks.check("s# = 1", record.get("s#") == "1")
        checks.check("md = model", record.get("md") == "hksvsink")
        # §7.2, computed here independently: base64(SHA-512(setup ID ‖ device ID)[0..4]), the
        # setup ID being the last 4 characters of the setup URI.
        setup_id = cam.info["setup-uri"][-4:]
        expected_sh = base64.b64encode(
            hashlib.sha512((setup_id + cam.info["device-id"].upper()).encode()).digest()[:4]
        ).decode()
        checks.check("sh = setup hash of setup ID and device id", record.get("sh") == expected_sh, expected_sh)
        checks.check("sf = 1 before pairing", record.get("sf") == "1")

        controller = IpController(char_cache=CharacteristicCacheMemory(), zeroconf_instance=None)
        discovery = IpDiscovery(controller, HomeKitService.from_service_info(info))
        finish = await discovery.async_start_pairing("ns")
        pairing = await finish(SETUP_CODE)
        await cam.wait_paired(True)
        checks.check("paired with aiohomekit at the browsed address", True)
        await pairing.close()

        after = None
        for _ in range(5):  # the re-announcement may take a moment
            info = await browse()
            after = txt(info).get("sf") if info else None
            if after == "0":
                break
            await asyncio.sleep(1)
        checks.check("sf = 0 after pairing", after == "0", f"sf={after!r}")
        checks.check("camera pipeline stopped cleanly", await cam.stop() == 0)


async def main() -> int:
    return await run_checks("mdns namespace", run)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
