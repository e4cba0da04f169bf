#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Copies the shared formatter and clean-up profile (releng/settings) into every bundle's .settings,
# so the Eclipse IDE formats and cleans each bundle alike. check-hygiene.sh checks they match.
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for bundle in "$repo"/bundles/*/; do
	[ -f "$bundle/META-INF/MANIFEST.MF" ] || continue
	mkdir -p "$bundle/.settings"
	cp "$repo"/releng/settings/org.eclipse.jdt.core.prefs "$repo"/releng/settings/org.eclipse.jdt.ui.prefs "$bundle/.settings/"
done
