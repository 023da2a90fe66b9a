#!/bin/sh
# The npm suite: popular npm packages that use dgram (DNS, mDNS, StatsD, syslog, KRPC, SNMP,
# CoAP), each driven by a scenario script that prints what it decoded; the output must match the
# golden recorded from Node 20 with the same packages.
#
#   js-tests/npm/run.sh [scenario ...]         install, run under bin/datagraal, compare
#   js-tests/npm/run.sh --record [scenario ...] install, re-record the goldens with node (v20)
#   js-tests/npm/run.sh --prepare DIR           install into DIR and copy the scenarios there
#                                               (the JUnit NpmSuiteIT runs them in-process)
#
# The exact versions are in package.json and package-lock.json (no download URLs, no package
# source in the repository). npm installs them at test time into a temporary folder, without
# running install scripts and without optional native add-ons. Scenarios run from that folder,
# so that require() finds the packages.
#
# Exit status: 0 all passed, 1 a scenario failed, 77 skipped (the reason is printed): npm is not
# on the PATH, or the install failed (no network, registry unreachable).
set -u
here=$(cd "$(dirname "$0")" && pwd)
launcher="$here/../../bin/datagraal"
mode=compare
prepare_dir=
case "${1:-}" in
  --record) mode=record; shift ;;
  --prepare) mode=prepare; prepare_dir=${2:?--prepare needs a folder}; shift 2 ;;
esac

skip() { echo "SKIP npm suite: $*"; exit 77; }

command -v npm >/dev/null 2>&1 || skip "npm is not on the PATH"
if [ "$mode" = prepare ]; then
  work=$prepare_dir
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/datagraal-npm-suite.XXXXXX")
  trap 'rm -rf "$work"' EXIT INT TERM
fi

cp "$here/package.json" "$here/package-lock.json" "$work/"
log="$work/npm-install.log"
if ! (cd "$work" && timeout 300 npm ci --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
  tail -5 "$log"
  skip "npm ci failed (is the registry reachable?)"
fi
echo "installed:" $(cd "$work" && npm ls --depth=0 --parseable --long 2>/dev/null | sed -n '2,$s/^[^:]*:\([^:]*\).*/\1/p')
mkdir -p "$work/scenarios"
cp "$here"/scenarios/*.js "$work/scenarios/"
[ "$mode" = prepare ] && { echo "prepared $work"; exit 0; }

if [ $# -eq 0 ]; then
  set -- $(cd "$here/scenarios" && ls *.js | sed 's/\.js$//')
fi
if [ "$mode" = record ]; then
  node --version | grep -q '^v20\.' || { echo "run.sh --record: needs node v20 on PATH" >&2; exit 2; }
fi

passed=0; failed=0
for name in "$@"; do
  name=${name%.js}
  out="$work/$name.out"; err="$work/$name.err"
  if [ "$mode" = record ]; then
    (cd "$work/scenarios" && timeout 60 node "$name.js" >"$out" 2>"$err" </dev/null); status=$?
    cp "$out" "$here/scenarios/$name.stdout"; echo "$status" > "$here/scenarios/$name.status"
    echo "$name: recorded, exit $status"
    continue
  fi
  (cd "$work/scenarios" && timeout 120 "$launcher" "$name.js" >"$out" 2>"$err" </dev/null); status=$?
  if cmp -s "$out" "$here/scenarios/$name.stdout" && [ "$status" = "$(cat "$here/scenarios/$name.status")" ]; then
    passed=$((passed + 1)); echo "PASS $name"
  else
    failed=$((failed + 1)); echo "FAIL $name (exit $status)"
    diff "$here/scenarios/$name.stdout" "$out" | head -10; head -5 "$err"
  fi
done
[ "$mode" = record ] && exit 0
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
