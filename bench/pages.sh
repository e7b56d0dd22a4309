#!/usr/bin/env bash
# Benchmark: pages and documents served by Pedigree against nginx serving the same bytes as static
# files, in one run on one machine, with wrk. Each target is measured three ways: rendered on every
# request (`serve --page-cache 0`), hot (the default page cache), and as nginx serves its bytes; and
# the conditional GETs answered 304 Not Modified (If-None-Match with the ETag) against nginx's 304.
# Usage: bench/pages.sh [RECORDS] [SECONDS] (default 20000 records, 10 s per measurement; CI: 300 3).
# With PAGES_DATA=DIR it serves that existing store instead of loading generated records.
# PAGES_TARGETS lists what to measure, one per line: "LABEL|PATH|ACCEPT|304" (304: also measure the
# conditional GET); default: one model page (PAGES_PAGE=/model/OWNER/NAME, default /model/bench/m1).
# PAGES_WARMUP=SECONDS (default 60) is how long every target is requested, all in turn, before the
# first measurement of each server (the just-in-time compiler needs about a minute of this load to
# compile what every page shares; warming one target at a time, the first ones measured slow);
# BENCH_SERVE_HEAP (default 4g) the server's heap (at a million models the lineage and browse
# indexes take about 2 GiB); PAGES_JAR the jar to serve (default target/pedigree.jar).
# Prints a Markdown table, then "pedigree serve peak RSS N MiB" and "pedigree serve heap N MiB".
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
jar=${PAGES_JAR:-$here/target/pedigree.jar}
page=${PAGES_PAGE:-/model/bench/m1}
targets=${PAGES_TARGETS:-"model page|$page|text/html|304"}
warmup=${PAGES_WARMUP:-60}
if [ -z "${PAGES_DATA:-}" ]; then
  bash "$here/bench/generate-records.sh" "$records" > "$work/records.trig"
  "$java" -jar "$here/target/pedigree.jar" load --data "$data" "$work/records.trig" > "$work/load.log" 2>&1 || {
    echo "pedigree load failed:"; tail -5 "$work/load.log"; exit 1; }
fi

ours=$(shuf -i 20000-40000 -n 1)
theirs=$(shuf -i 40001-60000 -n 1)
server=
proxy=
trap 'kill $server $proxy 2>/dev/null; wait $server $proxy 2>/dev/null; rm -rf "$work"' EXIT

# serve CACHE: starts Pedigree on the store with --page-cache CACHE and waits until it is ready
serve() {
  "$java" "-Xmx${BENCH_SERVE_HEAP:-4g}" -jar "$jar" serve --data "$data" --port "$ours" --no-demo --page-cache "$1" > "$work/serve-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$ours/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$ours/readyz" >/dev/null 2>&1 || { echo "Pedigree was not ready after 10 minutes:"; tail -5 "$work/serve-$1.log"; exit 1; }
  # What a fresh start does in the background (the record counts, the browse index) is over before
  # anything is measured: on a large store it takes the CPU for minutes after /readyz is 200.
  for _ in $(seq 1 2400); do curl -sf "http://127.0.0.1:$ours/" | grep -q 'counting…' || break; sleep 0.5; done
  for _ in $(seq 1 2400); do curl -sf -o /dev/null "http://127.0.0.1:$ours/models?q=m" && break; sleep 0.5; done   # 503 until the lists are made
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
# wrk_stats THREADS CONNECTIONS ARGS…: "requests/s p50 p99" of one wrk run
wrk_stats() { wrk -t"$1" -c"$2" -d"${seconds}s" --latency "${@:3}" > "$work/wrk.txt"; awk '/Requests\/sec/ {r=$2} / 50%/ {a=$2} / 99%/ {b=$2} END {printf "%s %s %s", r, a, b}' "$work/wrk.txt"; }
measure() { wrk_stats 2 16 "$@"; }
# alone: one client sending one request at a time, so the latency is the time an answer takes, not
# the time it waits in a queue behind 15 others on two saturated cores
alone() { wrk_stats 1 1 "$@"; }
etag() { curl -sfI "$@" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }

# What nginx serves: the bytes Pedigree answered for each target, each under its own path and type.
mkdir -p "$work/www" "$work/nginx"
chmod a+rx "$work" "$work/www"   # nginx workers may run as another user
serve 0
locations=
n=0
while IFS='|' read -r label path accept conditional; do
  [ -n "$label" ] || continue
  n=$((n + 1))
  curl -sf "http://127.0.0.1:$ours$path" -H "Accept: $accept" -o "$work/www/t$n" || { echo "Pedigree did not answer $path ($accept)"; exit 1; }
  chmod a+r "$work/www/t$n"
  locations="$locations    location = /t$n { default_type $accept; etag on; }
"
done <<< "$targets"
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { }
  server {
    listen 127.0.0.1:$theirs;
    root $work/www;
$locations  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
proxy=$!
sleep 1

# warm_up: every target in turn (a wrk script cycling through them), so that what the pages share is
# compiled before the first one is measured
{
  echo "local targets = {"
  while IFS='|' read -r label path accept conditional; do
    [ -n "$label" ] && echo "  {path = [[$path]], accept = [[$accept]]},"
  done <<< "$targets"
  echo "}"
  echo "local i = 0"
  echo "request = function() i = i % #targets + 1; return wrk.format('GET', targets[i].path, {Accept = targets[i].accept}) end"
} > "$work/all-targets.lua"
warm_up() { wrk -t2 -c16 -d"${warmup}s" -s "$work/all-targets.lua" "http://127.0.0.1:$ours" > /dev/null; }

# rendered: every request renders (warmed up first, until the just-in-time compiler has compiled the code)
warm_up
n=0
while IFS='|' read -r label path accept conditional; do
  [ -n "$label" ] || continue
  n=$((n + 1))
  wrk -t2 -c16 -d5s -H "Accept: $accept" "http://127.0.0.1:$ours$path" > /dev/null
  rendered[n]=$(measure -H "Accept: $accept" "http://127.0.0.1:$ours$path")
  wrk -t2 -c16 -d2s "http://127.0.0.1:$theirs/t$n" > /dev/null
  static[n]=$(measure "http://127.0.0.1:$theirs/t$n")
done <<< "$targets"
stop

# hot: the default page cache
serve 64m
warm_up
n=0
while IFS='|' read -r label path accept conditional; do
  [ -n "$label" ] || continue
  n=$((n + 1))
  curl -sf -o /dev/null "http://127.0.0.1:$ours$path" -H "Accept: $accept"   # the first answer may wait for the browse index
  wrk -t2 -c16 -d2s -H "Accept: $accept" "http://127.0.0.1:$ours$path" > /dev/null
  hot[n]=$(measure -H "Accept: $accept" "http://127.0.0.1:$ours$path")
  hotAlone[n]=$(alone -H "Accept: $accept" "http://127.0.0.1:$ours$path")
  staticAlone[n]=$(alone "http://127.0.0.1:$theirs/t$n")
  if [ "$conditional" = 304 ]; then
    ours_etag=$(etag "http://127.0.0.1:$ours$path" -H "Accept: $accept")
    theirs_etag=$(etag "http://127.0.0.1:$theirs/t$n")
    [ -n "$ours_etag" ] && [ -n "$theirs_etag" ] || { echo "no ETag for $path from one of the servers"; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ours$path" -H "Accept: $accept" -H "If-None-Match: $ours_etag")" = 304 ] \
      || { echo "Pedigree did not answer 304 to its own ETag for $path"; exit 1; }
    ours304[n]=$(measure -H "Accept: $accept" -H "If-None-Match: $ours_etag" "http://127.0.0.1:$ours$path")
    theirs304[n]=$(measure -H "If-None-Match: $theirs_etag" "http://127.0.0.1:$theirs/t$n")
  fi
done <<< "$targets"
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
"$JAVA_HOME/bin/jcmd" "$server" GC.run > /dev/null 2>&1 || true   # the live heap: what the index and caches hold
heap=$("$JAVA_HOME/bin/jcmd" "$server" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?$/, "", v); print int(v / 1024); exit}}')
stop

