#!/usr/bin/env python3
"""The command line of SPEC §3: packs, check, run (text and json), exit codes 0/1/2/3.

Usage: cli_test.py VEIVISER CONTENT_DIR. Prints 'N passed, M failed' and exits 1 on failure."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

EXE, CONTENT = sys.argv[1], sys.argv[2]
passed = failed = 0


def run(*args, env=None):
    e = dict(os.environ, VEIVISER_CONTENT=CONTENT)
    if env:
        e.update(env)
    p = subprocess.run([EXE, *args], capture_output=True, text=True, env=e, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def answers(**kw):
    out = []
    for k, v in kw.items():
        out += ["--answer", f"{k}={v}"]
    return out


# --help / --version
rc, out, _ = run("--help")
check("help", rc == 0 and "veiviser run --pack ID" in out, out[:200])
rc, out, _ = run("--version")
check("version", rc == 0 and out.startswith("veiviser "), out)

# packs: five lines, id, language, version, checked date, title
rc, out, err = run("packs")
lines = [l.split("\t") for l in out.strip().splitlines()]
check("packs exit", rc == 0, err)
check("packs count", len(lines) == 5, out)
check("packs ids", sorted(l[0] for l in lines) == ["helsedir", "jevnaker", "luster", "sarpsborg", "stor-elvdal"], out)
check("packs fields", all(len(l) == 5 and len(l[3]) == 10 and l[4] for l in lines), out)
check("luster is nynorsk", any(l[0] == "luster" and l[1] == "nn" for l in lines), out)

# check: clean content
rc, out, _ = run("check", CONTENT)
check("check clean", rc == 0 and "content ok" in out, out[-500:])

# check: broken copy reports file:line: CODE: message and exits 1
tmp = tempfile.mkdtemp()
try:
    shutil.copytree(CONTENT, tmp + "/c")
    pack = json.load(open(tmp + "/c/packs/sarpsborg.json"))
    pack["steps"][0]["items"][0]["actions"] = ["call_mum"]
    pack["laws_checked"] = "never"
    json.dump(pack, open(tmp + "/c/packs/sarpsborg.json", "w"), indent=2, ensure_ascii=False)
    rc, out, _ = run("check", tmp + "/c")
    check("check broken exit", rc == 1, out)
    diag = [l for l in out.splitlines() if ": E_" in l]
    check("check reports all", any("E_UNKNOWN_ACTION" in l for l in diag) and any("E_BAD_DATE" in l for l in diag), out)
    check("check format", all(l.split(":")[0].endswith(".json") and l.split(":")[1].isdigit() for l in diag), out)
    # run refuses bad content with the same messages
    rc, out, err = run("run", "--pack", "sarpsborg", *answers(role="skole", acute="yes"), env={"VEIVISER_CONTENT": tmp + "/c"})
    check("run on bad content", rc == 1 and "E_UNKNOWN_ACTION" in err, err)
finally:
    shutil.rmtree(tmp)

# run: the product owner's paths
def run_json(pack, lang="nb", **kw):
    rc, out, err = run("run", "--pack", pack, "--lang", lang, "--format", "json", *answers(**kw))
    return rc, (json.loads(out) if rc == 0 else None), out, err

failed_own = dict(role="skole", acute="no", serious="no", age="9", stage="own_service", helped="no", parents_consent="yes")
rc, j, out, err = run_json("sarpsborg", **failed_own)
check("sarpsborg yellow", rc == 0 and j["stage"] == "level2" and "Gult kort" in j["step"]["title"], out + err)
rc, j, out, err = run_json("stor-elvdal", **failed_own)
check("stor-elvdal 2b", rc == 0 and j["step"]["id"] == "2b", out + err)
rc, j, out, err = run_json("jevnaker", **failed_own)
check("jevnaker niva 2", rc == 0 and "Nivå 2" in j["step"]["title"], out + err)

# json shape of SPEC §3
for key in ["pack", "lang", "stage", "step", "checklist", "links", "laws", "contacts"]:
    check("json key " + key, j is not None and key in j, key)
check("json item shape", all(set(["id", "text", "actions", "who", "source"]) <= set(i) for i in j["checklist"]), "")
check("json laws dated", all(len(l["checked"]) == 10 for l in j["laws"]), j["laws"])

# acute answers never suggest contacting the parents, in every pack and language
for pack in ["sarpsborg", "jevnaker", "luster", "stor-elvdal", "helsedir"]:
    for lang in ["nb", "nn", "en"]:
        for acute in ["yes", "unsure"]:
            rc, j, out, err = run_json(pack, lang, role="barnehage", acute=acute)
            ok = rc == 0 and all("contact_parents" not in i["actions"] for i in j["checklist"])
            ok = ok and any("do_not_contact_parents" in i["actions"] for i in j["checklist"])
            check(f"acute {pack} {lang} {acute}", ok, out + err)

# text output
rc, out, err = run("run", "--pack", "luster", "--lang", "nn", *answers(role="skole", acute="yes"))
check("text output", rc == 0 and "Sjekkliste" in out and "112" in out, out + err)

# unanswered question: printed, exit 3
rc, out, _ = run("run", "--pack", "sarpsborg", *answers(role="skole", acute="no"))
check("unanswered exit 3", rc == 3 and "serious" in out, out)
rc, out, _ = run("run", "--pack", "sarpsborg", "--format", "json")
check("unanswered json", rc == 3 and json.loads(out)["missing"] == "role", out)

# answers the flow never reaches are ignored
rc, out, _ = run("run", "--pack", "sarpsborg", *answers(role="skole", acute="yes", helped="no", age="3"))
check("unreached ignored", rc == 0, out)

# bad pack, key, value: one line naming it, exit 2
for args, word in [(["--pack", "oslo"], "oslo"), (["--pack", "sarpsborg", "--answer", "colour=red"], "colour"),
                   (["--pack", "sarpsborg", "--answer", "age=42"], "42"), (["--pack", "sarpsborg", "--lang", "sv"], "sv"),
                   (["--pack", "sarpsborg", "--format", "xml"], "xml"), (["--pack", "sarpsborg", "--answer", "role"], "KEY=VALUE")]:
    rc, out, err = run("run", *args)
    check("exit 2 " + word, rc == 2 and word in err and len(err.strip().splitlines()) == 1, err)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
