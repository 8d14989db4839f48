#!/usr/bin/env bash
# Lighthouse (mobile) on four page kinds of a fresh build: the home page, an article, a guide and
# a stage page, served as Netlify serves them (compressed, with netlify.toml's headers). Prints
# performance, accessibility, best practices and SEO for each, 0-100.
# Needs node and npm: installs the npm package `lighthouse` into a temporary folder (or uses the one
# in $LIGHTHOUSE_DIR), and runs it on the system Chromium. Not part of ./test.sh, because it needs
# the npm registry and takes a few minutes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
server=""

lh_dir="${LIGHTHOUSE_DIR:-$work/lh}"
if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
  echo "Installing lighthouse into $lh_dir"
  npm install --prefix "$lh_dir" --no-audit --no-fund --loglevel=error lighthouse >/dev/null
fi

dotnet run --project "$repo/src/Playbook.Cli" -- build --input "$repo/input" --output "$work/site" >/dev/null
port=$((20000 + RANDOM % 30000))
python3 "$repo/.ci/serve-like-netlify.py" "$port" "$work/site" "$repo/netlify.toml" >/dev/null 2>&1 &
server=$!
sleep 1

printf '%-32s %5s %5s %5s %5s\n' page perf a11y best seo
for path in / /articles/why-before-what/ /guides/which-stage/ /stages/tactical/; do
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$lh_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" \
    --quiet --form-factor=mobile --output=json --output-path="$work/report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu"
  python3 - "$path" "$work/report.json" <<'PY'
import json, sys
categories = json.load(open(sys.argv[2]))["categories"]
scores = [round(categories[c]["score"] * 100) for c in ("performance", "accessibility", "best-practices", "seo")]
print(f"{sys.argv[1]:<32} " + " ".join(f"{s:>5}" for s in scores))
PY
done
