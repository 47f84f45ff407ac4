#!/usr/bin/env python3
"""Export outputs read back with real clients: `run --format pdf` (pdftotext, pdffonts, pdftoppm +
zbarimg), `--format qr` (zbarimg), `--format html` and `export --format html` (headless Chromium,
watched through a recording proxy so any request leaving the page is caught), exit codes.

Usage: export_test.py VEIVISER EXPORT_PROBE CONTENT_DIR. Prints 'N passed, M failed'; exit 1 on failure."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading

EXE, PROBE, CONTENT = sys.argv[1], sys.argv[2], sys.argv[3]
ENV = dict(os.environ, VEIVISER_CONTENT=CONTENT)
passed = failed = 0
TMP = tempfile.mkdtemp(prefix="vv-export-test-")


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}"[:2000])


def run(args, binary=False, timeout=120):
    p = subprocess.run(args, capture_output=True, env=ENV, timeout=timeout)
    out = p.stdout if binary else p.stdout.decode("utf-8", "replace")
    return p.returncode, out, p.stderr.decode("utf-8", "replace")


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def answer_args(answers):
    out = []
    for k, v in answers.items():
        out += ["--answer", f"{k}={v}"]
    return out


def zbar(path):
    """Every QR code zbarimg decodes in an image (--raw: exact bytes; symbols separated by newlines).
    Only QR is enabled: a dense code can also read as a phantom linear barcode (e.g. DataBar)."""
    p = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", path], capture_output=True, timeout=60)
    return p.stdout.decode("utf-8", "replace")


for tool in ("pdftotext", "pdffonts", "pdftoppm", "zbarimg", "chromium"):
    check(f"tool {tool} installed", shutil.which(tool) is not None, "apt-get install poppler-utils zbar-tools chromium")

# Cases: every pack's longest checklist (from the probe) and a short acute one.
cases = []
rc, out, err = run([PROBE, "longest", CONTENT])
check("probe longest", rc == 0 and out.strip(), err)
longest = [json.loads(line) for line in out.splitlines() if line.strip()]
for j in longest:
    cases.append((j["pack"], j["lang"], j["answers"], "longest"))
    cases.append((j["pack"], j["lang"], {"role": "barnehage", "acute": "yes", "age": "5"}, "acute"))
check("probe found packs", len(longest) >= 3, out)
print("longest checklists: " + "; ".join(
    f"{j['pack']}: {j['items']} items, {j['form']}, QR v{j['qr_version']}, {j['bytes']} B, "
    f"PDF {j['pdf_bytes']} B in {j['pdf_ms']:.0f} ms" for j in longest))
check("short form kicks in for some real checklist", any(j["form"] != "full" for j in longest),
      [j["form"] for j in longest])

for pack, lang, answers, label in cases:
    name = f"{pack}/{label}"
    base = ["run", "--pack", pack, "--lang", lang] + answer_args(answers)
    rc, js, err = run([EXE] + base + ["--format", "json"])
    check(f"{name} json", rc == 0, err)
    if rc != 0:
        continue
    o = json.loads(js)
    items = [norm(i["text"]) for i in o["checklist"]]

    # --- PDF -----------------------------------------------------------------
    rc, pdf, err = run([EXE] + base + ["--format", "pdf"], binary=True)
    check(f"{name} pdf exit", rc == 0 and pdf.startswith(b"%PDF-"), err)
    pdf_path = os.path.join(TMP, f"{pack}-{label}.pdf")
    with open(pdf_path, "wb") as f:
        f.write(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], capture_output=True).stdout.decode()
    flat = norm(text)
    pos, missing = 0, []
    for t in items:
        at = flat.find(t, pos)
        if at < 0:
            missing.append(t)
        else:
            pos = at + len(t)
    check(f"{name} pdf has every checklist item in order", not missing, missing[:2])
    check(f"{name} pdf has æøå", any(c in flat for c in "æøå") and any(c in "".join(items) for c in "æøåÆØÅ"))
    check(f"{name} pdf step name", norm(o["step"]["name"]) in flat, o["step"]["name"])
    for law in o["laws"]:
        check(f"{name} pdf law {law['ref']}", norm(law["ref"]) in flat and law["checked"] in flat)
    for c in o["contacts"]:
        check(f"{name} pdf contact {c['phone']}", c["phone"] in flat)
    fonts = subprocess.run(["pdffonts", pdf_path], capture_output=True, text=True).stdout.splitlines()[2:]
    check(f"{name} pdf fonts are embedded Noto", fonts and all("NotoSans" in l and " yes " in l for l in fonts), fonts)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout).group(1))
    no_pd = {"nb": "ingen personopplysninger", "nn": "ingen personopplysningar", "en": "no personal data"}[lang]
    for pg in range(1, pages + 1):
        pt = norm(subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), pdf_path, "-"], capture_output=True).stdout.decode())
        of = {"nb": "Side {} av {}", "nn": "Side {} av {}", "en": "Page {} of {}"}[lang].format(pg, pages)
        check(f"{name} pdf footer on page {pg}", no_pd in pt and pt.rstrip().endswith(of), pt[-200:])

    # --- phone QR ------------------------------------------------------------
    rc, pj, err = run([PROBE, "phone", CONTENT, pack, lang] + [f"{k}={v}" for k, v in answers.items()])
    check(f"{name} probe phone", rc == 0, err)
    phone = json.loads(pj)
    # Scannable off a screen (version <= 20) unless even the safety form (the call first, the
    # parents rule and its exception whole, every number named) needs more; never cut.
    limit = 40 if phone["form"] == "shortest" else 20
    check(f"{name} phone QR version <= {limit} ({phone['form']})", 1 <= phone["qr_version"] <= limit, phone["qr_version"])
    rc, png, err = run([EXE] + base + ["--format", "qr"], binary=True)
    check(f"{name} qr is PNG", rc == 0 and png.startswith(b"\x89PNG"), err)
    png_path = os.path.join(TMP, f"{pack}-{label}.png")
    with open(png_path, "wb") as f:
        f.write(png)
    decoded = zbar(png_path)
    check(f"{name} zbarimg decodes QR PNG to exactly the phone text ({phone['form']})",
          decoded.endswith("\n") and decoded[:-1] == phone["phone_text"], (decoded[:200], phone["phone_text"][:200]))
    check(f"{name} phone text names the step", o["step"]["name"] in phone["phone_text"])
    # The same code inside the PDF, rendered to pixels.
    subprocess.run(["pdftoppm", "-r", "200", "-png", pdf_path, os.path.join(TMP, f"{pack}-{label}-page")], check=True)
    in_pdf = "".join(zbar(os.path.join(TMP, fn)) for fn in sorted(os.listdir(TMP)) if fn.startswith(f"{pack}-{label}-page"))
    check(f"{name} phone QR in the PDF decodes", phone["phone_text"] in in_pdf, in_pdf[:300])
    for link in o["links"]:
        check(f"{name} link QR in PDF {link['url'][:40]}", link["url"] + "\n" in in_pdf)


# --- HTML via headless Chromium, behind a proxy that records every request ----
requests, lock = [], threading.Lock()
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(16)
PORT = srv.getsockname()[1]


def serve():
    while True:
        try:
            conn, _ = srv.accept()
        except OSError:
            return
        conn.settimeout(2)
        try:
            line = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
            with lock:
                requests.append(line)
            conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        except OSError:
            pass
        conn.close()


threading.Thread(target=serve, daemon=True).start()


def chromium_dom(url):
    profile = tempfile.mkdtemp(prefix="vv-chromium-", dir=TMP)
    p = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--proxy-server=http://127.0.0.1:{PORT}", "--proxy-bypass-list=<-loopback>",
                        f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", url],
                       capture_output=True, timeout=120)
    return p.stdout.decode("utf-8", "replace")


def dom_text(dom):
    """The page's text: inline tags (a tel: link in a sentence) vanish, other tags part words."""
    import html
    dom = re.sub(r"</?(?:a|b|i|em|strong|span)\b[^>]*>", "", dom)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", dom)))


