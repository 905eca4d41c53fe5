# The README's two commands: `make demo` and `make test`. Both first install
# what is missing (scripts/setup.sh), then build with CMake + Ninja (+ ccache).
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
CMAKE_GEN  := -G Ninja
# Paths relative to the checkout in ccache's keys, so a fresh clone elsewhere
# (CI) reuses what an earlier build compiled.
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: all setup build demo render-demo test test-release test-asan bench clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The samples gallery on http://127.0.0.1:8080. The secret lives in the build
# folder so pages reconnect across restarts of the demo instead of reloading.
demo: build
	@test -s $(BUILD)/.lview-secret || head -c 24 /dev/urandom | base64 > $(BUILD)/.lview-secret
	@echo "lview samples: http://127.0.0.1:8080  (Ctrl-C stops)"
	@LVIEW_SECRET=$$(cat $(BUILD)/.lview-secret) $(BUILD)/samples/lview_gallery --address 127.0.0.1 --port 8080

# The dashboard's HTML, join tree and a tick diff, printed without a server.
render-demo: build
	@$(BUILD)/samples/lview_render_demo

test: test-release test-asan

test-release: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests once more under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: setup
	@cmake -S . -B $(ASAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DLVIEW_SANITIZE=ON -DLVIEW_BENCH=OFF >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

bench: build
	@cmake --build $(BUILD) --target bench -j $(JOBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
