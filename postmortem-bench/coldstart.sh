#!/bin/sh
# Cold start of the postmortem command: wall time of whole JVM runs, median of N, with the commands
# run in turn (A, B, A, B, ...) so that a machine that speeds up or slows down over minutes touches
# every command alike. hyperfine runs one command's runs and then the next's, and on a busy VM the
# machine's own drift between those stretches can be larger than the difference being measured.
#
#   postmortem-bench/coldstart.sh [-n N] [JAR ...]   (JAR paths absolute or from the repository root)
#
# Each JAR (default: postmortem-cli/target/postmortem.jar) runs
#   java -jar JAR check examples/lighthouse-outage.md
# from the repository root. For each JAR it prints the median, the quartiles and the fastest run, in
# milliseconds. Default N: 40, after 2 untimed runs each. A run that does not exit with 0 stops it
# (exit 2). Needs a POSIX shell, GNU date (+%N), sort and awk.
set -eu
cd "$(dirname "$0")/.."
n=40
if [ "${1:-}" = "-n" ]; then
  n=$2
  shift 2
fi
if [ $# -eq 0 ]; then
  set -- postmortem-cli/target/postmortem.jar
fi
doc=examples/lighthouse-outage.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One run; the example has no errors, so any exit status but 0 means the run failed, and stops the
# measurement (a failing jar would otherwise look fast).
run() {
  status=0
  java -jar "$1" check "$doc" >/dev/null 2>"$tmp/err" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "coldstart.sh: $1 exited with $status:" >&2
    cat "$tmp/err" >&2
    exit 2
  fi
}
for jar in "$@"; do
  [ -f "$jar" ] || { echo "coldstart.sh: no such jar: $jar" >&2; exit 2; }
  run "$jar"
  run "$jar"
done
i=0
while [ "$i" -lt "$n" ]; do
  k=0
  for jar in "$@"; do
    start=$(date +%s%N)
    run "$jar"
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >>"$tmp/$k"
    k=$((k + 1))
  done
  i=$((i + 1))
done
k=0
for jar in "$@"; do
  sort -n "$tmp/$k" | awk -v jar="$jar" '{ v[NR] = $1 }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "median %d ms  quartiles %d..%d  fastest %d  (%d runs)  %s\n",
          m, v[int(NR / 4) + 1], v[int(3 * NR / 4)], v[1], NR, jar }'
  k=$((k + 1))
done
