#!/bin/sh
# Removes what install.sh installed. Workspaces, settings (~/.config/RoutineBuilder) and logs
# (~/.local/share/RoutineBuilder) are left alone.
set -eu
if [ "$(id -u)" -eq 0 ] && [ -n "${PREFIX:-}" ]; then
    app_dir="$PREFIX/routine-builder"; share="${SHARE:-/usr/local/share}"; bin="${BIN:-/usr/local/bin}"
else
    app_dir="${PREFIX:-$HOME/.local/opt}/routine-builder"; share="${XDG_DATA_HOME:-$HOME/.local/share}"; bin="$HOME/.local/bin"
fi
rm -f "$bin/routine-builder" "$share/applications/routine-builder.desktop" \
    "$share/metainfo/se.vgregion.RoutineBuilder.metainfo.xml"
find "$share/icons/hicolor" -name 'routine-builder.*' -delete 2>/dev/null || true
rm -rf "$app_dir"
echo "Routine Builder är avinstallerat. Arbetsytor, inställningar och loggar finns kvar."
