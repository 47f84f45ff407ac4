#!/usr/bin/env python3
"""Touch scrolling on a live kiosk window with real X input. Starts the kiosk binary on a long
outcome (Sarpsborg, Gult kort) at 1024x600 on the run's Xvfb, then with xdotool:

1. drags a finger (button 1 down, several moves up, up) that starts ON a checklist tick box:
   the page must follow the finger (the rows of the screenshot move up by about the drag) and
   the tick box must stay empty (the press became a scroll, not a click); then a short drag
   (20 px) that starts and ends on the tick box: without touch scrolling that is a click;
2. taps that same tick box (control): now it is ticked, so the spot was a tick box and taps work;
3. flicks: the page glides on past the finger after release;
4. turns the mouse wheel (button 5): the page still scrolls;
5. (a second kiosk, Oppslag's compare view) drags where the selectors are: the page scrolls.

Screenshots are taken with ImageMagick's `import -window` and compared row by row.
Usage: drag_test.py VEIVISER CONTENT_DIR WORK_DIR
Prints every failure, then "N passed, M failed"; exit 1 on any failure.
"""
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vvtest import check, finish, verbose  # noqa: E402

veiviser, content, work = sys.argv[1:4]
W, H = 1024, 600
ANSWERS = ["role=skole", "acute=no", "serious=no", "age=9", "stage=own_service", "helped=no", "consent=yes"]
BG, WHITE, TEAL = (0xF5, 0xF3, 0xEE), (0xFF, 0xFF, 0xFF), (0x0F, 0x5C, 0x6E)
verbose()


class Image:
    """A screenshot as RGB rows (bytes), read through ImageMagick's PPM output."""

    def __init__(self, path):
        ppm = subprocess.run(["convert", path, "-depth", "8", "ppm:-"], capture_output=True, check=True).stdout
        parts = ppm.split(maxsplit=4)  # P6 width height maxval data
        self.w, self.h = int(parts[1]), int(parts[2])
        data = parts[4]
        self.rows = [data[y * self.w * 3:(y + 1) * self.w * 3] for y in range(self.h)]

    def px(self, x, y):
        r = self.rows[y]
        return tuple(r[x * 3:x * 3 + 3])


def near(a, b, tol=12):
    return all(abs(p - q) <= tol for p, q in zip(a, b))


