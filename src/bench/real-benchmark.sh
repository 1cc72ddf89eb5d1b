#!/usr/bin/env bash
# Times clientlens on given mail beside `mu index` (maildir-utils), in one run, alternating, on this machine.
#
#   src/bench/real-benchmark.sh [--runs K] [--my-domain D]... [--profile] [--repeat K] MAIL...
#
# MAIL is a Maildir, a folder of Maildirs (e.g. shared/data/real-mail/enron-inbox), an mbox file, or the
# three words `generated N CLIENTS`: a synthetic Maildir of about N messages (seed 7), generated once into
# target/bench/. Every MAIL is given to one clientlens scan as a source.
#
# Each run times, under /usr/bin/time -v and in this order: (1) `mu index` into an empty mu store,
# (2) the clientlens full scan with an empty store (--no-state), (3) the same with --timing-only. It
# prints one table: messages each one read, wall seconds (JVM start included), messages/s, user+sys CPU
# seconds, the part of them clientlens's JIT compiler threads took, peak RSS, and each clientlens rate
# divided by mu's rate in the same run; with --runs K also the median of each column over the runs.
# --profile adds one more full scan, untimed, under Java Flight Recorder and prints the methods with the
# most execution samples. --repeat K adds the full scan run K
# times in one JVM (src/bench/RepeatedScan.java), each run's wall, CPU and compiler CPU seconds: the first
# run pays for compiling, the last shows the compiled speed.
#
# What mu reads: mu indexes one Maildir root, so the script builds target/bench/real/mu-maildir, a tree
# of hard links (symbolic links across file systems) to every file in the cur/ and new/ folders of the
# given paths, and splits each mbox file into one message file per `From ` line there. mu and clientlens
# thus read the same bytes; files outside Maildirs inside a given folder are read by clientlens only.
# Before the first run every message file is read once, so that no tool pays for a cold page cache.
#
# Needs maildir-utils (installed when missing and running as root) and GNU time. The jar is built when
# target/clientlens.jar is missing. No mail is copied into the repository; target/ is not committed.
set -euo pipefail

usage() {
  echo "usage: $0 [--runs K] [--my-domain D]... [--profile] [--repeat K] MAIL... (MAIL: Maildir, folder of Maildirs," \
    "mbox file, or: generated N CLIENTS)" >&2
  exit 2
}

