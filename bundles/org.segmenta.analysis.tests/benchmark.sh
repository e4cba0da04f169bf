#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Runs a benchmark main of org.segmenta.analysis.tests (ClusteringBenchmark, LatentClassBenchmark,
# WeightedProfileBenchmark or WeightedKMeansBenchmark)
# against the classes the Maven build left in target/classes; see the class's javadoc.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
class=$1
shift
repo=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
cp=$root/bundles/org.segmenta.analysis/target/classes:$root/bundles/org.segmenta.analysis.tests/target/classes
cp=$cp:$root/bundles/org.segmenta.data/target/classes:$root/bundles/org.segmenta.model/target/classes
cp=$cp:$(find "$repo" -name 'org.eclipse.equinox.common-*.jar' | head -1):$(find "$repo" -name 'org.eclipse.osgi-3.*.jar' | head -1)
# the chi-square tails and the matrices of the profiles
cp=$cp:$(find "$repo" -name 'commons-math3-3.*.jar' | head -1)
# with the Vector API, as the launcher runs k-means; BENCHMARK_VM_ARGS=-Dsegmenta.kmeans.doublePrecision=true measures without
exec "$java" -Xmx${BENCHMARK_HEAP:-3g} --add-modules=jdk.incubator.vector $BENCHMARK_VM_ARGS -cp "$cp" "org.segmenta.analysis.tests.benchmark.$class" "$@"
