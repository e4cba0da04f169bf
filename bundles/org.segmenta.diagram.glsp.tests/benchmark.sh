#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Measures the diagram server over its websocket (see DiagramServerBenchmark): opening a generated
# value-community map of NODES nodes and the create-node round trip, medians of ROUNDS warm rounds.
#   bundles/org.segmenta.diagram.glsp.tests/benchmark.sh [NODES [ROUNDS]]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cd "$root"
./mvnw -B -q verify -pl targetplatform,bundles/org.segmenta.model,bundles/org.segmenta.model.edit,bundles/org.segmenta.cli,bundles/org.segmenta.validation,bundles/org.segmenta.diagram,bundles/org.segmenta.diagram.web,bundles/org.segmenta.diagram.glsp,bundles/org.segmenta.diagram.glsp.tests \
	-Dtest=DiagramServerBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsegmenta.benchmark.nodes=${1:-2000} -Dsegmenta.benchmark.rounds=${2:-7} 2>&1 \
	| grep -E '^(round|open and lay out|create-node)'
