# One-word commands over CMake (in the style of DuckDB's Makefile).
#   make          release build into build/
#   make debug    debug build into build-debug/
#   make test     install missing packages, build, run every test (ctest), then each fuzz target
#                 for FUZZ_SMOKE_SECONDS (clang build in build-fuzz/; skipped without clang)
#   make test-asan  the whole suite built with ASan + UBSan (build-asan/)
#   make fuzz     each fuzz target for FUZZ_SECONDS (docs/HARDENING.md)
#   make demo     install, build, build a graph from data/sample, query it, draw it
#   make bench    build and run the benchmarks in bench/
#   make format   clang-format every C++ source
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
# A compiler cache, when installed, is used by every build (clones and worktrees share its hits).
CCACHE := $(shell command -v ccache 2>/dev/null)
CMAKE_FLAGS ?= $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 15
# Sanitizer runs: every UBSan report is fatal except tests/fuzz/ubsan.supp (code that is not ours).
SANITIZER_ENV = UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$(CURDIR)/tests/fuzz/ubsan.supp \
                ASAN_OPTIONS=detect_leaks=1:abort_on_error=1

.PHONY: all release debug test test-asan fuzz demo bench format deps clean

all: release

deps:
	@scripts/install-deps

release:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

debug:
	@cmake -S . -B build-debug -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-debug -j $(JOBS)

test: deps release
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@JOBS=$(JOBS) scripts/fuzz --smoke $(FUZZ_SMOKE_SECONDS)

test-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS)

fuzz: deps
	@JOBS=$(JOBS) scripts/fuzz $(FUZZ_SECONDS)

demo: deps release
	@scripts/demo $(BUILD)/kg

bench: deps release
	@cmake --build $(BUILD) -j $(JOBS) --target benches
	@scripts/bench $(BUILD)

format:
	@find ingest graph query cli tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	@rm -rf build build-debug build-asan build-fuzz
