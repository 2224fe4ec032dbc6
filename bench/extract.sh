#!/bin/sh
# `make bench`: extraction throughput beside the floor, on the same files in
# the same run.  Builds BENCH_MB (default 64) MB of report text by repeating
# the lines of ../shared/corpus/seeds/*.txt and examples/*.txt into a
# temporary directory as many files of 4-40 KB (the size of real reports),
# then times, best of BENCH_RUNS (default 3):
#   floor   bench/floor.c: read every file whole and count digit runs
#   vigil   vigil extract --format jsonl > /dev/null, with --threads 1 and
#           with its default threads (one per online core, at most 8)
# over the many files and over one file holding all of them (the difference
# is the per-report overhead; one file is one thread's work).  Prints a
# table in MB/s (1 MB = 10^6 bytes), naming the threads and the cores.
# Usage: sh bench/extract.sh [VIGIL_BINARY]   (default build/release/vigil)
set -u
cd "$(dirname "$0")/.."
VIGIL=${1:-build/release/vigil}
MB=${BENCH_MB:-64}
RUNS=${BENCH_RUNS:-3}
FLOOR=build/bench/floor

if [ ! -x "$VIGIL" ]; then
    echo "bench: $VIGIL not found; run 'make' first" >&2
    exit 1
fi
if [ ! -x "$FLOOR" ] || [ bench/floor.c -nt "$FLOOR" ]; then
    mkdir -p build/bench
    ${CC:-cc} -O2 -std=c11 -Wall -Wextra -o "$FLOOR" bench/floor.c || exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the text ---------------------------------------------------------------
sources=""
if [ -d ../shared/corpus/seeds ]; then
    sources="$sources $(ls ../shared/corpus/seeds/*.txt 2>/dev/null | tr '\n' ' ')"
else
    echo "bench: ../shared/corpus is absent: the corpus part is skipped, examples/ only"
