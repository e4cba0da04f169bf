#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Runs a benchmark main of org.segmenta.diagram.tests (see the class's javadoc) on the classes the
# Maven build left in target/classes and the libraries of the built headless product.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
class=$1
shift
plugins=$(find "$root"/releng/org.segmenta.product/target/products/org.segmenta.headless -maxdepth 5 -type d -name plugins 2>/dev/null | head -1)
if [ -z "$plugins" ]; then
	echo "benchmark.sh: build the product first (./mvnw verify -DskipTests)" >&2
	exit 2
fi
cp=$root/bundles/org.segmenta.diagram.tests/target/classes:$root/bundles/org.segmenta.diagram/target/classes:$root/bundles/org.segmenta.tests.support/target/classes
cp=$cp:$root/bundles/org.segmenta.diagram:$plugins/*
exec "$java" -Xmx2g -Djava.awt.headless=true -cp "$cp" "org.segmenta.diagram.tests.benchmark.$class" "$@"