def tick_boxes(img, y0, y1):
    """Centres (x, y) of the empty tick boxes (white squares at the left of the checklist)."""
    found = []
    for x in range(30, 90, 4):
        y = y0
        while y < y1:
            if near(img.px(x, y), WHITE, 3):
                start = y
                while y < y1 and near(img.px(x, y), WHITE, 3):
                    y += 1
                run = y - start
                if 36 <= run <= 90:
                    cy = (start + y) // 2
                    xs = x
                    while xs > 0 and near(img.px(xs - 1, cy), WHITE, 3):
                        xs -= 1
                    xe = x
                    while xe < img.w - 1 and near(img.px(xe + 1, cy), WHITE, 3):
                        xe += 1
                    if abs((xe - xs + 1) - run) <= 6:  # a square, not a button
                        found.append(((xs + xe) // 2, cy, run))
            y += 1
        if found:
            return found
    return found


def teal_in(img, cx, cy, half):
    return sum(1 for y in range(cy - half, cy + half) for x in range(cx - half, cx + half) if near(img.px(x, y), TEAL, 30))


def shift(before, after, y0, y1, x1):
    """How far (px) the page content moved up from before to after: the offset where most rows match."""
    best, best_n = 0, -1
    b = [r[:x1 * 3] for r in before.rows]
    a = [r[:x1 * 3] for r in after.rows]
    plain = [r == r[:3] * x1 for r in a]  # a row of one colour matches anywhere
    for d in range(0, 1200):
        n = sum(1 for y in range(y0, y1) if y + d < y1 and not plain[y] and a[y] == b[y + d] and a[y] != b[y])
        if n > best_n:
            best, best_n = d, n
    return best, best_n


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True, env=ENV)


def shot(win, name):
    time.sleep(0.3)  # a lifted finger stays where it was: the kiosk reads the pointer live
    xdo("mousemove", "--window", win, 700, H - 40)  # off the page and the buttons: no hover colour
    time.sleep(1.5)  # the page may glide on after a fling
    path = os.path.join(work, name + ".png")
    subprocess.run(["import", "-window", win, path], check=True, env=ENV)
    return Image(path)


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
# The run's one Xvfb (ctest's display fixture, tests/cmake/display.cmake) sets DISPLAY.
if not os.environ.get("DISPLAY"):
    print("FAIL no DISPLAY: run it through ctest (the display fixture starts the Xvfb)")
    sys.exit(1)
ENV = dict(os.environ, MESA_SHADER_CACHE_DISABLE="true")
kiosks = []


def start_kiosk(*extra):
    """Starts the kiosk at 1024x600 with `extra` options; returns its window id."""
    log = open(os.path.join(work, f"kiosk-{len(kiosks)}.log"), "w")
    kiosk = subprocess.Popen([veiviser, "--content", content, "--size", f"{W}x{H}", *extra], env=ENV,
                             stdout=log, stderr=subprocess.STDOUT)
    kiosks.append(kiosk)
    for _ in range(60):
        r = subprocess.run(["xdotool", "search", "--pid", str(kiosk.pid)], capture_output=True, text=True, env=ENV)
        if r.stdout.split():
            time.sleep(1.0)
            return r.stdout.split()[-1]
        time.sleep(0.25)
    check("window found", False, f"pid {kiosk.pid}")
    raise SystemExit(1)


def focus(win):
    """No window manager runs here: give the kiosk the input focus (GLFW reads no mouse without it)."""
    xdo("windowfocus", "--sync", win)


def drag(win, x, y, dy, steps=11):
    focus(win)
    xdo("mousemove", "--window", win, x, y, "mousedown", 1)
    time.sleep(0.1)
    for i in range(1, steps + 1):
        xdo("mousemove", "--window", win, x, y - dy * i // steps)
        time.sleep(0.05)
    time.sleep(0.3)  # a pause before lifting: no fling, the page stops where the finger left it
    xdo("mouseup", 1)


try:
    time.sleep(1.0)
    # Opened scrolled to the checklist (below the take-away block).
    args = ["--pack", "sarpsborg", "--scroll", "700"]
    for a in ANSWERS:
        args += ["--answer", a]
    win = start_kiosk(*args)
    before = shot(win, "before")
    check("window size", (before.w, before.h) == (W, H), f"{before.w}x{before.h}")
    content_y0, content_y1 = 100, H - 100  # below the top bar, above the bottom bar
    boxes = [b for b in tick_boxes(before, content_y0, content_y1) if b[1] > 300]
    check("a tick box in the lower half of the page", bool(boxes), str(boxes))
    if not boxes:
        raise SystemExit(1)
    bx, by, side = boxes[-1]  # the lowest: after the drags it is still well below the top bar
    check("tick box empty before", teal_in(before, bx, by, side // 3) == 0)

    # 1. A finger drag that starts on the tick box.
    dist = 220
    drag(win, bx, by, dist)
    after = shot(win, "after_drag")
    d, n = shift(before, after, content_y0, content_y1, W - 80)
    check("page follows the finger", abs(d - dist) <= 24 and n > 50, f"moved {d} px for a {dist} px drag ({n} rows match)")
    moved_by = by - d
    check("no tick after the drag", teal_in(after, bx, moved_by, side // 3) == 0, f"tick box now at y={moved_by}")

    # 1b. A short drag that stays on the tick box (a press and release on it would tick it).
    bx2, by2 = bx, by - d
    focus(win)
    xdo("mousemove", "--window", win, bx2, by2 + 10, "mousedown", 1)
    time.sleep(0.1)
    for i in range(1, 5):
        xdo("mousemove", "--window", win, bx2, by2 + 10 - 5 * i)
        time.sleep(0.05)
    time.sleep(0.3)
    xdo("mouseup", 1)
    short = shot(win, "after_short_drag")
    d2, n2 = shift(after, short, content_y0, content_y1, W - 80)
    check("a short drag on a tick box scrolls", abs(d2 - 20) <= 6, f"moved {d2} px for a 20 px drag ({n2} rows match)")
    moved_by = by2 - d2
    check("a short drag on a tick box does not tick it", teal_in(short, bx, moved_by, side // 3) == 0)
    after = short

    # 2. Control: a tap on the same tick box ticks it.
    focus(win)
    xdo("mousemove", "--window", win, bx, moved_by, "click", 1)
    tapped = shot(win, "after_tap")
    check("a tap still ticks", teal_in(tapped, bx, moved_by, side // 3) > 20, "(control: the spot is a tick box)")

    # 3. A fling: a quick drag glides on after the finger lifts.
    focus(win)
    xdo("mousemove", "--window", win, W // 2, 450, "mousedown", 1)
    for i in range(1, 4):  # a short flick: the glide must stay within one screen to be measured
        xdo("mousemove", "--window", win, W // 2, 450 - 20 * i)
        time.sleep(0.016)
    xdo("mouseup", 1)
    flung = shot(win, "after_fling")
    d, n = shift(tapped, flung, content_y0, content_y1, W - 80)
    check("a fling glides past the finger", d > 60 + 20 and n > 30, f"moved {d} px for a 60 px flick ({n} rows match)")

    # 4. The mouse wheel still scrolls (one notch: ImGui scrolls about five lines).
    focus(win)
    xdo("mousemove", "--window", win, W // 2, 300)
    xdo("click", 5)
    wheeled = shot(win, "after_wheel")
    d, n = shift(flung, wheeled, content_y0, content_y1, W - 80)
    check("the wheel scrolls", 40 < d < 300 and n > 50, f"moved {d} px for one notch ({n} rows match)")
    kiosks[-1].terminate()

    # 5. Oppslag's compare view at 1024x600: the selectors and both columns scroll as one page.
    win = start_kiosk("--mode", "reference", "--compare", "sarpsborg,stor-elvdal", "--stage", "level2")
    before = shot(win, "compare_before")
    drag(win, 880, 450, 200)
    after = shot(win, "compare_after")
    d, n = shift(before, after, content_y0, H - 20, W - 80)
    check("the compare view follows the finger", abs(d - 200) <= 24 and n > 50, f"moved {d} px for a 200 px drag ({n} rows match)")
finally:
    for kiosk in kiosks:
        kiosk.terminate()
        try:
            kiosk.wait(timeout=10)
        except subprocess.TimeoutExpired:
            kiosk.kill()

finish()
