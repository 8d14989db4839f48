#!/usr/bin/env bash
# Time from saving a one-page edit to the reload event a browser tab receives, end to end:
# a copy of the input, 'playbook preview' from the native binary authors run (./playbook), an SSE
# client (curl), one appended line per run.
#
# Usage: measure-reload.sh [INPUT_DIR] [PAGE] [RUNS]
#   defaults: the default playbook (input/), articles/why-before-what.md, 10 runs
#   a synthetic corpus: ./make-corpus.py 4000 /tmp/corpus-4000 && measure-reload.sh /tmp/corpus-4000 articles/page-00000.md
# DURING=<ms>: each save comes that long after the previous reload event, while the full build
# that follows it is still running, instead of after that build is done.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
input="${1:-$root/input}"
page="${2:-articles/why-before-what.md}"
runs="${3:-10}"
work="$(mktemp -d)"
trap 'kill "$server" "$curl_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r "$input" "$work/input"
binary="$("$root/.ci/playbook-binary.sh")"
"$binary" preview --port 0 \
  --input "$work/input" --theme "$root/theme" ${TIMINGS:+--timings} >"$work/log" 2>&1 &
server=$!
until grep -q '^Serving' "$work/log"; do sleep 0.2; done
port="$(sed -n 's|^Serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/log")"

# Listen as a tab showing the edited page does: it is told when that page changes.
url="/${page%.md}/"
url="${url%index/}"
mkfifo "$work/events"
curl -sN "http://127.0.0.1:$port/__playbook/events?path=$url" >"$work/events" &
curl_pid=$!
exec 3<"$work/events"
until read -r line <&3 && [[ $line == "event: version" ]]; do :; done

for run in $(seq 1 "$runs"); do
  if [ -n "${DURING:-}" ]; then sleep "$(awk "BEGIN { print $DURING / 1000 }")"; else sleep 0.5; fi
  builds=$(grep -c " done " "$work/log" || true)
  start=$(date +%s%N)
  echo "Edit $run." >>"$work/input/$page"
  until read -r line <&3 && [[ $line == "event: reload" ]]; do :; done
  end=$(date +%s%N)
  # Let the full build that follows finish before the next save.
  if [ -z "${DURING:-}" ]; then
    until (( $(grep -c " done " "$work/log" || true) > builds )); do sleep 0.05; done
  fi
  echo "run $run: $(( (end - start) / 1000000 )) ms from save to reload event" | tee -a "$work/runs"
done
times=$(grep -o '^run [0-9]*: [0-9]*' "$work/runs" | awk '{ print $3 }' | sort -n)
echo "median of $runs: $(echo "$times" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }') ms"
echo "server log:"
cat "$work/log"
