#!/bin/sh
# Runs js-tests cases through bin/datagraal and compares with their goldens (a quick check while
# working; `mvn -B verify` runs them all in-process):
#   js-tests/run.sh dgram loop/ordering.js     folders and/or single cases
set -u
here=$(cd "$(dirname "$0")" && pwd)
launcher="$here/../bin/datagraal"
passed=0; failed=0
for arg in "$@"; do
  case $arg in *.js|*.mjs) list=$arg ;; *) list=$(cd "$here" && find "$arg" \( -name '*.js' -o -name '*.mjs' \) ! -path '*/fixtures/*' ! -path 'npm/*' ! -path './npm/*' | sort) ;; esac
  for case in $list; do
    dir=$(dirname "$here/$case"); file=$(basename "$case"); base=${file%.*}
    out=$(mktemp); err=$(mktemp)
    input=/dev/null; [ -f "$dir/$base.stdin" ] && input="$dir/$base.stdin"
    (cd "$dir" && timeout 60 "$launcher" "$file" <"$input" >"$out" 2>"$err"); status=$?
    if cmp -s "$out" "$dir/$base.stdout" && [ "$status" = "$(cat "$dir/$base.status")" ]; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1)); echo "FAIL $case (exit $status)"; diff "$dir/$base.stdout" "$out" | head -5; head -3 "$err"
    fi
    rm -f "$out" "$err"
  done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
