#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Checks what an Eclipse project's reader expects of every bundle and source file: the licence
# header, externalised bundle names, versioned dependencies and exports, the shared formatter and
# clean-up profile, and a line in the README's Layout section. Prints each problem; exit 1 if any.
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
problems=$(mktemp)
trap 'rm -f "$problems"' EXIT

[ -f LICENSE ] && grep -q "Eclipse Public License - v 2.0" LICENSE || echo "LICENSE: missing or not EPL-2.0" >>"$problems"

# hand-written sources (generated EMF code lives in src-gen/ and carries the genmodel's header)
git ls-files '*.java' '*.ts' '*.tsx' '*.mjs' '*.sh' run-tests segmenta .ci/run features/org.segmenta.feature/rootfiles/segmenta \
	| grep -v '/src-gen/' | while read -r file; do
	head -n 8 "$file" | grep -q "SPDX-License-Identifier: EPL-2.0" || echo "$file: no SPDX-License-Identifier header" >>"$problems"
done

for manifest in bundles/*/META-INF/MANIFEST.MF; do
	bundle=${manifest%/META-INF/MANIFEST.MF}
	awk -v file="$manifest" '
		# join continuation lines, then check each entry of the dependency and export headers
		/^ / { line = line substr($0, 2); next }
		{ if (line != "") check(line); line = $0 }
		END { if (line != "") check(line) }
		function check(header,    name, value, n, i, entries, entry, quoted, c, current) {
			name = substr(header, 1, index(header, ":") - 1)
			value = substr(header, index(header, ":") + 2)
			if ((name == "Bundle-Name" || name == "Bundle-Vendor") && value !~ /^%/)
				print file ": " name " is not externalised (%key in plugin.properties)"
			if (name != "Require-Bundle" && name != "Import-Package" && name != "Export-Package") return
			n = 0; quoted = 0; current = ""
			for (i = 1; i <= length(value); i++) {
				c = substr(value, i, 1)
				if (c == "\"") quoted = !quoted
				if (c == "," && !quoted) { entries[++n] = current; current = "" } else current = current c
			}
			entries[++n] = current
			for (i = 1; i <= n; i++) {
				entry = entries[i]
				if (name == "Require-Bundle" && entry !~ /bundle-version="/)
					print file ": Require-Bundle " entry " has no version range"
				if (name == "Import-Package" && entry !~ /version="/ && entry !~ /^(javax|jdk|org\.w3c|org\.xml|com\.sun\.net)\./)
					print file ": Import-Package " entry " has no version range"
				if (name == "Export-Package" && entry !~ /version="/)
					print file ": Export-Package " entry " has no version"
			}
		}' "$manifest" >>"$problems"
	for prefs in org.eclipse.jdt.core.prefs org.eclipse.jdt.ui.prefs; do
		cmp -s "releng/settings/$prefs" "$bundle/.settings/$prefs" \
			|| echo "$bundle/.settings/$prefs: differs from releng/settings (run releng/scripts/apply-settings.sh)" >>"$problems"
	done
	grep -q "^Bundle-Localization: plugin" "$manifest" && [ -f "$bundle/plugin.properties" ] \
		|| echo "$bundle: no Bundle-Localization with a plugin.properties" >>"$problems"
done

# the README's Layout section names every bundle and feature
layout=$(sed -n '/^## Layout/,/^## /p' README.md)
for module in bundles/*/ features/*/ releng/*/; do
	name=$(basename "$module")
	[ "$name" = scripts ] || [ "$name" = settings ] && continue
	[ -f "$module/META-INF/MANIFEST.MF" ] || [ -f "$module/feature.xml" ] || [ -f "$module/pom.xml" ] || continue
	printf '%s\n' "$layout" | grep -qE "(^|[[:space:]/])$name/?([[:space:]]|$)" || echo "README.md: the Layout section does not name $name" >>"$problems"
done

# every NLS fragment translates exactly its host's texts: each messages_xx.properties (and
# plugin_xx.properties) holds the keys of the host's messages.properties (plugin.properties)
keys() { sed -n 's/^\([A-Za-z_][A-Za-z0-9_.]*\)[[:space:]]*[=:].*/\1/p' "$1" | sort -u; }
for fragment in bundles/*.nl_*/; do
	fragment=${fragment%/}
	language=${fragment##*.nl_}
	host=bundles/$(sed -n 's/^Fragment-Host: \([^;]*\).*/\1/p' "$fragment/META-INF/MANIFEST.MF")
	find "$fragment" -name "messages_$language.properties" -not -path '*/target/*' | while read -r translation; do
		english="$host/src/${translation#"$fragment"/}"
		english="${english%_"$language".properties}.properties"
		[ -f "$english" ] || { echo "$translation: no $english to translate" >>"$problems"; continue; }
		keys "$english" | comm -23 - "$(keys "$translation" >"$problems.keys"; echo "$problems.keys")" \
			| sed "s|^|$translation: no translation of |" >>"$problems"
		keys "$translation" | comm -13 "$(keys "$english" >"$problems.keys"; echo "$problems.keys")" - \
			| sed "s|^|$translation: no English text for |" >>"$problems"
	done
	[ -d "$host/src" ] && find "$host/src" -name messages.properties -not -path '*/target/*' | while read -r english; do
		translation="$fragment/${english#"$host"/src/}"
		[ -f "${translation%.properties}_$language.properties" ] || echo "$english: no translation in $fragment" >>"$problems"
	done
	if [ -f "$fragment/plugin_$language.properties" ]; then
		keys "$host/plugin.properties" | comm -23 - "$(keys "$fragment/plugin_$language.properties" >"$problems.keys"; echo "$problems.keys")" \
			| sed "s|^|$fragment/plugin_$language.properties: no translation of |" >>"$problems"
	fi
done
rm -f "$problems.keys"

# user-facing code passes its texts through Messages: no English literal given to a widget or dialog
for bundle in org.segmenta.ui org.segmenta.diagram.ui; do
	git ls-files "bundles/$bundle/src/*.java" | xargs grep -nE \
		'(setText|setDescription|setErrorMessage|setMessage|setTitle|setToolTipText|setWindowTitle|openError|openInformation|openQuestion|createButton|new Action|column)\([^)]*"[A-Z][a-z]+ [a-z]' \
		| sed 's/$/: an English literal; put it in messages.properties/' >>"$problems" || true
done

# a text without {0} is shown as it is written, so '' in it would show as two apostrophes
git ls-files 'bundles/*messages*.properties' | xargs grep -nH "''" | grep -v ':[0-9]*:[[:space:]]*#' | grep -v '{[0-9]' \
	| sed "s/\$/: '' in a text without arguments; write one '/" >>"$problems" || true

if [ -s "$problems" ]; then
	cat "$problems" >&2
	echo "check-hygiene: $(wc -l <"$problems") problem(s)" >&2
	exit 1
fi
echo "check-hygiene: every bundle and source file is in order"
