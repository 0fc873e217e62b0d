# Hostile input files beside good ones: each is read, or skipped with a warning naming it (exit
# 3) while the build goes on; with --strict a skipped file fails the build (exit 1) and the
# database keeps what it held. docs/HARDENING.md lists the cases and what they found.
source "$(dirname "$0")/lib.bash"
SAMPLE="$ROOT/data/sample"
LIMIT=${KG_HOSTILE_TIMEOUT:-300}  # seconds any one kg command may take (sanitizer builds are slow)

kg() { timeout "$LIMIT" "$KG" "$@"; }
exported() { kg export --db "$1" --format jsonl -o "$2" || fail "export of $1 failed"; }
# A fresh corpus folder: the sample articles and whatever the case adds.
corpus() {
  rm -rf "$WORK/c"
  mkdir "$WORK/c"
  cp "$SAMPLE"/* "$WORK/c/"
}
# peak RSS in KB of a command, written to $WORK/rss; the command's exit code is returned.
measured() {
  python3 -c '
import os, resource, subprocess, sys
rc = subprocess.run(sys.argv[1:]).returncode
with open(os.path.join(os.environ["WORK"], "rss"), "w") as f:
    f.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(rc)' "$@"
}
export WORK

kg build -q --db "$WORK/sample.db" "$SAMPLE" || fail "build of the sample failed"
exported "$WORK/sample.db" "$WORK/sample.jsonl"
kg build -q --db "$WORK/one.db" "$SAMPLE/wire-tallinn.txt" || fail "build of one file failed"
exported "$WORK/one.db" "$WORK/one.jsonl"

# skipped NAME FILE PATTERN: with FILE in $WORK/c, a build warns (PATTERN), exits 3 and holds
# exactly the sample's graph; a --strict build over a database holding another graph fails
# naming FILE and leaves that graph as it was.
skipped() {
  local name=$1 file=$2 pattern=$3
  rm -f "$WORK"/kg.db*
  expect_fail 3 "$pattern" -- kg build -q --db "$WORK/kg.db" "$WORK/c"
  local warning
  warning=$(head -n 1 "$WORK/err")
  exported "$WORK/kg.db" "$WORK/kg.jsonl"
  cmp -s "$WORK/kg.jsonl" "$WORK/sample.jsonl" || fail "$name: the graph differs from the sample's"
  cp "$WORK/one.db" "$WORK/strict.db"
  expect_fail 1 "$file: .*--strict" -- kg build -q --strict --db "$WORK/strict.db" "$WORK/c"
  exported "$WORK/strict.db" "$WORK/strict.jsonl"
  cmp -s "$WORK/strict.jsonl" "$WORK/one.jsonl" || fail "$name: a failed --strict build changed the database"
  echo "ok: $name: $warning"
}

# read NAME: with the case's file in $WORK/c, a build (also with --strict) exits 0.
read_ok() {
  local name=$1
  rm -f "$WORK"/kg.db*
  kg build -q --strict --db "$WORK/kg.db" "$WORK/c" 2>"$WORK/err" || fail "$name: build failed: $(cat "$WORK/err")"
  [ ! -s "$WORK/err" ] || fail "$name: unexpected warnings: $(cat "$WORK/err")"
  echo "ok: $name read"
}
articles() { kg query --db "$WORK/kg.db" -f tsv "MATCH (a:Article) RETURN a.name, a.file ORDER BY a.file"; }

# --- skipped -----------------------------------------------------------------------------------
corpus
{ printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR'; head -c 4096 /dev/urandom; } >"$WORK/c/binary.txt"
skipped "binary file" binary.txt "binary.txt: .*skipped"

corpus
printf 'Caf\xe9 talks in Z\xfcrich \xc0\xaf \xed\xa0\x80 ended.\n' >"$WORK/c/latin1.txt"
skipped "invalid UTF-8" latin1.txt "latin1.txt: .*skipped"

corpus
: >"$WORK/c/empty.txt"
skipped "empty file" empty.txt "empty.txt: skipped: empty file"

corpus
ln -s loop.txt "$WORK/c/loop.txt"
mkdir "$WORK/c/sub" && ln -s .. "$WORK/c/sub/up"  # a folder loop: never followed, no warning
skipped "symbolic link loop" loop.txt "loop.txt: skipped: .*symbolic links"

corpus
ln -s nowhere.txt "$WORK/c/dangling.txt"
skipped "broken symbolic link" dangling.txt "dangling.txt: skipped"

corpus
mkfifo "$WORK/c/pipe.txt"
skipped "FIFO named .txt (must not hang)" pipe.txt "pipe.txt: skipped: not a regular file"

# 200 MB of article-like text: skipped by size before it is read, fast and in little memory.
corpus
head -c $((200 * 1024 * 1024)) \
  <(yes 'The ministers met in Brussels on Tuesday and agreed a joint statement on the new force.') >"$WORK/c/huge.txt"
start=$SECONDS
rm -f "$WORK"/kg.db*
rc=0
measured "$KG" build -q --db "$WORK/kg.db" "$WORK/c" 2>"$WORK/err" || rc=$?
[ "$rc" -eq 3 ] || fail "200 MB file: exit $rc: $(cat "$WORK/err")"
grep -q "huge.txt: skipped: 200 MB is over the 32 MB limit" "$WORK/err" || fail "200 MB file: $(cat "$WORK/err")"
[ "$(cat "$WORK/rss")" -lt 1048576 ] || fail "200 MB file: build took $(cat "$WORK/rss") KB of memory"
echo "ok: 200 MB file skipped in $((SECONDS - start)) s, peak $(( $(cat "$WORK/rss") / 1024 )) MB"
rm -f "$WORK/c/huge.txt"

# An unreadable file (chmod 000). root reads it anyway, so as root the build runs as nobody.
corpus
cp "$SAMPLE/wire-tallinn.txt" "$WORK/c/secret.txt"
chmod 000 "$WORK/c/secret.txt"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    as_user=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
    "${as_user[@]}" "$KG" --help >/dev/null 2>&1 || as_user=()  # nobody cannot reach the binary
    chmod 755 "$WORK" "$WORK/c"
    chmod 644 "$WORK"/c/*.txt "$WORK"/c/*.md && chmod 000 "$WORK/c/secret.txt"
    mkdir -p "$WORK/nobody" && chmod 777 "$WORK/nobody"
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  db="$WORK/nobody/kg.db"
  [ ${#as_user[@]} -gt 0 ] || db="$WORK/kg.db"
  rm -f "$db"*
  expect_fail 3 "secret.txt: cannot open for reading \(skipped\)" -- "${as_user[@]}" timeout "$LIMIT" "$KG" build -q --db "$db" "$WORK/c"
  expect_fail 1 "secret.txt: cannot open for reading.*--strict" -- "${as_user[@]}" timeout "$LIMIT" "$KG" build -q --strict --db "$db" "$WORK/c"
  echo "ok: unreadable file skipped"
else
  echo "note: running as root without setpriv: the unreadable-file case is not run"
fi
chmod 644 "$WORK/c/secret.txt"

# A file that vanishes after the scan found it and before it is read (the lexicons load in
# between): a warning naming it, exit 3. If a try deletes it before the scan, the build simply
# does not see it; a few delays are tried (none landing in the window is only noted: it depends on load).
caught=0
for delay in 0.15 0.08 0.3 0.04 0.5; do
  corpus
  cp "$SAMPLE/wire-tallinn.txt" "$WORK/c/zz-vanishing.txt"
  rm -f "$WORK"/kg.db*
  kg build -q --db "$WORK/kg.db" "$WORK/c" 2>"$WORK/err" &
  pid=$!
  sleep "$delay"
  rm -f "$WORK/c/zz-vanishing.txt"
  rc=0
  wait "$pid" || rc=$?
  if grep -q "zz-vanishing.txt" "$WORK/err"; then
    [ "$rc" -eq 3 ] || fail "vanishing file: exit $rc: $(cat "$WORK/err")"
    # Listed, then gone before its stat or before its open: both are warned about and skipped.
    grep -qE "zz-vanishing.txt: (cannot open for reading|cannot stat: .*) \(skipped\)" "$WORK/err" ||
      fail "vanishing file: $(cat "$WORK/err")"
    exported "$WORK/kg.db" "$WORK/kg.jsonl"
    cmp -s "$WORK/kg.jsonl" "$WORK/sample.jsonl" || fail "vanishing file: the graph differs from the sample's"
    caught=1
    echo "ok: file vanishing during the build skipped (delay $delay s)"
    break
  fi
  [ "$rc" -eq 0 ] || fail "vanishing file (gone before the scan): exit $rc: $(cat "$WORK/err")"
done
# Whether a delay lands between scan and read depends on the machine's load: when none does, the
# case is reported, not failed (a wrong answer when it does land still fails above).
[ "$caught" -eq 1 ] || echo "note: no try deleted the file between scan and read; vanishing case not exercised"

# --- read ----------------------------------------------------------------------------------------
corpus
cp "$ROOT/tests/corpus/shapes/utf16_bom.txt" "$WORK/c/utf16.txt"
head -c 2 "$WORK/c/utf16.txt" | od -An -tx1 | grep -qE "ff fe|fe ff" || fail "the UTF-16 shape has no BOM"
cp "$ROOT/tests/corpus/shapes/web_scrape_crlf.txt" "$WORK/c/crlf.txt"
grep -q $'\r' "$WORK/c/crlf.txt" || fail "the CRLF shape has no CR"
name="Ünïcödé talks — Zürich, 2026 (draft).txt"
sed 's/Tallinn/Zürich/g' "$SAMPLE/wire-tallinn.txt" >"$WORK/c/$name"
read_ok "UTF-16 with a BOM, CRLF line ends, a name with spaces and non-ASCII letters"
articles >"$WORK/articles.tsv"
grep -q "^Moldova Hosts Talks on Transnistria	utf16.txt$" "$WORK/articles.tsv" || fail "UTF-16 article missing: $(cat "$WORK/articles.tsv")"
grep -q "^Japan and Philippines sign defence pact	crlf.txt$" "$WORK/articles.tsv" || fail "CRLF article missing: $(cat "$WORK/articles.tsv")"
grep -qF "	$name" "$WORK/articles.tsv" || fail "article of '$name' missing: $(cat "$WORK/articles.tsv")"
exported "$WORK/kg.db" "$WORK/kg.jsonl"
grep -qF "\"$name\"" "$WORK/kg.jsonl" || fail "the export does not name '$name'"
grep -q "Maia Sandu" "$WORK/kg.jsonl" || fail "nobody extracted from the UTF-16 article"

# One line of 1 MB (a sentence repeated, then words with no full stop): read in bounded time and memory.
for shape in sentences words; do
  corpus
  python3 - "$shape" "$WORK/c/line.txt" <<'EOF'
import sys
shape, path = sys.argv[1], sys.argv[2]
unit = ("French President Emmanuel Macron said on Tuesday that Britain would send troops to Ukraine. "
        if shape == "sentences" else "word Macron Paris Helsinki ")
open(path, "w").write(unit * (1_048_576 // len(unit)) + "\n")
EOF
  rm -f "$WORK"/kg.db*
  start=$SECONDS
  measured timeout "$LIMIT" "$KG" build -q --strict --db "$WORK/kg.db" "$WORK/c" 2>"$WORK/err" || fail "1 MB line of $shape (limit $LIMIT s): $(cat "$WORK/err")"
  [ "$(cat "$WORK/rss")" -lt 2097152 ] || fail "1 MB line of $shape took $(cat "$WORK/rss") KB of memory"
  kg query --db "$WORK/kg.db" -f tsv "MATCH (a:Article {file: 'line.txt'}) RETURN count(a)" | grep -qx 1 ||
    fail "1 MB line of $shape: no article"
  echo "ok: 1 MB line of $shape read in $((SECONDS - start)) s, peak $(( $(cat "$WORK/rss") / 1024 )) MB"
done
echo "hostile_files: ok"
