#!/usr/bin/env python3
"""Runs cargo for meson: builds the plugin, copies libgsthksv.so next to meson's outputs and
writes a depfile that ninja understands, or runs the test suite.

cargo writes `<target>/<profile>/libgsthksv.d` as "out: dep dep ..." possibly spread over
several lines with escaped spaces; ninja wants exactly one rule for meson's output, so the
dependencies are re-emitted as a single line, with the manifests and lockfile added.
"""
import argparse
import os
import shutil
import subprocess
import sys


def cargo(args, source_dir, target_dir):
    env = dict(os.environ, CARGO_TARGET_DIR=target_dir)
    cmd = ["cargo"] + args + ["--locked"]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=source_dir, env=env, check=True)


def write_depfile(cargo_dep, output, depfile, source_dir):
    deps = []
    if os.path.exists(cargo_dep):
        text = open(cargo_dep, encoding="utf-8").read().replace("\\\n", " ")
        for line in text.splitlines():
            if ":" not in line:
                continue
            _, rhs = line.split(":", 1)
            deps.extend(d for d in rhs.replace("\\ ", "\0").split() if d)
    for extra in ("Cargo.toml", "Cargo.lock", "gst-plugin/Cargo.toml"):
        deps.append(os.path.join(source_dir, extra))
    deps = [d.replace("\0", "\\ ") for d in dict.fromkeys(deps)]
    with open(depfile, "w", encoding="utf-8") as f:
        f.write(f"{output}: {' '.join(deps)}\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["build", "test"])
    p.add_argument("--source-dir", required=True)
    p.add_argument("--target-dir", required=True)
    p.add_argument("--profile", choices=["debug", "release"], default="debug")
    p.add_argument("--output")
    p.add_argument("--depfile")
    a = p.parse_args()
    profile_args = ["--release"] if a.profile == "release" else []
    if a.command == "build":
        cargo(["build", "-p", "gst-plugin-hksv"] + profile_args, a.source_dir, a.target_dir)
        built = os.path.join(a.target_dir, a.profile, "libgsthksv.so")
        shutil.copy2(built, a.output)
        write_depfile(os.path.join(a.target_dir, a.profile, "libgsthksv.d"), a.output,
                      a.depfile, a.source_dir)
    else:
        cargo(["test", "--workspace"] + profile_args, a.source_dir, a.target_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
