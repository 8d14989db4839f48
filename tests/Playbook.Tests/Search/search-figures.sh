#!/usr/bin/env bash
# Size of a built site's search index and the bytes a first query fetches (the manifest, the shards
# its words need and the files of the six results the header box shows), ranked by the site's own
# search.js under node. Each query starts with nothing fetched; gzip is what a host sends compressed.
#
#   tests/Playbook.Tests/Search/search-figures.sh SITE_DIR [query ...]
# The 4,000-page figures in the README: the benchmark's corpus, built once with the published CLI:
#   ./bench.sh --pages 4000 --runs 1 --work /tmp/pbbench
#   dotnet run -c Release --project src/Playbook.Cli -- build --input /tmp/pbbench/4000/playbook/input --output /tmp/pb4000
#   tests/Playbook.Tests/Search/search-figures.sh /tmp/pb4000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="$1"
shift
if [ "$#" -eq 0 ]; then set -- "outsourcing agreement" "handover" "client" "stakeholders" "measurement"; fi

echo "index: $(du -sb "$site/search" | cut -f1) bytes in $(find "$site/search" -type f | wc -l) files under $site/search"
printf '%s\n' "$@" | python3 -c 'import json, sys; print(json.dumps([l.rstrip("\n") for l in sys.stdin]))' \
  | node "$here/run-search.js" "$site" "$here/../../../theme/assets/js/search.js" \
  | python3 -c '
import json, sys
answers = json.load(sys.stdin)
for a in answers:
    print("first query \"%s\": %d files, %s bytes, %s gzip" % (a["query"], a["files"], format(a["bytes"], ","), format(a["gzip"], ",")))
print("largest: %s bytes, %s gzip" % (format(max(a["bytes"] for a in answers), ","), format(max(a["gzip"] for a in answers), ",")))'
