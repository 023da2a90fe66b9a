#!/usr/bin/env bash
# The side-by-side benchmark: the same JS workloads (bench/workloads/) under `node` and under
# bin/datagraal in one run, alternating node, datagraal, node, datagraal... in short turns, with
# the external Java tools of bench/java/ (datagram sender, counting receiver, echo server) pinned
# to another core than the runtime under test. Prints every figure for both, the ratio
# datagraal/node and the issue's target, and writes the same table as Markdown to
# target/bench/results.md (each turn's output stays in target/bench/logs/).
#
#   bench/run.sh [--quick] [--turns N] [--only receive,send,pingpong,handler,startup]
#
# Settings (environment; --quick makes every turn short, for checking that it all runs):
#   BENCH_TURNS=3           turns per runtime and figure
#   BENCH_WARMUP=5          seconds of traffic before measuring (the JIT's time)
#   BENCH_MEASURE=3         seconds measured after the warm-up
#   BENCH_STARTUP_RUNS=5    hyperfine runs per start-up turn (after one warm-up run)
#   BENCH_SEND_SIZE=64  BENCH_PING_SIZE=64  BENCH_JSON_SIZE=128 (bytes)  BENCH_SEND_BATCH=64 (sends per batch)
#   BENCH_SENDER_CPU=0  BENCH_RUNTIME_CPU=1  BENCH_PIN=1 (0: no taskset)  BENCH_PIN_STARTUP=0
#   BENCH_NODE=node  BENCH_DATAGRAAL=bin/datagraal  BENCH_JAVA_HOME (JDK 22+ for the tools)
#   BENCH_PORT (first UDP port; each turn takes the next)
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/target/bench"
classes="$out/classes"
logs="$out/logs"

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }

quick=0
only="receive,send,pingpong,handler,startup"
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --turns) BENCH_TURNS=$2; shift ;;
    --only) only=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$quick" = 1 ]; then
  : "${BENCH_TURNS:=1}" "${BENCH_WARMUP:=1}" "${BENCH_MEASURE:=1}" "${BENCH_STARTUP_RUNS:=2}"
fi
turns=${BENCH_TURNS:-3}
warmup=${BENCH_WARMUP:-5}
measure=${BENCH_MEASURE:-3}
startup_runs=${BENCH_STARTUP_RUNS:-5}
send_size=${BENCH_SEND_SIZE:-64}
send_batch=${BENCH_SEND_BATCH:-64}
ping_size=${BENCH_PING_SIZE:-64}
json_size=${BENCH_JSON_SIZE:-128}
sender_cpu=${BENCH_SENDER_CPU:-0}
runtime_cpu=${BENCH_RUNTIME_CPU:-1}
pin=${BENCH_PIN:-1}
pin_startup=${BENCH_PIN_STARTUP:-0}
node=${BENCH_NODE:-node}
datagraal=${BENCH_DATAGRAAL:-$root/bin/datagraal}
port=${BENCH_PORT:-$((20000 + RANDOM % 10000))}   # below Linux's ephemeral ports
# A turn may take this long beyond its own seconds (a JVM starting on a busy machine).
slack=120

wants() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
say() { echo "$*" >&2; }

# --- the tools -------------------------------------------------------------------------------

find_tool_java() { # a JDK 22+ (the FFM API is final there) for the Java tools
  local home major
  for home in ${BENCH_JAVA_HOME:-} /usr/lib/jvm/temurin-25-jdk-amd64 ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 22 ]; then echo "$home"; return 0; fi
  done
  return 1
}

tool_home=$(find_tool_java) || { say "bench: needs a JDK 22 or newer for its Java tools (set BENCH_JAVA_HOME)"; exit 1; }
command -v "$node" >/dev/null || { say "bench: '$node' not found (set BENCH_NODE)"; exit 1; }
command -v hyperfine >/dev/null || { wants startup && say "bench: hyperfine not found; the start-up figure is skipped"; }
[ -x /usr/bin/time ] || { wants startup && say "bench: /usr/bin/time not found; peak RSS is skipped"; }
cpus=$(nproc 2>/dev/null || echo 1)
if [ "$pin" = 1 ] && { [ "$cpus" -lt 2 ] || ! command -v taskset >/dev/null; }; then
  say "bench: fewer than 2 cores or no taskset: nothing is pinned"; pin=0
fi

