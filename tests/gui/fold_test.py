#!/usr/bin/env python3
"""On a 1024x600 screen at the default text size, the acute and emergency screens show the
numbers to call and the parents rule without scrolling, with the kiosk in nb, nn and en: each
screen is rendered with the kiosk's --screenshot and read back with tesseract's Norwegian model. Also at the largest text size
(40 px), the top bar's buttons are all drawn inside the window (read back: "Avslutt og slett").

Usage: fold_test.py VEIVISER CONTENT_DIR WORK_DIR
Prints every failure, then "N passed, M failed"; exit 1 on any failure.
"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vvtest import check, finish, verbose  # noqa: E402

veiviser, content, work = sys.argv[1:4]
verbose()


def shot(name, pack, answers, *extra):
    png = os.path.join(work, name + ".png")
    env = dict(os.environ, MESA_SHADER_CACHE_DISABLE="true")
    cmd = [veiviser, "--content", content, "--pack", pack,
           "--screenshot", png, "--size", "1024x600", *extra]
    for a in answers:
        cmd += ["--answer", a]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    check(f"{name}: rendered", r.returncode == 0 and os.path.exists(png), r.stderr[-500:])
    if not os.path.exists(png):
        return ""
    # Read twice, enlarged: as it is and negated (tesseract reads white on red better negated).
    text = ""
    for neg in ([], ["-negate"]):
        big = os.path.join(work, name + "-ocr.png")
        subprocess.run(["convert", png, "-resize", "200%", "-colorspace", "Gray", *neg, big], check=True)
        text += subprocess.run(["tesseract", big, "-", "-l", "nor"], capture_output=True, text=True).stdout + "\n"
    open(os.path.join(work, name + ".txt"), "w").write(text)
    return " ".join(text.split())


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
cases = [
    ("acute-nb", "sarpsborg", ["role=skole", "acute=yes"], ["112", "113", "IKKE kontakt foreldrene først"]),
    ("acute-nn", "luster", ["role=skole", "acute=yes"], ["112", "113", "IKKJE kontakt foreldra først"]),
    ("emergency-nb", "sarpsborg", ["role=barnehage", "acute=health", "age=4"],
     ["112", "113", "Foreldrene varsles som hovedregel"]),
    ("emergency-nn", "luster", ["role=barnehage", "acute=health", "age=4"],
     ["112", "113", "Foreldra blir varsla som hovudregel"]),
    # English UI: no pack has English, so the outcome is wholly in the pack's own language.
    ("acute-en", "sarpsborg", ["role=skole", "acute=yes"], ["112", "113", "IKKE kontakt foreldrene først"]),
    ("emergency-en", "luster", ["role=barnehage", "acute=health", "age=4"],
     ["112", "113", "Foreldra blir varsla som hovudregel"]),
]
for name, pack, answers, want in cases:
    text = shot(name, pack, answers, "--lang", name.rsplit("-", 1)[1])
    squeezed = text.replace(" ", "").lower()
    for w in want:
        check(f"{name}: '{w}' above the fold", w.replace(" ", "").lower() in squeezed, text[:400])

# The largest text size: the top bar's buttons are drawn, readable, not over the title.
text = shot("acute-text40", "sarpsborg", ["role=skole", "acute=yes"], "--text-size", "40")
squeezed = text.replace(" ", "").lower()
for w in ["Veiviser", "Avslutt og slett", "Høy kontrast"]:
    check(f"acute-text40: '{w}' readable in the top bar", w.replace(" ", "").lower() in squeezed, text[:400])

finish()
