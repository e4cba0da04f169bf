#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# End-to-end checks of the ./segmenta launcher as a user runs it: exit codes and messages.
# Run after a build (./run-tests); ./segmenta rebuilds the product only if sources changed.
set -u
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
. releng/scripts/find-jdk.sh
segmenta_find_jdk || exit 2 # the JDK that ./segmenta runs on
example=examples/nordic-members.segmentation
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

# check NAME EXPECTED_EXIT PATTERN_IN_OUTPUT COMMAND...   (an empty pattern checks the exit code only)
check() {
	name=$1 expected=$2 pattern=$3
	shift 3
	"$@" >"$scratch/out" 2>"$scratch/err"
	actual=$?
	if [ "$actual" -eq "$expected" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" "$scratch/out" "$scratch/err"; }; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		echo "FAIL $name: exit $actual (expected $expected), looked for '$pattern' in:"
		sed 's/^/     | /' "$scratch/out" "$scratch/err" | head -n 20
	fi
}

check "help lists the commands" 0 "info MODEL" ./segmenta --help
# the JVM's own class loaders load the Equinox launcher and framework jars; the build takes their
# signatures out, or the JVM would check one for every class it loads from them, on every command
check "the JVM checks no jar signature as the product starts" 0 "" sh -c \
	'SEGMENTA_VM_ARGS=-Djava.security.debug=jar ./segmenta --help 2>&1 | grep -q "usage:" &&
	! SEGMENTA_VM_ARGS=-Djava.security.debug=jar ./segmenta --help 2>&1 | grep JarVerifier'
check "info summarises the example" 0 "Linnéa Åkesson" ./segmenta info "$example"
check "info counts personas" 0 "Persona  *6" ./segmenta info "$example"
check "missing model exits 2" 2 "nowhere.segmentation: no such file" ./segmenta info nowhere.segmentation
head -c 2000 "$example" >"$scratch/truncated.segmentation"
check "truncated model names file and line" 2 "truncated.segmentation:[0-9]" ./segmenta info "$scratch/truncated.segmentation"
check "unknown command exits 2" 2 "unknown command 'frobnicate'" ./segmenta frobnicate
check "the example validates without errors" 0 "0 errors" ./segmenta validate "$example"
check "validation writes JUnit XML for CI" 0 "junit report in" \
	./segmenta validate "$example" --format junit --out "$scratch/validation.xml"
check "the JUnit report is well-formed XML" 0 "" xmllint --noout "$scratch/validation.xml"
check "k-means on the example survey suggests a segment count" 0 "Suggested k" \
	./segmenta cluster examples/nordic-members-survey.csv --method kmeans --k-range 4..6 --out "$scratch/cluster"
cp "$scratch/out" "$scratch/cluster.out"
# from Java 25 on, the first k-means of a runtime leaves its class cache in the product's configuration
# (see the product's launcher); then the next run maps it, and prints nothing else
check "k-means again, with Java's class cache where there is one, prints the same" 0 "" sh -c '
	./segmenta cluster examples/nordic-members-survey.csv --method kmeans --k-range 4..6 --out "$1/cluster" | cmp - "$1/cluster.out" &&
	{ [ "$2" -lt 25 ] ||
		ls releng/org.segmenta.product/target/products/org.segmenta.headless/linux/gtk/x86_64/segmenta-headless/configuration/org.segmenta.aot/cluster-*.aot; }' \
	sh "$scratch" "$(segmenta_java_major "$JAVA_HOME")"
check "the persona board exports as SVG" 0 "(persona-board): [0-9]* nodes" \
	./segmenta export-diagram "$example" --kind persona-board --out "$scratch/board.svg"
check "the exported SVG is well-formed XML" 0 "" xmllint --noout --nonet "$scratch/board.svg"
check "the buying-centre map exports as PNG" 0 "(buying-centre-map): [0-9]* nodes" \
	./segmenta export-diagram "$example" --kind buying-centre-map --out "$scratch/centre.png"
check "an unknown diagram kind exits 2 naming the kinds" 2 "segment-tree" \
	./segmenta export-diagram "$example" --kind org-chart --out "$scratch/x.svg"

echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
