#!/usr/bin/env bash
# The CMake package as users meet it:
#  1. `cmake --install` into a fresh prefix;
#  2. a find_package(LView 0.1) project builds and runs;
#  3. its Ninja build then has nothing to do; touching the .lview reruns lviewc
#     only (outputs unchanged, so nothing recompiles); editing the template
#     recompiles the generated .cpp and nothing else;
#  4. find_package(LView 0.1) accepts this version, 9.0 is refused;
#  5. an add_subdirectory(lview) project builds and runs the same way;
#  6. `lviewc new` scaffolds an app that builds against the install and serves its page.
#   run_consumers.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$1 src=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/lviewc"
"$work/prefix/bin/lviewc" --version | grep -q "^lviewc "

cp -r "$src/tests/cmake/find-package" "$src/tests/cmake/add-subdirectory" "$src/tests/cmake/version-check" "$work/"
fp="$work/find-package"
cmake -S "$fp" -B "$fp/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$fp/build" >/dev/null
out=$("$fp/build/greeter")
[[ "$out" == *"<p>Hello, CMake!</p>"* ]] || { echo "greeter printed: $out"; exit 1; }
echo "find_package consumer: built and ran"

ninja -C "$fp/build" -n | grep -q "no work to do" || { echo "a second build is not a no-op"; ninja -C "$fp/build" -n -d explain; exit 1; }
echo "no-op rebuild: nothing to do"

sleep 1
touch "$fp/greeter.lview"
log=$(ninja -C "$fp/build" -v)
grep -q "lviewc" <<<"$log" || { echo "touching the .lview did not rerun lviewc"; exit 1; }
if grep -q -- "-c .*\.cpp" <<<"$log"; then echo "touching the .lview recompiled C++ although nothing changed:"; echo "$log"; exit 1; fi
echo "touched .lview: lviewc reran, nothing recompiled"

sleep 1
sed -i 's/Hello, {name}!/Hi there, {name}!/' "$fp/greeter.lview"
log=$(ninja -C "$fp/build" -v)
grep -q -- "-c .*greeter.lview.cpp" <<<"$log" || { echo "the generated .cpp was not recompiled"; echo "$log"; exit 1; }
if grep -q -- "-c .*main.cpp" <<<"$log"; then echo "main.cpp recompiled although the header did not change"; echo "$log"; exit 1; fi
"$fp/build/greeter" | grep -q "Hi there, CMake!"
echo "edited template: only greeter.lview.cpp recompiled"

cmake -S "$work/version-check" -B "$work/version-check/ok" -DWANT=0.1 -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
if cmake -S "$work/version-check" -B "$work/version-check/bad" -DWANT=9.0 -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null 2>&1; then
  echo "find_package(LView 9.0) was accepted"; exit 1
fi
echo "find_package version check: 0.1 accepted, 9.0 refused"

as="$work/add-subdirectory"
cmake -S "$as" -B "$as/build" -G Ninja -DLVIEW_SOURCE_DIR="$src" >/dev/null
cmake --build "$as/build" >/dev/null
"$as/build/greeter" | grep -q ", CMake!</p>"
echo "add_subdirectory consumer: built and ran"

(cd "$work" && "$work/prefix/bin/lviewc" new hello_app >/dev/null)
if (cd "$work" && "$work/prefix/bin/lviewc" new hello_app >/dev/null 2>&1); then echo "lviewc new overwrote a project"; exit 1; fi
cmake -S "$work/hello_app" -B "$work/hello_app/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/hello_app/build" >/dev/null
port=$(( 40000 + RANDOM % 20000 ))
LVIEW_SECRET=scaffold-test-secret-0123456789 "$work/hello_app/build/hello_app" --port "$port" 2>"$work/hello.log" &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "listening" "$work/hello.log" 2>/dev/null && break; sleep 0.1; done
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
page=$(cat <&3)
exec 3<&-
kill "$app"; wait "$app" || true
grep -q "200 OK" <<<"$page" && grep -q 'data-phx-session=' <<<"$page" && grep -q '<strong id="count">0</strong>' <<<"$page" ||
  { echo "the scaffolded app served:"; echo "$page"; cat "$work/hello.log"; exit 1; }
echo "lviewc new: the scaffold builds and serves its page"
echo "6 passed, 0 failed"
