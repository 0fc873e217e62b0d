# One-word commands over CMake (in the style of DuckDB's Makefile).
#   make          release build into build/
#   make debug    debug build into build-debug/
#   make test     install missing packages, build, run every test (ctest)
#   make demo     install, build, build a graph from data/sample, query it, draw it
#   make bench    build and run the benchmarks in bench/
#   make format   clang-format every C++ source
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
CMAKE_FLAGS ?=

.PHONY: all release debug test test-asan demo bench format deps clean

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

test-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ctest --output-on-failure -j $(JOBS)

demo: deps release
	@scripts/demo $(BUILD)/kg

bench: deps release
	@cmake --build $(BUILD) -j $(JOBS) --target benches
	@scripts/bench $(BUILD)

format:
	@find ingest graph query cli tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	@rm -rf build build-debug build-asan
