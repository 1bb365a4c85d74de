#!/usr/bin/env bash
# Builds the frozen bundle (dist/Routine Builder/ and a .tar.gz) and smoke-tests it, on Debian/Ubuntu.
#   bash tools/build_bundle.sh            build, pack and smoke-test (about a minute on two cores)
#   bash tools/build_bundle.sh --no-smoke build and pack only
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
if [ "${1:-}" != "--no-smoke" ]; then
    missing=()
    for p in xvfb xdotool; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi
.venv/bin/python packaging/build.py --archive
if [ "${1:-}" != "--no-smoke" ]; then
    .venv/bin/python packaging/smoke_test.py
fi
