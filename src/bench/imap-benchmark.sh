#!/usr/bin/env bash
# Times a first full IMAP scan against a local Dovecot beside mbsync pulling the same folders into an
# empty Maildir, then a nightly scan when nothing changed.
#
#   src/bench/imap-benchmark.sh [MESSAGES] [CLIENTS]     (defaults: 20000 messages, 100 clients)
#
# Needs the Debian packages dovecot-imapd, isync and bc (installed when missing and running as root).
# Everything stays on loopback; Dovecot is started from src/test/dovecot/start.sh and stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
messages=${1:-20000}
clients=${2:-100}
bench=$(pwd)/target/bench/imap
mailbox=target/bench/maildir-$messages
mkdir -p "$bench"
if ! command -v mbsync >/dev/null || ! command -v bc >/dev/null || ! command -v dovecot >/dev/null; then
  [ "$(id -u)" = 0 ] && apt-get install -y -q isync bc dovecot-imapd >/dev/null
fi
[ -f target/clientlens.jar ] || mvn -B -q package -DskipTests
[ -d "$mailbox" ] || java -jar target/clientlens.jar generate --preset synthetic --messages "$messages" \
  --clients "$clients" --seed 42 "$mailbox"

dovecot_dir="$bench/dovecot"
src/test/dovecot/start.sh "$dovecot_dir" >/dev/null
trap 'src/test/dovecot/stop.sh "$dovecot_dir" >/dev/null 2>&1 || true' EXIT
prop() { grep "^$1=" "$dovecot_dir/dovecot.properties" | cut -d= -f2-; }
port=$(prop imaps.port); user=$(prop user); password_file=$(prop password.file); ca=$(prop ca.cert)
maildir=$(prop maildir)
rm -rf "$maildir" && mkdir -p "$maildir"
cp -r "$mailbox"/. "$maildir"/
rm -f "$maildir/expected-clients.csv"
if [ "$(id -u)" = 0 ]; then chown -R nobody "$maildir"; fi

# mbsync pulls the same three folders into an empty Maildir; a first run also warms Dovecot's indexes.
{
  echo "IMAPAccount bench"
  echo "Host localhost"
  echo "Port $port"
  echo "User $user"
  echo "PassCmd \"cat $password_file\""
  echo "SSLType IMAPS"
  echo "CertificateFile $ca"
  echo
  echo "IMAPStore remote"
  echo "Account bench"
  echo
  echo "MaildirStore local"
  echo "Path $bench/pulled/"
  echo "Inbox $bench/pulled/INBOX"
  echo "SubFolders Verbatim"
  echo
  echo "Channel pull"
  echo "Far :remote:"
  echo "Near :local:"
  echo "Patterns INBOX Sent Archive"
  echo "Create Near"
  echo "Sync Pull"
  echo "SyncState *"
} > "$bench/mbsyncrc"
pull() { rm -rf "$bench/pulled" && mkdir -p "$bench/pulled" && mbsync -q -c "$bench/mbsyncrc" pull; }
seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "$end - $start" | bc; }
pull
mbsync_s=$(seconds pull)

scan() {
  java -jar target/clientlens.jar scan "imaps://$(echo "$user" | sed 's/@/%40/')@localhost:$port" \
    --password-file "$password_file" --ca-cert "$ca" --folder INBOX --folder Sent --folder Archive \
    --state "$bench/state" --out "$bench/report" 2>> "$bench/scan.err"
}
rm -rf "$bench/state" "$bench/scan.err"
first_s=$(seconds scan)
nightly_s=$(seconds scan)

count=$(find "$maildir" -type f \( -path '*/cur/*' -o -path '*/new/*' \) | wc -l)
pulled=$(find "$bench/pulled" -type f \( -path '*/cur/*' -o -path '*/new/*' \) | wc -l)
echo "mailbox: $count messages in INBOX, Sent and Archive on a local Dovecot (imaps, loopback, 2 cores)"
printf 'mbsync 1.4 (pull %d messages into an empty Maildir): %.1f s, %.0f messages/s\n' "$pulled" "$mbsync_s" \
  "$(echo "$pulled / $mbsync_s" | bc -l)"
printf 'clientlens first scan (empty store, language analysis on): %.1f s, %.0f messages/s\n' "$first_s" \
  "$(echo "$count / $first_s" | bc -l)"
printf 'clientlens nightly scan with nothing new (JVM start included): %.2f s\n' "$nightly_s"
grep 'clientlens: read' "$bench/scan.err" | cut -c1-140
