#!/bin/sh
# End-to-end test of `vigil eval`: a tiny gold directory, reports and a
# predictions file built here; checks the printed scores (worked out by
# hand below) and the exit codes of --pred, --min-f1 and the error cases.
# Prints TAP lines; VIGIL is the binary to test.
set -u
VIGIL=${VIGIL:-build/release/vigil}
case $VIGIL in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
n=0

ok() { # description, then a command that must succeed
    n=$((n + 1))
    d=$1
    shift
    if "$@" >/dev/null 2>&1; then echo "ok $n - $d"; else echo "not ok $n - $d"; fi
}

mkdir -p "$t/gold" "$t/reports" "$t/bad"
# Gold a: detained 10, killed 2, injured 3 or more, one person.
cat >"$t/gold/a.json" <<'EOF'
{"doc": "a.txt", "lang": "en", "published": "2020-03-03",
 "figures": [
  {"what": "detained", "low": 10, "high": 10, "approx": false, "who": "people",
   "where": "Springfield", "when": "2020-03-01", "source": "Defence Ministry",
   "status": "reported", "quote": "Ten people were detained in Springfield."},
  {"what": "killed", "low": 2, "high": 2, "approx": false, "who": "civilians",
   "where": null, "when": null, "source": null, "status": "reported", "quote": "Two died."},
  {"what": "injured", "low": 3, "high": null, "approx": false, "who": "people",
   "where": null, "when": null, "source": null, "status": "reported",
   "quote": "At least three were hurt."}],
 "persons": [{"name": "Gennady Kozhevnikov", "role": "activist", "status": "detained",
              "since": null, "where": null}]}
EOF
# Gold b: thousands took part.
cat >"$t/gold/b.json" <<'EOF'
{"doc": "b.txt", "lang": "en", "published": "2020-03-04",
 "figures": [{"what": "participants", "low": 2000, "high": 9999, "approx": true,
   "who": "protesters", "where": null, "when": null, "source": null,
   "status": "reported", "quote": "Thousands of protesters marched."}],
 "persons": []}
EOF
# Reports that state no figure at all, so any extractor finds none.
echo "The library committee met on a quiet afternoon to discuss its budget." >"$t/reports/a.txt"
echo "The garden club chose new colours for the spring show." >"$t/reports/b.txt"
# Predictions: detained 10 (source with a possessive country: agrees),
# killed 2 with who people (gold civilians: disagrees), participants 5
# (extra); injured 3.. is missed.  b: the same participants.  The person is
# written another way.
cat >"$t/pred.jsonl" <<'EOF'
{"doc": "a.txt", "figures": [{"what": "detained", "low": 10, "high": 10, "who": "people", "where": "Springfield", "when": "2020-03-01", "source": "Ruritania's Defence Ministry", "status": "reported", "quote": "Ten people were detained in Springfield."}, {"what": "killed", "low": 2, "high": 2, "who": "people", "status": "reported", "quote": "Two died."}, {"what": "participants", "low": 5, "high": 5, "who": "people", "status": "reported", "quote": "Five gathered."}], "persons": [{"name": "Gennadiy Kojevnikov", "status": "detained"}]}

{"doc": "b.txt", "figures": [{"what": "participants", "low": 2000, "high": 9999, "who": "protesters", "status": "reported"}], "persons": []}
EOF

# Figures: gold 4, predicted 4; matched detained 10, killed 2, participants
# 2000..9999: tp 3, fp 1 (participants 5), fn 1 (injured 3..).
# P = R = F1 = 3/4.  who: agreed detained and participants, not killed:
# 2/3 = 66.7%.  source: scored only on detained (other gold sources are
# null), agrees: 1/1.  when: 1/1.  Persons: the one matches: 1, 0, 0.
out=$("$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" 2>"$t/err")
rc=$?
ok "--pred exits 0" test "$rc" -eq 0
ok "figure P/R/F1 and counts" grep -qx 'figures: P 0.750 R 0.750 F1 0.750 (tp 3, fp 1, fn 1)' <<EOF
$out
EOF
ok "who agreement 2/3" grep -qx '  who     2/3 agree (66.7%)' <<EOF
$out
EOF
ok "source agreement with a possessive" grep -qx '  source  1/1 agree (100.0%)' <<EOF
$out
EOF
ok "when agreement" grep -qx '  when    1/1 agree (100.0%)' <<EOF
$out
EOF
ok "person matched across transliterations" \
    grep -qx 'persons: P 1.000 R 1.000 F1 1.000 (tp 1, fp 0, fn 0)' <<EOF
$out
EOF
ok "per-outcome line for injured (tp 0, fp 0, fn 1)" grep -Eq '^  injured +0 +0 +1 +0\.000 +0\.000 +0\.000$' <<EOF
$out
EOF
ok "per-outcome line for participants (tp 1, fp 1, fn 0)" \
    grep -Eq '^  participants +1 +1 +0 +0\.500 +1\.000 +0\.667$' <<EOF
$out
EOF
ok "no warnings when every document has a prediction" test ! -s "$t/err"

"$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" --min-f1 0.75 >/dev/null 2>&1
ok "--min-f1 at the F1 passes" test $? -eq 0
"$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" --min-f1 0.8 >/dev/null 2>"$t/err"
ok "--min-f1 above the F1 exits 1" test $? -eq 1
ok "--min-f1 failure says why" grep -q 'below the floor' "$t/err"

