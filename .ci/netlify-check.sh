#!/usr/bin/env bash
# Checks that Netlify can build this repository from netlify.toml alone, as a deploy would:
# a fresh clone of the committed HEAD, the Netlify CLI's offline build for production and for a
# deploy preview, and a planted broken link that must fail the deploy with its diagnostic.
# Needs node and npm: installs netlify-cli into a temporary folder when `netlify` is not on the
# PATH. Not part of ./test.sh, because it needs the npm registry and takes a few minutes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if command -v netlify >/dev/null 2>&1; then
  netlify=netlify
else
  echo "Installing netlify-cli into $work/cli"
  npm install --prefix "$work/cli" --no-audit --no-fund --loglevel=error netlify-cli >/dev/null
  netlify="$work/cli/node_modules/.bin/netlify"
fi

git clone --quiet "$repo" "$work/site"
git -C "$work/site" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
cd "$work/site"

echo "== production: public pages, no banner"
"$netlify" build --offline --context production
for file in index.html 404.html sitemap.xml feed.xml playbook.json stages/index.html; do
  test -f "output/$file" || { echo "output/$file is missing" >&2; exit 1; }
done
if grep -q 'class="preview-banner"' output/index.html; then
  echo "production shows the preview banner" >&2; exit 1
fi

echo "== deploy preview: drafts and the banner"
"$netlify" build --offline --context deploy-preview
grep -q 'class="preview-banner"' output/index.html

echo "== a broken link fails the deploy"
printf '\nSee [nowhere](/nowhere/).\n' >> input/about.md
if "$netlify" build --offline --context production > "$work/broken.log" 2>&1; then
  echo "the build passed with a broken link" >&2; exit 1
fi
grep "error PB0201" "$work/broken.log"

echo "Netlify offline build check passed"
