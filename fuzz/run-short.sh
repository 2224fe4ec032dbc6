#!/bin/sh
# The short fuzz run of `make check`: every build/fuzz/fuzz_* target (built
# by `make fuzz-build`; this script builds nothing) fuzzes for
# FUZZ_SHORT_SECONDS (default 20) from a scratch copy of its committed corpus
# fuzz/corpus/<target>/ (plus ../shared/corpus/seeds for the extractor, read
# only, when present), then replays every file in fuzz/regressions/<target>/.
# Prints TAP lines ("ok N - ..." / "not ok N - ...") and exits non-zero when
# anything crashed, leaked, timed out or ran out of memory.  A new crashing
# input is copied to fuzz/regressions/<target>/<sha1>.<kind>: fix the bug,
# then commit the file so every later `make check` replays it.
# Prints "skip ..." and exits 0 when clang's libFuzzer is not installed.
set -u
cd "$(dirname "$0")/.."
seconds=${FUZZ_SHORT_SECONDS:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have_libfuzzer() {
    command -v clang >/dev/null 2>&1 || return 1
    printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' |
        clang -fsanitize=fuzzer -x c - -o "$tmp/probe" >/dev/null 2>&1
}

if ! ls build/fuzz/fuzz_* >/dev/null 2>&1; then
    if have_libfuzzer; then
        echo "not ok 1 - no fuzz targets in build/fuzz: run 'make fuzz-build' first"
        exit 1
    fi
    echo "skip fuzz: clang's libFuzzer is not installed (package libclang-rt-14-dev)"
    exit 0
fi

n=0
status=0

# Copy libFuzzer's artifacts (crash-*, leak-*, timeout-*, oom-*, slow-unit-*
# are named after the input's SHA-1) into the regressions directory.  The
# names put the kind last because .gitignore keeps crash-* out of git.
save_artifacts() { # target
    for a in "$tmp/art/$1-"*; do
        [ -f "$a" ] || continue
        kind=$(basename "$a" | sed "s/^$1-//; s/-[0-9a-f]*\$//")
        sha=$(basename "$a" | sed 's/.*-//')
        mkdir -p "fuzz/regressions/$1"
        cp "$a" "fuzz/regressions/$1/$sha.$kind"
        echo "# input saved as fuzz/regressions/$1/$sha.$kind; reproduce with build/fuzz/$1 fuzz/regressions/$1/$sha.$kind"
    done
}

for bin in build/fuzz/fuzz_*; do
    [ -x "$bin" ] && [ -f "$bin" ] || continue
    t=$(basename "$bin")
    case $t in *.*) continue ;; esac
    n=$((n + 1))
    rm -rf "$tmp/corpus" "$tmp/art"
    mkdir -p "$tmp/corpus" "$tmp/art"
    [ -d "fuzz/corpus/$t" ] && cp -R "fuzz/corpus/$t/." "$tmp/corpus/"
    extra=""
    if [ "$t" = fuzz_extract ] && [ -d ../shared/corpus/seeds ]; then
        extra=../shared/corpus/seeds
    fi
    dict=""
    [ -f "fuzz/$t.dict" ] && dict="-dict=fuzz/$t.dict"
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=0 -artifact_prefix="$tmp/art/$t-" $dict \
        "$tmp/corpus" $extra >"$tmp/log" 2>&1
    rc=$?
    runs=$(sed -n 's/^Done \([0-9]*\) runs in.*/\1/p' "$tmp/log" | tail -1)
    if [ "$rc" -eq 0 ] && [ -n "$runs" ]; then
        echo "ok $n - $t ${seconds}s, $runs runs"
    else
        status=1
        echo "not ok $n - $t ${seconds}s: exit status $rc"
        grep -E 'ERROR|SUMMARY|runtime error|invariant|lacks|#[0-9]+ 0x' "$tmp/log" | head -30 | sed 's/^/# /'
        save_artifacts "$t"
    fi

    # Replay the committed regressions, each input run once.
    files=$(find "fuzz/regressions/$t" -type f ! -name 'README*' 2>/dev/null | sort)
    n=$((n + 1))
    if [ -z "$files" ]; then
        echo "ok $n - $t regressions: none committed"
        continue
    fi
    count=$(echo "$files" | wc -l)
    # shellcheck disable=SC2086
    "$bin" -timeout=10 -rss_limit_mb=2048 $files >"$tmp/log" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "ok $n - $t replays $count regression files"
    else
        status=1
        failing=$(sed -n 's/^Running: //p' "$tmp/log" | tail -1)
        echo "not ok $n - $t regression ${failing:-?} fails (exit status $rc)"
        grep -E 'ERROR|SUMMARY|runtime error|invariant|lacks|#[0-9]+ 0x' "$tmp/log" | head -30 | sed 's/^/# /'
    fi
done
exit $status
