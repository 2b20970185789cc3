# kitpress: `make run` installs what is missing, builds and renders the default kit into out/;
# `make test` does the same set-up, then runs every test, once more under ASan + UBSan.
BUILD      ?= build
SAN_BUILD  ?= build-asan
KIT        ?= kit/bulle-dg
JOBS       ?= $(shell nproc)
CMAKE_GEN  := -G "Unix Makefiles"

.PHONY: run test deps build build-asan unit-test asan-test format bench clean

run: build
	./$(BUILD)/kitpress build $(KIT) -o out --png

test: build
	cd $(BUILD) && ctest --output-on-failure
	$(MAKE) asan-test

deps:
	@tests/setup-deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

build-asan: deps
	@cmake -S . -B $(SAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DKP_SANITIZE=ON >/dev/null
	@cmake --build $(SAN_BUILD) -j $(JOBS)

asan-test: build-asan
	cd $(SAN_BUILD) && \
	  ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure

bench: build
	tests/bench/bench-build.sh

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

clean:
	rm -rf $(BUILD) $(SAN_BUILD) out