mkdir -p "$classes"
if [ ! -f "$classes/Sender.class" ] || [ -n "$(find "$here/java" -name '*.java' -newer "$classes/Sender.class")" ]; then
  "$tool_home/bin/javac" -d "$classes" "$here"/java/*.java || { say "bench: compiling bench/java failed"; exit 1; }
  touch "$classes/Sender.class"
fi
rm -rf "$logs"; mkdir -p "$logs"
# Interrupted, the run takes down the senders, sinks and echo servers it started.
trap 'jobs -p | xargs -r kill 2>/dev/null' EXIT
trap 'exit 130' INT TERM

datagraal_version=$("$datagraal" --version 2>&1 | tail -n 1)   # builds the project on first use
node_version=$("$node" --version)

java_cmd=("$tool_home/bin/java" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$classes")
pinned() { # pinned CPU command...: sets $cmd to the command, pinned to CPU when pinning is on
  local cpu=$1; shift
  if [ "$pin" = 1 ]; then cmd=(taskset -c "$cpu" "$@"); else cmd=("$@"); fi
}
runtime_command() { # runtime_command node|datagraal|nio: sets $runtime_cmd to its launcher
  case $1 in
    node) runtime_cmd=("$node") ;;
    datagraal) runtime_cmd=("$datagraal") ;;
    nio) runtime_cmd=("${java_cmd[@]}" NioReceiver) ;;
  esac
}
next_port() { port=$((port + 1)); }

wait_listening() { # wait_listening LOG PID: until LOG says "listening", PID died, or $slack s
  local waited=0
  until grep -q '^listening' "$1" 2>/dev/null; do
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1; waited=$((waited + 1))
    [ "$waited" -lt $((slack * 10)) ] || return 1
  done
}

in_foreground() { # in_foreground command...: runs it, still answering signals (bash defers traps until a
  "$@" &        # foreground command ends, but not until a `wait` ends)
  wait $!
}

stop() { # stop PID: ends a process this script started
  kill "$1" 2>/dev/null; wait "$1" 2>/dev/null
}

field() { # field NAME LOG: NAME's value on LOG's "result" line
  awk -v key="$1" '/^result /{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) v = kv[2] } } END { print v }' "$2" 2>/dev/null
}

declare -A samples
record() { # record FIGURE RUNTIME VALUE [NOTE]: one turn's figure, shown at once and kept for the medians
  local figure=$1 runtime=$2 value=$3 note=${4:-}
  if [ -z "$value" ] || [ "$value" = nan ] || [ "$value" = NaN ]; then
    say "  $figure  $runtime  FAILED  $note"
    return
  fi
  samples[$figure|$runtime]="${samples[$figure|$runtime]:-} $value"
  say "  $(printf '%-10s %-10s %12s' "$figure" "$runtime" "$value")  $note"
}

# --- one turn of each figure -----------------------------------------------------------------

# receive_turn FIGURE RUNTIME WORKLOAD SIZE [--json]: a receiver under test, the sender on the other core
receive_turn() {
  local figure=$1 runtime=$2 workload=$3 size=$4 json=${5:-}
  next_port
  local log="$logs/$figure-$turn-$runtime.out" sender_log="$logs/$figure-$turn-$runtime.sender"
  runtime_command "$runtime"
  [ "$runtime" = nio ] || runtime_cmd+=("$here/workloads/$workload")
  pinned "$runtime_cpu" "${runtime_cmd[@]}" "$port" "$warmup" "$measure"
  timeout -k 5 $((warmup + measure + slack)) "${cmd[@]}" >"$log" 2>"$log.err" &
  local receiver=$!
  if wait_listening "$log" "$receiver"; then
    pinned "$sender_cpu" "${java_cmd[@]}" Sender --port "$port" --size "$size" $json --seconds $((warmup + measure + slack))
    "${cmd[@]}" >"$sender_log" 2>&1 &
    local sender=$!
    wait "$receiver"
    stop "$sender"
  else
    stop "$receiver"
  fi
  local extra="(warm-up $(field warmup_rate "$log"))"
  [ "$workload" = handler.js ] && extra="(warm-up $(field warmup_rate "$log"), sensors $(field sensors "$log"))"
  record "$figure" "$runtime" "$(field rate "$log")" "$extra $(head -c 300 "$log.err" | tr '\n' ' ')"
}

# ceiling_turn FIGURE SIZE: the sender alone against a socket nobody reads
ceiling_turn() {
  local figure=$1 size=$2 log="$logs/$1-$turn-sender.out"
  pinned "$sender_cpu" "${java_cmd[@]}" Sender --discard --size "$size" --warmup 1 --seconds "$measure"
  in_foreground timeout -k 5 $((measure + slack)) "${cmd[@]}" >"$log" 2>&1
  record "$figure" sender "$(field rate "$log")" "($(field mode "$log"))"
}

# send_turn RUNTIME: the JS sender under test, the counting receiver on the other core
send_turn() {
  local runtime=$1
  next_port
  local log="$logs/send-$turn-$runtime.out" sink_log="$logs/send-$turn-$runtime.sink"
  pinned "$sender_cpu" "${java_cmd[@]}" CountingSink "$port" $((warmup + measure + slack))
  "${cmd[@]}" >"$sink_log" 2>&1 &
  local sink=$!
  if ! wait_listening "$sink_log" "$sink"; then stop "$sink"; record send "$runtime" ""; return; fi
  runtime_command "$runtime"
  pinned "$runtime_cpu" "${runtime_cmd[@]}" "$here/workloads/send.js" "$port" "$send_size" "$warmup" "$measure" "$send_batch"
  in_foreground timeout -k 5 $((warmup + measure + slack)) "${cmd[@]}" >"$log" 2>"$log.err"
  sleep 1   # the last datagrams reach the sink, which reports its count when stopped
  stop "$sink"
  local sent callbacks note
  sent=$(field sent "$log"); callbacks=$(field callbacks "$log")
  note="(warm-up $(field warmup_rate "$log"); sent $sent, callbacks $callbacks, failed $(field failed "$log"),"
  note="$note received $(field received "$sink_log"))"
  [ -n "$sent" ] && [ "$sent" != "$callbacks" ] && note="$note CALLBACKS MISSING"
  record send "$runtime" "$(field rate "$log")" "$note$(head -c 300 "$log.err" | tr '\n' ' ')"
}

# pingpong_turn RUNTIME: the JS client under test against the Java echo server on the other core
pingpong_turn() {
  local runtime=$1
  next_port
  local log="$logs/pingpong-$turn-$runtime.out" echo_log="$logs/pingpong-$turn-$runtime.echo"
  pinned "$sender_cpu" "${java_cmd[@]}" EchoServer "$port" $((warmup + measure + slack))
  "${cmd[@]}" >"$echo_log" 2>&1 &
  local echo_server=$!
  if ! wait_listening "$echo_log" "$echo_server"; then stop "$echo_server"; record p50 "$runtime" ""; return; fi
  runtime_command "$runtime"
  pinned "$runtime_cpu" "${runtime_cmd[@]}" "$here/workloads/pingpong.js" "$port" "$ping_size" "$warmup" "$measure"
  in_foreground timeout -k 5 $((warmup + measure + slack)) "${cmd[@]}" >"$log" 2>"$log.err"
  stop "$echo_server"
  local note="(round trips/s $(field rate "$log"), resent $(field resent "$log"))"
  record p50 "$runtime" "$(field p50 "$log")" "$note$(head -c 300 "$log.err" | tr '\n' ' ')"
  record p99 "$runtime" "$(field p99 "$log")"
}

# startup_turn RUNTIME: hyperfine's median wall time and /usr/bin/time's peak RSS of the seed example
startup_turn() {
  local runtime=$1 json="$logs/startup-$turn-$runtime.json" rss_log="$logs/startup-$turn-$runtime.time"
  runtime_command "$runtime"
  local command=("${runtime_cmd[@]}" "$here/workloads/seed-1.js")
  if [ "$pin_startup" = 1 ]; then pinned "$runtime_cpu" "${command[@]}"; command=("${cmd[@]}"); fi
  if command -v hyperfine >/dev/null; then
    local quoted="" word
    for word in "${command[@]}"; do quoted="$quoted '$word'"; done
    in_foreground hyperfine -N --style none --warmup 1 --runs "$startup_runs" --export-json "$json" "$quoted" \
      >"$json.log" 2>&1
    local median
    median=$(grep -o '"median": *[0-9.eE+-]*' "$json" 2>/dev/null | head -n 1 | sed 's/.*: *//')
    record wall "$runtime" "$(awk -v s="$median" 'BEGIN { if (s != "") printf "%.0f", s * 1000 }')" \
      "$(grep -i -m 1 'error\|fail' "$json.log")"
  fi
  if [ -x /usr/bin/time ]; then
    in_foreground /usr/bin/time -v -o "$rss_log" "${command[@]}" >/dev/null 2>&1
    local kib
    kib=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$rss_log")
    grep -q 'Exit status: 0' "$rss_log" 2>/dev/null || kib=""
    record rss "$runtime" "$(awk -v k="$kib" 'BEGIN { if (k != "") printf "%.1f", k / 1024 }')" \
      "$(grep -m 1 'Exit status: [1-9]' "$rss_log")"
  fi
}

