#!/usr/bin/env bash
# The relevance set ranked by Playbook's search and by Pagefind, both in Chromium, over the same
# built default playbook; prints each engine's top-3 hit rate and MRR and the queries each missed.
# Installs Pagefind (pinned) from npm into a folder outside the repository on first use; not part
# of test.sh because of that install. The node-run relevance test (SearchRelevanceTests) is.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=1.6.0
dir="${PAGEFIND_DIR:-${TMPDIR:-/tmp}/playbook-pagefind}"
if [ "$("$dir/node_modules/.bin/pagefind" --version 2>/dev/null)" != "pagefind $version" ]; then
  echo "Installing pagefind $version from npm into $dir..."
  mkdir -p "$dir"
  (cd "$dir" && npm install --no-audit --no-fund --no-save "pagefind@$version" >/dev/null)
fi
PLAYBOOK_PAGEFIND="$dir/node_modules/.bin/pagefind" dotnet test tests/Playbook.BrowserTests --nologo \
  --filter "FullyQualifiedName~PagefindComparisonTests" --logger "console;verbosity=detailed" \
  | sed -n '/Standard Output Messages:/,/^\s*$/p; /Passed!\|Failed!\|Failed \|Assert/p'
