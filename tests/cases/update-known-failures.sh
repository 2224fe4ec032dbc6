#!/bin/sh
# Rewrite tests/cases/LANG/known-failures from the current extractor.
set -eu
cd "$(dirname "$0")/../.."
bin=build/release/tests/test_cases
for lang in en ru; do
    dir=tests/cases/$lang
    [ -d "$dir" ] || continue
    mv "$dir/known-failures" "$dir/known-failures.old" 2>/dev/null || true
    out=$("$bin" || true)
    {
        head=$dir/known-failures.head
        [ -f "$head" ] || head=tests/cases/en/known-failures.head
        cat "$head"
        echo "$out" | sed -n "s|^FAIL $lang/\([^:]*:[0-9]*\):.*|\1|p"
    } > "$dir/known-failures"
    rm -f "$dir/known-failures.old"
done
