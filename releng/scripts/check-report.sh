#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Checks the example's report in real clients, as CI runs it:
#   - LibreOffice (headless) converts report.pptx and report.xlsx to PDF without error;
#   - pdftotext finds every persona's Nordic name intact in report.pdf;
#   - headless Chromium renders report.html (a screenshot per viewport) without fetching anything;
#   - pdftoppm renders the PDF's first pages, for people to look at;
#   - the report in Danish, Swedish and Finnish (--language): LibreOffice opens its PPTX and XLSX,
#     pdftotext finds the language's contents page and agenda and no English heading
#     in the PDF and the deck, and æøå äö survive; pages of each to look at.
# Installs the Debian packages it needs when they are missing (as root, or through sudo).
#   releng/scripts/check-report.sh [OUTDIR]     (default: target/report-check)
# SEGMENTA=path/to/segmenta runs an already built product instead of ./segmenta.
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$repo/target/report-check}"
model="$repo/examples/nordic-members.segmentation"
. "$repo/releng/scripts/find-jdk.sh"
segmenta_find_jdk || exit 2

packages="libreoffice-impress libreoffice-calc poppler-utils chromium fonts-dejavu-core"
missing=""
for package in $packages; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
	echo "check-report: installing$missing" >&2
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

fail() {
	echo "check-report: FAILED: $*" >&2
	exit 1
}

rm -rf "$out"
mkdir -p "$out/report" "$out/converted" "$out/screenshots"
"${SEGMENTA:-$repo/segmenta}" report "$model" --out "$out/report" >/dev/null || fail "the report command failed"

# LibreOffice: a private profile, so that a running instance or a read-only HOME does not interfere
profile="$(mktemp -d)"
trap 'rm -rf "$profile" "${chrome_profile:-}"' EXIT
for file in report.pptx report.xlsx; do
	# one folder per file: both would become report.pdf
	mkdir -p "$out/converted/${file#*.}"
	soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/converted/${file#*.}" \
		"$out/report/$file" >"$out/converted/$file.log" 2>&1 || fail "LibreOffice could not convert $file"
	pdf="$out/converted/${file#*.}/${file%.*}.pdf"
	[ -s "$pdf" ] || fail "LibreOffice wrote no PDF for $file"
	echo "check-report: LibreOffice converted $file ($(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages)"
done

# pdftotext: the Nordic names as the model spells them
pdftotext -enc UTF-8 "$out/report/report.pdf" "$out/report.txt"
names="$(grep -o '<personas [^>]*name="[^"]*"' "$model" | sed 's/.* name="\([^"]*\)"/\1/')"
[ -n "$names" ] || fail "no persona names found in $model"
echo "$names" | while IFS= read -r name; do
	grep -qF "$name" "$out/report.txt" || fail "pdftotext does not find '$name' in report.pdf"
	grep -qF "$name" "$out/report.txt" && echo "check-report: report.pdf has '$name'"
done
pdffonts "$out/report/report.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' \
	|| fail "report.pdf has fonts that are not embedded"
pdftoppm -png -r 60 -f 1 -l 6 "$out/report/report.pdf" "$out/screenshots/pdf-page"
pdftoppm -png -r 50 "$out/converted/pptx/report.pdf" "$out/screenshots/pptx-slide"
pdftoppm -png -r 50 -f 1 -l 2 "$out/converted/xlsx/report.pdf" "$out/screenshots/xlsx-page"

# Chromium: renders the page without network access; the page itself forbids requests (CSP)
chrome_profile="$(mktemp -d)"
for size in 1280,2400 420,1600; do
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --user-data-dir="$chrome_profile" --hide-scrollbars \
		--window-size="$size" --screenshot="$out/screenshots/html-${size%,*}.png" \
		"file://$out/report/report.html" >"$out/chromium.log" 2>&1 || fail "Chromium could not render report.html"
	[ -s "$out/screenshots/html-${size%,*}.png" ] || fail "Chromium wrote no screenshot"
done
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	--disable-component-update --disable-sync --user-data-dir="$chrome_profile" --print-to-pdf="$out/converted/report-html.pdf" \
	--no-pdf-header-footer "file://$out/report/report.html" >>"$out/chromium.log" 2>&1 || fail "Chromium could not print report.html"
echo "$names" | while IFS= read -r name; do
	pdftotext -enc UTF-8 "$out/converted/report-html.pdf" - | grep -qF "$name" \
		|| fail "Chromium's rendering of report.html lacks '$name'"
done
echo "check-report: Chromium rendered report.html ($(pdfinfo "$out/converted/report-html.pdf" | awk '/^Pages:/ {print $2}') printed pages)"
# each language: the fixed texts in it (no English heading), the model's Nordic names intact
for language in da sv fi; do
	case $language in
	da) contents=Indhold agenda=Dagsorden ;;
	sv) contents=Innehåll agenda=Agenda ;;
	fi) contents=Sisällys agenda=Asialista ;;
	esac
	dir="$out/$language"
	mkdir -p "$dir/report" "$dir/pptx" "$dir/xlsx"
	"${SEGMENTA:-$repo/segmenta}" report "$model" --out "$dir/report" --formats pdf,pptx,xlsx --language "$language" >/dev/null 2>&1 \
		|| fail "the $language report failed"
	for file in report.pptx report.xlsx; do
		soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$dir/${file#*.}" \
			"$dir/report/$file" >"$dir/$file.log" 2>&1 || fail "LibreOffice could not convert the $language $file"
		[ -s "$dir/${file#*.}/report.pdf" ] || fail "LibreOffice wrote no PDF for the $language $file"
	done
	pdftotext -enc UTF-8 "$dir/report/report.pdf" - | tr -d '\f' >"$dir/report.txt"  # no form feeds before a page's first line
	pdftotext -enc UTF-8 "$dir/pptx/report.pdf" - | tr -d '\f' >"$dir/pptx.txt"
	grep -qxF "$contents" "$dir/report.txt" || fail "the $language report.pdf has no contents page '$contents'"
	grep -qF "$agenda" "$dir/pptx.txt" || fail "the $language deck has no agenda slide '$agenda'"
	for english in Contents Overview "Value communities"; do
		! grep -qxF "$english" "$dir/report.txt" "$dir/pptx.txt" || fail "the $language report has the English heading '$english'"
	done
	echo "$names" | while IFS= read -r name; do
		grep -qF "$name" "$dir/report.txt" && grep -qF "$name" "$dir/pptx.txt" \
			|| fail "the $language report.pdf or deck lacks '$name'"
	done
	pdftoppm -png -r 50 -f 1 -l 4 "$dir/report/report.pdf" "$out/screenshots/$language-pdf-page"
	pdftoppm -png -r 50 -f 1 -l 4 "$dir/pptx/report.pdf" "$out/screenshots/$language-pptx-slide"
	pdftoppm -png -r 50 -f 1 -l 1 "$dir/xlsx/report.pdf" "$out/screenshots/$language-xlsx-page"
	echo "check-report: the $language report reads '$contents' and '$agenda', no English heading, every Nordic name intact"
done
echo "check-report: all checks passed; screenshots in $out/screenshots"
