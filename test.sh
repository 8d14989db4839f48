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

dotnet test Playbook.sln --nologo "$@"
