#!/usr/bin/env bash
# Compares the quotes and people two byline binaries find in text that no
# rule was tuned on: 1 MB of corpus paragraphs in a new order (bench/gen's
# shuffle), once from dev and once from wide-dev. Each paragraph now sits
# among strangers, so a rule that only worked because of an article's own
# context shows up as a changed speaker.
#
#   bench/shuffled.sh OLD_BINARY NEW_BINARY
#
# A change that the scorer calls neutral can still move speakers here;
# read each one (the script prints the text before the quote). Needs
# python3 and ../shared/corpus; prints nothing to fix when they agree.
set -euo pipefail
old=$1
new=$2
cd "$(dirname "$0")/.."
corpus=../shared/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in dev wide-dev; do
	go run ./bench/gen -out "$tmp/$set" -corpus "$corpus/$set.jsonl" >/dev/null
	text=$tmp/$set/1m.txt
	"$old" --json "$text" >"$tmp/$set.old.json"
	"$new" --json "$text" >"$tmp/$set.new.json"
	python3 - "$set" "$text" "$tmp/$set.old.json" "$tmp/$set.new.json" <<'EOF'
import json, sys

name, text_path, old_path, new_path = sys.argv[1:]
text = open(text_path, "rb").read()
old, new = json.load(open(old_path)), json.load(open(new_path))


def speakers(doc):
    return {q["offset"]: (q["speaker"], q["attribution"]) for q in doc["quotes"]}


a, b = speakers(old), speakers(new)
changed = sorted(o for o in a.keys() | b.keys() if a.get(o) != b.get(o))
people_a = {p["name"] for p in old["people"]}
people_b = {p["name"] for p in new["people"]}
print(f"{name}: {len(a)} quotes, {len(changed)} changed; "
      f"people only in old: {sorted(people_a - people_b)}; only in new: {sorted(people_b - people_a)}")
seen = set()
for o in changed:
    pair = (a.get(o), b.get(o))
    if pair in seen:  # the shuffle repeats paragraphs
        continue
    seen.add(pair)
    before = text[max(0, o - 200):o].decode("utf-8", "replace").replace("\n", " ")
    print(f"  at byte {o}: {pair[0]} -> {pair[1]}\n    …{before}")
EOF
done
