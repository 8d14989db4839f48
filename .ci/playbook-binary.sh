#!/usr/bin/env bash
# Prints the path of the playbook command as one native executable (Native AOT), publishing it
# first when there is none for the source as it is now: the CLI, the library, the built-in theme
# and the build settings. The binary is kept under PLAYBOOK_CACHE (default: .playbook/ in the
# repository), in a folder named by a hash of that source, so an edit anywhere in it publishes
# a new one (about a minute) and everything else reuses it. Older binaries are removed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PLAYBOOK_CACHE:-$repo/.playbook}"

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "playbook-binary: no native build for $(uname -m); use 'dotnet run --project src/Playbook.Cli'" >&2; exit 2 ;;
esac

# File names and contents in a fixed order: the same source gives the same hash on any machine.
hash="$(cd "$repo" && find src/Playbook src/Playbook.Cli theme Directory.Build.props -type f \
          -not -path '*/bin/*' -not -path '*/obj/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
binary="$cache/$rid-$hash/playbook"

if [ ! -x "$binary" ]; then
  echo "Publishing the playbook binary for this source ($rid-$hash); later runs reuse it..." >&2
  mkdir -p "$cache"
  staging="$(mktemp -d "$cache/.publish-XXXXXX")"
  trap 'rm -rf "$staging"' EXIT
  dotnet publish "$repo/src/Playbook.Cli" -c Release -r "$rid" -o "$staging/out" -nologo -v quiet -p:DebugType=none >&2
  mkdir -p "$staging/bin"
  mv "$staging/out/Playbook.Cli" "$staging/bin/playbook"
  # Another run may have published the same source meanwhile; either binary will do.
  find "$cache" -mindepth 1 -maxdepth 1 -name "$rid-*" -not -name "$rid-$hash" -exec rm -rf {} +
  mv -T "$staging/bin" "$cache/$rid-$hash" 2>/dev/null || true
fi
echo "$binary"
