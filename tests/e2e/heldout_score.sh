# Builds the graph of the held-out corpus (tests/corpus/heldout: articles written blind to the
# extraction code, with their gold annotations) and scores its export with ../shared/eval/score.py.
# It measures how kg generalises to unseen news; the floors in heldout_floor.txt only ever rise.
source "$(dirname "$0")/lib.bash"
[ -f "$SHARED/eval/score.py" ] || skip "../shared/eval/score.py is not beside this clone"
command -v python3 >/dev/null || skip "python3 is not installed"
CORPUS="$ROOT/tests/corpus/heldout"
"$KG" build -q --db "$WORK/kg.db" "$CORPUS"
"$KG" export --db "$WORK/kg.db" --format jsonl -o "$WORK/kg.jsonl"
# shellcheck disable=SC1091
source "$(dirname "$0")/heldout_floor.txt"
python3 "$SHARED/eval/score.py" --gold "$CORPUS/gold.json" --pred "$WORK/kg.jsonl" \
  --min-facts-f1 "$FACTS_F1" --min-entities-f1 "$ENTITIES_F1" --min-quotes-f1 "$QUOTES_F1" | tail -n 1
