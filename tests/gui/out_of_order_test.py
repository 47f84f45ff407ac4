#!/usr/bin/env python3
"""The kiosk never exits into a black screen on broken input: with content that has errors,
a config that is not JSON, or a config naming a pack that does not exist, `veiviser` opens the
out-of-order screen. The screen is rendered with --screenshot (exit 1 says it is out of order)
and read back with tesseract's Norwegian model: the title, the emergency numbers and what the
owner must do must be on it. A positive control renders a working start screen, which must
not say "ute av drift".

Usage: out_of_order_test.py VEIVISER CONTENT_DIR WORK_DIR
Prints every failure, then "N passed, M failed"; exit 1 on any failure.
"""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vvtest import broken_content, check, finish  # noqa: E402

veiviser, content, work = sys.argv[1:4]

def shot(name, *args):
    png = os.path.join(work, name + ".png")
    env = dict(os.environ, MESA_SHADER_CACHE_DISABLE="true")
    cmd = [veiviser, "--screenshot", png, "--size", "1280x800", *args]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    text = ""
    if os.path.exists(png):
        text = subprocess.run(["tesseract", png, "-", "-l", "nor"], capture_output=True, text=True).stdout
    return r.returncode, " ".join(text.split())


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
# Broken content: a copy whose Sarpsborg pack lost a comma. (OCR may drop the space in
# "116 111", so phrases are compared without spaces.)
broken = broken_content(content, os.path.join(work, "content"))
bad_config = os.path.join(work, "bad-config.json")
open(bad_config, "w").write("{ this is not json")
no_pack = os.path.join(work, "no-pack.json")
json.dump({"format": 1, "pack": "eksempelvik"}, open(no_pack, "w"))

for name, args, owner in [
    ("content", ["--content", broken], "veiviser check"),
    ("config", ["--config", bad_config], "config.json"),
    ("pack", ["--config", no_pack, "--content", content], "config.json"),
]:
    rc, seen = shot(name, *args)
    check(f"{name}: exit 1 (out of order)", rc == 1, f"exit {rc}")
    for phrase in ["ute av drift", "112", "113", "116 111", "116 117", owner]:
        check(f"{name}: '{phrase}' on screen", phrase.replace(" ", "") in seen.replace(" ", ""), seen[:400])

rc, seen = shot("control", "--content", content, "--pack", "sarpsborg")
check("control: a working kiosk exits 0", rc == 0, f"exit {rc}")
check("control: the start screen is read back", "Sarpsborg" in seen, seen[:300])
check("control: a working kiosk is not out of order", "ute av drift" not in seen, seen[:300])

finish()
