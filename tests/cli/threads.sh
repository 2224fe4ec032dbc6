#!/bin/sh
# `vigil extract --threads N` writes exactly what --threads 1 writes: the
# same bytes on stdout and stderr, in the order of the files, and the same
# exit status, whatever the number of threads and whichever report a thread
# finishes first.  Over examples/ (both formats), over many small reports
# (more than the threads' window holds), and with an unreadable, an empty
# and a binary file among good ones.
# TAP output; VIGIL is the binary to test (default build/release/vigil).
set -u
cd "$(dirname "$0")/../.."
VIGIL=${VIGIL:-build/release/vigil}
case $VIGIL in /*) ;; *) VIGIL="$PWD/$VIGIL" ;; esac
tmp=$(mktemp -d)
trap 'chmod -R u+rw "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }

# run NAME ARGS...: vigil extract ARGS with stdout in $tmp/NAME.out, stderr
# in $tmp/NAME.err and the exit status as the last line of NAME.err.
run() {
    name=$1
    shift
    "$VIGIL" extract "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    echo "exit $?" >>"$tmp/$name.err"
}
# same DESCRIPTION A B: runs A and B wrote the same bytes and exited alike.
same() {
    if cmp -s "$tmp/$2.out" "$tmp/$3.out" && cmp -s "$tmp/$2.err" "$tmp/$3.err"; then
        ok "$1"
    else
        not_ok "$1"
        diff "$tmp/$2.err" "$tmp/$3.err" | head -10 | sed 's/^/# /'
        cmp "$tmp/$2.out" "$tmp/$3.out" | sed 's/^/# /'
    fi
}

# --- examples/, both formats -------------------------------------------------
for fmt in jsonl table; do
    run ex1 --format "$fmt" --threads 1 --manifest examples/manifest.json examples
    run ex3 --format "$fmt" --threads 3 --manifest examples/manifest.json examples
    same "examples/, $fmt: --threads 3 writes what --threads 1 writes" ex1 ex3
done
if [ -s "$tmp/ex1.out" ] && [ "$(tail -1 "$tmp/ex1.err")" = "exit 0" ]; then
    ok "examples/: some output, exit 0"
else
    not_ok "examples/: some output, exit 0"
fi

# --- many small reports: the window of slots wraps many times ----------------
mkdir "$tmp/many"
awk -v dir="$tmp/many" 'BEGIN {
    for (i = 0; i < 300; i++) {
        f = sprintf("%s/r%04d.txt", dir, i)
        printf "CITY %d, May %d - Police detained %d protesters on Tuesday.\n",
            i, i % 28 + 1, i * 7 % 900 + 2 > f
        if (i % 3 == 0)
            printf "At least %d people were injured, a hospital said.\n", i % 50 + 1 > f
        close(f)
    }
}'
run many1 --format jsonl --threads 1 --published 2024-05-30 "$tmp/many"
run many4 --format jsonl --threads 4 --published 2024-05-30 "$tmp/many"
same "300 small reports: --threads 4 writes what --threads 1 writes" many1 many4
if [ "$(wc -l <"$tmp/many4.out")" -eq 300 ]; then
    ok "300 small reports: 300 lines"
else
    not_ok "300 small reports: 300 lines ($(wc -l <"$tmp/many4.out"))"
fi

# --- an unreadable file among good ones --------------------------------------
# A file without read permission, unless we are root (who reads it anyway):
# then /proc/self/mem, which opens and fails to read at offset 0.
mkdir "$tmp/mix"
cp examples/en_01_dakar_wire.txt "$tmp/mix/a.txt"
cp examples/en_02_kampala_ngo_release.txt "$tmp/mix/c.txt"
: >"$tmp/mix/d-empty.txt"
printf 'binary\000file\n' >"$tmp/mix/e-binary.txt"
cp examples/en_03_baku_ministry.txt "$tmp/mix/f.txt"
cp examples/en_04_jakarta_liveblog.txt "$tmp/mix/b-locked.txt"
chmod 000 "$tmp/mix/b-locked.txt"
locked="$tmp/mix/b-locked.txt"
if cat "$locked" >/dev/null 2>&1; then
    locked=/proc/self/mem
fi
if cat "$locked" >/dev/null 2>&1; then
    echo "skip unreadable file: every file is readable here"
else
    for fmt in jsonl table; do
        run mix1 --format "$fmt" --threads 1 "$tmp/mix/a.txt" "$locked" "$tmp/mix/c.txt" \
            "$tmp/mix/d-empty.txt" "$tmp/mix/e-binary.txt" "$tmp/mix/f.txt"
        run mix3 --format "$fmt" --threads 3 "$tmp/mix/a.txt" "$locked" "$tmp/mix/c.txt" \
            "$tmp/mix/d-empty.txt" "$tmp/mix/e-binary.txt" "$tmp/mix/f.txt"
        same "unreadable file in the middle, $fmt: --threads 3 writes what --threads 1 writes" \
            mix1 mix3
    done
    # The messages in the order of the files, then the failure's status.
    line_of() { grep -n "$1" "$tmp/mix3.err" | head -1 | cut -d: -f1; }
    unreadable=$(line_of "^vigil: $locked: cannot read")
    empty=$(line_of "d-empty.txt: empty file, skipped")
    binary=$(line_of "e-binary.txt: binary file")
    if [ -n "$unreadable" ] && [ -n "$empty" ] && [ -n "$binary" ] &&
        [ "$unreadable" -lt "$empty" ] && [ "$empty" -lt "$binary" ]; then
        ok "unreadable file: its message, then the empty and the binary file's, in file order"
    else
        not_ok "unreadable file: its message, then the empty and the binary file's, in file order"
        sed 's/^/# /' "$tmp/mix3.err"
    fi
    if [ "$(tail -1 "$tmp/mix3.err")" = "exit 1" ] &&
        [ "$(grep -c '^[A-Za-z].*\.txt  en' "$tmp/mix3.out")" -eq 3 ]; then
        ok "unreadable file: exit status 1, the three good reports printed"
    else
        not_ok "unreadable file: exit status 1, the three good reports printed"
        tail -1 "$tmp/mix3.err" | sed 's/^/# /'
    fi
fi

# --- bad values ---------------------------------------------------------------
for bad in 0 -2 abc 1000 ""; do
    "$VIGIL" extract --threads "$bad" examples >/dev/null 2>"$tmp/err"
    rc=$?
    if [ "$rc" -eq 2 ] && grep -q -- "--threads must be" "$tmp/err"; then
        ok "--threads '$bad': a usage error"
    else
        not_ok "--threads '$bad': a usage error (exit $rc)"
    fi
done

[ "$fails" -eq 0 ]
