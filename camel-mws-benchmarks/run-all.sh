#!/usr/bin/env bash
# Runs every scenario of camel-mws-benchmarks, each in a JVM of its own, and prints their figures and a summary.
#
#   camel-mws-benchmarks/run-all.sh --quick   every scenario at reduced size (under 10 minutes on 2 cores)
#   camel-mws-benchmarks/run-all.sh           every scenario at the full size BENCHMARKS.md quotes
#
# Builds target/benchmarks.jar first when it is missing or older than the sources. The output is also written to
# target/run-all-<size>-<UTC time>.log. Exit status: 0 when every scenario ran and lost nothing, 1 when one saw
# lost data, 2 when one could not run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=full
args=()
for a in "$@"; do
    case "$a" in
        --quick) size=quick; args+=(--quick) ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $a (use --quick or nothing)" >&2; exit 64 ;;
    esac
done

jar=camel-mws-benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml camel-mws-component camel-mws-simulator camel-mws-cluster camel-mws-benchmarks \
        -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]; then
    echo "Building $jar"
    mvn -B -q ${MAVEN_ARGS:-} -pl camel-mws-benchmarks -am package -DskipTests
fi

log="camel-mws-benchmarks/target/run-all-$size-$(date -u +%Y%m%dT%H%M%SZ).log"
start=$(date +%s)
status=0
java -cp "$jar" org.apache.camel.mws.benchmarks.scenario.ScenarioRunner all "${args[@]}" 2>&1 | tee "$log" \
    || status=${PIPESTATUS[0]}
echo "run-all.sh ($size) took $(( $(date +%s) - start )) s; output in $log"
exit "$status"
