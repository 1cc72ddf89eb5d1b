#!/usr/bin/env bash
# Starts a throwaway Dovecot IMAP server for the end-to-end test (ImapDovecotEndToEndTest):
# loopback only, a fresh self-signed CA and server certificate, one test user, no system configuration.
#
#   src/test/dovecot/start.sh [DIR]     # DIR: default $CLIENTLENS_DOVECOT_DIR, else /tmp/clientlens-dovecot-$USER
#   mvn test -Dtest=ImapDovecotEndToEndTest
#   src/test/dovecot/stop.sh [DIR]
#
# Writes DIR/dovecot.properties (ports, user, password file, CA certificate, Maildir) for the test.
# Needs the Debian package dovecot-imapd and openssl. As root, mail is stored as user nobody (Dovecot
# refuses to serve mail as root); as any other user, everything runs as that user.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
user_name="$(id -un)"
dir="${1:-${CLIENTLENS_DOVECOT_DIR:-/tmp/clientlens-dovecot-$user_name}}"
dovecot_bin="$(command -v dovecot || echo /usr/sbin/dovecot)"
if [ ! -x "$dovecot_bin" ]; then
  echo "start.sh: dovecot not found: install it (apt-get install -y dovecot-imapd)" >&2
  exit 1
fi

# A running instance from an earlier start is stopped first: each start is a fresh server.
if [ -f "$dir/dovecot.conf" ]; then
  "$here/stop.sh" "$dir" || true
fi
rm -rf "$dir"
mkdir -p "$dir"/{run,state,tls,home}
chmod 755 "$dir"
dir="$(cd "$dir" && pwd)"

if [ "$(id -u)" = 0 ]; then
  mail_user=nobody
  mail_group="$(id -gn nobody)"
  login_user=dovenull
  internal_user=dovecot
  internal_group=dovecot
else
  mail_user="$user_name"
  mail_group="$(id -gn)"
  login_user="$user_name"
  internal_user="$user_name"
  internal_group="$mail_group"
fi
mail_uid="$(id -u "$mail_user")"
mail_gid="$(getent group "$mail_group" | cut -d: -f3)"

# Certificates: a CA, and a server certificate it signed for localhost and 127.0.0.1, valid two days.
tls="$dir/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj "/CN=clientlens throwaway test CA" -keyout "$tls/ca.key" -out "$tls/ca.crt" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
  -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
  "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" > "$tls/server.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
  -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
chmod 600 "$tls"/*.key

# One user with a random password, readable only by us.
user=ingrid@fjordlys.no
umask 077
openssl rand -hex 16 > "$dir/password"
umask 022
home="$dir/home/ingrid"
mkdir -p "$home/Maildir"/{cur,new,tmp}
chown -R "$mail_uid:$mail_gid" "$home"
echo "$user:{PLAIN}$(cat "$dir/password"):$mail_uid:$mail_gid::$home::" > "$dir/users"
chmod 644 "$dir/users"

# Two free ports on loopback: one for imaps, one for imap with STARTTLS.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! port_in_use "$port" && [ "$port" != "${1:-}" ]; then
      echo "$port"
      return
    fi
  done
}
imaps_port="$(free_port)"
imap_port="$(free_port "$imaps_port")"

cat > "$dir/dovecot.conf" <<EOF
# Throwaway test server written by src/test/dovecot/start.sh; reads no system configuration.
instance_name = clientlens-test
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
listen = 127.0.0.1
protocols = imap
default_login_user = $login_user
default_internal_user = $internal_user
default_internal_group = $internal_group
first_valid_uid = $mail_uid
last_valid_uid = $mail_uid

ssl = yes
ssl_cert = <$tls/server.crt
ssl_key = <$tls/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $dir/users
}

mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  # Outlook's Norwegian name, so that only the special-use flag (not the usual names) can find it.
  mailbox "Sendte elementer" {
    special_use = \\Sent
  }
  mailbox Archive {
    special_use = \\Archive
  }
}

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
EOF
if [ "$(id -u)" != 0 ]; then
  # Unprivileged: no chroot for the login process, no privileged ports.
  cat >> "$dir/dovecot.conf" <<EOF
service imap-login {
  chroot =
}
service anvil {
  chroot =
}
EOF
fi

# Dovecot keeps its standard streams: give it a file, so no caller's pipe stays open behind it.
if ! "$dovecot_bin" -c "$dir/dovecot.conf" </dev/null >"$dir/startup.log" 2>&1; then
  echo "start.sh: dovecot did not start:" >&2
  cat "$dir/startup.log" >&2
  exit 1
fi
for _ in $(seq 1 50); do
  if port_in_use "$imaps_port" && port_in_use "$imap_port"; then
    break
  fi
  sleep 0.2
done
if ! port_in_use "$imaps_port"; then
  echo "start.sh: dovecot did not start listening on 127.0.0.1:$imaps_port; its log:" >&2
  cat "$dir/dovecot.log" >&2 || true
  exit 1
fi

cat > "$dir/dovecot.properties" <<EOF
host=localhost
imaps.port=$imaps_port
imap.port=$imap_port
user=$user
password.file=$dir/password
ca.cert=$tls/ca.crt
maildir=$home/Maildir
log=$dir/dovecot.log
EOF
echo "start.sh: dovecot $("$dovecot_bin" --version | cut -d' ' -f1) listening on 127.0.0.1:$imaps_port (imaps) and :$imap_port (imap+STARTTLS); details in $dir/dovecot.properties"
