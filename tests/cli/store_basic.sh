#!/bin/sh
# End-to-end tests of the database commands: init, ingest (text, HTML, JSON
# Lines, duplicates, failing batches), figures, show, search, stats, and
# reuse between a report and its re-telling.  TAP output; $VIGIL is the
# binary.  Tests marked [extractor] need the extractor to read places and
# dates from plain sentences.
set -u
VIGIL=${VIGIL:-build/release/vigil}
case $VIGIL in /*) ;; *) VIGIL=$(pwd)/$VIGIL ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { # description command...
    d=$1; shift
    if "$@" >/dev/null 2>&1; then ok "$d"; else nok "$d"; fi
}
count() { # the "reports" of vigil stats --format json
    "$VIGIL" stats --db "$1" --format json | sed -n 's/^  "reports": \([0-9]*\),$/\1/p'
}

# --- init -------------------------------------------------------------
out=$("$VIGIL" init --db a.db)
check "init creates the database" test -f a.db
case $out in *created*) ok "init says it created it" ;; *) nok "init says it created it: $out" ;; esac
out=$("$VIGIL" init --db a.db)
case $out in *exists*) ok "init again says it exists" ;; *) nok "init again: $out" ;; esac
VIGIL_DB=env.db "$VIGIL" init >/dev/null
check "init uses \$VIGIL_DB" test -f env.db
(mkdir d && cd d && "$VIGIL" init >/dev/null)
check "init defaults to vigil.db" test -f d/vigil.db
if "$VIGIL" figures --db missing.db >/dev/null 2>err.txt; then nok "figures on a missing database fails"
else grep -q "vigil init" err.txt && ok "figures on a missing database fails, pointing at init" \
    || nok "missing database message: $(cat err.txt)"; fi

# --- ingest -----------------------------------------------------------
printf '57 people were detained in Almaty on 5 January 2022.\n' > a.txt
printf 'Nothing of note happened at the market today.\n' > quiet.txt
out=$("$VIGIL" ingest --db a.db --published 2022-01-06 a.txt quiet.txt 2>err.txt)
case $out in "2 reports stored"*) ok "ingest stores two reports" ;; *) nok "ingest: $out $(cat err.txt)" ;; esac
cp a.txt again.txt
out=$("$VIGIL" ingest --db a.db again.txt 2>err.txt)
case $out in *"1 already stored"*) ok "the same text again adds nothing and says so" ;;
    *) nok "duplicate: $out" ;; esac
grep -q "again.txt: same text as 'a.txt'" err.txt && ok "the duplicate names the stored report" \
    || nok "duplicate message: $(cat err.txt)"
[ "$(count a.db)" = 2 ] && ok "still two reports" || nok "reports after duplicate: $(count a.db)"

# A JSON Lines batch with a bad third line stores nothing and names the line.
{
    echo '{"url":"https://example.org/1","title":"One","publisher":"P","published":"2022-01-07","lang":"en","text":"12 protesters were injured in Astana."}'
    echo '{"url":"https://example.org/2","text":"Police detained 30 journalists."}'
    echo '{"url":"https://example.org/3","text": 5}'
} > bad.jsonl
if "$VIGIL" ingest --db a.db bad.jsonl >/dev/null 2>err.txt; then nok "a bad JSON line fails the batch"
else ok "a bad JSON line fails the batch"; fi
grep -q "bad.jsonl:3:" err.txt && ok "the error names file and line" || nok "error: $(cat err.txt)"
[ "$(count a.db)" = 2 ] && ok "nothing of the failed batch was stored" || nok "reports: $(count a.db)"
head -2 bad.jsonl > good.jsonl
out=$("$VIGIL" ingest --db a.db good.jsonl 2>&1)
case $out in "2 reports stored"*) ok "a good batch is stored" ;; *) nok "good batch: $out" ;; esac
"$VIGIL" show --db a.db --format json https://example.org/1 > show1.json 2>&1
grep -q '"doc": "https://example.org/1"' show1.json && grep -q '"publisher": "P"' show1.json \
    && grep -q '"published": "2022-01-07"' show1.json && ok "JSONL metadata is stored" \
    || nok "JSONL metadata: $(head -c 400 show1.json)"

# A bad file in a batch of loose files: nothing of the batch is stored.
mkdir batch && printf 'Forty people were detained in Aktobe.\n' > batch/1.txt \
    && printf 'bin\000ary\n' > batch/2.txt
if "$VIGIL" ingest --db a.db batch >/dev/null 2>err.txt; then nok "a binary file fails its batch"
else grep -q "batch/2.txt" err.txt && ok "a binary file fails its batch, named" \
    || nok "binary: $(cat err.txt)"; fi
[ "$(count a.db)" = 4 ] && ok "nothing of the loose batch was stored" || nok "reports: $(count a.db)"

# Batches ended before the failing one are committed, though their reports
# may still be in the pipe when the bad file is read: --batch 2 over five
# files whose fifth is binary keeps four reports, in both thread modes.
mkdir late
for i in 1 2 3 4; do printf '%s people were detained in Taraz.\n' "$((i * 11))" > late/$i.txt; done
printf 'bin\000ary\n' > late/5.txt
for th in 1 2; do
    "$VIGIL" init --db late$th.db >/dev/null
    if "$VIGIL" ingest --db late$th.db --batch 2 --threads $th late >out.txt 2>err.txt; then
        nok "a binary fifth file fails (threads $th)"
    else
        grep -q "late/5.txt" err.txt && grep -q "4 reports from earlier batches are stored" err.txt \
            && ok "a binary fifth file fails, the batches before it stay (threads $th)" \
            || nok "late batches (threads $th): $(cat err.txt)"
    fi
    [ "$(count late$th.db)" = 4 ] && ok "four reports stored (threads $th)" \
        || nok "late batches stored (threads $th): $(count late$th.db)"
done

# HTML: the article, not the furniture.
cat > page.html <<'HTML'
<!DOCTYPE html><html><head><title>Rally</title><script>var tracker = "Zanzibar";</script></head>
<body><nav>Home | Zanzibar | Weather</nav><article><h1>Rally in Shymkent</h1>
<p>About 200 people took part in a rally in Shymkent on Sunday.</p>
<aside>Most read: Zanzibar</aside></article><footer>Zanzibar Media</footer></body></html>
HTML
"$VIGIL" ingest --db a.db page.html >/dev/null 2>&1
"$VIGIL" show --db a.db page.html > page.out 2>&1
grep -q "took part in a rally" page.out && ok "HTML article text is stored" || nok "HTML: $(cat page.out)"
grep -q Zanzibar page.out && nok "HTML furniture was stored" || ok "HTML navigation, scripts, asides and footers are dropped"

# --- figures ----------------------------------------------------------
"$VIGIL" figures --db a.db --format json > figs.json
head -c 1 figs.json | grep -q '\[' && tail -1 figs.json | grep -q '^\]$' && ok "figures --format json is an array" \
    || nok "figures json: $(head -c 300 figs.json)"
grep '"doc":"a.txt"' figs.json | grep -q '"what":"detained","low":57,"high":57' \
    && ok "the detained 57 figure is stored with its report" || nok "figures: $(cat figs.json)"
grep '"doc":"a.txt"' figs.json | grep -q '"retold_from":null' && ok "an original's figure has retold_from null" \
    || nok "retold_from: $(cat figs.json)"
grep '"doc":"a.txt"' figs.json | grep -q '"quote":"57 people were detained in Almaty on 5 January 2022."' \
    && ok "figures carry their sentence" || nok "quote: $(cat figs.json)"
"$VIGIL" figures --db a.db --what killed --format json > k.json
[ "$(tr -d ' \n' < k.json)" = "[]" ] && ok "no killed figures: an empty array" || nok "killed: $(cat k.json)"
"$VIGIL" figures --db a.db --format csv > f.csv
head -1 f.csv | grep -q '^doc,what,low,high,approx,who,where' && grep -q '^a.txt,detained,57,57,false,people' f.csv \
    && ok "figures --format csv" || nok "csv: $(cat f.csv)"
"$VIGIL" figures --db a.db --format table > f.tab
grep -q "^a.txt .*detained .*57" f.tab && ok "figures table" || nok "table: $(cat f.tab)"
if "$VIGIL" figures --db a.db --what nonsense >/dev/null 2>&1; then nok "--what nonsense is refused"
else ok "--what nonsense is refused"; fi
# [extractor] places and dates from the sentence.
"$VIGIL" figures --db a.db --where Almaty --format json | grep -q '"doc":"a.txt"' \
    && ok "[extractor] figures --where Almaty" || nok "[extractor] figures --where Almaty"
"$VIGIL" figures --db a.db --where Kazakhstan --format json | grep -q '"doc":"a.txt".*"country":"Kazakhstan"' \
    && ok "[extractor] a country includes its cities" || nok "[extractor] a country includes its cities"
"$VIGIL" figures --db a.db --where Russia --format json | grep -q '"doc":"a.txt"' \
    && nok "another country does not include Almaty" || ok "another country does not include Almaty"
"$VIGIL" figures --db a.db --from 2022-01-05 --to 2022-01-05 --format json | grep -q '"doc":"a.txt"' \
    && ok "[extractor] figures --from --to the day" || nok "[extractor] figures --from --to the day"
"$VIGIL" figures --db a.db --from 2022-01-06 --format json | grep -q '"doc":"a.txt"' \
    && nok "figures --from after the day excludes it" || ok "figures --from after the day excludes it"
"$VIGIL" figures --db a.db --where Almaty --from 2021 --to 2022-01 --format json | grep -q '"doc":"a.txt"' \
    && ok "[extractor] place and month window" || nok "[extractor] place and month window"

# --- show, search, stats ----------------------------------------------
"$VIGIL" show --db a.db a.txt > show.txt
grep -q "^57 people were detained in Almaty" show.txt && grep -q "1 figure" show.txt \
    && grep -q '"57 people were detained in Almaty on 5 January 2022."' show.txt \
    && ok "show prints the text and the figure with its sentence" || nok "show: $(cat show.txt)"
grep -q "$(printf '\033')" show.txt && nok "show uses no colour when piped" || ok "show uses no colour when piped"
"$VIGIL" show --db a.db --format json a.txt > show.json
grep -q '"doc": "a.txt"' show.json && grep -q '"figures": \[' show.json && grep -q '"reuse": \[\]' show.json \
    && ok "show --format json" || nok "show json: $(cat show.json)"
if "$VIGIL" show --db a.db nothere.txt >/dev/null 2>err.txt; then nok "show of an unknown report fails"
else grep -q "nothere.txt" err.txt && ok "show of an unknown report fails, named" || nok "show unknown: $(cat err.txt)"; fi
"$VIGIL" search --db a.db almaty > s.txt
grep -q "^a.txt" s.txt && grep -q "\[Almaty\]" s.txt && ok "search finds and marks the match" || nok "search: $(cat s.txt)"
"$VIGIL" search --db a.db 'covid-19 (' > s2.txt 2>&1 && ok "a query that is not FTS syntax still runs" || nok "search syntax: $(cat s2.txt)"
"$VIGIL" stats --db a.db > st.txt
grep -q "^  detained " st.txt && grep -q "by month" st.txt && ok "stats counts by kind and month" || nok "stats: $(cat st.txt)"

# --- re-tellings --------------------------------------------------------
cat > ngo.txt <<'TXT'
The human rights centre published its weekly statement on the situation after the protests.
57 people were detained in Almaty on 5 January 2022, according to lawyers who visited the police stations.
The detainees were held for many hours without access to water, medical care or their families.
Lawyers said that several of the detainees reported being beaten during transport to the stations.
The centre calls on the authorities to release everyone held for peaceful protest without delay.
TXT
cat > news.txt <<'TXT'
A local news site reported on Friday on the aftermath of the unrest in the city.
"57 people were detained in Almaty on 5 January 2022, according to lawyers who visited the police stations," the human rights centre said.
The detainees were held for many hours without access to water, medical care or their families, the centre added.
The regional police department did not respond to a request for comment by the time of publication.
TXT
"$VIGIL" ingest --db r.db ngo.txt >/dev/null 2>&1
out=$("$VIGIL" ingest --db r.db news.txt 2>&1)
case $out in *"1 re-telling"*) ok "ingest counts the re-telling" ;; *) nok "re-telling: $out" ;; esac
"$VIGIL" show --db r.db --format json news.txt > news.json
tr -d ' \n' < news.json | grep -q '"reuse":\[{"doc":"ngo.txt","words":[0-9]*,"retells":true,"passages":\[{' \
    && ok "show --format json lists the re-told report with passages" || nok "reuse json: $(cat news.json)"
"$VIGIL" figures --db r.db --doc news.txt --format json | grep '"low":57' | grep -q '"retold_from":"ngo.txt"' \
    && ok "the re-told figure names its source report" || nok "retold_from: $("$VIGIL" figures --db r.db --format json)"
"$VIGIL" show --db r.db ngo.txt | grep -q "re-told by news.txt" && ok "the original lists its re-telling" \
    || nok "re-told by"
printf 'The weather in the mountains was cold and clear for the whole of the week, the forecasters said today.\n' > other.txt
"$VIGIL" ingest --db r.db other.txt >/dev/null 2>&1
"$VIGIL" show --db r.db --format json other.txt | tr -d ' \n' | grep -q '"reuse":\[\]' \
    && ok "an unrelated report re-tells nothing" || nok "unrelated reuse"

# --- one thread or two: the same database --------------------------------
mkdir th
i=0
while [ $i -lt 30 ]; do
    printf 'Report %d. %d people were detained in Almaty on %d March 2022.\n' $i $((i + 3)) $((i % 28 + 1)) > th/$i.txt
    cat ngo.txt >> th/$i.txt
    i=$((i + 1))
done
cp th/4.txt th/4-again.txt
o1=$("$VIGIL" ingest --db t1.db --threads 1 --batch 7 th 2>e1.txt)
o2=$("$VIGIL" ingest --db t2.db --batch 7 th 2>e2.txt)
[ "$o1" = "$o2" ] && [ -n "$o1" ] && ok "--threads 1 and 2 say the same" || nok "threads: '$o1' vs '$o2'"
# Each report: its own figure and those of ngo.txt.
nf=$(( 30 * ($("$VIGIL" figures --db r.db --doc ngo.txt --format json | grep -c '"doc"') + 1) ))
case $o2 in "30 reports stored ($nf figures, 29 re-telling earlier reports); 1 already stored"*)
    ok "30 reports, 29 re-telling the first, one duplicate" ;; *) nok "threads: $o2 ($nf)" ;; esac
cmp -s e1.txt e2.txt && grep -q "4.txt: same text as '4-again.txt'" e2.txt \
    && ok "the same messages, in the same order" || nok "messages: $(cat e1.txt) / $(cat e2.txt)"
"$VIGIL" figures --db t1.db --format json > f1.json
"$VIGIL" figures --db t2.db --format json > f2.json
cmp -s f1.json f2.json && [ "$(grep -c '"doc"' f2.json)" = $nf ] && ok "the same figures with two threads" \
    || nok "figures differ: $(diff f1.json f2.json | head -5)"
if "$VIGIL" ingest --db t2.db --threads 3 th >/dev/null 2>&1; then nok "--threads 3 is refused"
else ok "--threads 3 is refused"; fi

# --- the corpus pair, when the corpus is there --------------------------
C=$(cd "$OLDPWD" 2>/dev/null && pwd)/../shared/corpus/seeds
if [ -f "$C/002_2b2083b1d7ca219d.txt" ] && [ -f "$C/000_fde07306626a4fab.txt" ]; then
    "$VIGIL" ingest --db c.db "$C/002_2b2083b1d7ca219d.txt" >/dev/null 2>&1
    "$VIGIL" ingest --db c.db "$C/000_fde07306626a4fab.txt" >/dev/null 2>&1
    "$VIGIL" show --db c.db --format json 000_fde07306626a4fab.txt | tr -d ' \n' \
        | grep -q '"reuse":\[{"doc":"002_2b2083b1d7ca219d.txt"' \
        && ok "corpus: 000 re-tells 002" || nok "corpus: 000 re-tells 002"
else
    echo "skip corpus pair: ../shared/corpus is absent"
fi
