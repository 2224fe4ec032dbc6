#!/bin/sh
# Two writers at once: both succeed (the second waits for the first's
# transactions).  A reader runs while a writer holds the write lock and is
# not blocked by it.  TAP output; $VIGIL is the binary.
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

gen() { # prefix files per-file
    mkdir "$1"
    awk -v p="$1" -v nf="$2" -v per="$3" 'BEGIN {
        for (b = 0; b < nf; b++) {
            f = sprintf("%s/%02d.jsonl", p, b);
            for (i = 0; i < per; i++)
                printf "{\"url\":\"%s-%d-%d\",\"text\":\"In set %s, batch %d, report %d: %d people were detained in Almaty.\"}\n", p, b, i, p, b, i, i + 3 > f;
            close(f);
        }
    }'
}
gen one 10 200
gen two 10 200
"$VIGIL" init --db c.db >/dev/null
"$VIGIL" ingest --db c.db one > o1.txt 2> e1.txt &
p1=$!
"$VIGIL" ingest --db c.db two > o2.txt 2> e2.txt &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && ok "two writers at once both succeed" \
    || nok "writers exited $r1 and $r2: $(cat e1.txt e2.txt | head -3)"
[ "$(reports c.db)" = 4000 ] && ok "both writers' reports are stored" || nok "reports: $(reports c.db)"

if command -v sqlite3 >/dev/null 2>&1; then
    # An outside writer holds the write lock for a few seconds.
    (echo "BEGIN IMMEDIATE;"; echo "CREATE TABLE hold(x);"; echo ".system sleep 4"; echo "ROLLBACK;") \
        | sqlite3 c.db >/dev/null 2>&1 &
    holder=$!
    sleep 0.5
    "$VIGIL" figures --db c.db --where Almaty --limit 5 --format json > f.json 2>&1; fr=$?
    "$VIGIL" stats --db c.db > s.txt 2>&1; sr=$?
    if kill -0 $holder 2>/dev/null; then
        [ $fr -eq 0 ] && [ $sr -eq 0 ] && ok "readers run while a writer holds the lock" \
            || nok "readers failed: $(cat f.json s.txt | head -3)"
    else
        nok "the readers waited until the writer let go"
    fi
    gen three 1 10
    "$VIGIL" ingest --db c.db three > o3.txt 2> e3.txt; r3=$?
    [ $r3 -eq 0 ] && ok "a writer started while the lock is held waits and succeeds" \
        || nok "waiting writer: $(cat e3.txt)"
    wait $holder
    [ "$(reports c.db)" = 4010 ] && ok "its reports are stored" || nok "reports: $(reports c.db)"
else
    echo "skip lock-holding tests: no sqlite3 command"
fi
