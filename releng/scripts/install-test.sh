#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Installs Segmenta's p2 repository into a bare Eclipse platform with the p2 director, the way the
# README tells users to install it into an existing Eclipse, then runs a headless command in the
# result. Run by the build (releng/org.segmenta.installtest, integration-test phase):
#   install-test.sh PLATFORM REPOSITORY HEADLESS_PRODUCT WORK_DIR
# PLATFORM is a materialised platform without Segmenta (it is copied, never changed), REPOSITORY
# the p2 repository, HEADLESS_PRODUCT the materialised headless product whose output the installed
# one must match. Exits 1 when a check fails.
set -u
if [ $# -ne 4 ]; then
	echo "usage: install-test.sh PLATFORM REPOSITORY HEADLESS_PRODUCT WORK_DIR" >&2
	exit 2
fi
platform=$1 repository=$2 product=$3 work=$4
repo="$(cd "$(dirname "$0")/../.." && pwd)"
example="$repo/examples/nordic-members.segmentation"
features=org.segmenta.feature.feature.group,org.segmenta.ui.feature.feature.group,org.segmenta.diagram.feature.feature.group
. "$repo/releng/scripts/find-jdk.sh"
segmenta_find_jdk || exit 2
java="$JAVA_HOME/bin/java"
# Java writes standard output in the locale's charset: a UTF-8 one, as a user's terminal has, so that
# the Nordic letters can be checked (the POSIX locale of a bare CI shell would print them as '?')
export LC_ALL=C.UTF-8
for required in "$platform/plugins" "$repository/content.xml.xz" "$product/segmenta" "$example"; do
	if [ ! -e "$required" ]; then
		echo "install-test: $required is missing; build the repository and the products first" >&2
		exit 2
	fi
done

passed=0
failed=0
pass() {
	passed=$((passed + 1))
	echo "ok   $1"
}
fail() {
	failed=$((failed + 1))
	echo "FAIL $1"
}
# show_log FILE: the end of a command's output under a failed check
show_log() {
	tail -n 30 "$1" | cut -c 1-300 | sed 's/^/     | /'
}
finish() {
	echo "install-test: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

rm -rf "$work"
mkdir -p "$work"
eclipse="$work/eclipse"
cp -R "$platform" "$eclipse"
if ls "$eclipse"/plugins/org.segmenta.* >/dev/null 2>&1; then
	fail "the bare platform holds no Segmenta bundle"
	finish
fi
pass "the bare platform holds no Segmenta bundle"

# the installation's own launcher and p2 profile, as a user finds them in an Eclipse installation
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
profile=$(basename "$(ls -d "$eclipse"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile | head -n 1)" .profile)
repository_uri="file:$(cd "$repository" && pwd)"

# the README's install command
started=$(date +%s)
"$java" -jar "$launcher" -nosplash -application org.eclipse.equinox.p2.director \
	-repository "$repository_uri" -installIU "$features" \
	-destination "$eclipse" -profile "$profile" >"$work/director.log" 2>&1
status=$?
echo "     director: exit $status in $(($(date +%s) - started)) s, profile $profile"
if [ "$status" -ne 0 ] || ! grep -q "Operation completed" "$work/director.log"; then
	fail "the director installs $features from $repository_uri"
	show_log "$work/director.log"
	finish
fi
pass "the director installs the three features"
for feature in org.segmenta.feature org.segmenta.ui.feature org.segmenta.diagram.feature; do
	if ls -d "$eclipse"/features/"$feature"_* >/dev/null 2>&1; then
		pass "$feature is installed"
	else
		fail "$feature is installed (no features/${feature}_*)"
	fi
done
if [ -x "$eclipse/segmenta" ]; then
	pass "the core feature's launcher is installed as an executable root file"
else
	fail "the core feature's launcher is installed as an executable root file ($eclipse/segmenta)"
fi
bundles="$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in org.segmenta.cli org.segmenta.model org.segmenta.ui org.segmenta.diagram; do
	if grep -q "^$bundle," "$bundles"; then
		pass "$bundle is in the installation's bundles.info"
	else
		fail "$bundle is in the installation's bundles.info"
	fi
done

# the headless application in the installed platform, started as the product's launcher starts it
started=$(date +%s)
"$java" -Djava.awt.headless=true -jar "$launcher" -install "$eclipse" -configuration "$eclipse/configuration" \
	-data @none -application org.segmenta.cli.headless info "$example" >"$work/info.out" 2>"$work/info.err"
status=$?
echo "     info: exit $status in $(($(date +%s) - started)) s"
if [ "$status" -eq 0 ]; then
	pass "info on the example exits 0"
else
	fail "info on the example exits 0 (exit $status)"
	show_log "$work/info.err"
fi
# expectations read from the example itself
organisation=$(sed -n 's/.* organisation="\([^"]*\)".*/\1/p' "$example" | head -n 1)
if [ -n "$organisation" ] && grep -qF "Organisation: $organisation" "$work/info.out"; then
	pass "info prints the organisation ($organisation)"
else
	fail "info prints the organisation '$organisation'"
fi
personas=$(grep -o '<personas [^>]*' "$example" | sed -n 's/.* name="\([^"]*\)".*/\1/p')
count=$(printf '%s\n' "$personas" | grep -c .)
if grep -q "^  Persona  *$count\$" "$work/info.out" && grep -q "^Personas ($count)\$" "$work/info.out"; then
	pass "info counts $count personas"
else
	fail "info counts $count personas"
fi
missing=$(printf '%s\n' "$personas" | while read -r name; do grep -qF "  $name, " "$work/info.out" || echo "$name"; done)
if [ "$count" -gt 0 ] && [ -z "$missing" ]; then
	pass "info lists every persona with Nordic letters intact ($(printf '%s\n' "$personas" | tail -n 1))"
else
	fail "info lists every persona; missing or garbled: $missing"
fi
# the same summary as the headless product built from the same sources; the framework writes a log
# into the configuration area only when something went wrong while it started
logs_before=$(ls "$product"/configuration/*.log 2>/dev/null)
"$product/segmenta" info "$example" >"$work/product-info.out" 2>/dev/null
new_logs=$(ls "$product"/configuration/*.log 2>/dev/null | while read -r log; do
	printf '%s\n' "$logs_before" | grep -qxF "$log" || echo "$log"
done)
if [ -z "$new_logs" ]; then
	pass "the headless product starts without logging a framework error"
else
	fail "the headless product starts without logging a framework error"
	for log in $new_logs; do show_log "$log"; done
fi
if cmp -s "$work/product-info.out" "$work/info.out"; then
	pass "the installed platform prints what the headless product prints"
else
	fail "the installed platform prints what the headless product prints"
	diff "$work/product-info.out" "$work/info.out" | head -n 20 | sed 's/^/     | /'
fi
finish
