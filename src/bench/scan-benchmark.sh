#!/usr/bin/env bash
# Times `scan` on a generated Maildir and reports messages per second and peak RSS.
#
#   src/bench/scan-benchmark.sh [MESSAGES] [CLIENTS]     (defaults: 100000 messages, 400 clients)
#
# The mailbox is generated once into target/bench/ (deterministic: seed 42) and reused by later runs; the
# third scan's extra message is removed again afterwards.
# Peak RSS is from GNU time: the largest of the launching JVM and the scanning JVM it restarts into
# (see Main); the launcher itself stays near 45 MiB while it waits.
set -euo pipefail
cd "$(dirname "$0")/../.."
messages=${1:-100000}
clients=${2:-400}
bench=target/bench
mailbox=$bench/maildir-$messages
mkdir -p "$bench"

[ -f target/clientlens.jar ] || mvn -B -q package -DskipTests
if [ ! -d "$mailbox" ]; then
  java -jar target/clientlens.jar generate --preset synthetic --messages "$messages" --clients "$clients" \
    --seed 42 "$mailbox"
fi
files=$(find "$mailbox" -type f -path '*/cur/*' -o -type f -path '*/new/*' | wc -l)




# A first scan into an empty store (language analysis on); then the nightly case with nothing new (the
# same --out: the tree's stamp and the reports' stamp let it skip both the listing and the report); then
# one new message delivered, which makes the report phase run over the whole store.
rm -rf "$bench/state" "$bench/report"
/usr/bin/time -v -o "$bench/time.txt" \
  java -jar target/clientlens.jar scan "$mailbox" --out "$bench/report" --state "$bench/state" 2> "$bench/scan.err" || true
/usr/bin/time -v -o "$bench/time2.txt" \
  java -jar target/clientlens.jar scan "$mailbox" --out "$bench/report" --state "$bench/state" 2> "$bench/scan2.err" || true
late="$mailbox/new/2000000000.M1P1.bench"
printf 'From: Kari <kari@acme.no>\nTo: ingrid@fjordlys.no\nSubject: One more\nDate: Mon, 13 Apr 2026 09:00:00 +0200\nMessage-ID: <bench-late@acme.no>\n\nWhere is the plan?\n' > "$late"
touch -d '-1 hour' "$mailbox/new"
/usr/bin/time -v -o "$bench/time3.txt" \
  java -jar target/clientlens.jar scan "$mailbox" --out "$bench/report" --state "$bench/state" 2> "$bench/scan3.err" || true
rm -f "$late"
touch -d '-1 hour' "$mailbox/new"
summary=$(grep 'clientlens: read' "$bench/scan.err" | tail -1)
wall=$(grep 'Elapsed (wall clock)' "$bench/time.txt" | awk '{print $NF}')
rss_kb=$(grep 'Maximum resident set size' "$bench/time.txt" | awk '{print $NF}')
seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
later() {
  echo "$(grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}') wall, peak RSS $(awk '/Maximum resident/ { printf "%.0f", $NF / 1024 }' "$1") MiB"
}
echo "mailbox: $mailbox ($files files)"
echo "scan: $summary"
echo "wall (JVM start included): ${seconds} s"
echo "throughput (wall): $(awk -v n="$files" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') messages/s"
echo "peak RSS: $(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }') MiB"
echo "second scan, nothing new: $(later "$bench/time2.txt")"
echo "third scan, one new message: $(later "$bench/time3.txt")"
echo "cores: $(nproc)"
