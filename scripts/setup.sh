#!/usr/bin/env bash
# Installs what lview needs on a Debian 12 machine; a quick no-op when all is present.
# Debian packages via apt (root required only when something is missing), npm packages
# from the pinned package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
  g++ cmake ninja-build ccache pkg-config
  antlr4 libantlr4-runtime-dev
  libboost1.81-dev libboost-json1.81-dev
  libfmt-dev libcli11-dev catch2 libssl-dev libbenchmark-dev libkainjow-mustache-dev
  libhiredis-dev redis-server
  chromium fonts-noto-color-emoji
)

missing=()
for p in "${apt_packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs npm)

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages: reinstall only when the lock file changed since the last install.
if [[ ! -f node_modules/.package-lock.json ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
