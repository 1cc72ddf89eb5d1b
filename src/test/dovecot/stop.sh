#!/usr/bin/env bash
# Stops the test Dovecot started by start.sh with the same DIR (only that instance, by its own config).
set -euo pipefail

dir="${1:-${CLIENTLENS_DOVECOT_DIR:-/tmp/clientlens-dovecot-$(id -un)}}"
dovecot_bin="$(command -v dovecot || echo /usr/sbin/dovecot)"
if [ ! -f "$dir/dovecot.conf" ]; then
  echo "stop.sh: no test dovecot in $dir" >&2
  exit 0
fi
pid_file="$dir/run/master.pid"
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  "$dovecot_bin" -c "$dir/dovecot.conf" stop
  for _ in $(seq 1 50); do
    kill -0 "$(cat "$pid_file" 2>/dev/null || echo 0)" 2>/dev/null || break
    sleep 0.1
  done
  echo "stop.sh: stopped the test dovecot in $dir"
fi
