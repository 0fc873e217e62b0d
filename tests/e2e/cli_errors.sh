# Bad input gets a one-line error naming what is wrong, and a non-zero exit; nothing stored is lost.
source "$(dirname "$0")/lib.bash"

expect_fail 1 "no/such/folder: no such file or folder" -- "$KG" build --db "$WORK/a.db" "$WORK/no/such/folder"
mkdir "$WORK/empty"
expect_fail 1 "empty: no .txt or .md article files found" -- "$KG" build --db "$WORK/a.db" "$WORK/empty"
[ ! -e "$WORK/a.db" ] || fail "a failed build left a database behind"

expect_fail 1 "run .kg build. first" -- "$KG" stats --db "$WORK/missing.db"
echo "just some text, not a database at all, long enough to be read" >"$WORK/notes.db"
expect_fail 1 "notes.db: not a kg database" -- "$KG" stats --db "$WORK/notes.db"

# A good build, then bad files beside good ones: skipped with a warning, exit 3, graph updated.
mkdir "$WORK/corpus"
cp "$ROOT"/data/sample/*.txt "$WORK/corpus/"
"$KG" build -q --db "$WORK/kg.db" "$WORK/corpus" || fail "build of the sample corpus failed"
printf 'GIF89a\x00\x01\x02binary' >"$WORK/corpus/image.txt"
printf 'caf\xe9 au lait\n' >"$WORK/corpus/latin1.txt"
expect_fail 3 "image.txt: .*skipped" -- "$KG" build -q --db "$WORK/kg.db" "$WORK/corpus"
grep -q "latin1.txt" "$WORK/err" || fail "no warning names latin1.txt: $(cat "$WORK/err")"
"$KG" stats --db "$WORK/kg.db" | grep -q "Person" || fail "graph lost after a partial build"
expect_fail 1 "image.txt.*--strict" -- "$KG" build -q --strict --db "$WORK/kg.db" "$WORK/corpus"
"$KG" stats --db "$WORK/kg.db" | grep -q "Person" || fail "graph lost after a failed strict build"

# Usage errors exit 2.
expect_fail 2 "" -- "$KG" frobnicate
expect_fail 2 "" -- "$KG" export --format pdf --db "$WORK/kg.db"

# --version names the extractor and schema versions the binary writes, and the allocator.
"$KG" --version >"$WORK/out" || fail "kg --version exited non-zero"
version_header="$ROOT/ingest/extractor.h"
extractor=$(sed -n 's/.*kExtractorVersion = \([0-9]*\);.*/\1/p' "$version_header")
grep -qE "^kg [0-9]+\.[0-9]+\.[0-9]+ \(extractor $extractor, database schema [0-9]+, allocator (mimalloc [0-9.]+|glibc malloc)\)$" "$WORK/out" \
  || fail "kg --version printed: $(cat "$WORK/out")"
echo "cli_errors: ok"
