#!/usr/bin/env python3
"""Authoring (issue 12): `veiviser check` lists every hand-editing mistake of a file in one run,
in Norwegian, each with what to do; a pack made by `new-pack`, filled in with sed and put in a
local directory beside the national content passes check, reaches every stage in `run`, and
shows in `preview`; local pack ids may not take a national id; laws_checked is checked.
The kiosk shows the local pack beside the national content at every stage (rendered with
--screenshot and read back with tesseract), and a change to the national content (as an
upgrade brings) reaches the local pack's outcomes without touching the local directory.
Usage: author_test.py VEIVISER CONTENT_DIR FIXTURES_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

VEIVISER, CONTENT, FIXTURES = sys.argv[1], sys.argv[2], sys.argv[3]
failures = 0


def run(*args):
    p = subprocess.run([VEIVISER, *args], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    global failures
    print(("ok   " if cond else "FAIL ") + name)
    if not cond:
        failures += 1
        print("     " + str(detail)[:3000].replace("\n", "\n     "))


# 1. Ten (eleven) hand-editing mistakes in one file: all in one run, in Norwegian, each with a fix.
rc, out, _ = run("check", CONTENT, "--local-dir", os.path.join(FIXTURES, "authoring", "ten-mistakes"))
lines = [l for l in out.splitlines() if "eksempelvik.json:" in l]
expected = [  # (code, words of the Norwegian message, words of what to do)
    ("E_JSON", "mangler komma etter linje", "sett inn ,"),
    ("E_JSON", "komma etter det siste elementet", "slett dette kommaet"),
    ("E_JSON", "typografiske anførselstegn", "bytt dem ut med rette anførselstegn"),
    ("E_JSON", "kommentarer med // er ikke tillatt", "slett kommentaren"),
    ("E_JSON", "kommentarer med /* */ er ikke tillatt", "slett kommentaren"),
    ("E_JSON", "enkle anførselstegn", "bruk doble rette anførselstegn"),
    ("E_JSON", "står uten anførselstegn", "skal stå i rette anførselstegn"),
    ("E_JSON", "mangler avsluttende anførselstegn", "sett inn \""),
    ("E_DUPLICATE_KEY", "står to ganger i samme objekt", "slett den ene"),
    ("E_ENCODING", "ikke lagret som UTF-8", "lagre fila på nytt med tegnkoding UTF-8"),
    ("E_JSON", "mangler avsluttende }", "fila slutter før"),
]
check("ten mistakes: exit 1", rc == 1, out)
for code, what, fix in expected:
    hit = [l for l in lines if f": {code}: " in l and what in l and fix in l]
    check(f"ten mistakes: {code} '{what}' with '{fix}'", len(hit) == 1, "\n".join(lines))
check("ten mistakes: every line is file:line: CODE: message", all(l.split(":")[1].isdigit() for l in lines), out)
check("ten mistakes: summary in Norwegian", "feil og" in out and "rett feilene over" in out, out[-300:])
check("ten mistakes: no raw bytes printed", "\ufffd" not in out, out)
rc, out_en, _ = run("check", CONTENT, "--lang", "en", "--local-dir", os.path.join(FIXTURES, "authoring", "ten-mistakes"))
check("ten mistakes: --lang en", rc == 1 and "missing comma after line" in out_en and "error(s) in" in out_en, out_en)

# 2. new-pack -> fill with sed -> local dir -> check, run every stage, preview.
STAGES = ["acute", "emergency", "acute_consult", "report", "level0", "level1", "follow_up", "level2", "level3"]


def walk(local, pack):
    """Every stage the answers reach, by following the questions run asks (rc 3)."""
    found, runs = {}, 0
    todo = [[]]
    while todo and len(found) < len(STAGES) and runs < 400:
        given = todo.pop()
        args = ["run", "--content", CONTENT, "--local-dir", local, "--pack", pack, "--format", "json"]
        for a in given:
            args += ["--answer", a]
        rc, out, err = run(*args)
        runs += 1
        if rc == 0:
            found.setdefault(json.loads(out)["stage"], given)
        elif rc == 3:
            j = json.loads(out)
            values = ["3", "10", "16"] if j["values"] == ["0-17"] else j["values"]
            for v in reversed(values):
                todo.append(given + [f"{j['missing']}={v}"])
        else:
            check(f"run {given}", False, out + err)
            break
    return found


def kiosk_walk(local, found, tmp):
    """The kiosk binary on the national content plus the local dir, at every stage: it starts
    (exit 0, not the out-of-order screen) and shows the local pack's step."""
    if not os.environ.get("DISPLAY") or not shutil.which("tesseract"):
        check("kiosk walk: a DISPLAY (the ctest Xvfb fixture) and tesseract (scripts/install-deps.sh)", False)
        return
    for stage, given in sorted(found.items()):
        args = ["run", "--content", CONTENT, "--local-dir", local, "--pack", "eksempelvik", "--format", "json"]
        for a in given:
            args += ["--answer", a]
        step = json.loads(run(*args)[1])["step"]["name"]
        png = os.path.join(tmp, f"kiosk-{stage}.png")
        cmd = [VEIVISER, "--content", CONTENT, "--local-dir", local,
               "--pack", "eksempelvik", "--size", "1280x3000", "--screenshot", png]
        for a in given:
            cmd += ["--answer", a]
        # Under AddressSanitizer: no leak report for the kiosk (Mesa's dlopen'd driver keeps what
        # it allocates; the GUI tests run the same way), errors still abort.
        asan = (os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
        p = subprocess.run(cmd, capture_output=True, text=True,
                           env=dict(os.environ, MESA_SHADER_CACHE_DISABLE="true", ASAN_OPTIONS=asan))
        seen = subprocess.run(["tesseract", png, "-", "-l", "nor"], capture_output=True, text=True).stdout if p.returncode == 0 else ""
        first_word = step.split()[0]
        check(f"kiosk shows the local pack at {stage} ({step})", p.returncode == 0 and first_word in seen,
              p.stderr[-500:] + seen[:500])


def upgrade_reaches(local, given, tmp):
    """A new national content (here: a law heading changed, as an upgrade would bring) reaches
    the local pack's report outcome; the local directory is not touched."""
    upgraded = os.path.join(tmp, "national-upgraded")
    shutil.copytree(CONTENT, upgraded)
    laws_path = os.path.join(upgraded, "national", "laws.json")
    laws = json.load(open(laws_path, encoding="utf-8"))
    law = next(l for l in laws["laws"] if l["id"] == "bvl-opplysningsplikt")
    law["title"]["nb"] = "Plikt til å melde fra til barnevernstjenesten (oppgradert)"
    json.dump(laws, open(laws_path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    def titles(content):
        args = ["run", "--content", content, "--local-dir", local, "--pack", "eksempelvik", "--format", "json"]
        for a in given:
            args += ["--answer", a]
        return [l["title"] for l in json.loads(run(*args)[1])["laws"]]
    before, after = titles(CONTENT), titles(upgraded)
    check("an upgrade of the national content reaches the local pack",
          not any("(oppgradert)" in t for t in before) and any("(oppgradert)" in t for t in after), (before, after))


for model in ["levels", "cards", "list"]:
    tmp = tempfile.mkdtemp()
    local = os.path.join(tmp, "local")
    os.makedirs(os.path.join(local, "packs"))
    pack = os.path.join(local, "packs", "eksempelvik.json")
    rc, out, err = run("new-pack", "--id", "eksempelvik", "--model", model, "--out", pack)
    check(f"new-pack {model}", rc == 0 and os.path.exists(pack), out + err)
    before = open(pack, "rb").read()
    rc, out, err = run("new-pack", "--id", "eksempelvik", "--model", model, "--out", pack)
    check(f"new-pack {model}: refuses to overwrite", rc == 2 and open(pack, "rb").read() == before, err)
    rc, out, _ = run("check", CONTENT, "--local-dir", local)
    check(f"new-pack {model}: check refuses the placeholders", rc == 1 and "E_PLACEHOLDER" in out and "FYLL INN" in out, out[-800:])
    subprocess.run(["sed", "-i", "-e", 's/"laws_checked": "[^"]*"/"laws_checked": "2026-12-01"/',
                    "-e", 's/"file": "[^"]*"/"file": "Rutine ved bekymring 2026.pdf"/', "-e", "s/FYLL INN: //", pack], check=True)
    rc, out, _ = run("check", CONTENT, "--local-dir", local)
    check(f"new-pack {model}: filled pack passes check", rc == 0 and "innholdet er i orden: 6 pakker" in out, out[-1500:])
    rc, out, _ = run("--content", CONTENT, "--local-dir", local, "packs")
    check(f"new-pack {model}: packs lists the local pack", rc == 0 and "eksempelvik\tnb" in out, out)
    if model == "levels" and shutil.which("dpkg-deb"):
        # ship it: the local directory as a small Debian package for /etc/veiviser/local
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "build-local-pack-deb.sh")
        p = subprocess.run([script, local, "--out", tmp, "--version", "1.0", "--veiviser", VEIVISER],
                           capture_output=True, text=True, env=dict(os.environ, VEIVISER_CONTENT=CONTENT))
        deb = p.stdout.strip()
        listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True).stdout if deb else ""
        check("build-local-pack-deb: installs the pack into /etc/veiviser/local",
              p.returncode == 0 and "./etc/veiviser/local/packs/eksempelvik.json" in listing, p.stderr[-800:] + listing)
    if model == "levels":
        found = walk(local, "eksempelvik")
        check("new-pack levels: run reaches every stage", sorted(found) == sorted(STAGES), found)
        if "--no-kiosk" not in sys.argv:
            kiosk_walk(local, found, tmp)
        upgrade_reaches(local, found["report"], tmp)
    rc, out, err = run("--content", CONTENT, "--local-dir", local, "preview", "--pack", "eksempelvik")
    check(f"preview {model}: every stage", rc == 0 and all(f"== {s} (" in out for s in STAGES), out[:2000] + err)
    check(f"preview {model}: national items marked", "[nasjonal]" in out, out[:2000])
    if model == "levels":
        # a pack item that repeats a national one is flagged by preview and warned by check
        doc = json.load(open(pack))
        rules = json.load(open(os.path.join(CONTENT, "national", "rules.json")))
        nat = next(i for i in rules["items"] if i["id"] == "nat.child.under7")
        doc["steps"][3]["items"][0]["text"] = {"nb": nat["text"]["nb"]}
        doc["steps"][3]["items"][0]["actions"] = nat["actions"]
        json.dump(doc, open(pack, "w"), ensure_ascii=False, indent=2)
        rc, out, _ = run("--content", CONTENT, "--local-dir", local, "preview", "--pack", "eksempelvik")
        check("preview: duplicate of a national item flagged", "!! samme som nasjonalt nat.child.under7" in out, out[:3000])
        rc, out, _ = run("check", CONTENT, "--local-dir", local)
        check("check: W_DUPLICATE_NATIONAL", rc == 0 and "W_DUPLICATE_NATIONAL" in out and "niva0.1" in out, out[-1500:])
        # laws_checked later than the national law file
        doc["laws_checked"] = "2099-12-31"
        json.dump(doc, open(pack, "w"), ensure_ascii=False, indent=2)
        rc, out, _ = run("check", CONTENT, "--local-dir", local)
        check("check: E_LAWS_CHECKED says what to write", rc == 1 and "E_LAWS_CHECKED" in out and '"laws_checked": "20' in out, out[-800:])
        # a local pack may not take a national pack's id
        shutil.copy(pack, os.path.join(local, "packs", "sarpsborg.json"))
        doc["id"] = "sarpsborg"
        doc["laws_checked"] = "2026-12-01"
        json.dump(doc, open(os.path.join(local, "packs", "sarpsborg.json"), "w"), ensure_ascii=False, indent=2)
        rc, out, _ = run("check", CONTENT, "--local-dir", local)
        check("check: local id clashing with a national pack", rc == 1 and "brukt av en nasjonal pakke" in out, out[-800:])
    shutil.rmtree(tmp)

rc, out, err = run("new-pack", "--id", "x", "--model", "tabell", "--out", "/tmp/x.json")
check("new-pack: unknown model refused", rc == 2 and "levels, cards or list" in err, err)

print(f"{failures} failure(s)")
sys.exit(1 if failures else 0)
