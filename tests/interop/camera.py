"""Runs the `hksv_camera` example (a real hksvsink pipeline) as a child process and talks to
it over its stdin/stdout line protocol (see gst-plugin/examples/hksv_camera.rs)."""

from __future__ import annotations

import asyncio
import os
import shlex
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "HKSV-CAMERA "


def camera_binary() -> Path:
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    path = target / "debug" / "examples" / "hksv_camera"
    if not path.exists():
        raise SystemExit(
            f"{path} is missing: build it with "
            "`cargo build -p gst-plugin-hksv --example hksv_camera`"
        )
    return path


def camera_props(name: str, setup_code: str, workdir: Path, extra: dict[str, str]) -> dict[str, str]:
    """hksvsink properties of a test camera on 127.0.0.1 with its state under `workdir`."""
    return {
        "accessory-name": name,
        "bind-address": "127.0.0.1",
        "state-dir": str(workdir / "state"),
        "setup-code": setup_code,
        **extra,
    }


class CameraError(Exception):
    """The camera process said `error ...`, exited, or did not answer in time."""


class Camera:
    """One running camera. Use `async with Camera(props) as cam:`."""

    def __init__(self, props: dict[str, str], log_path: Path):
        self.props = props
        self.log_path = log_path
        self.proc: asyncio.subprocess.Process | None = None
        self.info: dict[str, str] = {}
        self.paired_changes: asyncio.Queue[bool] = asyncio.Queue()
        self.banner: list[str] = []  # what the element itself printed (setup code, QR code)
        self._lines: asyncio.Queue[str] = asyncio.Queue()
        self._reader: asyncio.Task | None = None
        self._log = None

    async def __aenter__(self) -> "Camera":
        args = [f"{k}={v}" for k, v in self.props.items()]
        self._log = open(self.log_path, "ab")
        env = dict(os.environ)
        env.setdefault("GST_DEBUG", "hksvsink:5")
        env.setdefault("GST_DEBUG_NO_COLOR", "1")
        self.proc = await asyncio.create_subprocess_exec(
            str(camera_binary()),
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self._log,
            env=env,
        )
        print(f"  camera: pid {self.proc.pid}: hksv_camera {shlex.join(args)} (log {self.log_path})")
        self._reader = asyncio.create_task(self._read())
        line = await self.expect("started ", timeout=60)
        self.info = dict(item.split("=", 1) for item in line.split()[1:])
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    async def _read(self) -> None:
        assert self.proc and self.proc.stdout
        while raw := await self.proc.stdout.readline():
            line = raw.decode(errors="replace").rstrip("\n")
            if not line.startswith(PREFIX):
                self.banner.append(line)  # the element's setup banner and QR code
                continue
            line = line[len(PREFIX):]
            if line.startswith("paired="):
                await self.paired_changes.put(line == "paired=true")
            else:
                await self._lines.put(line)
        await self._lines.put("exited")

    async def expect(self, prefix: str, timeout: float = 10) -> str:
        """The next report line, which must start with `prefix`."""
        try:
            line = await asyncio.wait_for(self._lines.get(), timeout)
        except asyncio.TimeoutError:
            raise CameraError(f"camera did not report '{prefix}' within {timeout} s") from None
        if not line.startswith(prefix):
            raise CameraError(f"camera reported '{line}' while waiting for '{prefix}'")
        return line

    async def command(self, command: str) -> None:
        assert self.proc and self.proc.stdin
        self.proc.stdin.write(f"{command}\n".encode())
        await self.proc.stdin.drain()
        await self.expect(f"ok {command}")

    async def wait_paired(self, paired: bool, timeout: float = 10) -> None:
        """Waits until the element notifies `paired` with the given value."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                raise CameraError(f"element never notified paired={paired}")
            try:
                if await asyncio.wait_for(self.paired_changes.get(), left) == paired:
                    return
            except asyncio.TimeoutError:
                continue

    async def stop(self) -> int | None:
        if not self.proc:
            return None
        if self.proc.returncode is None and self.proc.stdin:
            try:
                self.proc.stdin.write(b"quit\n")
                await self.proc.stdin.drain()
                self.proc.stdin.close()
            except (BrokenPipeError, ConnectionResetError):
                pass
            try:
                await asyncio.wait_for(self.proc.wait(), 15)
            except asyncio.TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        if self._reader:
            await self._reader
        if self._log:
            self._log.close()
        code = self.proc.returncode
        self.proc = None
        return code


class Checks:
    """Named checks with a pass/fail line each and a closing `N passed, N failed` line."""

    def __init__(self, suite: str):
        self.suite = suite
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"  PASS {name}")
        else:
            self.failed += 1
            print(f"  FAIL {name}{': ' + detail if detail else ''}")
        return ok

    def fail(self, name: str, detail: str) -> None:
        self.check(name, False, detail)

    def finish(self) -> int:
        print(f"{self.suite}: {self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 and self.passed > 0 else 1


async def run_checks(
    suite: str, run: Callable[[Checks, Path], Awaitable[None]], timeout: float = 180
) -> int:
    """Runs `run(checks, workdir)` in a fresh temporary directory, turns any exception into a
    failed check (showing the end of the camera log) and returns the exit status."""
    checks = Checks(suite)
    with tempfile.TemporaryDirectory(prefix="hksv-test-") as tmp:
        try:
            await asyncio.wait_for(run(checks, Path(tmp)), timeout)
        except Exception as err:  # noqa: BLE001
            checks.fail(f"{suite} run", f"{type(err).__name__}: {err}")
            log = Path(tmp) / "camera.log"
            if log.exists():
                print("  --- last lines of the camera log ---")
                print("\n".join(log.read_text(errors="replace").splitlines()[-40:]))
    return checks.finish()
