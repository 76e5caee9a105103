#!/usr/bin/env python3
"""Check one gold JSON file against its article text, by the rules of FORMAT.md ("Checks every gold file passes").

usage: python tests/gold_check.py GOLD.json ARTICLE.txt   -> prints problems, exit 1 if any
"""
import json, re, sys, unicodedata

KEYS = ["url", "source", "published", "title", "author", "body_first_words", "body_last_words",
        "related_headlines", "campaigns", "organizations", "people", "dates", "figures", "activities"]
KINDS = {"movement", "campaign", "program", "contest", "theme", "title", "event"}
ACTIONS = {"launch", "implement", "review", "commend", "contest", "support", "other"}
DATE_ONE = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE_RE = re.compile(rf"^{DATE_ONE}(/{DATE_ONE})?$")
ABBREV_RE = re.compile(r"\b(LĐLĐ|CĐCS|UBND|HĐND|TP\.?|CĐ|LĐ|MTTQ|CNVCLĐ|CNLĐ|ĐVCĐ|BCH|TLĐ|CTCP|Cty|TCty)\b")


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def problems(gold, text):
    out = []
    if list(gold) != KEYS:
        out.append(f"keys {list(gold)} differ from {KEYS}")
    body = nfc(text)
    if body.startswith("URL:"):
        body = body.split("\n", 2)[2] if body.count("\n") >= 2 else ""
    def need(label, s):
        if s is not None and nfc(s) not in body:
            out.append(f"{label} not verbatim in the text: {s!r}")
    for k in ("title", "author", "body_first_words", "body_last_words"):
        need(k, gold.get(k))
    for h in gold.get("related_headlines") or []:
        need("related headline", h)
    names = set()
    for c in gold.get("campaigns") or []:
        need("campaign name", c.get("name")); names.add(c.get("name"))
        if c.get("kind") not in KINDS:
            out.append(f"campaign kind {c.get('kind')!r} not one of {sorted(KINDS)}")
    orgs = set()
    for o in gold.get("organizations") or []:
        need("organization surface", o.get("surface")); orgs.add(o.get("name"))
        if ABBREV_RE.search(o.get("name") or ""):
            out.append(f"organization name has an unexpanded abbreviation: {o.get('name')!r}")
    for p in gold.get("people") or []:
        need("person name", p.get("name")); need("person title", p.get("title"))
        if p.get("organization") and p["organization"] not in orgs:
            out.append(f"person organization not in organizations: {p['organization']!r}")
    for d in gold.get("dates") or []:
        need("date text", d.get("text"))
        if not DATE_RE.match(str(d.get("value"))):
            out.append(f"date value malformed: {d.get('value')!r}")
    figs = set()
    for f in gold.get("figures") or []:
        need("figure text", f.get("text")); figs.add(f.get("text"))
        if not isinstance(f.get("value"), (int, float)):
            out.append(f"figure value not a number: {f.get('value')!r}")
        if f.get("approx") not in (None, "gần", "hơn", "trên", "khoảng", "gần như"):
            out.append(f"figure approx not allowed: {f.get('approx')!r}")
    for a in gold.get("activities") or []:
        if a.get("campaign") is not None and a["campaign"] not in names:
            out.append(f"activity campaign not in campaigns: {a['campaign']!r}")
        if a.get("organization") is not None and a["organization"] not in orgs:
            out.append(f"activity organization not in organizations: {a['organization']!r}")
        if a.get("action") not in ACTIONS:
            out.append(f"activity action {a.get('action')!r} not one of {sorted(ACTIONS)}")
        if a.get("date") is not None and not DATE_RE.match(str(a["date"])):
            out.append(f"activity date malformed: {a['date']!r}")
        for t in a.get("figures") or []:
            if t not in figs:
                out.append(f"activity figure not in figures: {t!r}")
        if list(a) != ["campaign", "action", "organization", "date", "figures"]:
            out.append(f"activity keys {list(a)} differ from campaign, action, organization, date, figures")
    return out


if __name__ == "__main__":
    gold = json.loads(open(sys.argv[1], encoding="utf-8").read())
    text = open(sys.argv[2], encoding="utf-8").read()
    ps = problems(gold, text)
    for p in ps:
        print(p)
    print("OK" if not ps else f"{len(ps)} problem(s)")
    sys.exit(1 if ps else 0)
