#!/usr/bin/env bash
# Netlify's build command (see netlify.toml). Netlify's build image may not carry the .NET 10
# SDK: when `dotnet` is missing or older than 10, install it with Microsoft's official
# dotnet-install.sh into a folder Netlify keeps between builds. The site is built by the native
# playbook binary (.ci/playbook-binary.sh), kept in that cache too, so a deploy that changes only
# content does not compile anything. Arguments (e.g. --drafts --preview-banner) are passed on to
# `playbook build`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The SDK's major version, or 0 when there is no SDK at that path.
sdk_major() {
  local version
  version="$("$1" --version 2>/dev/null || true)"
  version="${version%%.*}"
  echo "${version:-0}"
}

if [ "$(sdk_major dotnet)" -lt 10 ]; then
  # $NETLIFY_BUILD_BASE/cache survives between Netlify builds; elsewhere use the user's home.
  DOTNET_ROOT="${NETLIFY_BUILD_BASE:-$HOME}/cache/dotnet"
  export DOTNET_ROOT
  if [ "$(sdk_major "$DOTNET_ROOT/dotnet")" -lt 10 ]; then
    echo "Installing the .NET 10 SDK into $DOTNET_ROOT"
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
  fi
  export PATH="$DOTNET_ROOT:$PATH"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1
fi

dotnet --version
export PLAYBOOK_CACHE="${NETLIFY_BUILD_BASE:-$HOME}/cache/playbook"
if ! binary="$(.ci/playbook-binary.sh)"; then
  # Native AOT needs a C toolchain to link; an image without one still builds, on the runtime.
  echo "No native playbook binary could be published; building with dotnet run"
  exec dotnet run -c Release --project src/Playbook.Cli -- build --strict "$@"
fi
exec "$binary" build --strict "$@"
