#!/usr/bin/env python3
"""Check the training vignettes (content/training/vignettes.json) against the program.

Usage: python3 tests/training_check.py VEIVISER_EXE CONTENT_DIR

Checks the file format (content format 2: top-level and vignette keys, no unknown keys,
nb/nn/en texts that are non-empty, unique lower-case ids, answers as strings), the
coverage (at least 12 vignettes; all nine stages, all five packs and all four roles; ages
under 7, 7-11, 12-14, 15 and 16-17; at least one serious=unsure, one consent=no, and one
role=helse aged 16-17 with consent=no, where the young person alone consents), that what a
trainee reads names no internal file, contract section or id (SPEC §1.4.9) and no birth
date, that every emergency vignette's why names 113, that each vignette answers exactly
the questions the flow asks (content/national/questions.json, ask_if), and then runs
`VEIVISER_EXE run --content CONTENT_DIR --pack P --format json --answer ...` for every
vignette: the stage must equal expected_stage and every string in "sources" must be the
"source" of some item of the returned checklist.

Prints every failure, then "N passed, M failed"; exit status 1 on any failure.
"""
import json
import os
import re
import subprocess
import sys

LANGS = ("nb", "nn", "en")
STAGES = ("acute", "emergency", "acute_consult", "report", "level0", "level1", "follow_up", "level2", "level3")
PACKS = ("sarpsborg", "jevnaker", "luster", "stor-elvdal", "helsedir")
ROLES = ("barnehage", "skole", "helse", "annet")
AGE_BANDS = (("under 7", 0, 6), ("7-11", 7, 11), ("12-14", 12, 14), ("15", 15, 15), ("16-17", 16, 17))
TOP_KEYS = {"format", "vignettes"}
VIGNETTE_KEYS = {"id", "title", "story", "pack", "answers", "expected_stage", "why", "sources"}
ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
# What a trainee reads cites the pack's document, a law or a named national guide, never an
# internal file, contract section or identifier (SPEC §1.4.9); and no case has a birth date.
INTERNAL_RE = re.compile(r"\bSPEC\b|\.json\b|\bnat\.[a-z]|parents_consent|\bcontent/|\bdocs/|\bsrc/")
BIRTH_DATE_RE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](19|20)?\d{2}\b|\bfødt\b|\bborn on\b", re.IGNORECASE)

passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}" if detail else f"FAIL {name}")
    return cond


def asked_questions(questions, answers):
    """Keys of the questions the flow asks for these answers, in order (SPEC §1.1, ask_if)."""
    asked = []
    for q in questions:
        conds = q.get("ask_if")
        if conds is None or any(all(answers.get(k) in vals for k, vals in c.items()) for c in conds):
            asked.append(q["key"])
    return asked