caller=$(pwd)
cd "$(dirname "$0")/../.."
runs=1
profile=false
repeat=0
domains=()
mail=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) [ $# -ge 2 ] && [[ $2 =~ ^[1-9][0-9]*$ ]] || usage; runs=$2; shift 2 ;;
    --my-domain) [ $# -ge 2 ] || usage; domains+=(--my-domain "$2"); shift 2 ;;
    --profile) profile=true; shift ;;
    --repeat) [ $# -ge 2 ] && [[ $2 =~ ^[1-9][0-9]*$ ]] || usage; repeat=$2; shift 2 ;;
    -h | --help) usage ;;
    generated)
      [ $# -ge 3 ] && [[ $2 =~ ^[1-9][0-9]*$ ]] && [[ $3 =~ ^[1-9][0-9]*$ ]] || usage
      mail+=("generated:$2:$3"); shift 3 ;;
    -*) usage ;;
    /*) mail+=("$1"); shift ;;
    *) mail+=("$caller/$1"); shift ;;
  esac
done
[ ${#mail[@]} -gt 0 ] || usage

if ! command -v mu >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q maildir-utils >/dev/null
  else
    echo "$0: mu not found: install the Debian package maildir-utils" >&2
    exit 3
  fi
fi
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time (GNU time) not found" >&2; exit 3; }
[ -f target/clientlens.jar ] || mvn -B -q package -DskipTests

bench=$(pwd)/target/bench/real
tree=$bench/mu-maildir
muhome=$bench/mu-home
mkdir -p "$bench"
rm -f "$bench"/time-*.txt "$bench"/*.err "$bench"/mu-*.log "$bench/results.tsv"
remove() { [ ! -e "$1" ] || { find "$1" -type d -exec chmod u+w {} +; rm -rf "$1"; }; }

# The sources clientlens reads, and the same messages as one Maildir tree for mu.
remove "$tree"
mkdir -p "$tree"
sources=()
described=()
i=0
for m in "${mail[@]}"; do
  i=$((i + 1))
  if [[ $m == generated:* ]]; then
    IFS=: read -r _ n clients <<< "$m"
    m=$(pwd)/target/bench/generated-$n-$clients-seed7
    [ -d "$m" ] || java -jar target/clientlens.jar generate --preset synthetic --messages "$n" \
      --clients "$clients" --seed 7 "$m" >/dev/null
  fi
  [ -e "$m" ] || { echo "$0: no such file or folder: $m" >&2; exit 3; }
  sources+=("$m")
  if [ -d "$m" ]; then
    files=$(find "$m" -type f \( -path '*/cur/*' -o -path '*/new/*' \) | wc -l)
    other=$(find "$m" -type f ! -path '*/cur/*' ! -path '*/new/*' ! -path '*/tmp/*' | wc -l)
    mkdir -p "$tree/$i"
    probe=$(find "$m" -type f \( -path '*/cur/*' -o -path '*/new/*' \) -print -quit)
    link=-l
    if [ -n "$probe" ] && ! ln "$probe" "$tree/$i/probe" 2>/dev/null; then link=-s; fi
    rm -f "$tree/$i/probe"
    # cp --parents keeps each file's whole path under $tree/$i: mu finds Maildirs at any depth
    find "$m" -type f \( -path '*/cur/*' -o -path '*/new/*' \) -print0 | xargs -0 -r cp $link --parents -t "$tree/$i"
    described+=("$m: a mail folder, $files message files in cur/ and new/ (linked for mu), $other other files (not given to mu)")
  else
    # mboxo: a line starting with "From " begins a message; the line itself is not part of it
    mkdir -p "$tree/$i/cur" "$tree/$i/new" "$tree/$i/tmp"
    awk -v dir="$tree/$i/cur" '
      /^From / { if (out) close(out); n++; out = sprintf("%s/%07d.mbox:2,", dir, n); next }
      out { print > out }
      END { if (out) close(out) }' "$m"
    files=$(find "$tree/$i/cur" -type f | wc -l)
    described+=("$m: a mail file, split into $files messages for mu at its 'From ' lines")
  fi
done

# Warm the page cache: every tool reads the same files from memory.
find "$tree" \( -type f -o -type l \) -print0 | xargs -0 -r cat > /dev/null
for s in "${sources[@]}"; do [ -d "$s" ] || cat "$s" > /dev/null; done

seconds() { awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s }' "$1"; }
cpu() { awk '/User time|System time/ { s += $NF } END { printf "%.2f", s }' "$1"; }
rss() { awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$1"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# The CPU seconds of the JIT compiler threads ("C1 CompilerThre...", "C2 CompilerThre...") of every JVM
# under process $1, sampled from /proc every 0.5 s while it runs (with shell builtins, so that the
# sampling itself takes next to no CPU): each thread's user+sys ticks as last seen, summed into file $2.
# A thread that ends between two samples loses at most 0.5 s.
watch_compilers() { # pid file
  local root=$1 file=$2 ticks pids p t comm stat
  local -a fields
  declare -A seen=()
  set +e # a process or thread may end between listing and reading it
  while kill -0 "$root" 2>/dev/null; do
    pids=$root
    for p in $(pgrep -P "$root"); do pids="$pids $p $(pgrep -P "$p" | tr '\n' ' ')"; done
    for p in $pids; do
      for t in /proc/"$p"/task/*; do
        read -r comm < "$t/comm" 2>/dev/null || continue
        case $comm in
          C1\ CompilerThre* | C2\ CompilerThre*)
            read -r stat < "$t/stat" 2>/dev/null || continue
            # after "pid (name) " the fields start at the state: utime and stime are the 12th and 13th
            read -r -a fields <<< "${stat##*) }"
            seen["$t"]=$((fields[11] + fields[12])) ;;
        esac
      done
    done
    sleep 0.5
  done
  ticks=0
  for t in "${!seen[@]}"; do ticks=$((ticks + seen[$t])); done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }' > "$file"
}

# Rows of results: run, tool, messages, wall s, CPU s, peak RSS MiB, 1-minute load at start, JIT s (clientlens).
results=$bench/results.tsv
: > "$results"
record() { # run tool messages load timefile [jit]
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(seconds "$5")" "$(cpu "$5")" "$(rss "$5")" "$4" "${6:-}" \
    >> "$results"
}
# Runs clientlens scan with the given extra options; a scan that skipped messages exits 1 and counts.
clientlens() { # run label timefile errfile options...
  local run=$1 label=$2 timefile=$3 errfile=$4 code=0 start
  shift 4
  start=$(load | cut -d' ' -f1)
  rm -rf "$bench/out-$label"
  /usr/bin/time -v -o "$timefile" java -jar target/clientlens.jar scan "${sources[@]}" "${domains[@]}" \
    --no-state --out "$bench/out-$label" "$@" > /dev/null 2> "$errfile" &
  local scan=$!
  watch_compilers "$scan" "$errfile.jit" &
  local watcher=$!
  wait "$scan" || code=$?
  wait "$watcher"
  if [ "$code" -gt 1 ]; then
    echo "$0: clientlens $label exited with $code; see $errfile" >&2
    tail -3 "$errfile" >&2
    exit 4
  fi
  read_count=$(sed -n 's/^clientlens: read \([0-9]*\) new messages.*/\1/p' "$errfile" | tail -1)
  record "$run" "$label" "${read_count:-0}" "$start" "$timefile" "$(cat "$errfile.jit")"
}

