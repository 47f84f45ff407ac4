#!/usr/bin/env python3
"""Privacy audit: runs Veiviser commands under strace (children included: the kiosk's print
worker too) and fails on anything a session must never do, attempted or done (a call that
failed is still reported): a file opened for writing or created (open, openat, openat2, creat),
data written to a file (write, pwrite64, writev, pwritev), a directory made, a file renamed or
removed, outside the outputs the user asked for; any socket that is not AF_UNIX; any AF_UNIX
connect or sendto/sendmsg other than to the X display or CUPS; any write or send on a network
socket. memfd_create (anonymous memory, nothing on disk) is listed, not failed.

Usage: strace_audit.py VEIVISER CONTENT_DIR [--gui-script FILE] [--gui-binary PATH]
                       [--expect-print-worker]
  --gui-binary  the program that runs the GUI script (default: veiviser-gui-test next to
                VEIVISER if it exists, else VEIVISER)
  --expect-print-worker  the scripted session must have started `veiviser print-worker`
Prints 'N passed, M failed' last; exits 1 on failure."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

EXE, CONTENT = sys.argv[1], sys.argv[2]


def option(name, default=None):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else default


_next_to = os.path.join(os.path.dirname(os.path.abspath(EXE)), "veiviser-gui-test")
GUI_EXE = option("--gui-binary", _next_to if os.path.exists(_next_to) else EXE)
TRACE = ("prlimit64,setrlimit,prctl,execve,openat,openat2,open,creat,mkdir,mkdirat,rename,renameat,renameat2,"
         "unlink,unlinkat,link,linkat,symlink,symlinkat,truncate,socket,connect,bind,"
         "write,pwrite64,writev,pwritev,pwritev2,sendto,sendmsg,sendmmsg,memfd_create")
passed = failed = 0

WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
ALLOWED_WRITE_PREFIXES = ("/dev/null", "/dev/tty", "/dev/dri/", "/dev/pts/", "/proc/self/")
# The X display, CUPS, and glibc's local name-service cache (a user lookup made by libcups;
# nscd is not running here, so the attempt fails).
ALLOWED_CONNECT = (re.compile(r"/tmp/\.X11-unix/X\d+"), re.compile(r"@/tmp/\.X11-unix/X\d+"),
                   re.compile(r"/run/cups/cups\.sock"), re.compile(r"/var/run/cups/cups\.sock"),
                   re.compile(r"/(var/)?run/nscd/socket"))
# A file descriptor as strace -yy shows it: 5</tmp/x>, 1<pipe:[123]>, 4<UNIX-STREAM:[9]>, 2</dev/null<char 1:3>>.
FD = r"(\d+)<(.+?)>"
WRITE_CALL = re.compile(r"\b(write|pwrite64|writev|pwritev2?|sendto|sendmsg|sendmmsg)\(" + FD + r", ")
ADDR = re.compile(r'sa_family=(AF_[A-Z0-9]+)(?:, sun_path=(@?)"([^"]*)")?')
DIRFD = r"(?:AT_FDCWD(?:<[^>]*>)?|\d+(?:<[^>]*>)?)"
OPEN = re.compile(r'\b(openat2|openat|open|creat)\((?:' + DIRFD + r', )?"([^"]*)", (?:\{flags=)?([A-Z_|0-9]+)')


def fd_target(decoration):
    """('file', path) / ('ok', '') / ('net', kind) for what a write goes to."""
    if decoration.startswith(("pipe:", "anon_inode:", "UNIX")):
        return "ok", ""  # AF_UNIX destinations are checked at connect and at sendto/sendmsg
    if decoration.startswith("/"):
        path = decoration.split("<", 1)[0].removesuffix(" (deleted)")
        return ("ok", "") if path.startswith("/memfd:") else ("file", path)
    return "net", decoration
LAST = {}  # what the last audit saw besides violations: memfd names, print workers started


def classify(line, allowed, allowed_connect):
    """The violation in one strace line, or None. A failed call is an attempt and still counts."""
    tag = "(failed) " if re.search(r"= -1 E", line) else ""
    m = OPEN.search(line)
    if m:
        path, flags = m.group(2), m.group(3)
        if (m.group(1) == "creat" or any(f in flags for f in WRITE_FLAGS)) \
                and not path.startswith(ALLOWED_WRITE_PREFIXES) and not allowed(path):
            return "write-open: " + tag + line
        return None
    m = re.search(r"\b(mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|linkat|symlink|symlinkat|truncate)\(", line)
    if m:
        # A path relative to a directory fd (unlinkat(3</dir>, "name")) is resolved with the fd's path.
        dirs = re.findall(r"(?:\(|, )\d+<(/[^>]*)>, \"", line)
        paths = [p if p.startswith("/") or not dirs else dirs[0] + "/" + p for p in re.findall(r'"([^"]*)"', line)]
        return None if all(allowed(p) for p in paths) else "fs-change: " + tag + line
    m = re.search(r"\bsocket\((AF_[A-Z0-9]+)", line)
    if m:
        return None if m.group(1) == "AF_UNIX" else "socket: " + tag + line
    m = re.search(r"\b(connect|sendto|sendmsg|sendmmsg)\(\d+(?:<[^>]*>)?, .*?" + ADDR.pattern, line)
    if m:
        fam, abstract, path = m.group(2), m.group(3), m.group(4) or ""
        if not (fam == "AF_UNIX" and any(r.fullmatch(abstract + path) for r in (*ALLOWED_CONNECT, *allowed_connect))):
            return ("connect: " if m.group(1) == "connect" else "sendto: ") + tag + line
        return None
    m = WRITE_CALL.search(line)
    if m:
        kind, target = fd_target(m.group(3))
        if kind == "file" and not target.startswith(ALLOWED_WRITE_PREFIXES) and not allowed(target):
            return "write: " + tag + line
        if kind == "net":
            return ("sendto: " if m.group(1).startswith("send") else "write: ") + tag + line
        return None
    if re.search(r"\bbind\(\d+(?:<[^>]*>)?, \{sa_family=AF_(INET|INET6)", line):
        return "bind: " + tag + line
    return None


def audit(name, cmd, allowed_dirs=(), extra_env=None, allowed_connect=(), require_no_core=True, stdin=None,
          ok_codes=(0, 3)):
    """Runs cmd under strace; returns a list of violations. Paths inside allowed_dirs (the
    outputs the user asked for) may be written."""
    global passed, failed

    def allowed(path):
        return any(path == d or path.startswith(d + "/") for d in allowed_dirs)

    log = tempfile.mktemp(prefix="veiviser-strace-")
    env = dict(os.environ, VEIVISER_CONTENT=CONTENT, MESA_SHADER_CACHE_DISABLE="true")
    if extra_env:
        env.update(extra_env)
    p = subprocess.run(["strace", "-f", "-qq", "-yy", "--seccomp-bpf", "-s", "256", "-e", "trace=" + TRACE,
                        "-o", log, *cmd], env=env, capture_output=True, timeout=600, input=stdin)
    lines = open(log, encoding="utf-8", errors="replace").read().splitlines()
    os.unlink(log)
    bad = []
    LAST.clear()
    LAST["memfd"] = sorted({m.group(1) for l in lines for m in [re.search(r'memfd_create\("([^"]*)"', l)] if m})
    LAST["print_workers"] = sum(1 for l in lines if re.search(r'execve\([^)]*\["veiviser", "print-worker"', l))
    for line in lines:
        v = classify(line.strip(), allowed, allowed_connect)
        if v:
            bad.append(v)
    if require_no_core:
        no_core = any(re.search(r"(setrlimit\(RLIMIT_CORE|prlimit64\(0, RLIMIT_CORE), \{rlim_cur=0, rlim_max=0\}", l)
                      for l in lines)
        not_dumpable = any("prctl(PR_SET_DUMPABLE, SUID_DUMP_DISABLE" in l or "prctl(PR_SET_DUMPABLE, 0" in l for l in lines)
        if not (no_core and not_dumpable):
            bad.append("core dumps were not disabled at start (RLIMIT_CORE 0 and PR_SET_DUMPABLE 0)")
    if p.returncode not in ok_codes:
        bad.append(f"exit code {p.returncode}: {p.stderr.decode(errors='replace')[:300]}")
    if bad:
        failed += 1
        print(("flagged " if name.startswith("(control)") else "FAIL ") + f"{name}:")
        for b in bad[:20]:
            print("   ", b)
    else:
        passed += 1
        print(f"ok   {name} ({len(lines)} traced calls)")
    if LAST["memfd"]:
        print(f"     note: memfd_create (anonymous memory) named {', '.join(LAST['memfd'])}")
    return bad


def answers(**kw):
    out = []
    for k, v in kw.items():
        out += ["--answer", f"{k}={v}"]
    return out


def must_flag(name, cmd, kind, failed_attempt=False):
    """Negative control: the audit must catch this command's `kind` of violation (as a failed
    attempt when failed_attempt)."""
    global passed, failed
    before = failed
    bad = audit("(control) " + name, cmd, require_no_core=False, ok_codes=range(256))
    if failed_attempt:
        bad = [b for b in bad if "(failed)" in b]
    failed = before  # the control's own failure is expected, not counted
    if any(b.startswith(kind) for b in bad):
        passed += 1
        print(f"ok   control {name}: caught {kind}")
    else:
        failed += 1
        print(f"FAIL control {name}: the audit missed a {kind}")


def print_worker_request():
    """A print-worker request (src/export/print_worker.hpp) with a small synthetic outcome."""
    item = {"id": "i1", "text": "Snakk med lederen om bekymringen.", "who": "Den som er bekymret", "source": "Rutine",
            "how": "", "tools": [], "actions": ["document"], "laws": [], "national": False}
    outcome = {"pack_id": "audit", "pack_name": "Kommune", "pack_title": "Rutine", "owner": "", "pack_version": "1",
               "laws_checked": "2026-01-01", "lang": "nb", "text_lang": "nb", "role": "skole", "stage": "level1",
               "variant": 0, "stage_name": "Nivå 1", "step_id": "s", "step_name": "Steg", "step_title": "Tittel",
               "step_summary": "", "note": "", "next_text": "", "tips": [], "notices": [],
               "missing_child_welfare_number": False, "items": [item], "now": [], "why": [], "links": [], "laws": [],
               "contacts": [{"id": "c", "name": "Politiet", "phone": "112", "when": "", "kind": "emergency",
                             "local": False}]}
    return json.dumps({"version": 1, "lang": "nb", "outcome": outcome}).encode()


def print_worker_audit():
    """`veiviser print-worker` with a request on stdin, against a test cupsd when possible."""
    global passed, failed
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from cups_server import CupsServer
    if os.geteuid() == 0 and os.path.exists("/usr/sbin/cupsd"):
        with CupsServer() as cups:
            cups.add_default_queue()
            audit("print-worker (a job to a test cupsd)", [EXE, "print-worker"], stdin=print_worker_request(),
                  extra_env={"CUPS_SERVER": cups.sock}, allowed_connect=(re.compile(re.escape(cups.sock)),))
            data, _ = cups.wait_for_job(timeout=20)
            if data and data.startswith(b"%PDF-"):
                passed += 1
                print("ok   the worker's job reached the test queue")
            else:
                failed += 1
                print("FAIL the worker's job did not arrive", cups.error_log())
    else:
        print("note: not root or no cupsd: the print worker is audited without a print server")
        sock = "/nonexistent/veiviser-audit/cups.sock"
        audit("print-worker (no print server)", [EXE, "print-worker"], stdin=print_worker_request(),
              extra_env={"CUPS_SERVER": sock}, allowed_connect=(re.compile(re.escape(sock)),), ok_codes=(1,))


def kiosk_session(script):
    global passed, failed
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from cups_server import CupsServer
    # The run's one Xvfb (tests/cmake/display.cmake, via with-display.sh), started outside the trace.
    display = os.environ.get("DISPLAY", "")
    if not display:
        failed += 1
        print("FAIL kiosk session: no DISPLAY (run it through ctest, which starts the Xvfb fixture)")
        return
    env = {"DISPLAY": display}
    cups = None
    if not os.path.exists("/usr/sbin/cupsd"):
        failed += 1
        print("FAIL kiosk session: /usr/sbin/cupsd missing: run scripts/install-deps.sh (apt-get install cups)")
        return
    if os.geteuid() == 0:
        cups = CupsServer().__enter__()
        cups.add_default_queue()
        env["CUPS_SERVER"] = cups.sock
    else:
        print("note: not root: the session runs without a test print queue (CI runs as root)")
    try:
        sock = re.escape(cups.sock) if cups else "none"
        audit("kiosk scripted session", [GUI_EXE, "--size", "1920x3900", "--idle-timeout", "5", "--idle-warning", "3",
                                         "--test-script", script],
              extra_env=env, allowed_connect=(re.compile(sock),))
        workers = LAST.get("print_workers", 0)
        print(f"     note: {workers} print worker(s) started by the session")
        if "--expect-print-worker" in sys.argv:
            if workers >= 1:
                passed += 1
                print("ok   the session printed through the print worker (traced with it)")
            else:
                failed += 1
                print("FAIL the session started no print worker: the kiosk rendered or printed in-process")
        if cups:
            data, title = cups.wait_for_job(timeout=20)
            if data and data.startswith(b"%PDF-") and title == "Veiviser sjekkliste":
                passed += 1
                print("ok   the session's printout reached the test queue as a PDF with the generic title")
            else:
                failed += 1
                print("FAIL the session's printout did not arrive", title, cups.error_log())
    finally:
        if cups:
            cups.__exit__(None, None, None)


def main():
    # Controls first: the audit must be able to fail.
    tmp = tempfile.mkdtemp(prefix="veiviser-control-")
    try:
        must_flag("writes a file", ["sh", "-c", f"echo secret > {tmp}/leak.txt"], "write-open")
        must_flag("makes a directory", ["mkdir", f"{tmp}/d"], "fs-change")
        must_flag("opens an INET socket", [sys.executable, "-c",
                                           "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"], "socket")
        must_flag("tries to write where it cannot (failed attempt)",
                  ["sh", "-c", f"echo secret > {tmp}/no-such-dir/leak.txt"], "write-open", failed_attempt=True)
        must_flag("sends a datagram to a local socket (sendto)", [sys.executable, "-c", f"""
