#!/usr/bin/env bash
# Installs everything Routine Builder needs on a fresh Debian/Ubuntu machine into .venv.
#   bash tools/setup.sh          the app
#   bash tools/setup.sh --test   the app plus what the test suite needs (LibreOffice, poppler)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd="sudo"
fi

packages=(
    python3-venv
    # Qt's runtime libraries (offscreen and X11/xcb)
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libxcb-render0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-util1
    # fonts with the metrics of Calibri/Cambria, used by the Word template
    fonts-crosextra-carlito fonts-crosextra-caladea fonts-dejavu-core fonts-liberation2
)
if [ "$want_test" = 1 ]; then
    # LibreOffice converts documents in the tests; its Python bridge fills the contents before a PDF
    packages+=(libreoffice-writer-nogui python3-uno poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installerar systempaket: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "$want_test" = 1 ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
else
    .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
if [ -f tools/i18n.py ]; then
    .venv/bin/python tools/i18n.py build
fi
