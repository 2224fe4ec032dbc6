#!/bin/sh
# make bench-store: the store benchmark (bench/bench_store.c) and the time of
# the `vigil figures` command itself over the million-figure database.
# usage: bench/store.sh BUILD_DIR [N_REPORTS] [N_FIGURES]
set -eu
out=${1:-build/release}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$out/bench/bench_store" "$T" "${2:-10000}" "${3:-1000000}"
# The whole command, process start and output included.
best=999999
for i in 1 2 3 4 5; do
    s=$(date +%s%N)
    "$out/vigil" figures --db "$T/figures.db" --where City017 --from 2022-03-01 --to 2022-03-07 \
        --format json > "$T/out.json"
    e=$(date +%s%N)
    ms=$(( (e - s) / 1000000 ))
    [ $ms -lt $best ] && best=$ms
done
echo "vigil figures --where City017 --from 2022-03-01 --to 2022-03-07 (the command, best of 5): ${best} ms, $(grep -c '"doc"' "$T/out.json") figures"
