#!/bin/sh
# Quick run of the five benchmark pairs, then the target check. Under 3 minutes (2 min 50 s) on 2 cores with
# all three document sets (about 2 without the corpus). Run from anywhere, after
#   ./mvnw -B -f postmortem-bench/pom.xml package   (or the reactor build)
#
#   postmortem-bench/quick.sh [RESULTS.json]
#   POSTMORTEM_CORPUS=../shared/corpus postmortem-bench/quick.sh   # adds the corpus document set
#
# Exit status: CheckTargets's (0 every target met, 1 a target missed, 2 no results); on a miss it also
# prints a reminder that quick ratios scatter on small machines.
set -eu
cd "$(dirname "$0")/.."
out="${1:-postmortem-bench/target/quick.json}"
jar=postmortem-bench/target/benchmarks.jar
docs=examples,generated
if [ -n "${POSTMORTEM_CORPUS:-}" ]; then
  docs=examples,generated,corpus
  corpus=$(cd "$POSTMORTEM_CORPUS" && pwd)
  set -- -jvmArgsAppend "-Dpostmortem.corpus=$corpus"
else
  set --
fi
# Warm-up per pair, the same for both sides: on 2 cores the JIT works on our parse for 10 to 12 s on the
# corpus (commonmark's settles sooner), and a score taken earlier measures the compiler at work
# (PERFORMANCE.md, "Warm-up"). The parse pair gets 10 s, the JSON pairs 3 s; render and validate, far
# from their lines, 1 s.
part="${out%.json}"
java -jar "$jar" 'dev\.postmortem\.bench\.MarkdownParseBench' \
  -p docs="$docs" -f 1 -wi 5 -w 2s -i 3 -r 600ms -prof gc "$@" -rf json -rff "$part.parse.json"
java -jar "$jar" 'dev\.postmortem\.bench\.Json(Read|Write)Bench' \
  -p docs="$docs" -f 1 -wi 3 -w 1s -i 3 -r 300ms -prof gc "$@" -rf json -rff "$part.json.json"
java -jar "$jar" 'dev\.postmortem\.bench\.(Render|Validate)Bench' \
  -p docs="$docs" -f 1 -wi 2 -w 500ms -i 3 -r 300ms -prof gc "$@" -rf json -rff "$part.model.json"
status=0
java -cp "$jar" dev.postmortem.bench.CheckTargets --merge "$out" "$part.parse.json" "$part.json.json" "$part.model.json" \
  || status=$?
if [ "$status" -eq 1 ]; then
  echo "quick.sh: on a small machine a quick run's ratios scatter from run to run (the corpus parse read" \
    "0.5x to 1.0x on 2 cores); confirm a miss with the full run (PERFORMANCE.md, \"The quick run\")" >&2
fi
exit "$status"