list=$("$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" --list 2>/dev/null)
ok "--list names the missed figure" grep -q '^  missed  injured 3\.\.null "At least three were hurt\."' <<EOF
$list
EOF
ok "--list names the extra figure" grep -q '^  extra   participants 5\.\.5 "Five gathered\."' <<EOF
$list
EOF
ok "--list names the disagreement" grep -q '^  differs killed 2\.\.2 who: gold "civilians", predicted "people"' <<EOF
$list
EOF

json=$("$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" --json 2>/dev/null)
ok "--json gives tp 3" grep -q '"tp": 3' <<EOF
$json
EOF
ok "--json gives F1 0.75" grep -q '"f1": 0.75' <<EOF
$json
EOF

# Running the extractor on reports with no figures: nothing found, all 4
# gold figures and the person missed.
out=$("$VIGIL" eval "$t/gold" "$t/reports" 2>/dev/null)
ok "extraction mode exits 0" test $? -eq 0
ok "extraction mode counts the gold as missed" \
    grep -qx 'figures: P 0.000 R 0.000 F1 0.000 (tp 0, fp 0, fn 4)' <<EOF
$out
EOF

# A document without a prediction is scored as empty, with a warning: b's
# participants become a miss: tp 2, fp 1, fn 2, P 2/3, R 1/2,
# F1 = 2(2/3)(1/2) / (7/6) = 4/7.
head -1 "$t/pred.jsonl" >"$t/pred-a.jsonl"
out=$("$VIGIL" eval "$t/gold" --pred "$t/pred-a.jsonl" 2>"$t/err")
ok "a missing prediction counts as misses" grep -qx 'figures: P 0.667 R 0.500 F1 0.571 (tp 2, fp 1, fn 2)' <<EOF
$out
EOF
ok "a missing prediction is reported" grep -q 'no prediction for b.txt' "$t/err"

# Errors name the file and the field, and exit 1.
rm "$t/reports/b.txt"
"$VIGIL" eval "$t/gold" "$t/reports" >/dev/null 2>"$t/err"
ok "missing report exits 1" test $? -eq 1
ok "missing report is named" grep -q 'reports/b.txt' "$t/err"

cp "$t/gold/b.json" "$t/bad/b.json"
echo '{"doc": "c.txt", "figures": [' >"$t/bad/c.json"
"$VIGIL" eval "$t/bad" --pred "$t/pred.jsonl" >/dev/null 2>"$t/err"
ok "gold that does not parse exits 1" test $? -eq 1
ok "gold that does not parse is named" grep -q 'bad/c.json' "$t/err"

echo '{"doc": "c.txt", "figures": [{"what": "detained", "low": "ten", "high": 10}]}' >"$t/bad/c.json"
"$VIGIL" eval "$t/bad" --pred "$t/pred.jsonl" >/dev/null 2>"$t/err"
ok "gold with a bad field exits 1" test $? -eq 1
ok "gold with a bad field names file and field" grep -q 'bad/c.json.*figures\[0\]\.low' "$t/err"

printf '%s\n%s\n' '{"doc": "a.txt", "figures": []}' '{"doc": "b.txt", "figures": [{"what": "seen", "low": 1, "high": 1}]}' >"$t/bad.jsonl"
"$VIGIL" eval "$t/gold" --pred "$t/bad.jsonl" >/dev/null 2>"$t/err"
ok "bad prediction exits 1" test $? -eq 1
ok "bad prediction names file, line and field" grep -q 'bad.jsonl:2: figures\[0\]\.what' "$t/err"

# --lang overrides the language the gold file gives: a Russian report whose
# gold says "en" is read by the English grammar (nothing found) unless
# --lang ru is given (the one figure found).
mkdir -p "$t/ru/gold" "$t/ru/reports"
printf '%s\n' 'Полиция задержала 40 человек.' >"$t/ru/reports/r.txt"
cat >"$t/ru/gold/r.json" <<'EOF'
{"doc": "r.txt", "lang": "en", "published": null,
 "figures": [{"what": "detained", "low": 40, "high": 40, "approx": false, "who": "people",
   "where": null, "when": null, "source": null, "status": "reported",
   "quote": "Полиция задержала 40 человек."}],
 "persons": []}
EOF
out=$("$VIGIL" eval "$t/ru/gold" "$t/ru/reports" 2>/dev/null)
ok "the gold's language is used without --lang" \
    grep -qx 'figures: P 0.000 R 0.000 F1 0.000 (tp 0, fp 0, fn 1)' <<EOF
$out
EOF
out=$("$VIGIL" eval "$t/ru/gold" "$t/ru/reports" --lang ru 2>/dev/null)
ok "--lang ru reads the report as Russian" \
    grep -qx 'figures: P 1.000 R 1.000 F1 1.000 (tp 1, fp 0, fn 0)' <<EOF
$out
EOF
"$VIGIL" eval "$t/ru/gold" "$t/ru/reports" --lang fr >/dev/null 2>"$t/err"
ok "an unknown --lang is a usage error" test $? -eq 2
ok "an unknown --lang is named" grep -q "lang must be en or ru, not 'fr'" "$t/err"

"$VIGIL" eval >/dev/null 2>&1
ok "no arguments is a usage error" test $? -eq 2
"$VIGIL" eval "$t/gold" --pred "$t/pred.jsonl" --min-f1 high >/dev/null 2>&1
ok "a bad --min-f1 is a usage error" test $? -eq 2

echo "1..$n"
