#!/usr/bin/env python3
"""The acute outputs read back (issue 11 item 7, UX review 2026-12 §5).

PDF (pdftotext -raw, pdfinfo): an acute, acute_consult or emergency sheet opens with the call
box: every number to call now with its name and the stage's parents rule come before the first
checklist item on page 1; any other sheet has no box. Every page ends with today's print date and
"Side n av m", m being pdfinfo's page count.
HTML: `run --format html` of an acute stage, and in `export --format html` every step an acute
stage shows and the acute sections of stages.html, lead with tel: links (each with its name) and
the parents rule before anything else; on every page every phone number is inside a tel: link,
every tel: href is "tel:" and digits (a leading '+' allowed), and the markup is balanced.

Run with a copy of the content that has a municipal barnevern number, so the box must show it.
Usage: acute_test.py VEIVISER CONTENT_DIR. Prints 'N passed, M failed'; exit 1 on failure."""
import datetime
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from vvtest import check, finish  # noqa: E402

EXE, CONTENT_SRC = sys.argv[1], sys.argv[2]
TMP = tempfile.mkdtemp(prefix="vv-acute-test-")
CONTENT = os.path.join(TMP, "content")
shutil.copytree(CONTENT_SRC, CONTENT)
LOCAL_CW = {"id": "test-barnevern", "kind": "child_welfare", "phone": "12 34 56 78",
            "name": {"nb": "Barneverntjenesten i Testkommune", "nn": "Barnevernstenesta i Testkommune",
                     "en": "Testkommune child welfare service"}}
with open(os.path.join(CONTENT, "local", "contacts.json"), encoding="utf-8") as f:
    local = json.load(f)
local["contacts"].insert(0, LOCAL_CW)
with open(os.path.join(CONTENT, "local", "contacts.json"), "w", encoding="utf-8") as f:
    json.dump(local, f, ensure_ascii=False, indent=2)
ENV = dict(os.environ, VEIVISER_CONTENT=CONTENT)


def run(args, binary=False):
    p = subprocess.run([EXE] + args, capture_output=True, env=ENV, timeout=120)
    return p.returncode, (p.stdout if binary else p.stdout.decode("utf-8", "replace")), p.stderr.decode("utf-8", "replace")


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def answer_args(answers):
    return [a for k, v in answers.items() for a in ("--answer", f"{k}={v}")]


# The words the box must show (labels_table.cpp: acute.dont, emergency.parents; the sheet title).
RULE = {"acute": {"nb": "IKKE kontakt foreldrene først", "nn": "IKKJE kontakt foreldra først"},
        "acute_consult": {"nb": "IKKE kontakt foreldrene først", "nn": "IKKJE kontakt foreldra først"},
        "emergency": {"nb": "Foreldrene varsles som hovedregel", "nn": "Foreldra blir varsla som hovudregel"}}
SHEET_TITLE = {"nb": "Sjekkliste – hva gjør du nå?", "nn": "Sjekkliste – kva gjer du no?"}
MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()
PRINTED = {"nb": "Skrevet ut", "nn": "Skrive ut"}
ACUTE = ("acute", "emergency", "acute_consult")
SHEET_TITLE = {"nb": "Sjekkliste – hva gjør du nå?", "nn": "Sjekkliste – kva gjer du no?", "en": "Checklist – what to do now"}
SAMPLES = {
    "acute": {"role": "barnehage", "acute": "yes"},
    "emergency": {"role": "skole", "acute": "health", "age": "14"},
    "acute_consult": {"role": "annet", "acute": "unsure"},
    "report": {"role": "skole", "acute": "no", "serious": "yes", "age": "10"},
    "level0": {"role": "barnehage", "acute": "no", "serious": "unsure", "age": "4", "stage": "new"},
    "level3": {"role": "skole", "acute": "no", "serious": "no", "age": "15", "stage": "with_others", "helped": "no", "consent": "yes"},
}


def date_text(d, lang):
    return f"{PRINTED[lang]} {d.day}. {MONTHS[d.month - 1]} {d.year}"


def phone_re(phone):
    """A phone standing alone: as written or as bare digits, not inside a longer number or date."""
    bare = re.sub(r"[^\d+]", "", phone)
    alts = sorted({re.escape(phone), re.escape(bare)}, key=len, reverse=True)
    return re.compile(r"(?<![\d+\-/.])(?:" + "|".join(alts) + r")(?![\d]|[-/.,]\d)")


def pdftext(path, page=None, raw=True):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run(args + [path, "-"], capture_output=True).stdout.decode()


packs = sorted(fn[:-5] for fn in os.listdir(os.path.join(CONTENT, "packs")) if fn.endswith(".json"))
check("packs found", len(packs) >= 3, packs)
all_phones = set()

