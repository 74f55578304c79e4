#!/usr/bin/env bash
# A throwaway Samba AD DC on 127.0.0.2 (LDAP 389, LDAPS 636: Samba's ports are
# fixed, so it gets its own loopback address) for the writeback agent's
# Active Directory tests. Needs root and Debian's samba-ad-dc and
# samba-ad-provision packages (infra/test.sh installs them).
#
#   samba-dc.sh start DIR   provision (from a cached snapshot after the first
#                           time), add the test users, start, wait until LDAPS
#                           answers; DIR/ca.pem is the CA to trust
#   samba-dc.sh stop DIR
#
# The domain: EXAMPLE.TEST; service account latchkey@example.test
# (Agent-Passw0rd-1, a Domain Admin); users adele (Old-Passw0rd-1; mail,
# mobile, telephone, in group Sales) and alex (Alex-Passw0rd-1). Lockout after
# 3 failures; complexity on; history 24; minimum length 7. The old password
# stops working at once (Samba's default lets it sign in for another hour).
set -euo pipefail
ACTION="${1:?start or stop}"; DIR="${2:?a directory}"
ADDRESS=127.0.0.2
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/latchkey"
VERSION="$(samba --version | awk '{print $2}')"
SNAPSHOT="$CACHE/samba-dc-$VERSION.tar"

stop() {
    if [ -f "$DIR/samba.pid" ]; then
        kill "$(cat "$DIR/samba.pid")" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$(cat "$DIR/samba.pid")" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$(cat "$DIR/samba.pid")" 2>/dev/null || true
        rm -f "$DIR/samba.pid"
    fi
}

if [ "$ACTION" = stop ]; then stop; exit 0; fi

mkdir -p "$DIR" "$CACHE"
case "$(ip -o addr show dev lo)" in *"inet $ADDRESS/"*) ;; *) ip addr add "$ADDRESS/8" dev lo ;; esac
if [ ! -f "$SNAPSHOT" ]; then
    echo "[samba] provisioning EXAMPLE.TEST once (cached in $SNAPSHOT)" >&2
    BUILD="$(mktemp -d)"
    samba-tool domain provision --realm=EXAMPLE.TEST --domain=EXAMPLE --server-role=dc \
        --dns-backend=NONE --use-rfc2307 --targetdir="$BUILD/dc" --adminpass='Admin-Passw0rd-1' \
        --option="interfaces=$ADDRESS" --option="bind interfaces only=yes" >"$BUILD/provision.log" 2>&1 ||
        { cat "$BUILD/provision.log" >&2; exit 1; }
    S=(-s "$BUILD/dc/etc/smb.conf")
    samba-tool domain passwordsettings set --account-lockout-threshold=3 --min-pwd-age=0 "${S[@]}" >/dev/null
    samba-tool user create latchkey 'Agent-Passw0rd-1' "${S[@]}" >/dev/null
    samba-tool group addmembers "Domain Admins" latchkey "${S[@]}" >/dev/null
    samba-tool user create adele 'Old-Passw0rd-1' --given-name=Adele --surname=Vance \
        --mail-address=adele@example.test --telephone-number=+14255550199 "${S[@]}" >/dev/null
    samba-tool user create alex 'Alex-Passw0rd-1' --given-name=Alex --surname=Wilber "${S[@]}" >/dev/null
    samba-tool group add Sales "${S[@]}" >/dev/null
    samba-tool group addmembers Sales adele "${S[@]}" >/dev/null
    tar -C "$BUILD" -cf "$SNAPSHOT.part" dc && mv "$SNAPSHOT.part" "$SNAPSHOT"
    rm -rf "$BUILD"
fi
stop
rm -rf "$DIR/dc"
tar -C "$DIR" -xf "$SNAPSHOT"
# The snapshot was provisioned elsewhere: point its paths here.
BUILT_AT="$(sed -n 's/^\s*private dir = \(.*\)\/dc\/private$/\1/p' "$DIR/dc/etc/smb.conf")"
sed -i "s#$BUILT_AT/dc#$DIR/dc#g" "$DIR/dc/etc/smb.conf"
# A CA and a server certificate for 127.0.0.2 (Samba's own is for its host
# name and marked CA, which TLS clients rightly refuse as a server's).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Latchkey test CA" \
    -keyout "$DIR/ca.key" -out "$DIR/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=$ADDRESS" -keyout "$DIR/server.key" -out "$DIR/server.csr" 2>/dev/null
printf 'subjectAltName=IP:%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$ADDRESS" >"$DIR/server.ext"
openssl x509 -req -in "$DIR/server.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca.key" -CAcreateserial -days 2 \
    -extfile "$DIR/server.ext" -out "$DIR/server.pem" 2>/dev/null
chmod 600 "$DIR/server.key"
samba -D -M single -s "$DIR/dc/etc/smb.conf" \
    --option="server services=ldap" --option="pid directory=$DIR" --option="old password allowed period=0" \
    --option="tls keyfile=$DIR/server.key" --option="tls certfile=$DIR/server.pem" --option="tls cafile=$DIR/ca.pem"
for _ in $(seq 1 100); do
    [ -f "$DIR/samba.pid" ] && (exec 3<>"/dev/tcp/$ADDRESS/636") 2>/dev/null && break
    sleep 0.1
done
(exec 3<>"/dev/tcp/$ADDRESS/636") 2>/dev/null || { echo "[samba] did not start (see $DIR)" >&2; exit 1; }
echo "[samba] ready on ldaps://$ADDRESS:636" >&2
