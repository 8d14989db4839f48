#!/usr/bin/env bash
# The benchmark against Hugo, as on a fresh machine: the benchmark itself installs hugo and time
# from the OS packages when they are missing. Options: see --help (e.g. --pages 1000,4000 --runs 5).
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run -c Release --project src/Playbook.Bench -- "$@"