# Positive control: a page that does load something from outside must be seen by the proxy.
control = os.path.join(TMP, "control.html")
with open(control, "w") as f:
    f.write('<!DOCTYPE html><html><body><p>control</p><img src="http://veiviser-control.invalid/x.png"></body></html>')
chromium_dom("file://" + control)
with lock:
    seen = list(requests)
    requests.clear()
check("proxy sees an external request (control)", any("veiviser-control.invalid" in r for r in seen), seen)

EXTERNAL = re.compile(r'<(?:script|link|img|iframe|source|video|audio|object|embed)\b[^>]*(?:src|href|data)\s*=\s*"(?:https?:)?//', re.I)

# Single-page HTML of an outcome.
pack0, lang0, ans0, _ = cases[0]
rc, page, err = run([EXE, "run", "--pack", pack0, "--lang", lang0, "--format", "html"] + answer_args(ans0))
check("run --format html", rc == 0 and page.startswith("<!DOCTYPE html>"), err)
check("outcome html has no script and no external resources", "<script" not in page.lower() and not EXTERNAL.search(page))
opath = os.path.join(TMP, "outcome.html")
with open(opath, "w") as f:
    f.write(page)
rc, js, _ = run([EXE, "run", "--pack", pack0, "--lang", lang0, "--format", "json"] + answer_args(ans0))
txt = dom_text(chromium_dom("file://" + opath))
check("chromium renders the outcome page with every item",
      all(norm(i["text"]) in txt for i in json.loads(js)["checklist"]), txt[:300])

