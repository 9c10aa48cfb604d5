#!/usr/bin/env bash
# Measures the floor under byline's start-up and key latency on this
# machine: a bare Bubble Tea v2 program (bench/floor), the same program
# with Glamour linked in, that one again with full lines of text (-full),
# and byline on the 5 KB input, each against less,
# in tmux at 120x40 with the same harness and keys as bench/run.sh.
#
#   bench/floor.sh [RUNS]      # RUNS per command, default 5
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
# shellcheck source=bench/harness.sh
. bench/harness.sh
go build -o bench/out/floor ./bench/floor
go build -tags glamour -o bench/out/floor-glamour ./bench/floor
describe "$runs" "less -R bench/out/5k.txt" CMD
printf '%-34s | %9s %9s | %8s %8s | %7s\n' program "ttfs ms" "less ms" "key p50" "key p95" "RSS MB"
for cmd in bench/out/floor bench/out/floor-glamour "bench/out/floor-glamour -full" "$byline bench/out/5k.txt"; do
	# shellcheck disable=SC2086 # cmd is a command and its argument
	line=$(measure "$runs" "less -R bench/out/5k.txt" $cmd)
	get() { field "$1" "$line"; }
	printf '%-34s | %9s %9s | %8s %8s | %7s\n' "$cmd" "$(get ttfs_ms)" "$(get b_ttfs_ms)" \
		"$(get key_ms_p50)" "$(get key_ms_p95)" "$(get rss_mb)"
done
