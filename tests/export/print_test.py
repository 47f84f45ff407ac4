#!/usr/bin/env python3
"""Printing through a real CUPS server this test starts (own config, own socket, raw queue whose
backend copies each job into a temp dir): no printer -> a message; default queue -> print_pdf
sends the PDF with the generic title; the job arrives as a PDF with the checklist; the server
survives the job (docs/printing.md: cupsd 2.4.2-3+deb12u10 died on a document name with a space).
What cupsd holds about Veiviser's job is checked while the queue holds it (IPP
Get-Job-Attributes): only the generic title and a document name without a space, no case
text (a control job titled with case text must be caught); after the job: no file of it left in
cupsd's directories (the held job's d-file is the positive control). The kiosk's cupsd.conf
settings themselves are checked by scripts/test-deb.sh against the shipped guidance.
The kiosk's way, print_outcome_isolated (the print worker, a child process): the job arrives and
nothing of the checklist is left in the parent's memory; no printer, a rejecting queue, a worker
that is killed, a cupsd that hangs, one that dies mid-job and one that is gone each give the
kiosk a message in its language, and the parent never hangs.
Needs root (installs a backend in /usr/lib/cups/backend); exits 77 (skipped) otherwise.

Usage: print_test.py EXPORT_PROBE CONTENT_DIR. Prints 'N passed, M failed'; exit 1 on failure."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PROBE, CONTENT = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if os.environ.get("PRINT_TEST_VERBOSE"):
        print(f"{'ok  ' if cond else 'FAIL'} {name}: {detail}"[:400])
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}"[:1500])


if os.geteuid() != 0:
    print("SKIP: the print test starts its own cupsd and installs a CUPS backend; it needs root (CI runs as root)")
    print("0 passed, 0 failed")
    sys.exit(77)
for tool in ("/usr/sbin/cupsd", "lpadmin", "cupsreject", "pdftotext"):
    if not (os.path.exists(tool) or shutil.which(tool)):
        print(f"FAIL: {tool} missing: apt-get install cups cups-client cups-bsd poppler-utils")
        print("0 passed, 1 failed")
        sys.exit(1)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from cups_server import CupsServer  # noqa: E402

cups = CupsServer(gate=True).__enter__()
tmp, d, env, sh = cups.tmp, cups.d, cups.env, cups.sh


def isolated(*opts, lang="nb", background=False):
    """export_probe print-isolated: (exit code, its JSON) or the Popen when background."""
    cmd = [PROBE, "print-isolated", *opts, CONTENT, pack, lang, *answers]
    if background:
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    try:
        return p.returncode, json.loads(p.stdout)
    except ValueError:
        return p.returncode, {"stdout": p.stdout, "stderr": p.stderr}


answers = ["role=skole", "acute=no", "serious=yes", "age=11"]
pack = "sarpsborg"


def status():
    p = sh(PROBE, "status")
    return json.loads(p.stdout) if p.returncode == 0 and p.stdout.strip() else {}


try:
    check("cupsd started on its own socket", cups.started())

    s = status()
    check("no printer: not ready, says so", s.get("ready") is False and "Ingen skriver" in s.get("message", ""), s)
    p = sh(PROBE, "print", CONTENT, pack, "nb", *answers)
    check("no printer: print_pdf fails with the message", p.returncode == 1 and "Ingen skriver" in p.stdout, p.stdout + p.stderr)

    rc, j = isolated()
    check("isolated, no printer: the worker's message", rc == 1 and "Ingen skriver" in j.get("message", ""), j)

    check("queue created and made default", cups.add_default_queue("VVQ"))
    s = status()
    check("default queue: ready", s.get("ready") is True and s.get("destination") == "VVQ", s)

    p = sh("cupsreject", "VVQ")
    s = status()
    check("rejecting queue: not ready, says so", s.get("ready") is False and "tar ikke imot" in s.get("message", ""), s)
    rc, j = isolated(lang="nn")
    check("isolated, rejecting queue: says so (nn)", rc == 1 and "tek ikkje imot" in j.get("message", ""), j)
    sh("cupsaccept", "VVQ")

    # The case text: the checklist of this session, as the command line gives it.
    veiviser = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(PROBE))), "veiviser")
    j = subprocess.run([veiviser, "--content", CONTENT, "run", "--pack", pack, "--format", "json"]
                       + sum((["--answer", a] for a in answers), []), capture_output=True, text=True)
    want = [" ".join(i["text"].split()) for i in json.loads(j.stdout)["checklist"]]
    check("the checklist of the session is known", len(want) > 0, j.stderr)

    def case_text_in(attrs):
        """Attribute values (text) that carry the start of any checklist item."""
        return [(k, v) for k, vs in attrs.items() for v in vs
                if isinstance(v, str) and any(w[:40].lower() in v.lower() for w in want)]

    # The gated backend holds the job (processing, spooled), so what cupsd recorded about it can
    # be read back before it completes.
    p = sh(PROBE, "print", CONTENT, pack, "nb", *answers)
    check("print_pdf sends the job", p.returncode == 0 and "Sendt til skriveren" in p.stdout, p.stdout + p.stderr)
    ids = cups.job_ids()
    check("one job is held at the backend", len(ids) == 1, ids)
    job = ids[0] if ids else 0
    attrs = cups.job_attributes(job) if job else {}
    check("cupsd recorded the generic job title", attrs.get("job-name") == ["Veiviser sjekkliste"], attrs.get("job-name"))
    # Regression for the deb12u10 crash: a document name with a space. Fails if print.cpp's
    # document name goes back to "Veiviser sjekkliste".
    docname = attrs.get("document-name-supplied", [""])
    check("document name is generic and has no space", docname == ["veiviser-sjekkliste.pdf"], docname)
    leaks = case_text_in(attrs)
    check("no case text in the job's attributes", attrs and not leaks, leaks or "no attributes read")
    held = [f for f in os.listdir(d["spool"]) if f.startswith(f"d{job:05d}-")]
    held_text = ""
    if held:
        held_text = " ".join(subprocess.run(["pdftotext", os.path.join(d["spool"], held[0]), "-"],
                                            capture_output=True).stdout.decode().split())
    check("(positive control) the held job's d-file holds the checklist", want and all(w in held_text for w in want),
          (held, held_text[:200]))
    # Negative control: the attribute check catches case text in a title.
    ctl_file = os.path.join(tmp, "control.txt")
    with open(ctl_file, "w") as f:
        f.write("control\n")
    p = sh("lp", "-d", "VVQ", "-t", want[0][:60] if want else "x", ctl_file)
    ctl = [i for i in cups.job_ids() if i != job]
    check("(negative control) case text in a title is caught", ctl and case_text_in(cups.job_attributes(ctl[0])),
          (p.stdout, p.stderr, ctl))
    for i in ctl:
        sh("cancel", str(i))
    cups.release()
    data, title = cups.wait_for_job()
    check("job arrived at the backend", data is not None, os.listdir(d["jobs"]))
    if data is not None:
        check("job is a PDF", data.startswith(b"%PDF-"), data[:20])
        check("generic job title", title == "Veiviser sjekkliste", title)
        pdf_path = os.path.join(tmp, "arrived.pdf")
        with open(pdf_path, "wb") as f:
            f.write(data)
        text = " ".join(subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True).stdout.decode().split())
        os.unlink(pdf_path)
        check("arrived PDF holds the checklist", want and all(w in text for w in want), (want[:1], text[:300]))
    # The kiosk's way: the print worker.
    for f in os.listdir(d["jobs"]):  # the jobs that arrived; the gate stays open ("release")
        if f != "release":
            os.unlink(os.path.join(d["jobs"], f))
    rc, j = isolated()
    check("isolated: job sent", rc == 0 and j.get("ok") is True and "Sendt til skriveren" in j.get("message", ""), j)
    if j.get("left") == -1:
        print("note: export_probe is built with AddressSanitizer: the memory scans are skipped")
    else:
        check("isolated: no copy of the checklist left in the parent", j.get("left") == 0 and j.get("windows", 0) > 10, j)
        # Positive control. Whether freed pieces survive depends on the heap's layout, which varies
        # from run to run (about one run in four finds none here): up to five tries.
        found = []
        for _ in range(5):
            rc, j = isolated("--render-here", "1")
            found.append(j.get("left", 0))
            if found[-1] > 0:
                break
        check("positive control: the same scan finds the checklist after an in-process render_pdf", found[-1] > 0, found)
    data, title = cups.wait_for_job()
    check("isolated: the job arrived as a PDF with the generic title",
          data is not None and data.startswith(b"%PDF-") and title == "Veiviser sjekkliste", (title, (data or b"")[:20]))
    rc, j = isolated("--worker", "print-worker-crash", lang="en")
    check("isolated: a killed worker gives a message (en)",
          rc == 1 and "print process stopped unexpectedly" in j.get("message", ""), j)
    # A cupsd that hangs (stopped): the worker is killed at the time limit.
    cups.proc.send_signal(signal.SIGSTOP)
    try:
        rc, j = isolated("--timeout-ms", "3000")
    finally:
        cups.proc.send_signal(signal.SIGCONT)
    check("isolated: a hung cupsd -> time limit, message", rc == 1 and "tok for lang tid" in j.get("message", "")
          and j.get("seconds", 99) < 8, j)
    # Regression (docs/printing.md): cups-daemon 2.4.2-3+deb12u10 segfaults on a document-name
    # with a space; the server must still be running and answering after Veiviser's job.
    time.sleep(1)
    check("cupsd still running after the job", cups.proc.poll() is None, cups.error_log()[-2000:])
    p = sh("lpstat", "-r")
    check("cupsd still answering after the job", p.returncode == 0 and "is running" in p.stdout, p.stdout + p.stderr)
    p = sh(PROBE, "status")
    check("printer still ready after the job", status().get("ready") is True, p.stdout)
    # Nothing of the job left behind in cupsd's directories once it is done (Veiviser's job must
    # complete: a job left incoming or held keeps its d-file). The backend's copy is the test's.
    end = time.time() + 10
    while time.time() < end and cups.job_ids():
        time.sleep(0.3)
    time.sleep(1)
    left = [f for f in os.listdir(d["spool"]) if f.startswith((f"d{job:05d}-", f"c{job:05d}"))]
    check("no d-file or c-file of the job left in the spool", job and not left, left)
    holders = []
    for key in ("spool", "tmp", "cache", "state", "log"):
        for root, _, files in os.walk(d[key]):
            for f in files:
                path = os.path.join(root, f)
                try:
                    raw = open(path, "rb").read()
                except OSError:
                    continue
                text = raw.decode("utf-8", "replace")
                if raw.startswith(b"%PDF-"):
                    text = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
                text = " ".join(text.split())
                if any(w in text for w in want):
                    holders.append(path)
    check("no file in cupsd's directories holds the checklist text", not holders, holders)
    # A cupsd that dies mid-job: stopped while the worker waits for it, then killed.
    cups.proc.send_signal(signal.SIGSTOP)
    bg = isolated("--timeout-ms", "30000", background=True)
    time.sleep(1.5)
    cups.proc.kill()
    cups.proc.wait(timeout=10)
    out, err = bg.communicate(timeout=60)
    j = json.loads(out) if out.strip().startswith("{") else {"stdout": out, "stderr": err}
    check("isolated: cupsd died mid-job -> a message, no hang", bg.returncode == 1 and j.get("ok") is False
          and j.get("seconds", 99) < 25 and any(m in j.get("message", "") for m in
                                                ("mislyktes", "ikke tilgjengelig", "Ingen skriver")), j)
    rc, j = isolated()
    check("isolated: cupsd gone -> a message", rc == 1 and any(m in j.get("message", "") for m in
                                                               ("ikke tilgjengelig", "Ingen skriver")), j)
finally:
    if failed:
        print(cups.error_log())
    cups.__exit__(None, None, None)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