echo "| target (bytes) | Pedigree rendered (--page-cache 0) | Pedigree hot (page cache) | nginx, same bytes | rendered / nginx | hot / nginx |"
echo "|---|---|---|---|---|---|"
n=0
while IFS='|' read -r label path accept conditional; do
  [ -n "$label" ] || continue
  n=$((n + 1))
  bytes=$(wc -c < "$work/www/t$n")
  read -r rr r50 r99 <<< "${rendered[n]}"
  read -r hr h50 h99 <<< "${hot[n]}"
  read -r sr s50 s99 <<< "${static[n]}"
  awk -v l="$label" -v p="$path" -v t="$accept" -v b="$bytes" -v rr="$rr" -v r50="$r50" -v r99="$r99" -v hr="$hr" -v h50="$h50" -v h99="$h99" \
      -v sr="$sr" -v s50="$s50" -v s99="$s99" 'BEGIN {
    printf "| %s `%s` %s (%d) | %.0f req/s, p50 %s, p99 %s | %.0f req/s, p50 %s, p99 %s | %.0f req/s, p50 %s, p99 %s | %.3f× | %.3f× |\n",
      l, p, t, b, rr, r50, r99, hr, h50, h99, sr, s50, s99, rr / sr, hr / sr }'
  if [ "$conditional" = 304 ]; then
    read -r cr c50 c99 <<< "${ours304[n]}"
    read -r mr m50 m99 <<< "${theirs304[n]}"
    awk -v l="$label" -v cr="$cr" -v c50="$c50" -v c99="$c99" -v mr="$mr" -v m50="$m50" -v m99="$m99" 'BEGIN {
      printf "| %s, 304 Not Modified | | %.0f req/s, p50 %s, p99 %s | nginx 304: %.0f req/s, p50 %s, p99 %s | | %.3f× |\n",
        l, cr, c50, c99, mr, m50, m99, cr / mr }'
  fi
done <<< "$targets"
echo
echo "One client, one request at a time (hot; the time an answer takes):"
echo
echo "| target | Pedigree hot | nginx, same bytes |"
echo "|---|---|---|"
n=0
while IFS='|' read -r label path accept conditional; do
  [ -n "$label" ] || continue
  n=$((n + 1))
  read -r ar a50 a99 <<< "${hotAlone[n]}"
  read -r br b50 b99 <<< "${staticAlone[n]}"
  printf '| %s `%s` | %.0f req/s, p50 %s, p99 %s | %.0f req/s, p50 %s, p99 %s |\n' "$label" "$path" "$ar" "$a50" "$a99" "$br" "$b50" "$b99"
done <<< "$targets"
echo
echo "pedigree serve peak RSS $((peak / 1024)) MiB"
echo "pedigree serve heap ${heap:-?} MiB"
