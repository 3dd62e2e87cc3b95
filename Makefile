# Thin wrapper over CMake. `make demo` and `make test` install missing Debian
# packages first (as root), then configure, build and run.
JOBS      ?= $(shell nproc)
BUILD     ?= build
ASAN      ?= build-asan
FUZZ      ?= build-fuzz
FUZZ_SECS ?= 300

.PHONY: all deps build asan-build demo test test-fast test-asan bench fuzz clean

all: build

deps:
	@./scripts/install-deps.sh

# Build speed: unity builds (the sources of a target compiled 8 at a time: nlohmann/json and
# GoogleTest are instantiated once per batch, not once per file), precompiled third-party
# headers (TLATRACE_PCH), Ninja and the lld linker when the machine has them
# (scripts/install-deps.sh installs ninja-build and lld). Recursive `=`: looked up when a build
# directory is configured, after `deps` has run.
GENERATOR  = $(if $(shell command -v ninja),-G Ninja,)
LINKER     = $(if $(shell command -v ld.lld),"-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld" "-DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld",)
FAST       = $(GENERATOR) $(LINKER) -DCMAKE_UNITY_BUILD=ON -DTLATRACE_PCH=ON

# Line tables only (-g1): enough for profiles and backtraces, and much cheaper to compile.
$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(FAST) -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# -O1 keeps the sanitized suites fast; -g1 keeps file:line in sanitizer reports. Only the
# fast suites run here, so neither the slow suites nor the benchmarks are built.
$(ASAN)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN) $(FAST) -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DTLATRACE_SANITIZE=ON \
	  -DTLATRACE_BENCH=OFF -DTLATRACE_SLOW_TESTS=OFF

asan-build: deps $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j$(JOBS)

demo: build
	./scripts/demo.sh $(BUILD)

# The fast suites under ASan+UBSan first, then every suite; CTest's summary line ends the run.
test: build asan-build
	cd $(ASAN) && ctest -L fast -j$(JOBS) --output-on-failure
	cd $(BUILD) && ctest -j$(JOBS) --output-on-failure

test-fast: build
	cd $(BUILD) && ctest -L fast -j$(JOBS) --output-on-failure

bench: build
	./scripts/bench.sh $(BUILD)

fuzz: deps
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTLATRACE_FUZZ=ON -DTLATRACE_BENCH=OFF -DTLATRACE_TESTS=OFF
	cmake --build $(FUZZ) -j$(JOBS) --target fuzz_tla_parser fuzz_cfg_parser
	./scripts/fuzz.sh $(FUZZ) $(FUZZ_SECS)

clean:
	rm -rf $(BUILD) $(ASAN) $(FUZZ)
