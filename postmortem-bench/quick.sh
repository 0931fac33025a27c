#!/bin/sh
# Quick run of the five benchmark pairs, then the target check. Under 3 minutes on 2 cores with
# all three document sets (about 2 without the corpus). Run from anywhere, after
#   ./mvnw -B -f postmortem-bench/pom.xml package   (or the reactor build)
#
#   postmortem-bench/quick.sh [RESULTS.json]
#   POSTMORTEM_CORPUS=../shared/corpus postmortem-bench/quick.sh   # adds the corpus document set
#
# Exit status: CheckTargets's (0 every target met, 1 a target missed, 2 no results).
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
java -jar "$jar" 'dev\.postmortem\.bench\.(MarkdownParse|JsonRead|JsonWrite|Render|Validate)Bench' \
  -p docs="$docs" -f 1 -wi 3 -w 500ms -i 3 -r 700ms -prof gc "$@" -rf json -rff "$out"
java -cp "$jar" dev.postmortem.bench.CheckTargets "$out"
