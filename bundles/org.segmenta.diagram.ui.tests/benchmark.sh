#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Measures the workbench's diagram editor with a UI-thread heartbeat (see DiagramEditorStallBenchmark),
# in the Segmenta product as users start it (its life-cycle handler, preferences and welcome page):
# opening a generated value-community map of NODES nodes, medians of ROUNDS warm rounds, then editing it.
#   bundles/org.segmenta.diagram.ui.tests/benchmark.sh [NODES [ROUNDS]]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. releng/scripts/find-jdk.sh
segmenta_find_jdk
xvfb-run -a ./mvnw -B -q verify -pl targetplatform,bundles/org.segmenta.diagram.ui.tests -am \
	-Dtest=DiagramEditorStallBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dsegmenta.test.product=org.segmenta.app.product \
	-Dsegmenta.benchmark.nodes=${1:-2000} -Dsegmenta.benchmark.rounds=${2:-7} 2>&1 \
	| grep -E '^(round|workbench open|workbench started|editing|UI thread|	)'