def check_text(where, value):
    ok = check(f"{where} is a text", isinstance(value, dict), repr(value)[:80])
    if not ok:
        return
    check(f"{where} has exactly nb, nn, en", set(value) == set(LANGS), sorted(value))
    for lang in LANGS:
        s = value.get(lang)
        check(f"{where}.{lang} non-empty", isinstance(s, str) and s.strip() != "", repr(s)[:80])


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: training_check.py VEIVISER_EXE CONTENT_DIR\n")
        return 2
    exe, content = sys.argv[1], sys.argv[2]
    path = os.path.join(content, "training", "vignettes.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        with open(os.path.join(content, "national", "questions.json"), encoding="utf-8") as f:
            questions = json.load(f)["questions"]
    except (OSError, ValueError, KeyError) as e:
        check("load", False, f"{path}: {e}")
        print(f"{passed} passed, {failed} failed")
        return 1

    # --- format ---------------------------------------------------------------------------
    check("top-level is an object", isinstance(data, dict))
    if not isinstance(data, dict):
        print(f"{passed} passed, {failed} failed")
        return 1
    check("top-level keys", set(data) == TOP_KEYS, sorted(data))
    check("format is 2", data.get("format") == 2 and type(data.get("format")) is int, repr(data.get("format")))
    vignettes = data.get("vignettes")
    if not check("vignettes is a list", isinstance(vignettes, list)):
        print(f"{passed} passed, {failed} failed")
        return 1
    check("at least 12 vignettes", len(vignettes) >= 12, str(len(vignettes)))

    questions_by_key = {q["key"]: q for q in questions}
    seen_ids = set()
    good = []  # vignettes well-formed enough to run
    for n, v in enumerate(vignettes, 1):
        where = f"vignette {n}"
        if not check(f"{where} is an object", isinstance(v, dict)):
            continue
        if isinstance(v.get("id"), str):
            where = f"vignette {v['id']}"
        keys_ok = check(f"{where} keys", set(v) == VIGNETTE_KEYS,
                        f"unknown {sorted(set(v) - VIGNETTE_KEYS)}, missing {sorted(VIGNETTE_KEYS - set(v))}")
        vid = v.get("id")
        check(f"{where} id", isinstance(vid, str) and ID_RE.match(vid) is not None, repr(vid))
        check(f"{where} id unique", vid not in seen_ids, repr(vid))
        seen_ids.add(vid)
        for k in ("title", "story", "why"):
            if k in v:
                check_text(f"{where} {k}", v[k])
                if isinstance(v[k], dict):
                    for lang, s in v[k].items():
                        if not isinstance(s, str):
                            continue
                        m = INTERNAL_RE.search(s)
                        check(f"{where} {k}.{lang} names no internal reference", m is None, m and m.group(0))
                        m = BIRTH_DATE_RE.search(s)
                        check(f"{where} {k}.{lang} has no birth date", m is None, m and m.group(0))
        if v.get("expected_stage") == "emergency" and isinstance(v.get("why"), dict):
            for lang in LANGS:
                check(f"{where} why.{lang} names 113 first", "113" in str(v["why"].get(lang, "")))
        check(f"{where} pack", v.get("pack") in PACKS, repr(v.get("pack")))
        check(f"{where} expected_stage", v.get("expected_stage") in STAGES, repr(v.get("expected_stage")))
        src = v.get("sources")
        check(f"{where} sources", isinstance(src, list) and len(src) > 0 and
              all(isinstance(s, str) and s.strip() for s in src), repr(src)[:120])
        if isinstance(src, list):
            for s in src:
                m = INTERNAL_RE.search(s) if isinstance(s, str) else None
                check(f"{where} source names no internal reference", m is None, f"{s!r}: {m and m.group(0)}")
        ans = v.get("answers")
        ans_ok = check(f"{where} answers is an object", isinstance(ans, dict) and len(ans) > 0, repr(ans)[:120])
        if ans_ok:
            for k, val in ans.items():
                q = questions_by_key.get(k)
                if not check(f"{where} answer key {k}", q is not None):
                    ans_ok = False
                    continue
                if not check(f"{where} answer {k} is a string", isinstance(val, str), repr(val)):
                    ans_ok = False
                    continue
                if q.get("kind") == "age":
                    ok = re.fullmatch(r"0|[1-9][0-9]?", val) is not None and int(val) <= 17
                else:
                    ok = val in [o["value"] for o in q.get("options", [])]
                ans_ok = check(f"{where} answer {k}={val} is a valid value", ok) and ans_ok
            if ans_ok:
                asked = asked_questions(questions, ans)
                check(f"{where} answers exactly the questions asked", set(ans) == set(asked),
                      f"asked {asked}, answered {sorted(ans)}")
        if keys_ok and ans_ok and v.get("pack") in PACKS and v.get("expected_stage") in STAGES \
                and isinstance(src, list):
            good.append(v)

    # --- coverage --------------------------------------------------------------------------
    def covered(name, wanted, got):
        missing = [w for w in wanted if w not in got]
        check(f"covers all {name}", not missing, f"missing {missing}")

    vs = [v for v in vignettes if isinstance(v, dict)]
    covered("stages", STAGES, {v.get("expected_stage") for v in vs})
    covered("packs", PACKS, {v.get("pack") for v in vs})
    answers = [v["answers"] for v in vs if isinstance(v.get("answers"), dict)]
    covered("roles", ROLES, {a.get("role") for a in answers})
    ages = {int(a["age"]) for a in answers if isinstance(a.get("age"), str) and a["age"].isdigit()}
    covered("age bands", [b[0] for b in AGE_BANDS],
            {b[0] for b in AGE_BANDS for age in ages if b[1] <= age <= b[2]})
    check("some vignette has serious=unsure", any(a.get("serious") == "unsure" for a in answers))
    check("some vignette has consent=no", any(a.get("consent") == "no" for a in answers))
    check("some vignette has role=helse aged 16-17 with consent=no (the young person alone consents)",
          any(a.get("role") == "helse" and a.get("age") in ("16", "17") and a.get("consent") == "no" for a in answers))

    # --- run every vignette through the program ----------------------------------------------
    for v in good:
        where = f"vignette {v['id']}"
        cmd = [exe, "run", "--content", content, "--pack", v["pack"], "--lang", "nb", "--format", "json"]
        for k, val in v["answers"].items():
            cmd += ["--answer", f"{k}={val}"]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as e:
            check(f"{where} run", False, str(e))
            continue
        if not check(f"{where} run exits 0", p.returncode == 0,
                     f"exit {p.returncode}: {(p.stdout + p.stderr).strip()[:300]}"):
            continue
        try:
            out = json.loads(p.stdout)
        except ValueError as e:
            check(f"{where} run prints JSON", False, str(e))
            continue
        check(f"{where} stage", out.get("stage") == v["expected_stage"],
              f"got {out.get('stage')!r}, expected {v['expected_stage']!r}")
        got_sources = {item.get("source") for item in out.get("checklist", [])}
        for s in v["sources"]:
            check(f"{where} source in checklist", s in got_sources, repr(s))

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
