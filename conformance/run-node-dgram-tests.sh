#!/usr/bin/env bash
# Runs Node's own dgram tests, unchanged, under datagraal (or under node, to check the runner).
#
#   conformance/run-node-dgram-tests.sh <node-test-dir> [--runtime node|datagraal] [--timeout S]
#                                       [--runtime-arg ARG]... [--logs DIR] [--verbose] [pattern]
#
# <node-test-dir> is the `test/` folder of a Node source tree (or the tree itself). Every
# test-dgram-*.js / .mjs in its parallel/, sequential/ and internet/ folders is considered:
#   - tests that need --expose-internals, cluster or child processes are not applicable (N/A),
#     with the reason, and never run;
#   - the others are copied into a scratch tree whose common/ folder is this project's own
#     (conformance/common), so `require('../common')` loads ours, never Node's; each runs in its
#     own process, with the flags of its `// Flags:` line, under a timeout (120 s unless --timeout:
#     a JVM starting on a machine under heavy load can take over 60 s).
# Exit 0 is a pass; a pass that printed "1..0 # Skipped: why" counts as skipped.
# [pattern] is an extended regular expression matched against "parallel/test-dgram-....js".
# --runtime-arg ARG (repeatable) is passed to the runtime before each test's own flags.
# Under datagraal the runner always passes --strict-send-bounds: Node's tests check Node 20's
# send() bounds (RangeError past the message), which datagraal's default, clamping as Node
# before v20 did for the seed scripts, deliberately does not give.
# --logs DIR keeps each test's output in DIR/<folder>/<file>.log; --verbose prints the output of
# each failed test.
#
# Prints a line per file, then "N passed, N failed" and the skipped / not-applicable counts.
# The exit status is 0 when nothing failed.
set -u

usage() {
  sed -n '2,25s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

runtime=datagraal
timeout_s=120
logs=""
verbose=0
testdir=""
pattern=""
runtime_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --runtime) [ $# -ge 2 ] || usage; runtime=$2; shift 2 ;;
    --runtime=*) runtime=${1#*=}; shift ;;
    --timeout) [ $# -ge 2 ] || usage; timeout_s=$2; shift 2 ;;
    --timeout=*) timeout_s=${1#*=}; shift ;;
    --runtime-arg) [ $# -ge 2 ] || usage; runtime_args+=("$2"); shift 2 ;;
    --runtime-arg=*) runtime_args+=("${1#*=}"); shift ;;
    --logs) [ $# -ge 2 ] || usage; logs=$2; shift 2 ;;
    --logs=*) logs=${1#*=}; shift ;;
    -v|--verbose) verbose=1; shift ;;
    -h|--help) usage ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *)
      if [ -z "$testdir" ]; then testdir=$1
      elif [ -z "$pattern" ]; then pattern=$1
      else usage
      fi
      shift ;;
  esac
done
[ -n "$testdir" ] || usage

if [ -d "$testdir/parallel" ]; then :
elif [ -d "$testdir/test/parallel" ]; then testdir=$testdir/test
else echo "no parallel/ folder in $testdir (give Node's test/ folder)" >&2; exit 2
fi
testdir=$(cd "$testdir" && pwd)

case $runtime in
  node) run=("${NODE:-node}") ;;
  datagraal) run=("${DATAGRAAL:-$root/bin/datagraal}")
             runtime_args=(--strict-send-bounds ${runtime_args[@]+"${runtime_args[@]}"}) ;;
  *) echo "--runtime must be node or datagraal" >&2; exit 2 ;;
esac
if ! version=$("${run[@]}" --version 2>&1 | head -n 1); then
  echo "cannot run ${run[*]}: $version" >&2; exit 2
fi
command -v timeout >/dev/null || { echo "needs the timeout command (coreutils)" >&2; exit 2; }

