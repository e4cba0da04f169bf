# SPDX-License-Identifier: EPL-2.0
# Sourced by ./segmenta, ./run-tests and .ci/run: exports JAVA_HOME as a JDK of Java 21 or newer.
# Tries JAVA_HOME, the java on the PATH, then the JDKs under /usr/lib/jvm (newest first).

# the major version from the JDK's release file (every JDK since 9 has one), else from java itself,
# which costs a JVM start
segmenta_java_major() {
	major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
	if [ -n "$major" ]; then
		echo "$major"
		return
	fi
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

segmenta_find_jdk() {
	candidates=""
	[ -n "${JAVA_HOME:-}" ] && candidates="$JAVA_HOME"
	if command -v java >/dev/null 2>&1; then
		candidates="$candidates $(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
	fi
	candidates="$candidates $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV)"
	for home in $candidates; do
		home="${home%/}"
		[ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
		major=$(segmenta_java_major "$home")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			export JAVA_HOME="$home"
			return 0
		fi
	done
	echo "segmenta: no JDK 21 or newer found (tried JAVA_HOME, java on the PATH and /usr/lib/jvm)." >&2
	echo "segmenta: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, and set JAVA_HOME." >&2
	return 1
}
