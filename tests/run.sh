#!/bin/sh
# Run every test suite and end with the line "N passed, N failed".
# Each suite prints its own results; this script reads three forms of them:
# cmocka's "[  PASSED  ] N test(s)." / "[  FAILED  ] N test(s)", TAP lines
# "ok ..." / "not ok ...", and a line "NAME: N passed, N failed".
# VIGIL_BUILDS chooses the builds whose unit tests run (default: both).
set -u
cd "$(dirname "$0")/.."
builds=${VIGIL_BUILDS:-"release asan"}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0
failed=0
skipped=0

tally() { # name file exit-code
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$2" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$2" | awk '{s+=$1} END {print s+0}')
    p=$((p + $(grep -c '^ok ' "$2")))
    f=$((f + $(grep -c '^not ok ' "$2")))
    s=$(grep -c '^skip ' "$2")
    line=$(grep -E '^[A-Za-z_-]+: [0-9]+ passed, [0-9]+ failed' "$2" | tail -1)
    if [ -n "$line" ]; then
        p=$((p + $(echo "$line" | sed 's/.*: \([0-9]*\) passed.*/\1/')))
        f=$((f + $(echo "$line" | sed 's/.* \([0-9]*\) failed.*/\1/')))
    fi
    if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        echo "FAIL $1 exited with status $3 without naming a failed test"
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    printf '%-40s %4d passed, %d failed%s\n' "$1" "$p" "$f" "$([ "$s" -gt 0 ] && echo ", $s skipped")"
}

suite() { # name command...
    name=$1
    shift
    out="$log/$(echo "$name" | tr '/ ' '__').out"
    "$@" >"$out" 2>&1
    rc=$?
    tally "$name" "$out" "$rc"
    if [ "$rc" -ne 0 ] || grep -q '^not ok \|^\[  FAILED  \]\|^FAIL ' "$out"; then
        grep -E '^not ok |^\[  FAILED  \]|^\[  ERROR   \]|^FAIL |ERROR|error' "$out" | head -40 | sed 's/^/    /'
    fi
}

for b in $builds; do
    for t in build/$b/tests/test_*; do
        [ -x "$t" ] || continue
        suite "unit/$b/$(basename "$t")" "$t"
    done
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    for b in $builds; do
        suite "cli/$b/$(basename "$t" .sh)" env VIGIL="build/$b/vigil" sh "$t"
    done
done
if [ -z "${VIGIL_NO_FUZZ:-}" ] && [ -f fuzz/run-short.sh ]; then
    suite "fuzz/short" sh fuzz/run-short.sh
fi

echo
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
