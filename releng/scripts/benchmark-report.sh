#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Times the full report of the example from a cold start of the product: every run is a new JVM
# (./segmenta report ... --out DIR, all formats) into a fresh folder. Uses hyperfine when installed
# (Debian: hyperfine), otherwise a plain loop; prints the median.
#   releng/scripts/benchmark-report.sh [RUNS]     (default: 7)
# SEGMENTA=path/to/segmenta times an already built product instead of ./segmenta.
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
. "$repo/releng/scripts/find-jdk.sh"
segmenta_find_jdk || exit 2
runs="${1:-7}"
segmenta="${SEGMENTA:-$repo/segmenta}"
model="$repo/examples/nordic-members.segmentation"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

"$segmenta" info "$model" >/dev/null # builds the product first if the sources changed, outside the timing
echo "benchmark-report: $runs cold runs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
if command -v hyperfine >/dev/null; then
	hyperfine --runs "$runs" --warmup 1 --prepare "rm -rf '$out/report'" \
		--export-json "$out/times.json" "'$segmenta' report '$model' --out '$out/report'" >&2
	python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('median %.2f s (min %.2f, max %.2f, %d runs)' % (r['median'], r['min'], r['max'], len(r['times'])))" "$out/times.json"
else
	for i in $(seq "$runs"); do
		rm -rf "$out/report"
		start=$(date +%s.%N)
		"$segmenta" report "$model" --out "$out/report" >/dev/null 2>&1
		echo "$(date +%s.%N) - $start" | bc
	done | sort -n | awk '{t[NR]=$1} END {printf "median %.2f s (%d runs)\n", (NR % 2 ? t[(NR+1)/2] : (t[NR/2]+t[NR/2+1])/2), NR}'
fi
