#!/bin/sh
# Re-records the goldens of js-tests with the reference runtime, Node 20:
#   js-tests/record-goldens.sh                 every case
#   js-tests/record-goldens.sh events/once.js  just these cases
# For each case NAME.js (or NAME.mjs) it writes NAME.stdout (stdout, byte for byte) and NAME.status
# (exit code); NAME.stdin, when there is one, is the case's standard input (else it reads an empty one).
# Each case runs from its own folder with a 20 s limit. The seed cases keep the seed's own goldens;
# files under a fixtures/ folder are modules that cases require, not cases. The npm suite has its
# own runner and recorder: js-tests/npm/run.sh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
node --version | grep -q '^v20\.' || { echo "record-goldens: needs node v20 on PATH" >&2; exit 2; }
if [ $# -eq 0 ]; then
  set -- $(cd "$here" && find . \( -name '*.js' -o -name '*.mjs' \) ! -path './seed/*' ! -path './npm/*' ! -path '*/fixtures/*' | sed 's|^\./||' | sort)
fi
for case in "$@"; do
  case_path="$here/$case"
  dir=$(dirname "$case_path"); file=$(basename "$case_path"); base=${file%.*}
  input=/dev/null; [ -f "$dir/$base.stdin" ] && input="$dir/$base.stdin"
  (cd "$dir" && timeout 20 node "$file" < "$input" > "$base.stdout" 2>/dev/null; echo $? > "$base.status")
  echo "$case: exit $(cat "$dir/$base.status")"
done
