#!/bin/sh
# `make valgrind`: the unit tests and `vigil extract` on generated reports,
# each under valgrind's memcheck with full leak checking.  Any invalid read or
# write, use of uninitialised memory or definite/possible leak fails the run.
# Usage: sh tests/valgrind.sh BUILD_DIR (default build/valgrind, built with
# `make BUILD=valgrind all unit`: -O1 -g, no sanitizers).  Prints one TAP
# line per program and ends with "valgrind: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
dir=${1:-build/valgrind}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v valgrind >/dev/null 2>&1; then
    echo "skip valgrind: not installed (package valgrind)"
    echo "valgrind: 0 passed, 0 failed"
    exit 0
fi
if [ ! -x "$dir/vigil" ]; then
    echo "not ok 1 - $dir/vigil missing: run 'make BUILD=valgrind all unit'"
    echo "valgrind: 0 passed, 1 failed"
    exit 1
fi

n=0
passed=0
failed=0
vg() { # name, then the command; stdin from $tmp/stdin when it exists
    name=$1
    shift
    n=$((n + 1))
    valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,possible \
        --errors-for-leak-kinds=definite,possible --track-origins=yes \
        "$@" >"$tmp/out" 2>"$tmp/log" <"${vg_stdin:-/dev/null}"
    rc=$?
    if [ "$rc" -eq 99 ] || grep -q '^==[0-9]*== [A-Z]' "$tmp/log"; then
        failed=$((failed + 1))
        echo "not ok $n - $name: valgrind found errors"
        grep '^==' "$tmp/log" | head -30 | sed 's/^/# /'
    elif [ "$rc" -ge 128 ]; then
        failed=$((failed + 1))
        echo "not ok $n - $name: killed by signal $((rc - 128))"
    else
        passed=$((passed + 1))
        echo "ok $n - $name (exit status $rc)"
    fi
}

for t in "$dir"/tests/test_*; do
    [ -x "$t" ] || continue
    vg "unit $(basename "$t")" "$t"
done

# Reports written for this script: figures in several forms, plus the odd
# cases (bad UTF-8, CRLF, a long line, a binary file, an empty one).
mkdir -p "$tmp/reports"
cat >"$tmp/para.txt" <<'EOF'
Riot police detained at least 37 people near the river embankment on Tuesday, a legal aid group said.
Organisers put the crowd at about 4,500, while the city administration said no more than 900 took part.
Dozens of students were later released without charge; three were fined and one journalist was held overnight.
Between 20 and 30 activists were charged, and hundreds marched again the next day.
EOF
for i in 1 2 3 4 5 6 7 8; do
    { printf 'TOWN %d, May %d - ' "$i" "$i"; cat "$tmp/para.txt"; } >"$tmp/reports/r$i.txt"
done
{ printf 'Police detained \377\376 about 40 people \303( near the \342\202 station.\n'
  cat "$tmp/para.txt"; printf 'cut short \320'; } >"$tmp/reports/bad-utf8.txt"
sed 's/$/\r/' "$tmp/para.txt" >"$tmp/reports/crlf.txt"
yes 'and 17 more people were detained near the old bridge' | tr '\n' ' ' | head -c 200000 \
    >"$tmp/reports/long-line.txt"
printf '\177ELF\000\001\002' >"$tmp/reports/prog.bin"
: >"$tmp/reports/empty.txt"

vg "vigil extract --format jsonl (12 generated reports)" \
    "$dir/vigil" extract --format jsonl --published 2024-05-20 "$tmp/reports"
vg "vigil extract --format table (12 generated reports)" \
    "$dir/vigil" extract --format table "$tmp/reports"
vg_stdin="$tmp/para.txt"
vg "vigil extract - (standard input)" "$dir/vigil" extract --format jsonl -
vg_stdin=""
vg "vigil extract on a missing file" "$dir/vigil" extract "$tmp/nope.txt"
vg "vigil extract with a bad option" "$dir/vigil" extract --format xml "$tmp/reports"

echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
