# `kg repl` at a terminal: a pseudo-terminal driver types keys (Tab, Up, Ctrl-R, Ctrl-C, Ctrl-D)
# and checks the screen and the history file (tests/e2e/repl_pty.py).
source "$(dirname "$0")/lib.bash"
command -v python3 >/dev/null || skip "python3 is not installed"
"$KG" build -q --db "$WORK/kg.db" "$ROOT/data/sample" || fail "build of data/sample failed"
timeout 60 python3 "$(dirname "$0")/repl_pty.py" "$KG" "$WORK/kg.db" "$WORK" || fail "the terminal session went wrong (above)"
