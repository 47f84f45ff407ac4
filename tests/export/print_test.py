#!/usr/bin/env python3
"""Printing through a real CUPS server this test starts (own config, own socket, raw queue whose
backend copies each job into a temp dir): no printer -> a message; default queue -> print_pdf
sends the PDF with the generic title; the job arrives as a PDF with the checklist; nothing kept.
Needs root (installs a backend in /usr/lib/cups/backend); exits 77 (skipped) otherwise.

Usage: print_test.py EXPORT_PROBE CONTENT_DIR. Prints 'N passed, M failed'; exit 1 on failure."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

PROBE, CONTENT = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
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

tmp = tempfile.mkdtemp(prefix="vv-print-test-")
os.chmod(tmp, 0o755)
d = {k: os.path.join(tmp, k) for k in ("etc", "spool", "state", "cache", "tmp", "log", "jobs", "home")}
for k, p in d.items():
    os.makedirs(p)
os.chmod(d["jobs"], 0o777)
os.chmod(d["tmp"], 0o1777)
os.chmod(d["spool"], 0o755)
sock = os.path.join(tmp, "cups.sock")
backend_name = f"vvtest{os.getpid()}"
backend = f"/usr/lib/cups/backend/{backend_name}"
with open(os.path.join(d["etc"], "cupsd.conf"), "w") as f:
    f.write(f"""Listen {sock}
LogLevel warn
PreserveJobFiles No
PreserveJobHistory No
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
with open(os.path.join(d["etc"], "cups-files.conf"), "w") as f:
    f.write(f"""ServerRoot {d['etc']}
RequestRoot {d['spool']}
StateDir {d['state']}
CacheDir {d['cache']}
TempDir {d['tmp']}
AccessLog {d['log']}/access_log
ErrorLog {d['log']}/error_log
PageLog {d['log']}/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
""")
with open(backend, "w") as f:
    f.write(f"""#!/bin/sh
# Veiviser print test backend: copies the job and its title into {d['jobs']}.
if [ $# -eq 0 ]; then echo 'file {backend_name} "Unknown" "Veiviser test backend"'; exit 0; fi
if [ -n "$6" ]; then cat "$6" > "{d['jobs']}/job-$1.data"; else cat > "{d['jobs']}/job-$1.data"; fi
printf '%s' "$3" > "{d['jobs']}/job-$1.title"
exit 0
""")
os.chmod(backend, 0o755)

env = {k: v for k, v in os.environ.items() if k not in ("LPDEST", "PRINTER")}
env.update(CUPS_SERVER=sock, HOME=d["home"])
cupsd = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", os.path.join(d["etc"], "cupsd.conf"),
                          "-s", os.path.join(d["etc"], "cups-files.conf")], env=env)


def sh(*args):
    return subprocess.run(list(args), capture_output=True, text=True, env=env, timeout=60)


def status():
    p = sh(PROBE, "status")
    return json.loads(p.stdout) if p.returncode == 0 and p.stdout.strip() else {}


try:
    for _ in range(100):
        if os.path.exists(sock):
            break
        time.sleep(0.1)
    check("cupsd started on its own socket", os.path.exists(sock) and cupsd.poll() is None)

    s = status()
    check("no printer: not ready, says so", s.get("ready") is False and "Ingen skriver" in s.get("message", ""), s)
    answers = ["role=skole", "acute=no", "serious=yes", "age=11"]
    pack = "sarpsborg"
    p = sh(PROBE, "print", CONTENT, pack, "nb", *answers)
    check("no printer: print_pdf fails with the message", p.returncode == 1 and "Ingen skriver" in p.stdout, p.stdout + p.stderr)

    p = sh("lpadmin", "-p", "VVQ", "-E", "-v", f"{backend_name}:/")
    check("queue created", p.returncode == 0, p.stderr)
    p = sh("lpadmin", "-d", "VVQ")
    check("queue made default", p.returncode == 0, p.stderr)
    s = status()
    check("default queue: ready", s.get("ready") is True and s.get("destination") == "VVQ", s)

    p = sh("cupsreject", "VVQ")
    s = status()
    check("rejecting queue: not ready, says so", s.get("ready") is False and "tar ikke imot" in s.get("message", ""), s)
    sh("cupsaccept", "VVQ")

    p = sh(PROBE, "print", CONTENT, pack, "nb", *answers)
    check("print_pdf sends the job", p.returncode == 0 and "Sendt til skriveren" in p.stdout, p.stdout + p.stderr)
    data = None
    for _ in range(150):
        files = [f for f in os.listdir(d["jobs"]) if f.endswith(".data")]
        if files and os.path.exists(os.path.join(d["jobs"], files[0].replace(".data", ".title"))):
            time.sleep(0.3)
            with open(os.path.join(d["jobs"], files[0]), "rb") as f:
                data = f.read()
            with open(os.path.join(d["jobs"], files[0].replace(".data", ".title"))) as f:
                title = f.read()
            break
        time.sleep(0.2)
    check("job arrived at the backend", data is not None, os.listdir(d["jobs"]))
    if data is not None:
        check("job is a PDF", data.startswith(b"%PDF-"), data[:20])
        check("generic job title", title == "Veiviser sjekkliste", title)
        pdf_path = os.path.join(tmp, "arrived.pdf")
        with open(pdf_path, "wb") as f:
            f.write(data)
        text = " ".join(subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True).stdout.decode().split())
        veiviser = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(PROBE))), "veiviser")
        want = []
        if os.path.exists(veiviser):
            j = subprocess.run([veiviser, "--content", CONTENT, "run", "--pack", pack, "--format", "json"]
                               + sum((["--answer", a] for a in answers), []), capture_output=True, text=True)
            want = [" ".join(i["text"].split()) for i in json.loads(j.stdout)["checklist"]]
        check("arrived PDF holds the checklist", want and all(w in text for w in want), (want[:1], text[:300]))
    # Nothing kept: no job files in the spool, no completed-job history.
    time.sleep(2)
    spool = [f for f in os.listdir(d["spool"]) if f.startswith(("d", "c"))]
    check("no job files kept in the spool", not spool, spool)
    p = sh("lpstat", "-W", "completed", "-o")
    check("no job history kept", p.stdout.strip() == "", p.stdout)
finally:
    cupsd.terminate()
    try:
        cupsd.wait(timeout=10)
    except subprocess.TimeoutExpired:
        cupsd.kill()
    os.unlink(backend)
    if failed:
        log = os.path.join(d["log"], "error_log")
        if os.path.exists(log):
            print(open(log).read()[-2000:])
    shutil.rmtree(tmp, ignore_errors=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
