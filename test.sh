#!/usr/bin/env bash
# The whole test suite, as on a fresh machine: installs what the browser tests need from the
# OS package manager when it is missing, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium from the OS packages (needed by the browser tests)..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# axe-core and the W3C Nu HTML checker (vnu.jar, run with Java) come from npm, pinned by the lock file.
if [ ! -d tests/Playbook.BrowserTests/node_modules/axe-core ] || [ ! -f tests/Playbook.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "Installing axe-core and vnu-jar from npm (needed by the browser tests)..."
  (cd tests/Playbook.BrowserTests && npm ci --ignore-scripts --no-audit --no-fund)
fi
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Java from the OS packages (needed by the HTML validity test)..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi

dotnet test Playbook.sln --nologo "$@"
