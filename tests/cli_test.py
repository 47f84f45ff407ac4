#!/usr/bin/env python3
"""The command line of SPEC §3: packs, check, run (text and json), exit codes 0/1/2/3, on
content format 2: the emergency stage (acute=health), consent by role and age, the meldeplikt
provisions of the user's role, a format-1 file refused, an answer given twice refused.

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
rc, out, _ = run("check", CONTENT, "--lang", "en")
check("check clean", rc == 0 and "content ok" in out, out[-500:])
rc, out, _ = run("check", CONTENT)
check("check clean, Norwegian by default", rc == 0 and "innholdet er i orden" in out, out[-500:])

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

failed_own = dict(role="skole", acute="no", serious="no", age="9", stage="own_service", helped="no", consent="yes")
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

PACKS = ["sarpsborg", "jevnaker", "luster", "stor-elvdal", "helsedir"]

# acute=health (SPEC §1.2 emergency, §1.4.8): stage emergency, and the first item is the call to
# 113, in every pack, language and role (age is asked on this path)
for pack in PACKS:
    for lang in ["nb", "nn", "en"]:
        for role, age in [("barnehage", "4"), ("skole", "14"), ("helse", "16"), ("annet", "9")]:
            rc, j, out, err = run_json(pack, lang, role=role, acute="health", age=age)
            ok = rc == 0 and j["stage"] == "emergency" and len(j["checklist"]) > 0
            first = j["checklist"][0] if ok else {}
            ok = ok and "call_emergency" in first.get("actions", []) and "113" in first.get("text", "")
            check(f"emergency {pack} {lang} {role}: first item calls 113", ok,
                  (json.dumps(first, ensure_ascii=False)[:300] if first else (out + err)[:300]))

# role=helse, 16 years, consent=no at level3 (SPEC §1.4.6): the young person alone consents and
# has said no, so no item asks for consent (obtain_consent); the items say what to do without it
for pack in PACKS:
    for serious in ["no", "unsure"]:
        rc, j, out, err = run_json(pack, role="helse", acute="no", serious=serious, age="16", stage="with_others",
                                   helped="no", consent="no")
        ok = rc == 0 and j["stage"] == "level3"
        asking = [i["id"] for i in j["checklist"] if "obtain_consent" in i["actions"]] if ok else []
        check(f"helse 16 consent=no {pack} serious={serious}: level3 without obtain_consent", ok and not asking,
              f"obtain_consent items {asking}" if ok else (out + err)[:300])
        ids = [i["id"] for i in j["checklist"]] if ok else []
        check(f"helse 16 consent=no {pack} serious={serious}: no-consent items for the young person",
              ok and "nat.no_consent.respect.youth" in ids and "nat.no_consent.report" in ids, ids)
    # control: the same with consent=yes asks for the young person's consent, so the check above can fail
    rc, j, out, err = run_json(pack, role="helse", acute="no", serious="no", age="16", stage="with_others",
                               helped="no", consent="yes")
    check(f"helse 16 consent=yes {pack}: level3 asks for consent (control)",
          rc == 0 and j["stage"] == "level3" and any("obtain_consent" in i["actions"] for i in j["checklist"]),
          (out + err)[:300])

# role=skole, serious=yes (SPEC §1.4.7): the school's meldeplikt and barnevernsloven § 13-2, and no
# provision that binds only another role (kindergartens, health personnel)
for pack in PACKS:
    for lang in ["nb", "nn", "en"]:
        rc, j, out, err = run_json(pack, lang, role="skole", acute="no", serious="yes", age="10")
        ok = rc == 0 and j["stage"] == "report"
        refs = [l["ref"] for l in j["laws"]] if ok else []
        low = " | ".join(refs).lower()
        has_opl = any(r in low for r in ("opplæringslova § 24-3", "education act § 24-3"))
        has_bvl = any(r in low for r in ("barnevernsloven § 13-2", "barnevernslova § 13-2", "child welfare act § 13-2"))
        other = [r for r in refs if any(w in r.lower() for w in ("barnehagelov", "kindergarten act",
                                                               "helsepersonellov", "health personnel act"))]
        check(f"skole report {pack} {lang}: laws of the school's role", ok and has_opl and has_bvl and not other,
              f"laws {refs}" if ok else (out + err)[:300])

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

# the same answer key twice: one line naming it, exit 2 (never silently the first or the last)
for args, word in [(answers(role="skole", acute="no") + ["--answer", "role=helse"], "role"),
                   (answers(role="skole", acute="yes") + ["--answer", "acute=yes"], "acute")]:
    rc, out, err = run("run", "--pack", "sarpsborg", *args)
    check("exit 2 twice " + word, rc == 2 and f"'{word}'" in err and len(err.strip().splitlines()) == 1, err)

# a format-1 content file is refused, with a message that names format 2
tmp = tempfile.mkdtemp()
try:
    shutil.copytree(CONTENT, tmp + "/c")
    path = tmp + "/c/packs/luster.json"
    pack = json.load(open(path, encoding="utf-8"))
    pack["format"] = 1
    json.dump(pack, open(path, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
    rc, out, err = run("--content", tmp + "/c", "run", "--pack", "sarpsborg", *answers(role="skole", acute="yes"))
    lines = [l for l in err.splitlines() if "E_FORMAT_VERSION" in l]
    check("format 1 refused by run", rc == 1 and len(lines) == 1 and "luster.json" in lines[0] and
          "format 2" in lines[0], err)
    rc, out, _ = run("check", tmp + "/c")
    lines = [l for l in out.splitlines() if "E_FORMAT_VERSION" in l]
    check("format 1 refused by check", rc == 1 and len(lines) == 1 and "format 2" in lines[0] and
          "consent" in lines[0], out)
finally:
    shutil.rmtree(tmp)

# bad pack, key, value: one line naming it, exit 2
for args, word in [(["--pack", "oslo"], "oslo"), (["--pack", "sarpsborg", "--answer", "colour=red"], "colour"),
                   (["--pack", "sarpsborg", "--answer", "age=42"], "42"), (["--pack", "sarpsborg", "--lang", "sv"], "sv"),
                   (["--pack", "sarpsborg", "--format", "xml"], "xml"), (["--pack", "sarpsborg", "--answer", "role"], "KEY=VALUE"),
                   (["--pack", "sarpsborg", "--answer", "parents_consent=yes"], "parents_consent"),
                   (["--pack", "sarpsborg", "--answer", "acute=maybe"], "maybe")]:
    rc, out, err = run("run", *args)
    check("exit 2 " + word, rc == 2 and word in err and len(err.strip().splitlines()) == 1, err)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
