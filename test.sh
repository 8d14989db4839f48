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

# axe-core, the W3C Nu HTML checker (vnu.jar, run with Java), and Decap CMS with its local backend
# and the Netlify Identity widget (the web editor's test) come from npm, pinned by the lock file.
NM=tests/Playbook.BrowserTests/node_modules
if [ ! -d $NM/axe-core ] || [ ! -f $NM/vnu-jar/build/dist/vnu.jar ] || [ ! -f $NM/decap-cms/dist/decap-cms.js ] \
   || [ ! -f $NM/decap-server/dist/index.js ] || [ ! -f $NM/netlify-identity-widget/build/netlify-identity-widget.js ]; then
  echo "Installing axe-core, vnu-jar, decap-cms, decap-server and netlify-identity-widget from npm (needed by the browser tests)..."
  (cd tests/Playbook.BrowserTests && npm ci --ignore-scripts --no-audit --no-fund)
fi
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Java from the OS packages (needed by the HTML validity test)..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi

dotnet test Playbook.sln --nologo "$@"
