#!/usr/bin/env python3
"""gui.memory_wipe: a kiosk session prints two checklists through a real test cupsd (the print
worker renders the PDF and sends it: cairo, pango and libcups never run in the kiosk process),
then "Avslutt og slett" and the idle reset must leave no copy of either checklist in the kiosk's
memory (the script's expect-in-memory, with a positive control while each outcome shows). The
printouts must arrive, so the scan covers a session that really printed.

Usage: memory_wipe_test.py VEIVISER_GUI_TEST SCRIPT FIXTURE
Needs root (it starts its own cupsd) and Xvfb; prints "N passed, M failed".
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from cups_server import CupsServer  # noqa: E402
from vvtest import check, finish  # noqa: E402

exe, script, fixture = sys.argv[1:4]

if os.geteuid() != 0:
    print("FAIL gui.memory_wipe starts its own cupsd and must run as root (CI does)")
    sys.exit(1)
with CupsServer() as cups:
    check("test cupsd started with a default queue", cups.started() and cups.add_default_queue(), cups.error_log())
    env = dict(os.environ, CUPS_SERVER=cups.sock, MESA_SHADER_CACHE_DISABLE="true")
    # A tall window: the print button is below a long checklist (the driver clicks where widgets are).
    cmd = [exe, "--size", "1920x3900", "--training", fixture, "--idle-timeout", "5",
           "--idle-warning", "3", "--test-script", script]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    print(p.stderr[-3000:])
    check("the scripted session passes (positive controls, then nothing after each wipe)", p.returncode == 0,
          f"exit {p.returncode}")
    scans = [l for l in p.stderr.splitlines() if l.startswith("memory scan:")]
    check("the script scanned memory five times", len(scans) == 5, scans)
    prints = [l for l in p.stderr.splitlines() if l.startswith("print:")]
    check("both printouts were accepted", len(prints) == 2 and all("Sendt" in l or "sendt" in l for l in prints), prints)
    data, title = cups.wait_for_job(timeout=20)
    check("a printout reached the test queue as a PDF", bool(data) and data.startswith(b"%PDF-"), title)
finish()
