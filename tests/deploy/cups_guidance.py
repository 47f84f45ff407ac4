#!/usr/bin/env python3
"""Checks the shipped printing guidance: the cupsd.conf lines that docs/printing.md tells a kiosk
owner to set (read from the installed /usr/share/doc/veiviser/printing.md) really keep nothing.
A private cupsd runs with exactly those lines, a job is printed with lp, and afterwards the spool
must hold no d-file or c-file of it and `lpstat -W completed -o` must list nothing. Control: the
same with cupsd's defaults must be caught (history kept). Run by scripts/test-deb.sh as root.

Usage: cups_guidance.py PRINTING_MD. Prints 'ok - ...' / 'FAIL - ...' lines."""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from cups_server import CupsServer  # noqa: E402


def guidance(md):
    """The ``` block of the guidance that sets PreserveJobFiles (the lines a kiosk owner copies)."""
    for block in re.findall(r"```[a-z]*\n(.*?)```", open(md, encoding="utf-8").read(), re.S):
        if "PreserveJobFiles" in block:
            return block
    return ""


def kept(settings):
    """What a cupsd with these settings keeps of one printed job: a list of what was found."""
    with CupsServer(settings) as cups:
        if not (cups.started() and cups.add_default_queue("VVG")):
            return ["cupsd did not start: " + cups.error_log()]
        doc = os.path.join(cups.tmp, "doc.txt")
        with open(doc, "w") as f:
            f.write("guidance check\n")
        cups.sh("lp", "-d", "VVG", "-t", "Veiviser sjekkliste", doc)
        data, _ = cups.wait_for_job(timeout=20)
        if data is None:
            return ["the job never arrived"]
        end = time.time() + 10
        while time.time() < end and cups.job_ids():
            time.sleep(0.3)
        time.sleep(1)
        found = [f for f in os.listdir(cups.spool) if re.match(r"[cd]\d{5}", f)]
        history = cups.sh("lpstat", "-W", "completed", "-o").stdout.strip()
        return found + (["history: " + history] if history else [])


def say(ok, what):
    print(("ok - " if ok else "FAIL - ") + what)


block = guidance(sys.argv[1])
lines = {line.split()[0]: line.split()[1:] for line in block.splitlines() if line.strip()}
say(lines.get("PreserveJobFiles") == ["No"] and lines.get("PreserveJobHistory") == ["No"],
    f"{sys.argv[1]} tells the kiosk owner to set PreserveJobFiles No and PreserveJobHistory No")
left = kept(block)
say(not left, f"a cupsd with the shipped settings keeps nothing of a printed job{': ' + str(left) if left else ''}")
left = kept("")
say(bool(left), f"(control) a cupsd with the default settings keeps the job: {left}")