# --- PDF ----------------------------------------------------------------------------------
for pid in packs:
    for stage, answers in SAMPLES.items():
        name = f"{pid}/{stage}"
        base = ["run", "--pack", pid] + answer_args(answers)
        rc, js, err = run(base + ["--format", "json"])
        check(f"{name} json", rc == 0, err)
        if rc != 0:
            continue
        o = json.loads(js)
        lang = o["lang"]
        all_phones.update(c["phone"] for c in o["contacts"])
        check(f"{name} reaches its stage", o["stage"] == stage, o["stage"])
        before = datetime.date.today()
        rc, pdf, err = run(base + ["--format", "pdf"], binary=True)
        after = datetime.date.today()
        path = os.path.join(TMP, f"{pid}-{stage}.pdf")
        with open(path, "wb") as f:
            f.write(pdf)
        check(f"{name} pdf", rc == 0 and pdf.startswith(b"%PDF-"), err)
        p1_lines = pdftext(path, 1).splitlines()
        p1 = norm(" ".join(p1_lines))
        first_item = norm(o["checklist"][0]["text"])[:50]
        # The box's «Gjør dette nå» lines may start like item 1: look for it after the sheet's title.
        at_item = p1.find(first_item, max(0, p1.find(SHEET_TITLE[lang])))
        if at_item < 0 and stage in ACUTE:
            # A tall box (three lines to do now, five numbers, the rule) may push item 1 to page 2:
            # everything on page 1 is then before the checklist.
            check(f"{name} pdf page 2 has the first item", first_item in norm(pdftext(path, 2)), first_item)
            at_item = len(p1)
        else:
            check(f"{name} pdf page 1 has the first item", at_item > 0, (first_item, p1[:300]))
        if stage in ACUTE:
            call = [c for c in o["contacts"] if c["kind"] != "police"]
            check(f"{name} box has the municipal barnevern number", any(c["phone"] == LOCAL_CW["phone"] for c in call), call)
            for c in call:
                # the number with its name right after it (drawn side by side), all before item 1
                m = re.search(re.escape(c["phone"]) + r" " + re.escape(norm(c["name"])), p1)
                check(f"{name} box: {c['phone']} {c['name']} before the checklist", m and m.start() < at_item,
                      (m and m.start(), at_item, p1[:500]))
                check(f"{name} box: {c['phone']} on one line", any(c["phone"] in line for line in p1_lines), p1_lines[:12])
            rule = RULE[stage][lang]
            check(f"{name} box: parents rule before the checklist", 0 <= p1.find(rule) < at_item, (rule, p1[:600]))
            check(f"{name} 02800 is not in the box", not 0 <= p1.find("02800") < at_item)
            check(f"{name} the box comes before the sheet title", 0 <= p1.find(rule) < p1.find(SHEET_TITLE[lang]))
        else:
            check(f"{name} no box: page 1 opens with the sheet title", p1.startswith(SHEET_TITLE[lang]), p1[:200])
            check(f"{name} no box: no parents-rule headline", all(r[lang] not in p1 for r in RULE.values()))
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout).group(1))
        dates = {date_text(before, lang), date_text(after, lang)}
        for pg in range(1, pages + 1):
            pt = norm(pdftext(path, pg, raw=False))
            check(f"{name} page {pg} ends 'Side {pg} av {pages}'", pt.endswith(f"Side {pg} av {pages}"), pt[-120:])
            check(f"{name} page {pg} has the print date", any(d in pt for d in dates), (dates, pt[-160:]))


# --- HTML ---------------------------------------------------------------------------------
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "col", "area", "base", "embed", "track"}
SVG_EMPTY = {"rect", "path"}


class Page(html.parser.HTMLParser):
    """Text outside tel: links that holds a phone, tel: hrefs, and whether tags balance."""

    def __init__(self, phones):
        super().__init__()
        self.res = [phone_re(p) for p in phones]
        self.stack, self.unbalanced, self.bare, self.hrefs, self.mismatch = [], [], [], [], []
        self.tel_text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href", "").startswith("tel:"):
            self.hrefs.append(a["href"])
            self.tel_text = ""
        if tag not in VOID and tag not in SVG_EMPTY:
            self.stack.append((tag, a.get("href", "")))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.unbalanced.append((tag, self.stack[-3:]))
            return
        t, href = self.stack.pop()
        if t == "a" and href.startswith("tel:"):
            digits = re.sub(r"[^\d+]", "", self.tel_text)
            if not digits.startswith(href[4:]):
                self.mismatch.append((href, self.tel_text))
            self.tel_text = None

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if any(t in ("title", "style", "svg", "script") for t in tags):
            return
        if self.tel_text is not None:
            self.tel_text += data
            return
        for r in self.res:
            for m in r.finditer(data):
                self.bare.append(data[max(0, m.start() - 30):m.end() + 10])


