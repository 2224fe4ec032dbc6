#!/bin/sh
# Precision and recall of re-telling detection on a generated reuse set
# (bench/reuse_set.py: rewrites, excerpts, copies with edits, same-event
# reports in new words, unrelated reports on one topic), against floors.
# TAP output; $VIGIL is the binary.
set -u
VIGIL=${VIGIL:-build/release/vigil}
if ! command -v python3 >/dev/null 2>&1; then echo "skip reuse quality: no python3"; exit 0; fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
out=$(python3 bench/reuse_set.py "$VIGIL" "$T/set" --originals 40 2>&1)
line=$(echo "$out" | grep '^reuse-set:')
p=$(echo "$line" | sed -n 's/.*precision \([0-9.]*\) .*/\1/p')
r=$(echo "$line" | sed -n 's/.*recall \([0-9.]*\) .*/\1/p')
if [ -z "$p" ]; then echo "not ok 1 - reuse set ran: $out"; exit 0; fi
awk -v p="$p" 'BEGIN { exit !(p >= 0.95) }' && echo "ok 1 - reuse precision $p >= 0.95" \
    || echo "not ok 1 - reuse precision $p < 0.95"
awk -v r="$r" 'BEGIN { exit !(r >= 0.95) }' && echo "ok 2 - reuse recall $r >= 0.95" \
    || echo "not ok 2 - reuse recall $r < 0.95"