# --- the run ---------------------------------------------------------------------------------

cpu_model=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo 2>/dev/null | head -n 1)
pinning="runtime on CPU $runtime_cpu, sender/receiver/echo on CPU $sender_cpu"
[ "$pin" = 1 ] || pinning="not pinned"
header="$(date -u '+%Y-%m-%d %H:%M UTC'), ${cpu_model:-unknown CPU}, $cpus cores, $(uname -sr)
node $node_version; $datagraal_version
$turns turn(s) per runtime, alternating; warm-up ${warmup} s + measured ${measure} s per traffic turn; $pinning"
say "$header"
say "(figures per turn follow; medians at the end)"

for turn in $(seq 1 "$turns"); do
  say "--- turn $turn/$turns"
  if wants receive; then
    for runtime in node datagraal nio; do receive_turn recv64 "$runtime" receive.js 64; done
    ceiling_turn ceiling64 64
    for runtime in node datagraal nio; do receive_turn recv1k "$runtime" receive.js 1024; done
    ceiling_turn ceiling1k 1024
  fi
  if wants send; then for runtime in node datagraal; do send_turn "$runtime"; done; fi
  if wants pingpong; then for runtime in node datagraal; do pingpong_turn "$runtime"; done; fi
  if wants handler; then
    for runtime in node datagraal; do receive_turn handler "$runtime" handler.js "$json_size" --json; done
  fi
  if wants startup; then for runtime in node datagraal; do startup_turn "$runtime"; done; fi
