"""A private CUPS server for tests: its own config, its own socket, and a backend installed as
/usr/lib/cups/backend/NAME that copies each job (and its title) into a directory. Kiosk
settings: PreserveJobFiles No, PreserveJobHistory No. Needs root (CI runs as root).

    with CupsServer() as cups:      # cups.env has CUPS_SERVER set; cups.jobs is the job dir
        cups.add_default_queue()
        ... run something that prints with env=cups.env ...
        data, title = cups.wait_for_job()
        cups.job_attributes(job_id)  # what cupsd recorded for a job (IPP Get-Job-Attributes)
"""
import http.client
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time

# IPP value tags whose values are text (RFC 8010 3.5.2); the rest are kept as raw bytes.
_TEXT_TAGS = {0x41, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49}


class _UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("localhost", timeout=30)
        self._path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self._path)


def _ipp_attr(tag, name, value):
    v = value.encode() if isinstance(value, str) else value
    return bytes([tag]) + struct.pack(">H", len(name)) + name.encode() + struct.pack(">H", len(v)) + v


def _ipp_parse(body):
    """{name: [values]} of an IPP response (all groups together)."""
    attrs, i, name = {}, 8, None
    while i < len(body):
        tag = body[i]
        i += 1
        if tag <= 0x0F:  # group delimiter; 0x03 ends the attributes
            if tag == 0x03:
                break
            continue
        nlen = struct.unpack(">H", body[i:i + 2])[0]
        name = body[i + 2:i + 2 + nlen].decode() if nlen else name
        i += 2 + nlen
        vlen = struct.unpack(">H", body[i:i + 2])[0]
        raw = body[i + 2:i + 2 + vlen]
        i += 2 + vlen
        attrs.setdefault(name, []).append(raw.decode("utf-8", "replace") if tag in _TEXT_TAGS else raw)
    return attrs


KIOSK_SETTINGS = "PreserveJobFiles No\nPreserveJobHistory No\n"


class CupsServer:
    def __init__(self, settings=KIOSK_SETTINGS, gate=False):
        """settings: the cupsd.conf lines that decide what is kept (default: the kiosk's).
        gate: the backend holds each job (processing, spooled) until release() is called."""
        self.settings = settings
        self.gate = gate

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix="vv-cups-")
        os.chmod(self.tmp, 0o755)
        self.d = {k: os.path.join(self.tmp, k) for k in ("etc", "spool", "state", "cache", "tmp", "log", "jobs", "home")}
        for p in self.d.values():
            os.makedirs(p)
        os.chmod(self.d["jobs"], 0o777)
        os.chmod(self.d["tmp"], 0o1777)
        os.chmod(self.d["spool"], 0o755)
        self.jobs = self.d["jobs"]
        self.spool = self.d["spool"]
        self.sock = os.path.join(self.tmp, "cups.sock")
        self.backend_name = f"vvtest{os.getpid()}"
        self.backend = f"/usr/lib/cups/backend/{self.backend_name}"
        d = self.d
        with open(os.path.join(d["etc"], "cupsd.conf"), "w") as f:
            f.write(f"""Listen {self.sock}
LogLevel warn
{self.settings}
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
        gate = (f"i=0; while [ ! -e '{d['jobs']}/release' ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done\n"
                if self.gate else "")
        with open(self.backend, "w") as f:
            f.write(f"""#!/bin/sh
# Veiviser test backend: copies the job and its title into {d['jobs']}.
if [ $# -eq 0 ]; then echo 'file {self.backend_name} "Unknown" "Veiviser test backend"'; exit 0; fi
{gate}if [ -n "$6" ]; then cat "$6" > "{d['jobs']}/job-$1.data"; else cat > "{d['jobs']}/job-$1.data"; fi
printf '%s' "$3" > "{d['jobs']}/job-$1.title"
exit 0
""")
        os.chmod(self.backend, 0o755)
        self.env = {k: v for k, v in os.environ.items() if k not in ("LPDEST", "PRINTER")}
        self.env.update(CUPS_SERVER=self.sock, HOME=d["home"])
        self.proc = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", os.path.join(d["etc"], "cupsd.conf"),
                                      "-s", os.path.join(d["etc"], "cups-files.conf")], env=self.env)
        for _ in range(100):
            if os.path.exists(self.sock):
                break
            time.sleep(0.1)
        return self

    def started(self):
        return os.path.exists(self.sock) and self.proc.poll() is None

    def sh(self, *args):
        return subprocess.run(list(args), capture_output=True, text=True, env=self.env, timeout=60)

    def add_default_queue(self, name="VVQ"):
        a = self.sh("lpadmin", "-p", name, "-E", "-v", f"{self.backend_name}:/")
        b = self.sh("lpadmin", "-d", name)
        return a.returncode == 0 and b.returncode == 0

    def wait_for_job(self, timeout=30):
        """(data bytes, title) of the first job that arrived, or (None, None)."""
        end = time.time() + timeout
        while time.time() < end:
            files = sorted(f for f in os.listdir(self.jobs) if f.endswith(".data"))
            if files and os.path.exists(os.path.join(self.jobs, files[0].replace(".data", ".title"))):
                time.sleep(0.3)
                with open(os.path.join(self.jobs, files[0]), "rb") as f:
                    data = f.read()
                with open(os.path.join(self.jobs, files[0].replace(".data", ".title"))) as f:
                    return data, f.read()
            time.sleep(0.2)
        return None, None

    def job_attributes(self, job_id):
        """Every attribute cupsd holds for a job (IPP Get-Job-Attributes, requested-attributes all),
        as {name: [values]}, text values decoded."""
        req = (b"\x02\x00" + struct.pack(">HI", 0x0009, 1) + b"\x01"
               + _ipp_attr(0x47, "attributes-charset", "utf-8") + _ipp_attr(0x48, "attributes-natural-language", "en")
               + _ipp_attr(0x45, "job-uri", f"ipp://localhost/jobs/{job_id}")
               + _ipp_attr(0x42, "requesting-user-name", "root") + _ipp_attr(0x44, "requested-attributes", "all")
               + b"\x03")
        c = _UnixHTTP(self.sock)
        c.request("POST", "/jobs", body=req, headers={"Content-Type": "application/ipp"})
        body = c.getresponse().read()
        c.close()
        return _ipp_parse(body)

    def release(self):
        """Lets a gated backend (gate=True) finish the jobs it holds, and every later one."""
        open(os.path.join(self.jobs, "release"), "w").close()

    def job_ids(self):
        """Ids of the jobs cupsd still lists (pending, held or processing)."""
        out = self.sh("lpstat", "-o").stdout.split()
        return [int(w.rsplit("-", 1)[1]) for w in out if "-" in w and w.rsplit("-", 1)[1].isdigit()]

    def error_log(self):
        log = os.path.join(self.d["log"], "error_log")
        return open(log).read()[-2000:] if os.path.exists(log) else ""

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        if os.path.exists(self.backend):
            os.unlink(self.backend)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return False
