#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Kills `./segmenta cluster --model` with SIGKILL at ten moments spread over its run and checks,
# after each kill, that the model still loads and names an assignments file that exists and
# matches its segments (the report reads them); a complete run afterwards must leave no staging
# file behind. Run after a build (./run-tests).
set -u
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp examples/nordic-members.segmentation examples/nordic-members-survey.csv "$scratch/"
model="$scratch/nordic-members.segmentation"
failed=0

# no function around the command: `./segmenta` execs the JVM, so $! of a plain background command
# is the JVM itself, and SIGKILL reaches it rather than a subshell that waits for it
set -- cluster "$scratch/nordic-members-survey.csv" --method kmeans --model "$model" \
	--segmentation segm-values-2026 --replace --restarts 20 --out "$scratch/run"
cluster() {
	./segmenta "$@" --seed "$seed" >"$scratch/cluster.out" 2>&1
}

consistent() {
	location=$(xmllint --nonet --xpath \
		'string(//*[local-name()="segmentations"][@id="segm-values-2026"]/@assignmentsLocation)' "$model" 2>/dev/null)
	if [ -z "$location" ] || [ ! -f "$scratch/$location" ]; then
		echo "FAIL $1: the model names '$location', which does not exist"
		return 1
	fi
	if ! ./segmenta report "$model" --out "$scratch/report" --formats csv >"$scratch/report.out" 2>&1; then
		echo "FAIL $1: the report of the model and its assignments fails:"
		sed 's/^/     | /' "$scratch/report.out" | head -n 10
		return 1
	fi
	echo "ok   $1: the model names $location, complete and matching"
}

now_ms() { date +%s%3N; }
started=$(now_ms)
seed=1
cluster "$@" || { echo "FAIL the first, complete run:"; cat "$scratch/cluster.out"; exit 1; }
full=$(($(now_ms) - started))
echo "kill-test: a complete run takes $full ms; killing ten runs spread over it"
for i in 1 2 3 4 5 6 7 8 9 10; do
	delay=$((full * i / 11))
	./segmenta "$@" --seed $((i + 1)) >"$scratch/cluster.out" 2>&1 &
	pid=$!
	sleep "$(awk "BEGIN { print $delay / 1000 }")"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	consistent "killed after $delay ms" || failed=$((failed + 1))
done
seed=99
cluster "$@" || { echo "FAIL the last, complete run:"; cat "$scratch/cluster.out"; failed=$((failed + 1)); }
left=$(find "$scratch" -maxdepth 1 -name '.*.saving' | wc -l)
if [ "$left" -ne 0 ]; then
	echo "FAIL a complete run left $left staging files: $(find "$scratch" -maxdepth 1 -name '.*.saving')"
	failed=$((failed + 1))
else
	echo "ok   a complete run after the kills leaves no staging file"
fi
consistent "after the last run" || failed=$((failed + 1))
echo "kill-test: $failed failed"
[ "$failed" -eq 0 ]
