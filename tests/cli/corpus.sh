#!/bin/sh
# Extraction quality against its floors: the five seed reports and the dev
# corpus in ../shared/corpus (skipped when absent), and our own examples in
# English (examples/) and Russian (examples/ru/).
# The floors (figures F1, then persons F1) sit just under the measured
# scores, so a regression fails here.
# en_0* is the part of dev the grammar was tuned on; en_1* came from other
# writers and was only measured: its score is the one that predicts unseen
# reports.  Raise a floor when the score rises; never lower one silently.
set -u
VIGIL=${VIGIL:-build/release/vigil}
corpus=${VIGIL_CORPUS:-../shared/corpus}
n=0

floor() { # name min-f1 min-persons-f1 gold reports manifest [only]
    n=$((n + 1))
    name=$1 min=$2 pmin=$3 gold=$4 reports=$5 manifest=$6
    shift 6
    out=$("$VIGIL" eval "$gold" "$reports" --manifest "$manifest" --min-f1 "$min" "$@" 2>&1)
    rc=$?
    f1=$(echo "$out" | sed -n 's/^figures: .* F1 \([0-9.]*\) .*/\1/p')
    pf1=$(echo "$out" | sed -n 's/^persons: .* F1 \([0-9.]*\) .*/\1/p')
    if [ "$rc" -eq 0 ]; then
        echo "ok $n - $name: figures F1 $f1 >= $min"
    else
        echo "not ok $n - $name: figures F1 ${f1:-?} below the floor $min"
        echo "$out" | sed 's/^/# /' | head -20
    fi
    n=$((n + 1))
    if [ -n "$pf1" ] && awk -v a="$pf1" -v b="$pmin" 'BEGIN { exit !(a >= b) }'; then
        echo "ok $n - $name: persons F1 $pf1 >= $pmin"
    else
        echo "not ok $n - $name: persons F1 ${pf1:-?} below the floor $pmin"
    fi
}

# en_41..en_46 joined as unseen reports (gold written before vigil read
# them): their named people scored 0.875, which took the set's persons F1
# from 0.964 to 0.949 with the first 40 unchanged; the floor follows.
# en_47..en_57 joined the same way (new styles: PDF tables, US wire, a
# correction, a transcript, South Asian dailies, a Myanmar monitor, a UK
# police statement, a translated monthly tally, a feature).  Before the
# fixes they led to they scored 0.72 to 0.93; the set went from 0.975 to
# 0.966 with the first 46 unchanged, and the floor follows it.  en_58..en_60
# (a mass trial, an observer mission, a live blog) took it to 0.963.
# en_61..en_68 (an e-mail bulletin with gapped tallies, a wire brief, a
# translated Latin American report, a fact check, a Nigerian court story, a
# Hong Kong press conference, a UN briefing, a monitor's thread) scored
# 0.71 to 1.00 before their fixes; the set stands at 0.968.  en_69..en_76
# (an encyclopedia article, a State Department country report, a regional
# round-up, an NGO letter with an annex, a rights dispatch, a Hansard
# record, a by-the-numbers explainer, a monitor's Telegram digest) scored
# 0.53 to 0.98 before their fixes; the set stands at 0.973 / 0.957.
floor "examples (ours)" 0.965 0.95 examples/gold examples examples/manifest.json
# ru_11..ru_15 joined examples/ru as unseen reports, written and golded
# before vigil read them, then ru_16 and ru_17 the same way: the floor is
# just under their measure after the fixes they led to.
floor "examples ru (ours)" 0.97 0.92 examples/ru/gold examples/ru examples/ru/manifest.json
if [ -d "$corpus/seeds" ]; then
    floor "seeds" 0.96 0.99 "$corpus/gold" "$corpus/seeds" "$corpus/manifest.json"
    floor "dev en_0* (tuned on)" 0.98 0.97 "$corpus/dev/gold" "$corpus/dev" \
        "$corpus/dev/manifest.json" --only 'en_0*'
    floor "dev en_1* (held out)" 0.88 0.90 "$corpus/dev/gold" "$corpus/dev" \
        "$corpus/dev/manifest.json" --only 'en_1*'
    floor "dev ru_0* (tuned on)" 0.97 0.96 "$corpus/dev/gold" "$corpus/dev" \
        "$corpus/dev/manifest.json" --only 'ru_0*'
    floor "dev ru_1* (held out)" 0.90 0.89 "$corpus/dev/gold" "$corpus/dev" \
        "$corpus/dev/manifest.json" --only 'ru_1*'
else
    echo "skip corpus scores: $corpus not found"
fi
