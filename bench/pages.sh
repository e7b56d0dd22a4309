#!/usr/bin/env bash
# Benchmark: a model page served by Pedigree against nginx serving the same bytes as a static file,
# in one run on one machine, with wrk: uncached pages (each request renders the page from the store),
# and conditional GETs answered 304 Not Modified (If-None-Match with the page's ETag).
# Usage: bench/pages.sh [RECORDS] [SECONDS] (default 20000 records, 10 s per measurement; CI: 300 3).
# With PAGES_DATA=DIR it serves that existing store instead of loading generated records, and
# PAGES_PAGE=/model/OWNER/NAME picks the page (bench/run.sh does so over its generated graph).
# PAGES_WARMUP=SECONDS (default 15) is how long the page is requested before the measurements.
# Needs wrk and nginx (Debian: apt-get install wrk nginx).
set -euo pipefail
records=${1:-20000}
seconds=${2:-10}
# shellcheck source=bench/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench/pages.sh needs $tool (Debian: apt-get install wrk nginx curl)"; exit 1; }
done

data=${PAGES_DATA:-$work/data}
page=${PAGES_PAGE:-/model/bench/m1}
if [ -z "${PAGES_DATA:-}" ]; then
  bash "$here/bench/generate-records.sh" "$records" > "$work/records.trig"
  "$java" -jar "$here/target/pedigree.jar" load --data "$data" "$work/records.trig" > "$work/load.log" 2>&1 || {
    echo "pedigree load failed:"; tail -5 "$work/load.log"; exit 1; }
fi

ours=$(shuf -i 20000-40000 -n 1)
theirs=$(shuf -i 40001-60000 -n 1)
# --page-cache 0: the "rendered" row measures a page rendered per request, not the answer cache
"$java" -Xmx1g -jar "$here/target/pedigree.jar" serve --data "$data" --port "$ours" --no-demo --page-cache 0 > "$work/serve.log" 2>&1 &
server=$!
mkdir -p "$work/www$(dirname "$page")" "$work/nginx"
chmod a+rx "$work" "$work/www" "$work/www/model" "$work/www$(dirname "$page")"   # nginx workers may run as another user
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$theirs;
    root $work/www;
    location / { default_type text/html; etag on; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
proxy=$!
trap 'kill $server $proxy 2>/dev/null; wait $server $proxy 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$ours/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://127.0.0.1:$ours$page" -H 'Accept: text/html' -o "$work/www$page"
chmod a+r "$work/www$page"
bytes=$(wc -c < "$work/www$page")
ours_etag=$(curl -sfI "http://127.0.0.1:$ours$page" -H 'Accept: text/html' | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
theirs_etag=$(curl -sfI "http://127.0.0.1:$theirs$page" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
if [ -z "$ours_etag" ] || [ -z "$theirs_etag" ]; then echo "no ETag from one of the servers"; exit 1; fi
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ours$page" -H 'Accept: text/html' -H "If-None-Match: $ours_etag")" = 304 ] \
  || { echo "Pedigree did not answer 304 to its own ETag"; exit 1; }

measure() { wrk -t2 -c16 -d"${seconds}s" --latency "$@" > "$work/wrk.txt"; awk '/Requests\/sec/ {r=$2} / 50%/ {a=$2} / 99%/ {b=$2} END {printf "%s %s %s", r, a, b}' "$work/wrk.txt"; }
# Warm both up (page cache; for the JVM, until its just-in-time compiler has compiled the page's
# code: on a busy 2-core machine that takes several seconds), then measure.
warmup=${PAGES_WARMUP:-15}
wrk -t2 -c16 -d"${warmup}s" -H 'Accept: text/html' "http://127.0.0.1:$ours$page" > /dev/null
wrk -t2 -c16 -d2s -H 'Accept: text/html' -H "If-None-Match: $ours_etag" "http://127.0.0.1:$ours$page" > /dev/null
wrk -t2 -c16 -d2s "http://127.0.0.1:$theirs$page" > /dev/null
read -r our_rps our_p50 our_p99 <<< "$(measure -H 'Accept: text/html' "http://127.0.0.1:$ours$page")"
read -r ng_rps ng_p50 ng_p99 <<< "$(measure "http://127.0.0.1:$theirs$page")"
read -r our304 our304_p50 our304_p99 <<< "$(measure -H 'Accept: text/html' -H "If-None-Match: $ours_etag" "http://127.0.0.1:$ours$page")"
read -r ng304 ng304_p50 ng304_p99 <<< "$(measure -H "If-None-Match: $theirs_etag" "http://127.0.0.1:$theirs$page")"
server_peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
awk -v n="$records" -v page="$page" -v peak="${server_peak:-0}" -v b="$bytes" -v a="$our_rps" -v a50="$our_p50" -v a99="$our_p99" -v g="$ng_rps" -v g50="$ng_p50" -v g99="$ng_p99" \
    -v c="$our304" -v c50="$our304_p50" -v c99="$our304_p99" -v h="$ng304" -v h50="$ng304_p50" -v h99="$ng304_p99" 'BEGIN {
  printf "records in store          %s; page %s, %d bytes\n", ENVIRON["PAGES_DATA"] == "" ? n : "(existing store)", page, b
  printf "                          requests/s   p50       p99\n"
  printf "pedigree, page rendered   %10.0f   %-8s  %-8s\n", a, a50, a99
  printf "nginx, static file        %10.0f   %-8s  %-8s\n", g, g50, g99
  printf "pedigree, 304             %10.0f   %-8s  %-8s\n", c, c50, c99
  printf "nginx, 304                %10.0f   %-8s  %-8s\n", h, h50, h99
  printf "ratio, uncached page      %.3f x of nginx\n", a / g
  printf "ratio, 304                %.3f x of nginx\n", c / h
  printf "pedigree serve peak RSS   %.0f MiB\n", peak / 1024
}'
