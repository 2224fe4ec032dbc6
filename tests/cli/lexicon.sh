#!/bin/sh
# The lexicons under data/lexicon are data written by hand by several
# people: each file must hold every entry once (a second copy is a merge
# left over, and hides which of two edits is meant) and no entry with an
# empty field; an outcome phrase has one reading (the loader keeps the
# first of two, so a second is silently dead).  Prints TAP lines.
set -u
n=0
for f in data/lexicon/*/*.tsv; do
    n=$((n + 1))
    dup=$(grep -v '^#' "$f" | grep . | sort | uniq -d | head -3)
    if [ -z "$dup" ]; then
        echo "ok $n - $f: no entry twice"
    else
        echo "not ok $n - $f: entries twice:"
        echo "$dup" | sed 's/^/#   /'
    fi
    n=$((n + 1))
    bad=$(grep -nv '^#' "$f" | grep -v '^[0-9]*:$' | grep -P '\t\t|\t$|^[0-9]+:\t' | head -3)
    if [ -z "$bad" ]; then
        echo "ok $n - $f: no empty field"
    else
        echo "not ok $n - $f: empty fields at:"
        echo "$bad" | sed 's/^/#   /'
    fi
done
for f in data/lexicon/*/outcomes.tsv; do
    n=$((n + 1))
    two=$(grep -v '^#' "$f" | grep . | cut -f1 | sort | uniq -d | head -3)
    if [ -z "$two" ]; then
        echo "ok $n - $f: every phrase has one reading"
    else
        echo "not ok $n - $f: phrases with two readings:"
        echo "$two" | sed 's/^/#   /'
    fi
done