import socket
r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
r.bind('{tmp}/sink')
socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).sendto(b'secret', '{tmp}/sink')"""], "sendto")
        open(f"{tmp}/pre-made", "w").close()
        must_flag("writes to a file through its descriptor", [sys.executable, "-c", f"""
import os
f = open('{tmp}/pre-made', 'r+')
os.write(f.fileno(), b'secret')"""], "write:")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # The command line: every kind of run a script or test makes.
    paths = [
        ("acute", dict(role="skole", acute="yes")),
        ("emergency", dict(role="helse", acute="health", age="16")),
        ("report", dict(role="helse", acute="no", serious="yes", age="13")),
        ("level3-no-consent", dict(role="barnehage", acute="no", serious="unsure", age="5", stage="with_others",
                                   helped="no", consent="no")),
    ]
    for pack in ["sarpsborg", "luster", "helsedir"]:
        for name, a in paths:
            for fmt in ["text", "json"]:
                audit(f"run {pack} {name} {fmt}", [EXE, "run", "--pack", pack, "--format", fmt, *answers(**a)])
    audit("run unanswered", [EXE, "run", "--pack", "jevnaker", *answers(role="annet")])
    audit("packs", [EXE, "packs"])
    audit("check", [EXE, "check", CONTENT])
    # The kiosk's print worker: renders and sends with nothing written and no network.
    print_worker_audit()
    # Outputs the user asked for go to stdout: nothing written besides.
    for fmt in ["pdf", "qr", "html"]:
        audit(f"run {fmt} to stdout", [EXE, "run", "--pack", "stor-elvdal", "--format", fmt,
                                       *answers(role="skole", acute="no", serious="no", age="9", stage="own_service",
                                                helped="no", consent="yes")])
    # The HTML edition writes only inside the directory asked for.
    out = tempfile.mkdtemp(prefix="veiviser-site-")
    try:
        site = os.path.join(out, "site")
        audit("export html (writes only its site)", [EXE, "export", "--format", "html", "--pack", "luster", "--out", site],
              allowed_dirs=(site,))
        global passed, failed
        if os.path.isfile(os.path.join(site, "index.html")):
            passed += 1
        else:
            failed += 1
            print("FAIL export html wrote no index.html")
    finally:
        shutil.rmtree(out, ignore_errors=True)

    # The kiosk: a scripted GUI session (several paths, a printout to a test queue, reference
    # and training, the idle reset) on an Xvfb started outside the trace.
    if option("--gui-script"):
        kiosk_session(option("--gui-script"))

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