# One sample per stage in every pack (SPEC §1.4 "every output"): the PDF read back with
# pdftotext and the outcome page read back by Chromium keep every item whole, every number
# with its name, and the notice where no barnevern number is configured.
STAGE_SAMPLES = {
    "acute": {"role": "barnehage", "acute": "yes"},
    "emergency": {"role": "skole", "acute": "health", "age": "14"},
    "acute_consult": {"role": "annet", "acute": "unsure"},
    "report": {"role": "skole", "acute": "no", "serious": "yes", "age": "10"},
    "level0": {"role": "barnehage", "acute": "no", "serious": "unsure", "age": "4", "stage": "new"},
    "level1": {"role": "skole", "acute": "no", "serious": "no", "age": "9", "stage": "own_service", "helped": "unsure"},
    "follow_up": {"role": "annet", "acute": "no", "serious": "no", "age": "12", "stage": "with_others", "helped": "yes"},
    "level2": {"role": "helse", "acute": "no", "serious": "no", "age": "16", "stage": "own_service", "helped": "no", "consent": "no"},
    "level3": {"role": "skole", "acute": "no", "serious": "no", "age": "15", "stage": "with_others", "helped": "no", "consent": "yes"},
}
pack_ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(CONTENT, "packs")) if fn.endswith(".json"))
for si, (stage, answers) in enumerate(STAGE_SAMPLES.items()):
    for pi, pid in enumerate(pack_ids):
        name = f"{pid}/{stage}"
        base = ["run", "--pack", pid] + answer_args(answers)
        rc, js, err = run([EXE] + base + ["--format", "json"])
        check(f"{name} sample json", rc == 0, err)
        if rc != 0:
            continue
        o = json.loads(js)
        check(f"{name} sample reaches its stage", o["stage"] == stage, o["stage"])
        want = [("item", norm(i["text"])) for i in o["checklist"]] + [("phone", c["phone"]) for c in o["contacts"]] + \
               [("name", norm(c["name"])) for c in o["contacts"]] + [("notice", norm(n)) for n in o.get("notices", [])]
        rc, pdf, err = run([EXE] + base + ["--format", "pdf"], binary=True)
        pdf_path = os.path.join(TMP, f"sample-{pid}-{stage}.pdf")
        with open(pdf_path, "wb") as f:
            f.write(pdf)
        flat = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], capture_output=True).stdout.decode())
        missing = [w for w in want if w[1] not in flat]
        check(f"{name} sample pdf keeps every item, number and notice", rc == 0 and not missing, missing[:2])
        if pi == si % len(pack_ids):  # one Chromium read-back per stage, rotating through the packs
            rc, page, err = run([EXE] + base + ["--format", "html"])
            hpath = os.path.join(TMP, f"sample-{pid}-{stage}.html")
            with open(hpath, "w") as f:
                f.write(page)
            txt = dom_text(chromium_dom("file://" + hpath))
            missing = [w for w in want if w[1] not in txt]
            check(f"{name} sample html (Chromium) keeps every item, number and notice", rc == 0 and not missing, missing[:2])

