#!/usr/bin/env bash
# Measures byline against less in a real terminal (tmux, 120x40): time to
# first screen, key latency (j, PageDown, G, g) and peak memory, on
# news-like text and Markdown of 5 KB, 100 KB, 1 MB and 10 MB.
#
#   bench/run.sh [RUNS]        # RUNS per command and size, default 3
#   SIZES="5k 10m" BYLINE=/tmp/byline-old bench/run.sh
#                              # only some sizes; a binary built elsewhere
#
# Needs tmux and python3, and the tty-latency harness from ../shared/bench
# (or set TTY_LATENCY). Inputs are regenerated into bench/out by bench/gen.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
# shellcheck source=bench/harness.sh
. bench/harness.sh
describe "$runs" "less -R FILE" "$byline FILE"
echo "# targets: ttfs <= 70 ms at every size, key p95 <= 12 ms, RSS <= 60 MB at 10 MB"

printf '%-9s %-7s | %9s %9s | %8s %8s | %8s %8s | %7s %7s\n' \
	size format "ttfs ms" "less ms" "key p50" "key p95" "less p50" "less p95" "RSS MB" "less MB"
for size in ${SIZES:-5k 100k 1m 10m}; do
	for ext in txt md; do
		f=bench/out/$size.$ext
		line=$(measure "$runs" "less -R $f" "$byline" "$f")
		get() { field "$1" "$line"; }
		printf '%-9s %-7s | %9s %9s | %8s %8s | %8s %8s | %7s %7s\n' "$size" "$ext" \
			"$(get ttfs_ms)" "$(get b_ttfs_ms)" "$(get key_ms_p50)" "$(get key_ms_p95)" \
			"$(get b_key_ms_p50)" "$(get b_key_ms_p95)" "$(get rss_mb)" "$(get b_rss_mb)"
		for k in "${keys[@]}"; do
			printf '%-9s %-7s |   key %-8s p50 %6s  p95 %6s\n' "" "" "$k" "$(get key_${k}_ms_p50)" "$(get key_${k}_ms_p95)"
		done
	done
done
