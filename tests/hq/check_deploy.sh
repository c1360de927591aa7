#!/usr/bin/env bash
# The deployment files in docs/deploy, checked and used: the systemd unit passes
# `systemd-analyze verify`, the example settings are what repair-hq accepts, and the nginx
# site passes `nginx -t` and then runs in front of a real repair-hq with TLS: a batch goes
# through, a body over the limit is refused by nginx with the protocol's JSON 413.
#   check_deploy.sh REPAIR_HQ SOURCE_DIR
# Exits 77 (skipped) when nginx, openssl, curl or systemd-analyze is missing.
set -euo pipefail
hq=$1
source_dir=$2
deploy="$source_dir/docs/deploy"
for tool in nginx openssl curl systemd-analyze; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/deps.sh installs it)"
        exit 77
    fi
done
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

echo "== systemd unit"
sed "s|/usr/bin/repair-hq|$hq|g" "$deploy/repair-hq.service" >"$work/repair-hq.service"
# verify also checks that ExecStart exists and is executable (the built binary here).
systemd-analyze verify "$work/repair-hq.service"

echo "== example settings"
sed -e "s|^db = .*|db = sqlite:$work/settings.sqlite|" "$deploy/repair-hq.conf" >"$work/repair-hq.conf"
chmod 600 "$work/repair-hq.conf"
"$hq" --config "$work/repair-hq.conf" migrate >/dev/null

echo "== nginx site"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$work/hq.key" -out "$work/hq.pem" 2>/dev/null
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
hq_port=$(free_port)
tls_port=$(free_port)
sed -e "s|listen 443 ssl;|listen 127.0.0.1:$tls_port ssl;|" \
    -e "/listen \[::\]:443 ssl;/d" \
    -e "s|server 127.0.0.1:8420;|server 127.0.0.1:$hq_port;|" \
    -e "s|server_name hq.example.com;|server_name localhost;|" \
    -e "s|/etc/ssl/certs/hq.example.com.pem|$work/hq.pem|" \
    -e "s|/etc/ssl/private/hq.example.com.key|$work/hq.key|" \
    "$deploy/nginx-repair-hq.conf" >"$work/site.conf"
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/site.conf;
}
CONF
nginx -t -p "$work" -c "$work/nginx.conf"

token=$("$hq" --db "sqlite:$work/hq.sqlite" token add DEMO)
"$hq" --db "sqlite:$work/hq.sqlite" --listen "127.0.0.1:$hq_port" --access-log off \
    >"$work/hq.out" 2>"$work/hq.err" &
pids+=($!)
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off; master_process off;' &
pids+=($!)
url="https://localhost:$tls_port"
for _ in $(seq 50); do
    # -f: nginx answers 502 until repair-hq listens (slower to start in a sanitizer build).
    if curl -sf --cacert "$work/hq.pem" "$url/healthz" >/dev/null 2>&1; then
        break
    fi
    sleep 0.2
done
curl -sf --cacert "$work/hq.pem" "$url/healthz" | grep -q '"status":"ok"'

batch='{"protocol":1,"center":"DEMO","batch_id":"deploy-1","sent_at":"2026-01-01T00:00:00.000Z","records":[{"kind":"snapshot","entity":"ticket","id":"t1","version":1,"payload":{"id":"t1","version":1,"center":"DEMO"}}]}'
answer=$(curl -s --cacert "$work/hq.pem" -H "Authorization: Bearer $token" \
    -H "Content-Type: application/json" --data-binary "$batch" "$url/v1/batches")
echo "$answer" | grep -q '"status":"applied"' || { echo "batch through nginx: $answer"; exit 1; }

head -c $((5 * 1024 * 1024)) /dev/zero | tr '\0' ' ' >"$work/big.json"
code=$(curl -s -o "$work/big.out" -w '%{http_code}' --cacert "$work/hq.pem" \
    -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    --data-binary @"$work/big.json" "$url/v1/batches")
[ "$code" = 413 ] || { echo "5 MiB body: HTTP $code"; exit 1; }
grep -q '"code":"BODY_TOO_LARGE"' "$work/big.out" || { cat "$work/big.out"; exit 1; }

# /metrics is for inside addresses; loopback is inside, and repair-hq wants an admin token.
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$work/hq.pem" "$url/metrics")
[ "$code" = 401 ] || { echo "/metrics without a token: HTTP $code"; exit 1; }
echo "deployment files: ok"
