#!/usr/bin/env bash
# Robustness under load (issue #8), each figure for node and bin/datagraal side by side:
#   flood   FLOOD_COUNT datagrams at full speed (FloodSender.java) at one socket whose handler is
#           slow: loss, timer fires and the largest gap between them, heap and RSS (flood.js)
#   storm   STORM_COUNT send() calls from loops, with and without callbacks; then a storm on a
#           throttled loopback where sends must queue on EAGAIN (storm.js, throttled-loopback.sh)
#   leaks   LEAK_CYCLES rounds of create, bind, send, close: descriptors, threads, heap after a full GC (--expose-gc), RSS (leaks.js)
#   soak    SOAK_SECONDS of ping-pong, RSS at the start and the end (soak.js; node and datagraal
#           soak at the same time, to halve the wait)
#
#   bench/robust/run.sh [--quick] [--only flood,storm,leaks,soak]
#
# Settings (environment; --quick makes everything small, to check that it all runs):
#   FLOOD_COUNT=1000000  FLOOD_HANDLER_US=20  STORM_COUNT=1000000  THROTTLED_COUNT=5000
#   THROTTLE_RATE=256kbit  LEAK_CYCLES=100000  SOAK_SECONDS=600
#   ROBUST_NODE=node  ROBUST_DATAGRAAL=bin/datagraal  JAVA=java (11+, runs FloodSender.java)
# Every run's output stays in target/robust/; the summary is printed at the end.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/robust"
mkdir -p "$out"

only="flood,storm,leaks,soak"
quick=0
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --only) only=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "robust: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$quick" = 1 ]; then
  : "${FLOOD_COUNT:=50000}" "${STORM_COUNT:=20000}" "${THROTTLED_COUNT:=1000}" "${LEAK_CYCLES:=1000}" \
    "${SOAK_SECONDS:=20}"
fi
flood_count=${FLOOD_COUNT:-1000000}
handler_us=${FLOOD_HANDLER_US:-20}
storm_count=${STORM_COUNT:-1000000}
throttled_count=${THROTTLED_COUNT:-5000}
export THROTTLE_RATE=${THROTTLE_RATE:-256kbit}
leak_cycles=${LEAK_CYCLES:-100000}
soak_seconds=${SOAK_SECONDS:-600}
node_cmd=${ROBUST_NODE:-node}
datagraal_cmd=${ROBUST_DATAGRAAL:-$root/bin/datagraal}
java_cmd=${JAVA:-java}
summary="$out/summary.txt"
: > "$summary"

runtime_cmd() { if [ "$1" = node ]; then echo "$node_cmd"; else echo "$datagraal_cmd"; fi; }
record() { echo "$1" | tee -a "$summary"; }
enabled() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# Builds the launcher's jar once, so no figure includes a build.
if [ ! -f "$root/target/datagraal.jar" ]; then "$datagraal_cmd" -e 0 >/dev/null 2>&1; fi

flood() { # runtime
  local log="$out/flood-$1.log" port=""
  $(runtime_cmd "$1") "$here/flood.js" "$flood_count" --handler-us "$handler_us" > "$log" 2>&1 &
  local target=$!
  for _ in $(seq 600); do
    port=$(sed -n 's/^listening //p' "$log")
    [ -n "$port" ] && break
    kill -0 "$target" 2>/dev/null || break
    sleep 0.2
  done
  if [ -z "$port" ]; then record "flood runtime=$1 FAILED to start (see $log)"; kill "$target" 2>/dev/null; return; fi
  "$java_cmd" "$here/FloodSender.java" "$port" "$flood_count" > "$log.sender" 2>&1
  # The target reports once the flood has been idle 2 s; a stuck one is ended after 10 minutes.
  ( sleep 600; kill "$target" 2>/dev/null ) & local watchdog=$!
  wait "$target"
  kill "$watchdog" 2>/dev/null
  local sender result
  sender=$(grep '^sender ' "$log.sender")
  result=$(grep '^flood ' "$log" || echo "flood runtime=$1 FAILED (see $log)")
  record "$result ${sender#sender }"
}

storm() { # runtime args...
  local runtime=$1; shift
  local log="$out/storm-$runtime-$(echo "$*" | tr ' -' '_').log"
  timeout 3600 $(runtime_cmd "$runtime") "$here/storm.js" "$@" > "$log" 2>&1
  record "$(grep '^storm ' "$log" || echo "storm runtime=$runtime $* FAILED (see $log)")"
}

throttled_storm() { # runtime
  local log="$out/storm-throttled-$1.log"
  timeout 1800 "$here/throttled-loopback.sh" $(runtime_cmd "$1") "$here/storm.js" "$throttled_count" --sndbuf 4096 \
    > "$log" 2>&1
  local status=$?
  if [ "$status" = 77 ]; then record "storm (throttled) runtime=$1 skipped: no network namespace here"; return; fi
  record "throttled($THROTTLE_RATE) $(grep '^storm ' "$log" || echo "storm runtime=$1 FAILED (see $log)")"
}

leaks() { # runtime
  local log="$out/leaks-$1.log"
  timeout 7200 $(runtime_cmd "$1") --expose-gc "$here/leaks.js" "$leak_cycles" > "$log" 2>&1
  record "$(grep '^leaks ' "$log" || echo "leaks runtime=$1 FAILED (see $log)")"
}

if enabled flood; then
  echo "== flood: $flood_count datagrams, handler $handler_us us per datagram"
  flood node; flood datagraal
fi
if enabled storm; then
  echo "== storm: $storm_count sends"
  for runtime in node datagraal; do
    storm "$runtime" "$storm_count"
    storm "$runtime" "$storm_count" --no-callbacks
  done
  for runtime in node datagraal; do throttled_storm "$runtime"; done
fi
if enabled leaks; then
  echo "== leaks: $leak_cycles cycles"
  leaks node; leaks datagraal
fi
if enabled soak; then
  echo "== soak: $soak_seconds s of ping-pong (node and datagraal at once)"
  timeout $((soak_seconds + 600)) "$node_cmd" "$here/soak.js" "$soak_seconds" > "$out/soak-node.log" 2>&1 &
  node_soak=$!
  timeout $((soak_seconds + 600)) "$datagraal_cmd" "$here/soak.js" "$soak_seconds" > "$out/soak-datagraal.log" 2>&1
  wait "$node_soak"
  for runtime in node datagraal; do
    grep -E '^soak (start|end) ' "$out/soak-$runtime.log" | tee -a "$summary" ||
      record "soak runtime=$runtime FAILED (see $out/soak-$runtime.log)"
  done
fi
echo "== summary (also in $summary)"
cat "$summary"
! grep -q 'FAILED\|ok=false' "$summary"
