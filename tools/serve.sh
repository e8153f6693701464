#!/usr/bin/env bash
# Builds pledgeviz and serves the published page (target/site) with the default dataset at
# http://localhost:$PORT/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/build.sh
exec python3 tools/serve.py target/site
