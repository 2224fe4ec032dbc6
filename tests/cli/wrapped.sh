#!/bin/sh
# Hard-wrapped text reads as the same reports: our examples, their prose
# paragraphs (lines over 100 bytes) re-wrapped as PDF text is, into lines
# of 78 and of 38 bytes (a narrow column), and double-spaced (a blank line
# after every line), must score within a few points of the originals.
# TAP output; VIGIL is the binary to test (default build/release/vigil).
set -u
cd "$(dirname "$0")/../.."
VIGIL=${VIGIL:-build/release/vigil}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0

f1() { # reports-dir: the figures F1 against the examples' gold
    "$VIGIL" eval examples/gold "$1" --manifest examples/manifest.json 2>&1 |
        sed -n 's/^figures: .* F1 \([0-9.]*\) .*/\1/p'
}

# wrap WIDTH DOUBLE DIR: the examples with their long lines folded at
# spaces to WIDTH bytes; DOUBLE=1 puts a blank line after every line.
wrap() {
    mkdir -p "$3"
    for f in examples/*.txt; do
        awk -v w="$1" -v dbl="$2" '
        function out(s) { print s; if (dbl) print "" }
        length($0) <= 100 { out($0); next }
        {
            line = ""; n = split($0, word, " ")
            for (i = 1; i <= n; i++) {
                if (line != "" && length(line) + 1 + length(word[i]) > w) { out(line); line = "" }
                line = line == "" ? word[i] : line " " word[i]
            }
            if (line != "") out(line)
        }' "$f" > "$3/$(basename "$f")"
    done
}

base=$(f1 examples)
for v in "78 0 lines of 78 bytes" "38 0 lines of 38 bytes" "78 1 double-spaced lines"; do
    set -- $v
    width=$1 dbl=$2
    shift 2
    wrap "$width" "$dbl" "$tmp/w$width$dbl"
    got=$(f1 "$tmp/w$width$dbl")
    n=$((n + 1))
    if [ -n "$got" ] && awk -v a="$got" -v b="$base" 'BEGIN { exit !(a >= b - 0.03) }'; then
        echo "ok $n - wrapped into $*: figures F1 $got (unwrapped $base)"
    else
        echo "not ok $n - wrapped into $*: figures F1 ${got:-?}, unwrapped $base"
    fi
done
