#!/usr/bin/env bash
# Starts lview_gallery on a loopback port, opens CONNECTIONS idle dashboards
# with live_bench, and reports the server's RSS growth per connection, its CPU
# while they tick, bytes per tick and click round-trip latency.
#   live_bench.sh GALLERY LIVE_BENCH [CONNECTIONS] [CLICKS]
set -euo pipefail
gallery=$1 bench=$2 n=${3:-1000} clicks=${4:-2000}
port=$(( 20000 + RANDOM % 20000 ))
ulimit -n 8192 2>/dev/null || true
LVIEW_LOG=warn LVIEW_SECRET=live-bench-secret-0123456789 "$gallery" --address 127.0.0.1 --port "$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(rss)
coproc BENCH { "$bench" "$port" "$n" "$clicks"; }
bench_pid=$BENCH_PID
read -r line <&"${BENCH[0]}"
echo "$line"
sleep 1
after=$(rss)
c0=$(cpu); sleep 5; c1=$(cpu)
hz=$(getconf CLK_TCK)
echo "server RSS: ${before} KB idle -> ${after} KB with $n connected dashboards: $(( (after - before) * 1024 / n )) bytes per connection"
awk -v a="$c0" -v b="$c1" -v hz="$hz" -v n="$n" 'BEGIN { printf "server CPU with %d ticking dashboards: %.1f%% of one core\n", n, (b - a) / hz / 5 * 100 }'
echo go >&"${BENCH[1]}"
cat <&"${BENCH[0]}"
wait "$bench_pid"
