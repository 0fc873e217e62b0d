"""A person at a terminal using `kg repl`, driven through a pseudo-terminal.

usage: repl_pty.py KG DB WORKDIR

Types keys as a person would (Tab, Up, Ctrl-R, Ctrl-C, Ctrl-D) and checks what the shell
shows: completions proven by the results of the queries they produced, the history recalled
and kept in $KG_HISTORY without duplicates, a long query cancelled, errors that leave the
session running. Every wait has a deadline; nothing sleeps blindly.
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_driver import Terminal  # noqa: E402

PROMPT = r"kg> "


def prompt(t, before="", timeout=5.0):
    """Waits for `before` followed by the prompt, then for the line editor to take the keys."""
    m = t.expect(before + (r"[\s\S]*?" if before else "") + PROMPT, timeout)
    t.wait_editing()
    return m


# A box-drawn table cell holding `text` (the shell draws boxes on a terminal).
def cell(text):
    return r"│ *" + re.escape(text) + r" *│"


def main():
    kg, db, work = sys.argv[1:4]
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    history = os.path.join(work, "history")
    env = dict(os.environ, TERM="xterm", HOME=home, KG_HISTORY=history, LC_ALL="C.UTF-8", KG_DB=db)
    env.pop("KG_DATA", None)

    t = Terminal([kg, "repl"], env)
    try:
        t.expect(r"kg shell on .*: \d+ nodes, \d+ relationships")
        prompt(t)

        # Tab completes a keyword, a label and a function; the query they make runs.
        t.send("MAT{tab}(p:Pers{tab}) RETURN cou{tab}p) AS people;{enter}")
        people = prompt(t, r"│ *people *│[\s\S]*?│ *(\d+) *│").group(1)
        assert int(people) > 1, "too few people: " + people

        # Up recalls the last statement; Enter runs it again.
        t.send("{up}{enter}")
        again = prompt(t, r"│ *people *│[\s\S]*?│ *(\d+) *│").group(1)
        assert again == people, (again, people)

        # A name completes inside quotes after name:' (with its closing quote).
        t.send("MATCH (p {name:'Aino Vi{tab}}) RETURN p.name AS who;{enter}")
        prompt(t, cell("Aino Virtanen"))

        # Names match ignoring accents, and the completed name keeps them (UTF-8 editing).
        t.send("MATCH (p {name:'Stefan Kru{tab}}) RETURN p.name AS who;{enter}")
        prompt(t, cell("Stefan Krüger"))
        # Keywords typed in lower case complete in lower case (checked in the history below).
        t.send("mat{tab}(p:Person) ret{tab}count(*) AS lc;{enter}")
        prompt(t, r"│ *lc *│")

        # Several options: Tab lists them and leaves the line; Ctrl-C then clears it.
        t.send("MATCH ()-[r:HOL{tab}]->() RETURN count(r) AS n;{enter}")  # unique: HOLDS_OFFICE
        prompt(t, r"│ *n *│")
        t.send("MATCH ()-[r:H{tab}")
        t.expect(r"HELD_IN +HOLDS_OFFICE")
        t.send("{ctrl-c}")
        prompt(t, r"\^C\r?\n")
        t.send("RETURN 'cleared' AS state;{enter}")
        prompt(t, cell("cleared"))

        # A statement over two lines, with the continuation prompt.
        t.send("RETURN 40 + 2{enter}")
        t.expect(r"\.\.> ")
        t.wait_editing()
        t.send("  AS answer;{enter}")
        prompt(t, cell("42"))
        # Ctrl-C at the continuation prompt drops the unfinished statement.
        t.send("MATCH (p:Person){enter}")
        t.expect(r"\.\.> ")
        t.wait_editing()
        t.send("{ctrl-c}")
        prompt(t, r"\^C\r?\n")
        t.send("RETURN 'something else' AS other;{enter}")
        prompt(t, cell("something else"))

        # Ctrl-R finds the two-line statement by a word in it; Enter runs it.
        t.send("{ctrl-r}")
        t.expect(r"bck:")
        t.send("answ")
        t.expect(r"RETURN 40 \+ 2")
        t.send("{enter}")
        prompt(t, cell("42"))

        # An error is shown with its position and the session goes on.
        t.send("RETURN nope;{enter}")
        t.expect(r"Error: query:1:8: unknown variable 'nope'\r?\n  RETURN nope\r?\n {9}\^")
        prompt(t)

        # Dot-commands work at the prompt too, and .timer prints the times.
        t.send(".timer on{enter}")
        prompt(t)
        t.send("RETURN 1 AS one;{enter}")
        prompt(t, r"Time: [\d.]+ ms \(compiling\), [\d.]+ ms \(executing\)")
        t.send(".timer off{enter}")
        prompt(t)

        # Ctrl-C during a long query cancels it and returns to the prompt at once; the rest of
        # the line is dropped.
        t.send("MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS many; RETURN 'rest' AS rest;{enter}")
        t.expect(r"AS rest;\r?\n")
        time.sleep(0.2)  # let it start running; it would take minutes to finish
        start = time.monotonic()
        t.send("{ctrl-c}")
        shown = prompt(t, "query cancelled", timeout=3).group(0)
        took = time.monotonic() - start
        assert "rest" not in shown, "the statement after a cancelled one ran: %r" % shown
        assert took < 1.0, "cancelling took %.2fs" % took
        t.send("RETURN 'alive' AS after_cancel;{enter}")
        prompt(t, cell("alive"))

        # Ctrl-D leaves with exit code 0.
        t.send("{ctrl-d}")
        code = t.wait_exit()
        assert code == 0, "exit code %s after Ctrl-D" % code
    finally:
        t.close()

    # The history file: each statement once (the two re-runs did not add copies), the most
    # recent last, the two-line statement joined into one line (indentation dropped), no blank
    # lines.
    with open(history, encoding="utf-8") as f:
        entries = f.read().splitlines()
    count_query = "MATCH (p:Person) RETURN count(p) AS people;"
    answer = "RETURN 40 + 2 AS answer;"
    lower_case = "match (p:Person) return count(*) AS lc;"
    accents = "MATCH (p {name:'Stefan Krüger'}) RETURN p.name AS who;"
    for entry in (count_query, answer, ".timer on", "RETURN 'alive' AS after_cancel;", lower_case, accents):
        assert entries.count(entry) == 1, "%r appears %d times in %r" % (entry, entries.count(entry), entries)
    assert len(entries) == len(set(entries)), "duplicates in history: %r" % entries
    assert all(e.strip() for e in entries), "blank history entries: %r" % entries
    assert entries[-1] == "RETURN 'alive' AS after_cancel;", entries
    assert entries.index(answer) > entries.index("RETURN 'something else' AS other;"), \
        "re-running a statement did not move it to the end: %r" % entries
    assert not any("HELD_IN" in e or e in ("MATCH ()-[r:H", "MATCH (p:Person)") for e in entries), \
        "a cleared line was kept: %r" % entries

    # A new session starts with that history: Up recalls the last entry of the previous one.
    t = Terminal([kg, "repl"], env)
    try:
        prompt(t)
        t.send("{up}{enter}")
        prompt(t, cell("alive"))
        t.send(".quit{enter}")
        assert t.wait_exit() == 0
    finally:
        t.close()
    with open(history, encoding="utf-8") as f:
        entries = f.read().splitlines()
    assert entries.count("RETURN 'alive' AS after_cancel;") == 1, entries
    assert entries[-1] == ".quit", entries


if __name__ == "__main__":
    main()
    print("repl_pty: ok")
