#!/bin/sh
# kill -9 in the middle of a 10,000-report ingest: the database must open,
# pass PRAGMA integrity_check, hold every batch committed before the kill
# (and no part of a batch that was not), and the same ingest run again must
# complete without duplicates.  TAP output; $VIGIL is the binary.
set -u
VIGIL=${VIGIL:-build/release/vigil}
case $VIGIL in /*) ;; *) VIGIL=$(pwd)/$VIGIL ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
reports() { "$VIGIL" stats --db "$1" --format json | sed -n 's/^  "reports": \([0-9]*\),$/\1/p'; }

# 10,000 distinct reports in 20 JSON Lines batches of 500.
mkdir in
awk 'BEGIN {
    split("Almaty Astana Shymkent Aktobe Taraz Oral Atyrau Kostanay", city, " ");
    for (b = 0; b < 20; b++) {
        f = sprintf("in/batch%02d.jsonl", b);
        for (i = 0; i < 500; i++) {
            id = b * 500 + i;
            c = city[id % 8 + 1];
            t = sprintf("Report %d. %d people were detained in %s on %d January 2022. ", id, id % 97 + 3, c, id % 28 + 1);
            t = t sprintf("Witnesses in %s said the police used batons near the square, report %d noted. ", c, id);
            t = t sprintf("Lawyers for the detainees of case %d asked for access to their clients. ", id * 7);
            t = t sprintf("The statement number %d ends here.", id * 13);
            printf "{\"url\":\"https://example.org/r/%d\",\"published\":\"2022-01-%02d\",\"text\":\"%s\"}\n", id, id % 28 + 1, t > f;
        }
        close(f);
    }
}'
[ "$(cat in/*.jsonl | wc -l)" -eq 10000 ] && ok "generated 10,000 reports" || nok "generated reports"

"$VIGIL" init --db k.db >/dev/null
: > log.txt
"$VIGIL" ingest --db k.db --verbose in > out.txt 2> log.txt &
pid=$!
# Wait for two batches to commit, then kill without warning.
i=0
while [ "$(grep -c committed log.txt 2>/dev/null || true)" -lt 2 ] && [ $i -lt 600 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.05
    i=$((i + 1))
done
if kill -9 $pid 2>/dev/null; then killed=1; else killed=0; fi
wait $pid 2>/dev/null
[ $killed = 1 ] && ok "killed the ingest mid-run" || nok "the ingest ended before it could be killed"
[ "$(grep -c committed log.txt)" -ge 2 ] && ok "two batches or more were committed before the kill" \
    || nok "no batch committed before the kill"
last=$(sed -n 's/.*batch [0-9]* committed, \([0-9]*\) reports stored in all/\1/p' log.txt | tail -1)
last=${last:-0}

if command -v sqlite3 >/dev/null 2>&1; then
    ic=$(sqlite3 k.db "PRAGMA integrity_check" 2>&1)
    [ "$ic" = ok ] && ok "integrity_check passes" || nok "integrity_check: $ic"
else
    echo "skip integrity_check: no sqlite3 command"
fi
got=$(reports k.db)
[ -n "$got" ] && ok "the database opens after the kill ($got reports)" || nok "the database does not open"
got=${got:-0}
[ "$got" -ge "$last" ] && ok "every batch committed before the kill is there ($last)" \
    || nok "committed $last, found $got"
[ $((got % 500)) -eq 0 ] && ok "no part of an uncommitted batch is there" || nok "$got is not whole batches"

"$VIGIL" ingest --db k.db in > out2.txt 2> log2.txt
rc=$?
[ $rc -eq 0 ] && ok "the same ingest again completes" || nok "second run exit $rc: $(tail -3 log2.txt)"
[ "$(reports k.db)" = 10000 ] && ok "10,000 reports, no duplicates" || nok "reports: $(reports k.db)"
grep -q "$got already stored" out2.txt && ok "the second run skipped the $got stored ones" \
    || nok "second run: $(cat out2.txt)"
if command -v sqlite3 >/dev/null 2>&1; then
    d=$(sqlite3 k.db "SELECT count(*) - count(DISTINCT name) FROM reports")
    [ "$d" = 0 ] && ok "no report name twice" || nok "$d duplicate names"
    ic=$(sqlite3 k.db "PRAGMA integrity_check; PRAGMA foreign_key_check" 2>&1)
    [ "$ic" = ok ] && ok "integrity and foreign keys hold at the end" || nok "end check: $ic"
fi
