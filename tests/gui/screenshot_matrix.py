#!/usr/bin/env python3
"""Every screen at 1024x600, 1280x800 and 1920x1080, at the smallest and the largest text size
the kiosk offers (14 and 40 px, options.cpp), in nb, nn and en, rendered with the kiosk's
--screenshot and checked by its own layout audit (--layout-audit, src/gui/layout_audit.hpp):
no text wider than its widget, no word broken over lines, nothing cut off at a window's right
edge, nothing cut off or overlapping in the top and bottom bars and the quit dialog. Each PNG
is checked too (size, not one flat colour; the acute and emergency screens red), and each
audit must have seen widgets.

Negative controls: one button drawn at half the width its label needs, unwrapped
(--audit-squeeze), and the start screen in the smallest window the kiosk accepts (320x240) at
40 px must both be reported.

Usage: screenshot_matrix.py VEIVISER PNG_CHECK CONTENT_DIR TRAINING_FILE WORK_DIR
Prints every failure, then "N passed, M failed"; exit 1 on any failure. The PNGs and the audit
files stay in WORK_DIR.
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vvtest import broken_content, check, finish, verbose  # noqa: E402

veiviser, png_check, content, training, work = sys.argv[1:6]

SIZES = ["1024x600", "1280x800", "1920x1080"]
TEXT = ["14", "40"]  # the smallest and the largest text size (options.cpp, App::set_text_size)
LANGS = ["nb", "nn", "en"]
SARPSBORG = ["--pack", "sarpsborg", "--answer", "role=skole"]
# name -> (arguments, the screen App::screen_name() must report)
SCREENS = {
    "start": ([], "start"),
    "question-help": (["--pack", "jevnaker", "--answer", "role=helse", "--help-open"], "question"),
    "acute": (SARPSBORG + ["--answer", "acute=yes"], "acute"),
    "acute_consult": (["--pack", "sarpsborg", "--answer", "role=helse", "--answer", "acute=unsure"], "acute_consult"),
    "emergency": (SARPSBORG + ["--answer", "acute=health", "--answer", "age=14"], "emergency"),
    "outcome-report": (SARPSBORG + ["--answer", "acute=no", "--answer", "serious=yes", "--answer", "age=13"], "outcome"),
    "outcome-level2": (SARPSBORG + ["--answer", "acute=no", "--answer", "serious=no", "--answer", "age=9",
                                    "--answer", "stage=own_service", "--answer", "helped=no", "--answer", "consent=yes"],
                       "outcome"),
    "reference": (["--mode", "reference", "--pack", "luster"], "reference"),
    "compare": (["--mode", "reference", "--compare", "sarpsborg,stor-elvdal", "--stage", "level2"], "reference.compare"),
    "training-question": (["--mode", "training", "--vignette", "0", "--answer", "role=skole"], "training.question"),
    "training-result": (["--mode", "training", "--vignette", "0", "--answer", "role=skole", "--answer", "acute=no",
                         "--answer", "serious=yes", "--answer", "age=10"], "training.result"),
    "quit": (SARPSBORG + ["--quit-open"], "question"),
    "out_of_order": (["--broken"], "out_of_order"),
}
RED = {"acute", "emergency"}

shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
# Broken content (the Sarpsborg pack lost a comma) opens the out-of-order screen.
broken = broken_content(content, os.path.join(work, "broken-content"))


retries = []


def render(name, args, size, text_size, lang, extra=()):
    """Renders one shot; returns (exit status, stderr, audit header, findings, png path)."""
    png = os.path.join(work, name + ".png")
    audit = os.path.join(work, name + ".audit")
    cmd = [veiviser, "--content", broken if "--broken" in args else content, "--training", training,
           "--screenshot", png, "--layout-audit", audit, "--size", size, "--text-size", text_size, "--lang", lang,
           *[a for a in args if a != "--broken"], *extra]
    env = dict(os.environ, MESA_SHADER_CACHE_DISABLE="true")
    for attempt in range(3):
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
        # Under a heavy load the X server now and then refuses a connection: try that again.
        if "Failed to open display" not in r.stderr:
            break
        retries.append(name)
    lines = open(audit, encoding="utf-8").read().splitlines() if os.path.exists(audit) else []
    header = lines[0] if lines and lines[0].startswith("# ") else ""
    return r.returncode, r.stderr, header, [l for l in lines if not l.startswith("# ")], png


def audited_widgets(header):
    try:
        return int(header.rsplit(":", 1)[1].split()[0])
    except (IndexError, ValueError):
        return 0


jobs = [(screen, size, ts, lang) for screen in SCREENS for size in SIZES for ts in TEXT for lang in LANGS]
start = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:  # the machine is shared: two at most
    results = list(pool.map(lambda j: (j, render(f"{j[0]}-{j[1]}-{j[2]}-{j[3]}", SCREENS[j[0]][0], *j[1:])), jobs))
elapsed = time.monotonic() - start

findings = []
for (screen, size, ts, lang), (rc, err, header, found, png) in results:
    name = f"{screen}-{size}-{ts}-{lang}"
    want_rc = 1 if screen == "out_of_order" else 0
    if not check(f"{name}: rendered", rc == want_rc and os.path.exists(png), f"exit {rc}: {err[-300:]}"):
        continue
    want_screen = SCREENS[screen][1]
    check(f"{name}: shows the {want_screen} screen", header.startswith(f"# {want_screen} "), header)
    check(f"{name}: the audit saw the widgets", audited_widgets(header) >= 5, header)
    w, h = (int(v) for v in size.split("x"))
    least = "40000" if size == "1920x1080" and screen.startswith("outcome") else "20000"
    pc = [png_check, png, least] + (["red", "40", "100", str(w - 40), str(h - 100), "0.5"] if screen in RED else [])
    r = subprocess.run(pc, capture_output=True, text=True)
    check(f"{name}: the picture (size, colours{', red' if screen in RED else ''})", r.returncode == 0,
          (r.stdout + r.stderr).strip())
    findings += found

for f in findings:
    print(f"FINDING {f}")
check("no layout findings in the whole matrix", not findings, f"{len(findings)} finding(s), listed above")

verbose()
check(f"rendered {len(jobs)} shots", len(results) == len(jobs),
      f"in {elapsed:.0f} s with 2 at a time ({len(retries)} started again: the display refused them)")

# Negative controls: the audit must report what does not fit.
rc, err, header, found, _ = render("control-squeeze", [], "1280x800", "14", "nb", ["--audit-squeeze", "mode.reference"])
check("control: a button drawn narrower than its label is reported", rc == 0 and
      any("mode.reference:" in f and "wider than" in f for f in found), "\n".join(found) or header or err[-300:])
rc, err, header, found, _ = render("control-320", [], "320x240", "40", "nb")
check("control: the start screen at 320x240 and 40 px is reported", rc == 0 and len(found) > 0,
      f"{len(found)} finding(s): " + "; ".join(found[:3]))
finish()