load_before=$(load)
started=$(date '+%Y-%m-%d %H:%M %Z')
for run in $(seq 1 "$runs"); do
  remove "$muhome"
  mu init --maildir="$tree" --muhome="$muhome" > /dev/null
  start=$(load | cut -d' ' -f1)
  /usr/bin/time -v -o "$bench/time-mu-$run.txt" mu index --muhome="$muhome" > "$bench/mu-$run.log" 2>&1
  indexed=$(mu info --muhome="$muhome" | awk -F'|' '/messages in store/ { gsub(/ /, "", $3); print $3 }')
  record "$run" mu "$indexed" "$start" "$bench/time-mu-$run.txt"
  clientlens "$run" full "$bench/time-full-$run.txt" "$bench/full-$run.err"
  clientlens "$run" timing-only "$bench/time-timing-$run.txt" "$bench/timing-$run.err" --timing-only
done
load_after=$(load)

echo "clientlens beside mu index, $started, $(nproc) cores, $(mu --version | head -1 | sed 's/.*version/mu/')," \
  "$(java -version 2>&1 | head -1)"
for d in "${described[@]}"; do echo "  $d"; done
[ ${#domains[@]} -eq 0 ] || echo "  clientlens options: ${domains[*]}"
echo "This machine is shared: other work may run during the benchmark. Load average (1, 5, 15 min)" \
  "before: $load_before; after: $load_after."
echo "Each run: mu index into an empty store, clientlens full scan (--no-state), clientlens --timing-only."
echo "Wall time includes JVM start; RSS is the peak of the largest process (the scanning JVM); load1: the 1-minute load"
echo "average as the step started. x mu: the rate over mu's rate in the same run; x mu CPU: the same with messages per"
echo "CPU second (user+sys), less disturbed by other work on the machine than wall time. JIT s: of that CPU, the part"
echo "of the JIT compiler threads (from /proc, every 0.5 s), which a scan of this size pays anew on every run."
echo
awk -F'\t' -v runs="$runs" '
  function median(list,   v, n, k, j, t) {
    n = split(list, v, " ")
    for (k = 2; k <= n; k++) { t = v[k] + 0; for (j = k - 1; j >= 1 && v[j] + 0 > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  function row(run, tool, msgs, wall, rate, cpu, jit, rss, ratio, cpuratio, ld) {
    printf "%-6s %-22s %8s %8s %7s %8s %6s %8s %6s %10s %6s\n", run, tool, msgs, wall, rate, cpu, jit, rss, ratio, cpuratio, ld
  }
  function quotient(a, b) { return b > 0 ? a / b : 0 }
  { run[NR] = $1; tool[NR] = $2; msgs[NR] = $3; wall[NR] = $4; cpu[NR] = $5; rss[NR] = $6; ld[NR] = $7; jit[NR] = $8
    rate[NR] = quotient($3, $4); cpurate[NR] = quotient($3, $5)
    if ($2 == "mu") { murate[$1] = rate[NR]; mucpurate[$1] = cpurate[NR] } }
  END {
    row("run", "tool", "messages", "wall s", "msg/s", "CPU s", "JIT s", "RSS MiB", "x mu", "x mu CPU", "load1")
    for (k = 1; k <= NR; k++) {
      t = tool[k]; name = t == "mu" ? "mu index" : "clientlens " t
      ratio = t == "mu" || murate[run[k]] == 0 ? "" : sprintf("%.2f", rate[k] / murate[run[k]])
      cpuratio = t == "mu" || mucpurate[run[k]] == 0 ? "" : sprintf("%.2f", cpurate[k] / mucpurate[run[k]])
      row(run[k], name, msgs[k], sprintf("%.2f", wall[k]), sprintf("%.0f", rate[k]), cpu[k], jit[k], rss[k], ratio, cpuratio, ld[k])
      W[t] = W[t] " " wall[k]; R[t] = R[t] " " rate[k]; C[t] = C[t] " " cpu[k]; J[t] = J[t] " " jit[k]
      S[t] = S[t] " " rss[k]; M[t] = M[t] " " msgs[k]; L[t] = L[t] " " ld[k]
      if (ratio != "") X[t] = X[t] " " ratio
      if (cpuratio != "") Y[t] = Y[t] " " cpuratio
    }
    if (runs > 1) {
      split("mu full timing-only", order, " ")
      for (k = 1; k <= 3; k++) {
        t = order[k]; name = t == "mu" ? "mu index" : "clientlens " t
        row("median", name, median(M[t]), sprintf("%.2f", median(W[t])), sprintf("%.0f", median(R[t])),
          sprintf("%.2f", median(C[t])), t == "mu" ? "" : sprintf("%.2f", median(J[t])), median(S[t]),
          t == "mu" ? "" : sprintf("%.2f", median(X[t])),
          t == "mu" ? "" : sprintf("%.2f", median(Y[t])), sprintf("%.2f", median(L[t])))
      }
    }
  }' "$results"
grep -h '^clientlens: read' "$bench/full-$runs.err" | sed 's/^/full scan: /'
grep -h '^clientlens: read' "$bench/timing-$runs.err" | sed 's/^/timing-only: /'

if $profile; then
  # The scanning JVM as Main would restart it (serial collector, Main.COMPILER_OPTIONS), started directly
  # so that one JVM records.
  recording=$bench/profile.jfr
  rm -f "$recording"
  rm -rf "$bench/out-profile"
  java -XX:+UseSerialGC -XX:FreqInlineSize=50 -XX:InlineSmallCode=500 "-XX:StartFlightRecording=filename=$recording,settings=profile" \
    -jar target/clientlens.jar scan "${sources[@]}" "${domains[@]}" --no-state --out "$bench/out-profile" \
    > "$bench/profile.out" 2> "$bench/profile.err" || [ $? -le 1 ]
  echo
  echo "Profile of one more full scan (JFR, settings=profile, not timed above): $recording"
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$recording" | awk '
    # a frame reads "package.Class.method(arguments) line: N"; its package is what precedes ".Class.method("
    function package(frame,   p) { p = frame; sub(/\.[^.]*\(.*$/, "", p); sub(/\.[^.]*$/, "", p); return p }
    /stackTrace = \[/ { inside = 1; depth = 0; owner = ""; split("", seen); samples++; next }
    inside && /^[[:space:]]*\]/ { inside = 0; bypkg[owner == "" ? "(JDK frames only)" : owner]++; next }
    inside {
      frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame)
      if (frame == "...") next
      if (depth++ == 0) self[frame]++
      if (owner == "" && frame !~ /^(java|javax|jdk|sun|com\.sun)\./) owner = package(frame)
      if (!(frame in seen) && frame !~ /^(java\.util\.concurrent\.|java\.lang\.Thread\.)/) { seen[frame] = 1; total[frame]++ }
    }
    END {
      printf "%d execution samples (all threads)\n", samples
      print "Top 15 methods by samples where the method itself was running (top frame):"
      for (f in self) printf "%7d %5.1f%%  %s\n", self[f], 100 * self[f] / samples, f | "sort -rn | head -15"
      close("sort -rn | head -15")
      print "Top 15 methods by samples with the method anywhere on the stack (thread pool frames left out):"
      for (f in total) printf "%7d %5.1f%%  %s\n", total[f], 100 * total[f] / samples, f | "sort -rn | head -15"
      close("sort -rn | head -15")
      print "Samples by the package of the innermost frame outside the JDK (top 10):"
      for (p in bypkg) printf "%7d %5.1f%%  %s\n", bypkg[p], 100 * bypkg[p] / samples, p | "sort -rn | head -10"
      close("sort -rn | head -10")
    }'
fi

if [ "$repeat" -gt 0 ]; then
  # The scanning JVM as Main would restart it, as for --profile.
  echo
  echo "The full scan $repeat times in one JVM (src/bench/RepeatedScan.java; its output in $bench/repeated.log):"
  rm -rf "$bench/out-repeated"
  java -XX:+UseSerialGC -XX:FreqInlineSize=50 -XX:InlineSmallCode=500 "-Drepeated.log=$bench/repeated.log" \
    -cp target/clientlens.jar src/bench/RepeatedScan.java "$repeat" scan "${sources[@]}" "${domains[@]}" \
    --no-state --no-html --out "$bench/out-repeated"
fi
