# One build at a time: while another process holds the database's build lock, `kg build`
# exits at once with 75 and a one-line message; with --wait it waits and then builds. A lock
# whose holder died is no lock (flock is released by the kernel).
source "$(dirname "$0")/lib.bash"
command -v flock >/dev/null || skip "flock (util-linux) is not installed"

corpus="$WORK/corpus"
mkdir "$corpus"
cp "$ROOT"/data/sample/*.txt "$corpus/"
db="$WORK/kg.db"

# Another "build": a process holding the lock for four seconds.
held_from=$(date +%s%N)
flock "$db.lock" -c "touch '$WORK/held'; sleep 4" &
holder=$!
for _ in $(seq 50); do [ -e "$WORK/held" ] && break; sleep 0.1; done
[ -e "$WORK/held" ] || fail "the lock holder did not start"

start=$(date +%s%N)
expect_fail 75 "another kg build or import is running on this database" -- "$KG" build --db "$db" "$corpus"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$elapsed_ms" -lt 2000 ] || fail "a busy build took ${elapsed_ms} ms to give up"
[ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "the busy message is not one line: $(cat "$WORK/err")"
[ ! -e "$db" ] || fail "a refused build created the database"

rc=0
"$KG" build --json --db "$db" "$corpus" >"$WORK/summary.json" 2>/dev/null || rc=$?
[ "$rc" -eq 75 ] || fail "busy build with --json exited $rc"
grep -q '"exit":75' "$WORK/summary.json" || fail "busy --json summary: $(cat "$WORK/summary.json")"

"$KG" build -q --wait --db "$db" "$corpus" || fail "kg build --wait failed"
waited_ms=$(( ($(date +%s%N) - held_from) / 1000000 ))
[ "$waited_ms" -ge 3500 ] || fail "kg build --wait returned after ${waited_ms} ms, while the lock was held for 4 s"
wait "$holder" || true

# A holder killed with SIGKILL leaves no stale lock (-o: only the flock process holds it).
flock -o "$db.lock" sleep 30 &
holder=$!
sleep 0.3
child=$(pgrep -P "$holder" || true)
expect_fail 75 "another kg build" -- "$KG" build --db "$db" "$corpus"
kill -9 "$holder"
wait "$holder" 2>/dev/null || true
[ -z "$child" ] || kill "$child" 2>/dev/null || true
"$KG" build -q --db "$db" "$corpus" || fail "a build after a killed lock holder failed"
echo "build_busy: ok"
