#!/usr/bin/env bash
# Counts the instructions of one whole analysis of SIZE bytes of news text
# (default 10 KB) with callgrind, and lists the functions that execute the
# most of them. The count stays within a few thousandths from run to run
# whatever else the machine does, so it shows what a change to
# article/extract saves where timings drift. GC is off so that its work, which depends on timing, is
# not counted; allocations show in the benchmarks' allocs/op.
#
#   bench/instructions.sh [SIZE] [REPS]   # needs valgrind and ../shared/corpus
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10240}
reps=${2:-20}
command -v valgrind >/dev/null || { echo "bench: valgrind is not installed" >&2; exit 1; }
mkdir -p bench/out
go build -o bench/out/analyze ./bench/analyze
out=bench/out/callgrind.out
# Valgrind now and then stops the program with SIGILL on an instruction it
# does not know (RDTSCP, in the runtime's clock): try again.
for try in 1 2 3 4 5; do
	GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 GOGC=off valgrind --tool=callgrind --callgrind-out-file="$out" \
		--toggle-collect='main.run' bench/out/analyze -size "$size" -reps "$reps" >/dev/null 2>&1 && break
	[ "$try" = 5 ] && { echo "bench: valgrind failed five times" >&2; exit 1; }
done
report=$(callgrind_annotate "$out" 2>/dev/null)
total=$(awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}' <<<"$report")
bytes=$(bench/out/analyze -size "$size" -reps 0 | cut -d' ' -f1)
echo "instructions per analysis of $bytes bytes: $((total / reps)) ($((total / reps / bytes)) per byte); by function, over all $reps:"
grep -A"${TOP:-15}" 'file:function' <<<"$report" | tail -n +3 |
	sed -E 's#github.com/byline-reader/byline/##g; s# \[[^]]*\]$##'
