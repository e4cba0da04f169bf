#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Load/save benchmark of the persistence code on a generated model (default 100,000 elements,
# 7 measured rounds after 2 warm-up rounds). Needs a build first: ./mvnw verify (or ./run-tests).
#   releng/scripts/benchmark-model.sh [ELEMENTS] [ROUNDS]
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
. "$repo/releng/scripts/find-jdk.sh"
segmenta_find_jdk || exit 2
plugins="$repo/releng/org.segmenta.product/target/products/org.segmenta.headless/linux/gtk/x86_64/segmenta-headless/plugins"
tests="$repo/bundles/org.segmenta.model.tests/target/classes"
if [ ! -d "$plugins" ] || [ ! -d "$tests" ]; then
	echo "benchmark-model: build first with ./mvnw verify" >&2
	exit 2
fi
classpath="$tests"
for jar in "$plugins"/org.eclipse.emf.common_*.jar "$plugins"/org.eclipse.emf.ecore_*.jar \
	"$plugins"/org.eclipse.emf.ecore.xmi_*.jar "$plugins"/org.segmenta.model_*.jar; do
	classpath="$classpath:$jar"
done
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$classpath" org.segmenta.model.tests.benchmark.LoadSaveBenchmark "$@"