def check_page(name, page, phones):
    p = Page(phones)
    p.feed(page)
    p.close()
    check(f"{name}: every phone number is a tel: link", not p.bare, p.bare[:4])
    check(f"{name}: tel: hrefs are digits (and '+')", all(re.fullmatch(r"tel:\+?\d+", h) for h in p.hrefs), p.hrefs)
    check(f"{name}: tel: links link their own number", not p.mismatch, p.mismatch[:3])
    check(f"{name}: tags balance", not p.unbalanced and not p.stack, (p.unbalanced[:3], p.stack[-3:]))
    check(f"{name}: self-contained", "<script" not in page.lower()
          and not re.search(r'<(?:link|img|iframe|source|object|embed)\b[^>]*(?:src|href|data)\s*=\s*"(?:https?:)?//', page, re.I))
    return p


def check_leads(name, page, o, must_lead=True):
    """The call block: first in <body> (or in its <section>), tel: links with names and the rule before the checklist."""
    lang = o["lang"]
    at_list = page.find('<ol class="checklist"')
    first_tel = page.find('href="tel:')
    check(f"{name}: the first tel: link comes before the checklist", 0 <= first_tel < at_list, (first_tel, at_list))
    if must_lead:
        body = page[page.find("<body>") + len("<body>"):].lstrip()
        check(f"{name}: the call block is the first thing on the page", body.startswith('<section class="call-now'), body[:120])
    text = html.unescape(page)
    for c in o["contacts"]:
        if c["kind"] == "police":
            continue
        digits = re.sub(r"[^\d+]", "", c["phone"])
        m = re.search(r'<a href="tel:' + re.escape(digits) + r'"><span class="num">' + re.escape(c["phone"]) +
                      r'</span> <span class="name">' + re.escape(c["name"]) + "</span></a>", text)
        check(f"{name}: {c['phone']} {c['name']} is a labelled tel: link before the checklist", m and m.start() < at_list)
    rule = html.escape(RULE[o["stage"]][lang], quote=False)
    check(f"{name}: parents rule before the checklist", 0 <= page.find(rule) < at_list, rule)


for pid in packs:
    for stage, answers in SAMPLES.items():
        name = f"{pid}/{stage} html"
        base = ["run", "--pack", pid] + answer_args(answers)
        rc, js, _ = run(base + ["--format", "json"])
        rc2, page, err = run(base + ["--format", "html"])
        check(f"{name} exit", rc == 0 and rc2 == 0, err)
        if rc or rc2:
            continue
        o = json.loads(js)
        check_page(name, page, all_phones)
        if stage in ACUTE:
            check_leads(name, page, o)
        else:
            check(f"{name}: no call block", "call-now" not in page.split("</style>")[-1])
            check(f"{name}: the contacts are tel: links", all(f'href="tel:{re.sub(r"[^0-9+]", "", c["phone"])}"' in page for c in o["contacts"]))

for pid in packs:
    with open(os.path.join(CONTENT, "packs", pid + ".json"), encoding="utf-8") as f:
        pj = json.load(f)
    out = os.path.join(TMP, "site-" + pid)
    rc, _, err = run(["export", "--format", "html", "--pack", pid, "--out", out])
    check(f"export {pid}", rc == 0, err)
    for fn in sorted(os.listdir(out)):
        if fn.endswith(".html"):
            with open(os.path.join(out, fn), encoding="utf-8") as f:
                check_page(f"{pid}/{fn}", f.read(), all_phones)
    # Each acute stage's step page leads with the block; its section on stages.html does too.
    with open(os.path.join(out, "stages.html"), encoding="utf-8") as f:
        stages = f.read()
    for stage in ACUTE:
        rc, js, _ = run(["run", "--pack", pid, "--format", "json"] + answer_args(SAMPLES[stage]))
        o = json.loads(js)
        with open(os.path.join(out, f"step-{o['step']['id']}.html"), encoding="utf-8") as f:
            check_leads(f"{pid}/step-{o['step']['id']}.html ({stage})", f.read(), o)
        m = re.search(r'<section id="' + stage + r'">.*?</section>\n(?=<section|<footer)', stages, re.S)
        check(f"{pid}/stages.html has a section {stage}", m is not None)
        if m:
            check_leads(f"{pid}/stages.html#{stage}", m.group(0), o, must_lead=False)
    # Steps no acute stage shows have no block.
    acute_steps = {v["step"] for st in ACUTE for v in pj["stages"][st].get("variants", [pj["stages"][st]])}
    for step in pj["steps"]:
        if step["id"] not in acute_steps:
            with open(os.path.join(out, f"step-{step['id']}.html"), encoding="utf-8") as f:
                check(f"{pid}/step-{step['id']}.html has no call block", 'class="call-now' not in f.read())

shutil.rmtree(TMP, ignore_errors=True)
finish()
