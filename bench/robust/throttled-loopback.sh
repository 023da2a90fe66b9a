#!/bin/sh
# Runs a command on a slow loopback: a fresh network namespace whose lo sends at RATE (default
# 20mbit) through a token bucket, so a fast sender fills its socket's kernel buffer and sendmsg
# answers EAGAIN: the case where a runtime must queue sends and resume when writable.
# Needs root, unshare(1) and tc(8); exits 77 when the namespace cannot be made.
#   bench/robust/throttled-loopback.sh node bench/robust/storm.js 20000
rate=${THROTTLE_RATE:-20mbit}
unshare -n true 2>/dev/null && command -v tc >/dev/null ||
  { echo "throttled-loopback: cannot make a network namespace (root, unshare and tc needed)" >&2; exit 77; }
exec unshare -n sh -c '
  ip link set lo up &&
  tc qdisc add dev lo root tbf rate "$0" burst 16kb latency 500ms &&
  exec "$@"' "$rate" "$@"