done

median() { # median FIGURE RUNTIME
  printf '%s\n' ${samples[$1|$2]:-} | sort -g | awk 'NF { v[++n] = $1 } END {
    if (n == 0) print "-"; else if (n % 2) print v[(n + 1) / 2]; else print (v[n / 2] + v[n / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
verdict() { # verdict RATIO TARGET ("<= 1.5" or ">= 1.2")
  awk -v r="$1" -v op="${2% *}" -v t="${2#* }" 'BEGIN {
    if (r == "-") print "-"; else if ((op == ">=" && r + 0 >= t + 0) || (op == "<=" && r + 0 <= t + 0)) print "met"; else print "not met" }'
}

# figure | label | unit | target (datagraal/node) | group (--only)
rows="recv64|receive 64 B|datagrams/s|>= 1.5|receive
recv1k|receive 1 KiB|datagrams/s|>= 1.5|receive
send|send ${send_size} B, every callback counted|datagrams/s|>= 1.2|send
p50|round trip p50 (${ping_size} B)|µs|<= 1.0|pingpong
p99|round trip p99 (${ping_size} B)|µs|<= 1.5|pingpong
handler|handler: toString, JSON.parse, Map (${json_size} B)|datagrams/s|>= 1.0|handler
wall|seed-1 end to end, wall time|ms|<= 3|startup
rss|seed-1 end to end, peak RSS|MiB|<= 2.5|startup"
# figure | who | label | unit | node's figure it is compared with
references="ceiling64|sender|sender's ceiling, 64 B (discard socket)|datagrams/s|recv64
ceiling1k|sender|sender's ceiling, 1 KiB (discard socket)|datagrams/s|recv1k
recv64|nio|Java NIO receiver, 64 B (the floor)|datagrams/s|recv64
recv1k|nio|Java NIO receiver, 1 KiB (the floor)|datagrams/s|recv1k"

table=$(printf '%-46s %-12s %12s %12s %10s %8s  %s\n' figure unit node datagraal "dg/node" target "")
markdown="| Figure | Unit | node | datagraal | datagraal/node | Target |
|---|---|---:|---:|---:|---|"
while IFS='|' read -r figure label unit target group; do
  wants "$group" || continue
  a=$(median "$figure" node); b=$(median "$figure" datagraal); r=$(ratio "$b" "$a"); v=$(verdict "$r" "$target")
  table="$table
$(printf '%-46s %-12s %12s %12s %10s %8s  %s' "$label" "${unit/µs/us}" "$a" "$b" "$r" "$target" "$v")"
  markdown="$markdown
| $label | $unit | $a | $b | $r | $target ($v) |"
done <<<"$rows"
if wants receive; then
  table="$table

$(printf '%-46s %-12s %12s %12s\n' reference unit median "x node's")"
  markdown="$markdown

| Reference (same run) | Unit | Median | Times node's |
|---|---|---:|---:|"
  while IFS='|' read -r figure source label unit compared; do
    m=$(median "$figure" "$source"); r=$(ratio "$m" "$(median "$compared" node)")
    table="$table
$(printf '%-46s %-12s %12s %12s' "$label" "$unit" "$m" "$r")"
    markdown="$markdown
| $label | $unit | $m | $r |"
  done <<<"$references"
fi

echo
echo "$header"
echo
echo "$table"
{
  echo "$header" | sed 's/$/  /'
  echo
  echo "$markdown"
  echo
  echo "Each figure's turns, in order:"
  echo
  for key in $(printf '%s\n' "${!samples[@]}" | sort); do echo "- ${key/|/ under }:${samples[$key]}"; done
} >"$out/results.md"
echo
echo "Markdown table: $out/results.md; each turn's output: $logs/"
