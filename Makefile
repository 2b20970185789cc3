# kitpress: `make run` installs what is missing, builds and renders the default kit into out/
# (and the second example kit, kit/territoire, into out/territoire);
# `make test` does the same set-up, then runs every test, once more under ASan + UBSan, builds
# under load to check that the output stays byte-identical, replays the fuzz regressions and
# fuzzes the loader for a minute.
SHELL := /bin/bash
BUILD      ?= build
SAN_BUILD  ?= build-asan
KIT        ?= kit/bulle-dg
JOBS       ?= $(shell nproc)
CMAKE_GEN  := -G "Unix Makefiles"

FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_ENV   := ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
              LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

.PHONY: run test deps build package install build-asan unit-test asan-test build-fuzz fuzz-smoke fuzz format bench stress stress-quick clean

run: build
	./$(BUILD)/kitpress build $(KIT) -o out --png
	./$(BUILD)/kitpress build kit/territoire --lang all -o out/territoire --png

test: build
	cd $(BUILD) && ctest --output-on-failure
	$(MAKE) asan-test
	$(MAKE) stress-quick
	$(MAKE) fuzz-smoke

# Byte-identical output under load: builds alternating -j 1 / -j 2 under a CPU hog, compared
# byte for byte: every language (STRESS_RUNS builds), French with cairo's font face race of
# issue 17 forced on purpose (tests/stress/face_race.c), and French under ASan. `make test` runs
# a bounded share of it (stress-quick, about two minutes); `make stress` the long one.
STRESS_RUNS ?= 50
stress: build build-asan
	RUNS=$(STRESS_RUNS) tests/stress/determinism.sh $(BUILD)/kitpress
	RUNS=$$(( $(STRESS_RUNS) / 2 )) LANGS=fr RACE=1 tests/stress/determinism.sh $(BUILD)/kitpress
	RUNS=$$(( $(STRESS_RUNS) / 5 + 2 )) LANGS=fr ASAN_OPTIONS=detect_leaks=0 \
	  tests/stress/determinism.sh $(SAN_BUILD)/kitpress

stress-quick: build build-asan
	RUNS=20 LANGS=fr tests/stress/determinism.sh $(BUILD)/kitpress
	RUNS=10 LANGS=fr RACE=1 tests/stress/determinism.sh $(BUILD)/kitpress
	RUNS=8 LANGS=fr ASAN_OPTIONS=detect_leaks=0 tests/stress/determinism.sh $(SAN_BUILD)/kitpress

# A Debian package in $(BUILD)/ (CPack), and an install into PREFIX (default /usr/local).
package: build
	@cd $(BUILD) && cpack -G DEB

PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

deps:
	@tests/setup-deps.sh
	@test -d tests/studio/node_modules/playwright-core || \
	  (cd tests/studio && npm ci --no-audit --no-fund --loglevel=error)

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

build-asan: deps
	@cmake -S . -B $(SAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DKP_SANITIZE=ON -DKP_UNITY=ON >/dev/null
	@cmake --build $(SAN_BUILD) -j $(JOBS)

asan-test: build-asan
	cd $(SAN_BUILD) && \
	  ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure

build-fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKP_FUZZ=ON -DKP_UNITY=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_kit

# Replays every saved crash (regressions), then fuzzes for FUZZ_SECONDS from the seed corpus.
fuzz-smoke: build-fuzz
	$(FUZZ_ENV) ./$(FUZZ_BUILD)/fuzz_kit $$(find tests/fuzz/regressions -type f ! -name .keep) tests/fuzz/corpus/*
	@mkdir -p $(FUZZ_BUILD)/corpus
	$(FUZZ_ENV) ./$(FUZZ_BUILD)/fuzz_kit -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -rss_limit_mb=2048 \
	  -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/corpus tests/fuzz/corpus 2>&1 | grep -E "^Done|ERROR|SUMMARY|crash|leak" ; \
	  test $${PIPESTATUS[0]} -eq 0

# A long run: make fuzz FUZZ_SECONDS=3600; copy any crash-* file into tests/fuzz/regressions/.
fuzz: FUZZ_SECONDS = 600
fuzz: fuzz-smoke

bench: build
	tests/bench/bench-build.sh
	tests/bench/bench-languages.sh
	tests/bench/bench-watch.sh
	tests/bench/bench-studio.sh
	tests/bench/bench-large.sh

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD) out
