# Sourced by bench/run.sh and bench/floor.sh from the repository's root:
# finds the tty-latency harness, builds byline (unless BYLINE names one)
# and the inputs, and runs one measurement the way both report it.

harness=${TTY_LATENCY:-../shared/bench/tty-latency}
[ -x "$harness" ] || { echo "bench: no tty-latency harness at $harness" >&2; exit 1; }
marker="Byline Benchmark Edition"
# Keys start 50 ms after the first screen rather than once the screen has
# been still for 300 ms (the harness's default): the first presses then
# land while a large file is still read and analysed (its progress line
# keeps the screen moving until the analysis ends), which is when keys are
# slowest.
settle=50
keys=(j PageDown G g)
# A press that cannot change the screen (G when PageDown has reached the
# end of a short file) counts as a timeout, which the percentiles leave
# out, after --key-timeout: 2 s rather than the harness's 10 keeps the
# scripts' run short without dropping any real press, which takes
# milliseconds.

# BYLINE names a byline binary to measure instead of building one from
# this tree (to compare two builds: run the script with each in turn).
byline=${BYLINE:-bench/out/byline}
mkdir -p bench/out
[ -n "${BYLINE:-}" ] || go build -o bench/out/byline .
go run ./bench/gen -out bench/out >/dev/null

# describe RUNS VS CMD: the header lines that say when, where and how.
describe() {
	echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average:$(uptime | sed 's/.*load average://')"
	echo "# $harness --marker '$marker' --keys ${keys[*]} --presses 40 --runs $1 --settle-ms $settle --key-timeout 2 --width 120 --height 40 --vs '$2' -- $3"
}

# measure RUNS VS CMD [ARG...]: the harness's summary line for CMD, with VS
# (a command line) run in turn under the same conditions.
measure() {
	local runs=$1 vs=$2
	shift 2
	"$harness" --marker "$marker" --keys "${keys[@]}" --presses 40 --runs "$runs" \
		--settle-ms "$settle" --key-timeout 2 --width 120 --height 40 --vs "$vs" -- "$@" 2>/dev/null | tail -1
}

# field NAME LINE: the value of NAME in a summary line.
field() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
