#!/usr/bin/env python3
"""Checks kg's answers to the analyst questions against the expected answers.

Usage: check_questions.py QUESTIONS GOLD ANSWERS_DIR [--min-pass N]

QUESTIONS    the shared questions file (expected answers by gold entity id)
GOLD         the gold annotations (entity names and aliases; tests may read gold, kg may not)
ANSWERS_DIR  one file per question, <id>.json, holding the output of `kg query --format json`
             (a JSON array of row objects), or <id>.err with the error kg printed

An answer row names an entity by its "name" column (or its first column): a string, or a node
object with "name" and "labels". It matches a gold entity when the name equals one of the
entity's names or aliases after normalising both (ASCII, lower case, no punctuation, no
leading "the") and, when the row says which (a "kind" column or the node's first label), the
kinds agree.

- exact:            the matched entities are exactly the expected ones, and no answer is unmatched
- includes:         every expected entity is among the matched ones
- title:            some row's "title" equals the expected title (ignoring case)
- path_length:      some row has "hops" equal to it, and its "nodes" pass through every entity
                    of "through"
- quotes_includes:  every expected quote text is found in some answer text (token F1 >= 0.5,
                    or one contains the other)

Prints one line per question and exits 1 when fewer than N questions pass (default: all).
"""
import argparse
import json
import os
import re
import sys
import unicodedata


def norm(text):
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    text = re.sub(r"[.'`]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def tokens(text):
    return norm(text).split()


def token_f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def quote_found(expected, answers):
    e = norm(expected)
    for a in answers:
        n = norm(a)
        if token_f1(expected, a) >= 0.5 or (e and e in n) or (n and n in e):
            return True
    return False


class Gold:
    def __init__(self, gold):
        self.by_key = {}
        for ent in gold["entities"]:
            for name in [ent["name"]] + ent.get("aliases", []):
                self.by_key.setdefault(norm(name), set()).add((ent["id"], ent["kind"]))

    def match(self, name, kind=None):
        """Gold ids with this name (and this kind, when the answer says which)."""
        return {i for i, k in self.by_key.get(norm(name), set()) if kind is None or k == kind}


def row_entity(row):
    """(name, kind or None) named by an answer row, or None."""
    if not isinstance(row, dict) or not row:
        return None
    value = row.get("name", next(iter(row.values())))
    kind = row.get("kind") if isinstance(row.get("kind"), str) else None
    if isinstance(value, dict):
        labels = value.get("labels") or []
        kind = labels[0] if labels else kind
        value = value.get("name")
    return (value, kind) if isinstance(value, str) else None


def check(question, rows, gold):
    """Returns (passed, detail)."""
    entities = [e for e in (row_entity(r) for r in rows) if e is not None]
    matched = set()
    unmatched = []
    for name, kind in entities:
        ids = gold.match(name, kind)
        matched |= ids
        if not ids:
            unmatched.append(name)
    problems = []
    if "exact" in question:
        want = set(question["exact"])
        if matched != want:
            problems.append("missing %s" % sorted(want - matched) if want - matched else "")
            if matched - want:
                problems.append("extra %s" % sorted(matched - want))
        if unmatched:
            problems.append("unmatched answers %s" % unmatched)
    if "includes" in question:
        missing = set(question["includes"]) - matched
        if missing:
            problems.append("missing %s" % sorted(missing))
    if "title" in question:
        titles = [str(r.get("title", "")).lower() for r in rows if isinstance(r, dict)]
        if question["title"].lower() not in titles:
            problems.append("title %r not in %s" % (question["title"], titles))
    if "path_length" in question:
        ok = False
        seen = []
        for r in rows:
            if not isinstance(r, dict):
                continue
            seen.append(r.get("hops"))
            through = set()
            for node in r.get("nodes", []) or []:
                if isinstance(node, dict) and "name" in node:
                    labels = node.get("labels") or [None]
                    through |= gold.match(node["name"], labels[0])
            if r.get("hops") == question["path_length"] and set(question.get("through", [])) <= through:
                ok = True
        if not ok:
            problems.append("path length %s (through %s) not in %s" % (question["path_length"], question.get("through", []), seen))
    if "quotes_includes" in question:
        texts = []
        for r in rows:
            if isinstance(r, dict):
                texts += [v for v in r.values() if isinstance(v, str)]
        for q in question["quotes_includes"]:
            if not quote_found(q, texts):
                problems.append("quote not found: %r" % q)
    problems = [p for p in problems if p]
    return (not problems, "; ".join(problems) if problems else "%d rows" % len(rows))


def main(argv):
    parser = argparse.ArgumentParser(description="Check kg's answers to the analyst questions.")
    parser.add_argument("questions")
    parser.add_argument("gold")
    parser.add_argument("answers_dir")
    parser.add_argument("--min-pass", type=int, default=None)
    args = parser.parse_args(argv[1:])
    min_pass = args.min_pass
    args = [args.questions, args.gold, args.answers_dir]
    questions = json.load(open(args[0]))["questions"]
    gold = Gold(json.load(open(args[1])))
    answers_dir = args[2]
    passed = 0
    for q in questions:
        path = os.path.join(answers_dir, q["id"] + ".json")
        err = os.path.join(answers_dir, q["id"] + ".err")
        if os.path.exists(err) and os.path.getsize(err) > 0 and not os.path.exists(path):
            print("FAIL %s: kg failed: %s" % (q["id"], open(err).read().strip().splitlines()[0]))
            continue
        if not os.path.exists(path):
            print("FAIL %s: no answer" % q["id"])
            continue
        try:
            rows = json.load(open(path))
        except ValueError as e:
            print("FAIL %s: answer is not JSON (%s)" % (q["id"], e))
            continue
        ok, detail = check(q, rows, gold)
        passed += ok
        print("%s %s: %s" % ("PASS" if ok else "FAIL", q["id"], detail))
    need = len(questions) if min_pass is None else min_pass
    print("%d of %d questions answered correctly (need %d)" % (passed, len(questions), need))
    return 0 if passed >= need else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
