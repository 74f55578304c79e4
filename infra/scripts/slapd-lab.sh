#!/usr/bin/env bash
# A lab OpenLDAP for trying Latchkey's hybrid writeback by hand and for the
# browser test: the same configuration, schema and ppolicy as the agent's
# tests (functions/agent/lab/slapd.conf and base.ldif: pwdMinLength 10,
# history 3, lockout after 3 failures), served on 127.0.0.1:<port> with
# StartTLS under its own CA. Needs Debian's slapd and openssl packages.
#
#   slapd-lab.sh start DIR PORT   make (first time) and start it; DIR/ca.pem is
#                                 the CA the agent trusts (LATCHKEY_AGENT_CA_BUNDLE);
#                                 a second start of a running server does nothing
#   slapd-lab.sh stop DIR
#
# The agent's settings (printed when it starts):
#   LATCHKEY_AGENT_LDAP_URL=ldap://127.0.0.1:PORT  LATCHKEY_AGENT_CA_BUNDLE=DIR/ca.pem
#   LATCHKEY_AGENT_BIND_DN=cn=latchkey,ou=services,dc=example,dc=test
#   LATCHKEY_AGENT_BIND_SECRET=agent-secret-123  LATCHKEY_AGENT_BASE_DN=dc=example,dc=test
# Users: adele (Old-Password-1, adele@example.test, in Sales) and alex (Alex-Password-1).
set -euo pipefail
ACTION="${1:?start or stop}"; DIR="${2:?a directory}"
LAB="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../functions/agent/lab" && pwd)"
say() { echo "[slapd-lab] $*" >&2; }

running() { [ -f "$DIR/slapd.pid" ] && kill -0 "$(cat "$DIR/slapd.pid")" 2>/dev/null; }

stop() {
    if running; then
        say "stopping slapd ($(cat "$DIR/slapd.pid"))"
        kill "$(cat "$DIR/slapd.pid")"
        for _ in $(seq 1 50); do running || break; sleep 0.1; done
        if running; then kill -9 "$(cat "$DIR/slapd.pid")"; fi
    fi
    rm -f "$DIR/slapd.pid"
}

if [ "$ACTION" = stop ]; then stop; exit 0; fi
[ "$ACTION" = start ] || { echo "usage: slapd-lab.sh start DIR PORT | stop DIR" >&2; exit 2; }
PORT="${3:?a port}"
for binary in /usr/sbin/slapd /usr/sbin/slapadd /usr/bin/openssl; do
    [ -x "$binary" ] || { say "$binary is missing: apt-get install slapd openssl"; exit 1; }
done
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
if running; then
    say "already running on ldap://127.0.0.1:$PORT (pid $(cat "$DIR/slapd.pid"))"
    exit 0
fi

if [ ! -f "$DIR/server.pem" ]; then
    say "making a CA and a certificate for 127.0.0.1 in $DIR"
    EC=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${EC[@]}" -days 30 -subj "/CN=Latchkey lab CA" \
        -keyout "$DIR/ca.key" -out "$DIR/ca.pem" 2>/dev/null
    openssl req "${EC[@]}" -subj "/CN=127.0.0.1" -keyout "$DIR/server.key" -out "$DIR/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$DIR/server.ext"
    openssl x509 -req -in "$DIR/server.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" -CAcreateserial -days 30 \
        -extfile "$DIR/server.ext" -out "$DIR/server.pem" 2>/dev/null
    chmod 600 "$DIR/ca.key" "$DIR/server.key"
fi

# The shared configuration, with this directory and the TLS settings (global:
# before the first database line), as testing.rs writes it.
TLS="TLSCACertificateFile $DIR/ca.pem\nTLSCertificateFile $DIR/server.pem\nTLSCertificateKeyFile $DIR/server.key"
sed -e "s#@DIR@#$DIR#g" -e "0,/^database mdb\$/s##$TLS\ndatabase mdb#" "$LAB/slapd.conf" >"$DIR/slapd.conf"

if [ ! -f "$DIR/db/data.mdb" ]; then
    say "loading the lab's users into $DIR/db"
    mkdir -p "$DIR/db"
    slapadd -f "$DIR/slapd.conf" -l "$LAB/base.ldif" >/dev/null
else
    say "keeping the database in $DIR/db"
fi

slapd -f "$DIR/slapd.conf" -h "ldap://127.0.0.1:$PORT/"
for _ in $(seq 1 100); do
    running && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || { say "slapd did not start (see $DIR/slapd.conf)"; exit 1; }
say "ready on ldap://127.0.0.1:$PORT (StartTLS; CA $DIR/ca.pem)"
say "agent: LATCHKEY_AGENT_LDAP_URL=ldap://127.0.0.1:$PORT LATCHKEY_AGENT_CA_BUNDLE=$DIR/ca.pem LATCHKEY_AGENT_BIND_DN=cn=latchkey,ou=services,dc=example,dc=test LATCHKEY_AGENT_BASE_DN=dc=example,dc=test (the bind secret: this script's header)"