# The scratch tree: <work>/common is ours; the tests go into <work>/parallel etc.
work=$(mktemp -d "${TMPDIR:-/tmp}/dgram-conformance.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$here/common" "$work/common"
echo '{ "type": "commonjs" }' >"$work/package.json"
if [ -n "$logs" ]; then mkdir -p "$logs" && logs=$(cd "$logs" && pwd); fi

# Facts that common.hasIPv6 would otherwise need the os module for.
if [ -z "${CONFORMANCE_HAS_IPV6:-}" ] && [ -r /proc/net/if_inet6 ]; then
  if grep -Eq '[[:space:]]lo$' /proc/net/if_inet6; then export CONFORMANCE_HAS_IPV6=1
  else export CONFORMANCE_HAS_IPV6=0
  fi
fi

# Why a test cannot run here, or nothing when it can.
not_applicable() {
  local file=$1 flags=$2 reasons=()
  local imports="(require\\(|from )['\"](node:)?"
  case " $flags " in
    *" --expose-internals "*) reasons+=("needs --expose-internals (Node's internals)") ;;
  esac
  if grep -Eq "${imports}cluster['\"]" "$file"; then
    reasons+=("uses cluster (worker processes)")
  fi
  if grep -Eq "${imports}child_process['\"]|common/child_process" "$file" ||
     grep -Eq "(^|[^.[:alnum:]_\$])(fork|spawn|spawnSync|execFile|execSync)\\(" "$file"; then
    reasons+=("uses child_process")
  fi
  local IFS=';'
  [ ${#reasons[@]} -eq 0 ] || printf '%s\n' "${reasons[*]}" | sed 's/;/; /g'
}

# The line of a failed run's output that says what went wrong.
first_error() {
  awk '
    /^Mismatched .* function calls/ { print; found = 1; exit }
    /^(Uncaught )?[A-Za-z_$.]*(Error|Exception)( \[[A-Z_0-9]+\])?: / { print; found = 1; exit }
    /^(Uncaught )?[A-Za-z_$.]*(Error|Exception)( \[[A-Z_0-9]+\])?$/ { print; found = 1; exit }
    /^datagraal: / { print; found = 1; exit }
    NF { last = $0 }
    END { if (!found && last != "") print last }
  ' "$1" | cut -c1-240
}

now_ms() { date +%s%3N; }

echo "Node dgram tests from $testdir"
echo "runtime: ${run[*]}${runtime_args[@]+ ${runtime_args[*]}} ($version), timeout ${timeout_s} s"
echo

passed=0; failed=0; skipped=0; na=0
declare -A na_by_reason=()
failures=()
for sub in parallel sequential internet; do
  [ -d "$testdir/$sub" ] || continue
  for file in "$testdir/$sub"/test-dgram-*.js "$testdir/$sub"/test-dgram-*.mjs; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    rel=$sub/$name
    if [ -n "$pattern" ] && ! printf '%s\n' "$rel" | grep -Eq -- "$pattern"; then continue; fi

    flags=$(sed -n 's|^//[[:space:]]*Flags:[[:space:]]*||p' "$file" | head -n 1)
    reason=$(not_applicable "$file" "$flags")
    if [ -n "$reason" ]; then
      printf 'N/A   %s: %s\n' "$rel" "$reason"
      na=$((na + 1))
      key=${reason%%;*}
      na_by_reason[$key]=$(( ${na_by_reason[$key]:-0} + 1 ))
      continue
    fi

    mkdir -p "$work/$sub"
    cp "$file" "$work/$sub/$name"
    log=$work/$sub/$name.log
    start=$(now_ms)
    # shellcheck disable=SC2086 # $flags is a list of words
    (cd "$work" && timeout -k 5 "$timeout_s" "${run[@]}" ${runtime_args[@]+"${runtime_args[@]}"} \
       $flags "$work/$sub/$name") </dev/null >"$log" 2>&1
    rc=$?
    secs=$(awk -v ms=$(( $(now_ms) - start )) 'BEGIN { printf "%.1f", ms / 1000 }')
    [ -z "$logs" ] || { mkdir -p "$logs/$sub" && cp "$log" "$logs/$sub/$name.log"; }

    if [ $rc -eq 0 ]; then
      skip_line=$(grep -m 1 '^1\.\.0 # Skipped: ' "$log")
      if [ -n "$skip_line" ]; then
        printf 'SKIP  %s: %s\n' "$rel" "${skip_line#1..0 # Skipped: }"
        skipped=$((skipped + 1))
      else
        printf 'PASS  %s (%s s)\n' "$rel" "$secs"
        passed=$((passed + 1))
      fi
      continue
    fi

    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then what="timeout after ${timeout_s} s"
    else what="exit $rc"
    fi
    detail=$(first_error "$log")
    printf 'FAIL (%s)  %s: %s\n' "$what" "$rel" "${detail:-(no output)}"
    failed=$((failed + 1))
    failures+=("$rel")
    if [ $verbose -eq 1 ]; then sed 's/^/    | /' "$log"; fi
  done
done

echo
echo "$passed passed, $failed failed"
echo "$skipped skipped, $na not applicable"
for key in "${!na_by_reason[@]}"; do
  printf '  %3d %s\n' "${na_by_reason[$key]}" "$key"
done | sort -k2
[ -z "$logs" ] || echo "outputs in $logs"
[ $failed -eq 0 ]
