#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium for the browser tests
# (Playwright's own download cannot work here) and the npm packages, including
# Node 22 as the `node` package that every `npm run` script uses.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Chromium from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# `npm ci` rejects this lockfile on machines whose registry lacks some
# non-Linux optional binaries; `npm install` honours the lockfile all the same.
npm install --no-audit --no-fund
