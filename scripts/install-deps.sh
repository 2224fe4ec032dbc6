#!/bin/sh
# Install the Debian 12 packages vigil builds and tests with, if any is missing.
# Runs as root (or through sudo when available); does nothing when all are there.
# time (GNU /usr/bin/time -v) and jq are used by tests/cli; cppcheck,
# clang-tidy and clang-format by `make lint` and `make format`.
set -eu

PKGS="build-essential pkg-config clang libclang-rt-14-dev llvm \
libjansson-dev libutf8proc-dev libcmocka-dev libsqlite3-dev libsodium-dev \
libmicrohttpd-dev libxml2-dev valgrind \
time jq cppcheck clang-tidy clang-format sqlite3"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps: not root and no sudo; please install:$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
