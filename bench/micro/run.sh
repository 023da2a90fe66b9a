#!/bin/sh
# Runs bench/micro/buffer-and-emit.js under node and under bin/datagraal, one after the other, and
# prints each operation's cost per call in both and the ratio datagraal/node:
#   bench/micro/run.sh [name-filter-regexp]
# The figures mean something only on an otherwise idle machine. Settings (environment):
#   BENCH_NODE=node  BENCH_DATAGRAAL=bin/datagraal
#   BENCH_WARMUP_MS, BENCH_ROUND_MS, BENCH_ROUNDS   passed on to the script (see its header)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
script="$here/buffer-and-emit.js"
node=${BENCH_NODE:-node}
datagraal=${BENCH_DATAGRAAL:-$root/bin/datagraal}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "node: $("$node" --version)" >&2
"$node" "$script" "$@" > "$work/node" || { echo "run.sh: node failed" >&2; exit 1; }
echo "datagraal: $("$datagraal" --version)" >&2
"$datagraal" "$script" "$@" > "$work/datagraal" || { echo "run.sh: datagraal failed" >&2; exit 1; }

# Both outputs are "<operation> <ns per call>" lines in the same order.
awk 'NR == FNR { node[$1] = $2; next }
     FNR == 1 { printf "%-28s %14s %14s %8s\n", "operation", "node ns/op", "datagraal ns/op", "ratio" }
     { ratio = ($1 in node && node[$1] > 0) ? sprintf("%.1f", $2 / node[$1]) : "-"
       printf "%-28s %14s %14s %8s\n", $1, node[$1], $2, ratio }' "$work/node" "$work/datagraal"