fi
if ls examples/*.txt >/dev/null 2>&1; then
    sources="$sources $(ls examples/*.txt | tr '\n' ' ')"
else
    echo "bench: examples/ has no .txt reports"
fi
if [ -z "$(echo "$sources" | tr -d ' ')" ]; then
    echo "bench: no report text found: falling back to fuzz/corpus/fuzz_extract (short snippets)"
    sources=$(ls fuzz/corpus/fuzz_extract/*.txt | tr '\n' ' ')
fi
n_sources=$(echo "$sources" | wc -w)

# build DIR MB SOURCES...: MB megabytes of report text in DIR, as files of
# 4-40 KB built from the lines of the sources.
build() {
    dir=$1 mb=$2
    shift 2
    mkdir -p "$dir"
    awk -v dir="$dir" -v total=$((mb * 1000000)) '
    { line[n++] = $0 "\n" }
    END {
        if (n == 0) exit 1
        i = 0; k = 0; written = 0
        while (written < total) {
            # Sizes spread over 4-40 KB, deterministic; each report starts
            # at a different line of the sources.
            want = 4096 + (i * 7919) % 36864
            f = sprintf("%s/r%05d.txt", dir, i)
            size = 0
            k = (i * 131) % n
            while (size < want) {
                printf "%s", line[k] > f
                size += length(line[k])
                k = (k + 1) % n
            }
            close(f)
            written += size
            i++
        }
    }' "$@"
}

# shellcheck disable=SC2086
build "$tmp/many" "$MB" $sources || { echo "bench: cannot build the text" >&2; exit 1; }
cat "$tmp"/many/*.txt >"$tmp/one.txt"
n_files=$(ls "$tmp/many" | wc -l)
bytes=$(cat "$tmp/one.txt" | wc -c)
echo "bench: $n_files reports, $bytes bytes, from $n_sources source files; best of $RUNS runs"
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)
threads=$((cores < 8 ? cores : 8)) # what vigil extract starts without --threads
echo "bench: $(uname -m), $cores cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
echo "bench: vigil's default here: $threads thread(s), one per online core, at most 8"

# --- timing -----------------------------------------------------------------
now() { date +%s.%N; }
# best CMD...: the shortest wall time of $RUNS runs, in seconds.
best() {
    b=""
    r=0
    while [ "$r" -lt "$RUNS" ]; do
        t0=$(now)
        "$@" >/dev/null 2>"$tmp/err"
        rc=$?
        t1=$(now)
        if [ "$rc" -ne 0 ]; then
            echo "bench: '$*' exited with status $rc:" >&2
            head -5 "$tmp/err" >&2
        fi
        b=$(awk -v a="$t0" -v c="$t1" -v b="$b" 'BEGIN { d = c - a; if (b == "" || d < b) b = d; printf "%.4f", b }')
        r=$((r + 1))
    done
    echo "$b"
}

# Russian: the same measure on Russian report text (examples/ru and the
# corpus's Russian dev reports), beside English, for the goal that Russian
# runs within 20% of English.
ru_sources="$(ls examples/ru/*.txt ../shared/corpus/dev/ru_*.txt 2>/dev/null | tr '\n' ' ')"
ru_mb=$(( MB / 4 > 0 ? MB / 4 : 1 ))
vigil_ru=""
if [ -n "$ru_sources" ]; then
    # shellcheck disable=SC2086
    build "$tmp/ru" "$ru_mb" $ru_sources && ru_bytes=$(cat "$tmp"/ru/*.txt | wc -c)
fi

"$FLOOR" "$tmp/many" >/dev/null # warm the page cache
floor_many=$(best "$FLOOR" "$tmp/many")
vigil_many=$(best "$VIGIL" extract --format jsonl --threads 1 "$tmp/many")
vigil_many_t=$(best "$VIGIL" extract --format jsonl "$tmp/many")
floor_one=$(best "$FLOOR" "$tmp/one.txt")
vigil_one=$(best "$VIGIL" extract --format jsonl --threads 1 "$tmp/one.txt")
if [ -d "$tmp/ru" ]; then
    "$FLOOR" "$tmp/ru" >/dev/null
    floor_ru=$(best "$FLOOR" "$tmp/ru")
    vigil_ru=$(best "$VIGIL" extract --format jsonl --threads 1 "$tmp/ru")
    vigil_ru_t=$(best "$VIGIL" extract --format jsonl "$tmp/ru")
    ru_files=$(ls "$tmp/ru" | wc -l)
fi

awk -v bytes="$bytes" -v files="$n_files" -v th="$threads" -v cores="$cores" \
    -v fm="$floor_many" -v vm="$vigil_many" -v vt="$vigil_many_t" -v fo="$floor_one" \
    -v vo="$vigil_one" -v rb="${ru_bytes:-0}" -v rf="${ru_files:-0}" -v fr="${floor_ru:-0}" \
    -v vr="${vigil_ru:-0}" -v vrt="${vigil_ru_t:-0}" 'BEGIN {
    mb = bytes / 1e6
    tn = sprintf("%d thread%s on %d core%s", th, th == 1 ? "" : "s", cores, cores == 1 ? "" : "s")
    printf "\n%-38s %6s %8s %9s %9s %9s\n", "", "files", "MB", "best s", "MB/s", "of floor"
    row("floor: read + count digit runs", files, fm, fm)
    row("vigil extract, --threads 1", files, vm, fm)
    row("vigil extract, " tn, files, vt, fm)
    row("floor, one concatenated file", 1, fo, fo)
    row("vigil, one concatenated file", 1, vo, fo)
    if (rb > 0 && vr > 0) {
        save = mb; mb = rb / 1e6
        row("floor, Russian reports", rf, fr, fr)
        row("vigil, Russian, --threads 1", rf, vr, fr)
        row("vigil, Russian, " tn, rf, vrt, fr)
        mb = save
    }
    if (files > 1) {
        o = (vm - vo) / (files - 1) * 1e6
        if (o > 0)
            printf "\nper-report overhead of vigil: %.1f us (many files vs one, --threads 1)\n", o
        else if (vo > 1.5 * vm)
            printf "\nWARNING: one file of all the text took %.1f times as long as the many files:\nthe cost of a report grows faster than its length (look for a scan of the whole text per figure)\n", vo / vm
        else
            printf "\nper-report overhead of vigil: none measurable (one file was %.3f s slower)\n", vo - vm
    }
    v = vm > 0 ? mb / vm : 0
    w = vt > 0 ? mb / vt : 0
    f = fm > 0 ? mb / fm : 0
    printf "goal: >= 100 MB/s and >= 1/3 of the floor (%.0f MB/s), with %s: %.1f MB/s, %s\n",
        f / 3, tn, w, (w >= 100 && w >= f / 3) ? "met" : "NOT met"
    printf "threads: %.2f times the speed of --threads 1 with %s\n", (v > 0 ? w / v : 0), tn
    if (rb > 0 && vr > 0) {
        r = (rb / 1e6) / vr
        printf "Russian, --threads 1: %.1f MB/s, %.0f%% of English (goal: within 20%%): %s\n", r,
            (v > 0 ? 100 * r / v : 0), ((v > 0 && r >= 0.8 * v) ? "met" : "NOT met")
    } else {
        printf "Russian: no Russian report text found (examples/ru, ../shared/corpus/dev): skipped\n"
    }
}
function row(name, n, s, base) {
    printf "%-38s %6d %8.1f %9.3f %9.1f %9.2f\n", name, n, mb, s, (s > 0 ? mb / s : 0), (s > 0 ? base / s : 0)
}'