# The static site of every pack.
packs = {}
for fn in sorted(os.listdir(os.path.join(CONTENT, "packs"))):
    if fn.endswith(".json"):
        with open(os.path.join(CONTENT, "packs", fn), encoding="utf-8") as f:
            pj = json.load(f)
        packs[pj["id"]] = pj
check("packs found", len(packs) >= 3, list(packs))
for pid, pj in packs.items():
    lang = pj["language"]
    out_dir = os.path.join(TMP, "site-" + pid)
    rc, out, err = run([EXE, "export", "--format", "html", "--pack", pid, "--out", out_dir])
    check(f"export {pid}", rc == 0, err)
    files = sorted(os.listdir(out_dir)) if os.path.isdir(out_dir) else []
    check(f"export {pid} files", {"index.html", "stages.html", "style.css"} <= set(files)
          and sum(f.startswith("step-") for f in files) == len(pj["steps"]), files)
    for fn in files:
        with open(os.path.join(out_dir, fn), encoding="utf-8") as f:
            body = f.read()
        if fn.endswith(".html"):
            check(f"{pid}/{fn} self-contained", "<script" not in body.lower() and not EXTERNAL.search(body)
                  and f'<html lang="{lang}">' in body)
    index_txt = dom_text(chromium_dom("file://" + os.path.join(out_dir, "index.html")))
    stages_txt = dom_text(chromium_dom("file://" + os.path.join(out_dir, "stages.html")))
    for step in pj["steps"]:
        sname = norm(step["name"][lang])
        check(f"{pid} index shows step {sname}", sname in index_txt)
        step_path = os.path.join(out_dir, f"step-{step['id']}.html")
        if pid == next(iter(packs)):  # one pack's step pages through Chromium, the rest read as files
            step_txt = dom_text(chromium_dom("file://" + step_path))
        else:
            with open(step_path, encoding="utf-8") as f:
                step_txt = dom_text(f.read())
        check(f"{pid} step page {sname}", sname in step_txt and all(norm(i["text"][lang]) in step_txt for i in step["items"]),
              step_txt[:200])
    # Every step a stage (or one of its variants) maps to is on the stages page.
    mapped = set()
    for m in pj["stages"].values():
        for v in m.get("variants", [m]):
            mapped.add(v["step"])
    for step in pj["steps"]:
        if step["id"] in mapped:
            check(f"{pid} stages page shows step {step['name'][lang]}", norm(step["name"][lang]) in stages_txt)
# Chromium's own housekeeping (time, updates, accounts) is not something a page asked for.
BROWSER_OWN = re.compile(r"^(?:GET|POST|CONNECT) (?:https?://)?(?:clients\d*\.google\.com|update\.googleapis\.com|"
                         r"accounts\.google\.com|[a-z0-9.-]+\.gvt1\.com|redirector\.gvt1\.com)[:/]")
with lock:
    page_requests = [r for r in requests if not BROWSER_OWN.match(r)]
check("no request left any HTML page", not page_requests, page_requests)

# --- exit codes ---------------------------------------------------------------
for args in (["run", "--pack", pack0, "--format", "svg"], ["export", "--pack", pack0, "--out", TMP],
             ["export", "--format", "pdf", "--pack", pack0, "--out", TMP], ["export", "--format", "html", "--pack", "nope", "--out", TMP],
             ["export", "--format", "html", "--pack", pack0]):
    rc, out, err = run([EXE] + args)
    check(f"exit 2 for {' '.join(args[:3])}", rc == 2 and len(err.strip().splitlines()) == 1, (rc, err))
rc, out, _ = run([EXE, "--help"])
check("usage mentions export and pdf|qr|html", "veiviser export --format html" in out and "pdf" in out and "qr" in out)

srv.close()
shutil.rmtree(TMP, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
