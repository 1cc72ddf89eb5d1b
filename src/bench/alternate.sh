#!/usr/bin/env bash
# Compares two builds of clientlens on the same command, alternating their runs so that the machine's
# changing load falls on both alike.
#
#   src/bench/alternate.sh RUNS JAR_A JAR_B -- ARG...
#
# Runs `java -jar JAR ARG... --out DIR` RUNS times for each jar, A then B then A and so on, each under
# GNU time, with the JVM options Main restarts with (serial collector, smaller inlining limits), and the
# output of each jar in a folder of its own under target/bench/alternate/. Prints each jar's wall and
# user+sys CPU seconds per run, then their medians and minima. Relative paths in ARG are taken from where
# the script is started. Example, the build in target/ against an older one:
#
#   cp target/clientlens.jar /tmp/new.jar   # (after building each)
#   src/bench/alternate.sh 6 /tmp/old.jar /tmp/new.jar -- scan ../shared/data/real-mail/enron-inbox --no-state
set -euo pipefail

usage() {
  echo "usage: $0 RUNS JAR_A JAR_B -- ARG... (the clientlens arguments, without --out)" >&2
  exit 2
}

[ $# -ge 4 ] && [[ $1 =~ ^[1-9][0-9]*$ ]] && [ "$4" = "--" ] || usage
runs=$1
jars=("$(realpath "$2")" "$(realpath "$3")")
shift 4
[ $# -gt 0 ] || usage
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "$0: no such jar: $jar" >&2; exit 2; }
done
command -v /usr/bin/time >/dev/null || { echo "$0: needs GNU time (/usr/bin/time)" >&2; exit 2; }

out=$(cd "$(dirname "$0")/../.." && pwd)/target/bench/alternate
mkdir -p "$out"
results=$out/results.tsv
: > "$results"
for run in $(seq "$runs"); do
  for j in 0 1; do
    label=$([ $j = 0 ] && echo A || echo B)
    rm -rf "$out/report-$label"
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" \
      java -XX:+UseSerialGC -XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -jar "${jars[$j]}" "$@" \
      --out "$out/report-$label" > "$out/run.out" 2> "$out/run.err" || [ $? -le 1 ]
    read -r wall user sys < <(tail -1 "$out/time.txt")
    printf '%s\t%s\t%s\t%s\n' "$label" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >> "$results"
  done
done

echo "A: ${jars[0]}"
echo "B: ${jars[1]}"
echo "command: java -jar JAR $* --out DIR; $runs runs each, alternating; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'\t' '
  function median(list, n,    sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  function least(list, n,    i, m) { m = list[1]; for (i = 2; i <= n; i++) if (list[i] < m) m = list[i]; return m }
  { n[$1]++; wall[$1, n[$1]] = $3; cpu[$1, n[$1]] = $4; runs[$1] = runs[$1] " " $3 }
  END {
    printf "%-4s %12s %12s %12s %12s   %s\n", "jar", "wall median", "wall min", "CPU median", "CPU min", "wall s per run"
    for (k = 0; k < 2; k++) {
      label = k == 0 ? "A" : "B"
      for (i = 1; i <= n[label]; i++) { w[i] = wall[label, i]; c[i] = cpu[label, i] }
      printf "%-4s %12.2f %12.2f %12.2f %12.2f  %s\n", label, median(w, n[label]), least(w, n[label]),
        median(c, n[label]), least(c, n[label]), runs[label]
    }
  }' "$results"
