#!/bin/sh
# Robustness of `vigil extract` on hostile and odd input: empty, binary and
# invalid UTF-8 files, a 50 MB report, a 1 MB line with no full stop, CRLF
# text, missing files, bad options, directories, standard input, and memory
# that stays flat over thousands of reports.  Never a crash (a signal, or a
# sanitizer report in the ASan build), always a clear message naming the file.
# TAP output; VIGIL is the binary to test (default build/release/vigil).
# All input is generated here from sentences written for this test.
set -u
cd "$(dirname "$0")/../.."
VIGIL=${VIGIL:-build/release/vigil}
case $VIGIL in /*) ;; *) VIGIL="$PWD/$VIGIL" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# ASan keeps freed memory in a quarantine (256 MB by default), which would
# read as growth in the memory test; a small one still catches use after free
# of recent blocks.  Harmless for the release build.
ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:detect_leaks=1}
export ASAN_OPTIONS

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }
check() { # description, then a command that succeeds when the check holds
    d=$1
    shift
    if "$@"; then ok "$d"; else not_ok "$d"; sed 's/^/# /' "$tmp/err" | head -20; fi
}
skip() { echo "skip $1"; }

# run ARGS...: vigil extract with stdout in $tmp/out, stderr in $tmp/err,
# exit status in $rc.
run() {
    "$VIGIL" extract "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}
# No signal, no sanitizer report.
no_crash() {
    [ "$rc" -lt 128 ] &&
        ! grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|Segmentation|Aborted' "$tmp/err"
}
status_is() { [ "$rc" -eq "$1" ]; }
err_has() { grep -qF -- "$1" "$tmp/err"; }
lines_are() { [ "$(wc -l <"$tmp/out")" -eq "$1" ]; }

# The JSON Lines output is valid UTF-8 (iconv is strict; jq 1.6 would quietly
# repair bad bytes) and every line parses as a JSON object.
json_ok() {
    f=${1:-$tmp/out}
    iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || return 1
    if command -v jq >/dev/null 2>&1; then
        jq -e 'type == "object"' "$f" >/dev/null 2>&1
    elif command -v node >/dev/null 2>&1; then
        node -e 'const l = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
                 for (const s of l) if (s && typeof JSON.parse(s) !== "object") process.exit(1);' "$f"
    else
        echo "# neither jq nor node: JSON syntax not checked" >&2
    fi
}
# Value of a top-level string field of the first output line.
first_field() {
    if command -v jq >/dev/null 2>&1; then
        head -1 "$tmp/out" | jq -r ".$1"
    else
        head -1 "$tmp/out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",
            ()=>console.log(JSON.parse(s)[process.argv[1]]))' "$1"
    fi
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# A paragraph of report text: figures in several forms, attribution, dates.
cat >"$tmp/para.txt" <<'EOF'
Riot police detained at least 37 people near the river embankment on Tuesday, a legal aid group said.
Organisers put the crowd at about 4,500, while the city administration said no more than 900 took part.
Dozens of students were later released without charge; three were fined and one journalist was held overnight.
Two people were taken to hospital with head injuries, according to volunteer medics at the scene.
The interior ministry denied that anyone had been beaten and said 12 officers were hurt.
EOF

# --- empty, blank and binary files -------------------------------------------
: >"$tmp/empty.txt"
run --format jsonl "$tmp/empty.txt"
check "empty file: no crash" no_crash
check "empty file: message names the file and says it is empty" \
    sh -c 'grep -q "empty.txt" "$1" && grep -qi "empty" "$1"' _ "$tmp/err"
check "empty file: exit status 0 or 1" [ "$rc" -le 1 ]

printf '  \n\r\n\t\n' >"$tmp/blank.txt"
run --format jsonl "$tmp/blank.txt"
check "white-space-only file: no crash, names the file" sh -c '[ "$1" -lt 128 ] && grep -q blank.txt "$2"' _ "$rc" "$tmp/err"

head -c 20000 /dev/urandom >"$tmp/noise.bin"
printf '\000\001\002ELF\000\000' >>"$tmp/noise.bin"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' >"$tmp/prog.bin"
cat "$tmp/para.txt" >>"$tmp/prog.bin"
run --format jsonl "$tmp/prog.bin"
check "binary file: no crash" no_crash
check "binary file: skipped with a message naming the file" \
    sh -c 'grep -q "prog.bin" "$1" && grep -qiE "binary|skip" "$1"' _ "$tmp/err"
check "binary file: no report printed for it" lines_are 0
run --format jsonl "$tmp/noise.bin"
check "random bytes: no crash, valid output" sh -c '[ "$1" -lt 128 ] && ! grep -q Sanitizer "$2"' _ "$rc" "$tmp/err"
json_ok "$tmp/out" && ok "random bytes: output (if any) is valid JSON" || not_ok "random bytes: output is not valid JSON"

# --- invalid UTF-8 ---------------------------------------------------------
{
    printf 'Police detained \377\376 about 40 people \303( near the \342\202 station.\n'
    printf 'An overlong \300\257 slash, a surrogate \355\240\200, and 12\240000 gathered.\n'
    printf 'Latin-1 text: caf\351, na\357ve, \253quoted\273 \226 dashes; 25 were arrested.\n'
    cat "$tmp/para.txt"
    printf 'It ends inside a sequence: \320'
} >"$tmp/bad-utf8.txt"
run --format jsonl "$tmp/bad-utf8.txt"
check "invalid UTF-8: no crash" no_crash
check "invalid UTF-8: exit status 0" status_is 0
check "invalid UTF-8: one report" sh -c '[ "$(wc -l <"$1")" -eq 1 ]' _ "$tmp/out"
json_ok && ok "invalid UTF-8: output parses as JSON" || not_ok "invalid UTF-8: output is not valid JSON"
run --format table "$tmp/bad-utf8.txt"
check "invalid UTF-8, table format: no crash" no_crash

badname=$(printf '%s/name-\377\376.txt' "$tmp")
cp "$tmp/para.txt" "$badname"
run --format jsonl "$badname"
check "file name that is not UTF-8: no crash" no_crash
json_ok && ok "file name that is not UTF-8: output is valid JSON" ||
    not_ok "file name that is not UTF-8: output is not valid JSON"
rm -f "$badname"

# --- CRLF ------------------------------------------------------------------
sed 's/$/\r/' "$tmp/para.txt" >"$tmp/crlf.txt"
cp "$tmp/para.txt" "$tmp/lf.txt"
run --format jsonl "$tmp/crlf.txt"
check "CRLF text: no crash, exit 0" sh -c '[ "$1" -eq 0 ] && ! grep -q Sanitizer "$2"' _ "$rc" "$tmp/err"
json_ok && ok "CRLF text: valid JSON" || not_ok "CRLF text: invalid JSON"
if command -v jq >/dev/null 2>&1; then
    # Line ends change offsets, never figures: compare everything but spans.
    strip='[.figures[] | {what, low, high, approx, who, where, when, source, status, quote}]'
    jq -c "$strip" "$tmp/out" >"$tmp/crlf.fig"
    run --format jsonl "$tmp/lf.txt"
    jq -c "$strip" "$tmp/out" >"$tmp/lf.fig"
    check "CRLF text: the same figures as with LF line ends" cmp -s "$tmp/crlf.fig" "$tmp/lf.fig"
else
    skip "CRLF figures comparison: jq missing"
fi

# --- large input -------------------------------------------------------------
# 50 MB: the paragraph repeated, with a blank line between copies.
yes "$(cat "$tmp/para.txt")
" | head -c 52428800 >"$tmp/big.txt"
t0=$(now)
timeout 900 "$VIGIL" extract --format jsonl "$tmp/big.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
echo "# 50 MB report: $(elapsed "$t0") s, exit status $rc, $(wc -c <"$tmp/out") bytes of JSON"
check "50 MB report: finishes (no hang) and does not crash" sh -c '[ "$1" -ne 124 ] && [ "$1" -lt 128 ]' _ "$rc"
check "50 MB report: no sanitizer report" no_crash
check "50 MB report: exit 0 or a clear 'too large' skip" \
    sh -c '[ "$1" -eq 0 ] || grep -q big.txt "$2"' _ "$rc" "$tmp/err"
json_ok && ok "50 MB report: valid JSON" || not_ok "50 MB report: invalid JSON"
rm -f "$tmp/big.txt"

# One 1 MB line with no full stop and no newline.
yes 'and then 17 more people were detained near the old bridge according to witnesses' |
    tr '\n' ' ' | head -c 1048576 >"$tmp/line.txt"
t0=$(now)
timeout 300 "$VIGIL" extract --format jsonl "$tmp/line.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
echo "# 1 MB line: $(elapsed "$t0") s"
check "1 MB line without a full stop: finishes, no crash" sh -c '[ "$1" -ne 124 ] && [ "$1" -lt 128 ]' _ "$rc"
check "1 MB line: no sanitizer report" no_crash
json_ok && ok "1 MB line: valid JSON" || not_ok "1 MB line: invalid JSON"

# A 1 MB run of digits and one of white space.
yes 1234567890 | tr -d '\n' | head -c 1048576 >"$tmp/digits.txt"
run --format jsonl "$tmp/digits.txt"
check "1 MB of digits: no crash" no_crash
json_ok && ok "1 MB of digits: valid JSON" || not_ok "1 MB of digits: invalid JSON"

# --- missing files, bad options ---------------------------------------------
run --format jsonl "$tmp/does-not-exist.txt"
check "nonexistent file: exit status 1" status_is 1
check "nonexistent file: message names the file" err_has "does-not-exist.txt"
check "nonexistent file: no crash" no_crash

run --format jsonl --published 2024-02-30 "$tmp/lf.txt"
check "--published 2024-02-30: exit status 2" status_is 2
check "--published 2024-02-30: message names the option" err_has "--published"
run --format jsonl --published yesterday "$tmp/lf.txt"
check "--published yesterday: exit status 2" status_is 2
run --format xml "$tmp/lf.txt"
check "--format xml: exit status 2" status_is 2
check "--format xml: message names the option" err_has "--format"
run --frobnicate "$tmp/lf.txt"
check "unknown option: exit status 2" status_is 2
run --format jsonl --published 2024-02-29 "$tmp/lf.txt"
check "--published 2024-02-29 (a leap day): accepted" status_is 0
check "--published 2024-02-29: reported as published" \
    sh -c '[ "$(head -c 200000 "$1" | grep -c "\"published\":\"2024-02-29\"")" -eq 1 ]' _ "$tmp/out"

# --- the table view with letters of more than one byte ---------------------
# Columns are counted in characters, not bytes: "Bogotá" and "Gulu"
# leave the date column at the same place (continuation bytes removed, one
# byte per character), and a long Cyrillic source is cut between letters.
printf 'Police detained 14 protesters in Bogot\303\241 on Monday.\n\nPolice detained 9 protesters in Gulu on Monday.\n' >"$tmp/accents.txt"
run --format table --published 2024-03-06 "$tmp/accents.txt"
check "table: a place with an accented letter keeps the columns in line" sh -c '
    [ "$(LC_ALL=C sed -n "s/[\x80-\xbf]//g; /^  detained/p" "$1" | cut -c58-67 | sort -u)" = "2024-03-04" ]' _ "$tmp/out"
printf '\320\222 \320\234\320\270\320\275\321\201\320\272\320\265 \320\267\320\260\320\264\320\265\321\200\320\266\320\260\320\275\321\213 40 \321\207\320\265\320\273\320\276\320\262\320\265\320\272, \321\201\320\276\320\276\320\261\321\211\320\270\320\273 \320\241\320\276\321\216\320\267 a \320\241\320\265\320\262\320\265\321\200\320\276-\320\227\320\260\320\277\320\260\320\264\320\260.\n' >"$tmp/cyr.txt"
run --format table "$tmp/cyr.txt"
check "table: a long Cyrillic source is cut between letters (valid UTF-8)" sh -c '
    grep -q "^  detained" "$1" && iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1' _ "$tmp/out"

# --- directories and standard input ------------------------------------------
mkdir -p "$tmp/dir/sub" "$tmp/dir/.hidden"
cp "$tmp/para.txt" "$tmp/dir/b.txt"
cp "$tmp/para.txt" "$tmp/dir/a.txt"
cp "$tmp/crlf.txt" "$tmp/dir/sub/c.txt"
cp "$tmp/para.txt" "$tmp/dir/.hidden/h.txt"
cp "$tmp/prog.bin" "$tmp/dir/z.txt"
run --format jsonl "$tmp/dir"
check "directory: no crash, exit 0" sh -c '[ "$1" -eq 0 ] && ! grep -q Sanitizer "$2"' _ "$rc" "$tmp/err"
check "directory: three text reports, hidden entries and the binary left out" lines_are 3
json_ok && ok "directory: valid JSON" || not_ok "directory: invalid JSON"
if command -v jq >/dev/null 2>&1; then
    check "directory: reports in name order, named by file" \
        sh -c '[ "$(jq -r .doc "$1" | tr "\n" " ")" = "a.txt b.txt c.txt " ]' _ "$tmp/out"
fi
check "directory: the binary file is named as skipped" err_has "z.txt"

run --format jsonl "$tmp/dir/a.txt" "$tmp/missing.txt" "$tmp/dir/b.txt"
check "a missing file among good ones: exit status 1, message names it" \
    sh -c '[ "$1" -eq 1 ] && grep -q missing.txt "$2"' _ "$rc" "$tmp/err"

"$VIGIL" extract --format jsonl - <"$tmp/para.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "stdin '-': exit 0, one report" sh -c '[ "$1" -eq 0 ] && [ "$(wc -l <"$2")" -eq 1 ]' _ "$rc" "$tmp/out"
json_ok && ok "stdin '-': valid JSON" || not_ok "stdin '-': invalid JSON"
check "stdin '-': reported as doc \"-\"" sh -c '[ "$(head -c 100000 "$1" | grep -c "\"doc\":\"-\"")" -eq 1 ]' _ "$tmp/out"
"$VIGIL" extract --format jsonl <"$tmp/para.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "no file argument reads stdin" sh -c '[ "$1" -eq 0 ] && [ "$(wc -l <"$2")" -eq 1 ]' _ "$rc" "$tmp/out"
"$VIGIL" extract --format jsonl - </dev/null >"$tmp/out" 2>"$tmp/err"
rc=$?
check "empty stdin: no crash, a message" sh -c '[ "$1" -lt 128 ] && [ -s "$2" ]' _ "$rc" "$tmp/err"

# --- memory stays flat over many reports ------------------------------------
# 20 and 2,000 reports of about 4 KB each, all different.  Streaming with an
# arena per report means the larger run's peak is about the same as the
# smaller one's; the bound is generous because this checks a property, not
# a speed.
if [ -x /usr/bin/time ]; then
    gen() { # dir count
        mkdir -p "$1"
        awk -v dir="$1" -v count="$2" -v para="$tmp/para.txt" 'BEGIN {
            while ((getline line < para) > 0) p = p line "\n"
            for (i = 0; i < count; i++) {
                f = sprintf("%s/r%05d.txt", dir, i)
                printf "CITY %d, June %d - Police detained %d people; %d were injured.\n",
                    i, i % 28 + 1, i * 7 % 500 + 3, i % 40 + 1 > f
                for (k = 0; k < 7; k++) printf "%s\n", p > f
                close(f)
            }
        }'
    }
    gen "$tmp/few" 20
    gen "$tmp/many" 2000
    maxrss() { # dir -> KB
        /usr/bin/time -v "$VIGIL" extract --format jsonl "$1" 2>"$tmp/time" >/dev/null
        sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time"
    }
    few=$(maxrss "$tmp/few")
    t0=$(now)
    many=$(maxrss "$tmp/many")
    echo "# max RSS: 20 reports $few KB, 2000 reports $many KB ($(elapsed "$t0") s for 2000)"
    limit=$((2 * few + 20480))
    check "memory stays flat: 2000 reports peak under 2 x 20 reports + 20 MB ($limit KB)" \
        [ "${many:-999999999}" -lt "$limit" ]
else
    skip "memory test: /usr/bin/time missing (package time)"
fi

[ "$fails" -eq 0 ]
