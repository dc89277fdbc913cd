#!/usr/bin/env bash
# Runs every test of Panorama on a fresh machine: installs what the tests need, builds in Release, tests.
set -euo pipefail
cd "$(dirname "$0")"

apt_update() {
  if [ "$(id -u)" -eq 0 ]; then apt-get update; else sudo apt-get update; fi
}

apt_install() {
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y --no-install-recommends "$@"; else sudo apt-get install -y --no-install-recommends "$@"; fi
}

# PostgreSQL server binaries: the storage tests start their own throwaway cluster with them.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt_install postgresql
fi

# Debian's Chromium: the end-to-end tests (tests/Panorama.E2E) drive it with Playwright; no browser is downloaded.
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || { apt_update && apt_install chromium; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore
dotnet build Panorama.slnx -c Release
# A test that hangs fails after 10 minutes, named, instead of holding CI until its own timeout.
dotnet test Panorama.slnx -c Release --no-build --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
