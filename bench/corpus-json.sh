#!/usr/bin/env bash
# Writes `byline --json -` of every record of the shared corpora into a
# folder, one file per article, so that a refactoring can be checked to
# change no output:
#
#   bench/corpus-json.sh BINARY OUTDIR     # e.g. /tmp/before
#   diff -r /tmp/before /tmp/after
#
# Reads ../shared/corpus/{dev,wide-dev,challenge}.jsonl; needs jq.
set -euo pipefail
bin=$1
out=$2
corpus=$(cd "$(dirname "$0")/../../shared/corpus" && pwd)
for set in dev wide-dev challenge; do
	mkdir -p "$out/$set"
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		printf '%s' "$line" | jq -j '.text' | "$bin" --json - >"$out/$set/$n.json" 2>&1 || true
	done <"$corpus/$set.jsonl"
done
