#!/usr/bin/env python3
"""What the shipped training cases (content/training/vignettes.json) must cover, beyond what
`veiviser check` proves for every case of every directory (format, answers exactly those the
flow asks, the expected stage, sources on the checklist, no internal references: the core's
training.cpp, E_TRAINING_*).

Here, for the shipped set only: at least 12 cases; all nine stages, all five packs and all
four roles; ages under 7, 7-11, 12-14, 15 and 16-17; at least one serious=unsure, one
consent=no, and one role=helse aged 16-17 with consent=no (the young person alone consents);
no birth date in any text; every emergency case's why names 113.

Usage: python3 tests/training_check.py CONTENT_DIR
Prints every failure, then "N passed, M failed"; exit status 1 on any failure.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vvtest import check, finish  # noqa: E402

LANGS = ("nb", "nn", "en")
STAGES = ("acute", "emergency", "acute_consult", "report", "level0", "level1", "follow_up", "level2", "level3")
PACKS = ("sarpsborg", "jevnaker", "luster", "stor-elvdal", "helsedir")
ROLES = ("barnehage", "skole", "helse", "annet")
AGE_BANDS = (("under 7", 0, 6), ("7-11", 7, 11), ("12-14", 12, 14), ("15", 15, 15), ("16-17", 16, 17))
BIRTH_DATE_RE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](19|20)?\d{2}\b|\bfødt\b|\bborn on\b", re.IGNORECASE)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: training_check.py CONTENT_DIR\n")
        sys.exit(2)
    with open(os.path.join(sys.argv[1], "training", "vignettes.json"), encoding="utf-8") as f:
        vignettes = json.load(f)["vignettes"]
    check("at least 12 vignettes", len(vignettes) >= 12, str(len(vignettes)))
    for v in vignettes:
        for k in ("title", "story", "why"):
            for lang, s in v[k].items():
                m = BIRTH_DATE_RE.search(s)
                check(f"{v['id']} {k}.{lang} has no birth date", m is None, m and m.group(0))
        if v["expected_stage"] == "emergency":
            for lang in LANGS:
                check(f"{v['id']} why.{lang} names 113", "113" in v["why"][lang])

    def covered(name, wanted, got):
        missing = [w for w in wanted if w not in got]
        check(f"covers all {name}", not missing, f"missing {missing}")

    answers = [v["answers"] for v in vignettes]
    covered("stages", STAGES, {v["expected_stage"] for v in vignettes})
    covered("packs", PACKS, {v["pack"] for v in vignettes})
    covered("roles", ROLES, {a.get("role") for a in answers})
    ages = {int(a["age"]) for a in answers if a.get("age", "").isdigit()}
    covered("age bands", [b[0] for b in AGE_BANDS], {b[0] for b in AGE_BANDS for age in ages if b[1] <= age <= b[2]})
    check("some vignette has serious=unsure", any(a.get("serious") == "unsure" for a in answers))
    check("some vignette has consent=no", any(a.get("consent") == "no" for a in answers))
    check("some vignette has role=helse aged 16-17 with consent=no (the young person alone consents)",
          any(a.get("role") == "helse" and a.get("age") in ("16", "17") and a.get("consent") == "no" for a in answers))
    finish()


if __name__ == "__main__":
    main()
