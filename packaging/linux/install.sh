#!/bin/sh
# Installs Routine Builder for the current user (no root needed) from the unpacked bundle:
#   ./install.sh            program in ~/.local/opt/routine-builder, menu entry, icon, AppStream data
#   PREFIX=/opt ./install.sh   (as root) for every user of the machine: /opt/routine-builder, /usr/local/share
# Workspaces, settings and logs are elsewhere and are never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ] && [ -n "${PREFIX:-}" ]; then
    app_dir="$PREFIX/routine-builder"
    share="${SHARE:-/usr/local/share}"
    bin="${BIN:-/usr/local/bin}"
else
    app_dir="${PREFIX:-$HOME/.local/opt}/routine-builder"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
    bin="$HOME/.local/bin"
fi
mkdir -p "$app_dir" "$bin" "$share/applications" "$share/metainfo"
if [ "$here" != "$app_dir" ]; then
    rm -rf "$app_dir"
    mkdir -p "$app_dir"
    cp -a "$here/." "$app_dir/"
fi
ln -sf "$app_dir/routine-builder" "$bin/routine-builder"
sed "s|^Exec=routine-builder|Exec=\"$app_dir/routine-builder\"|" "$here/share/applications/routine-builder.desktop" \
    > "$share/applications/routine-builder.desktop"
cp "$here/share/metainfo/se.vgregion.RoutineBuilder.metainfo.xml" "$share/metainfo/"
cp -r "$here/share/icons" "$share/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Routine Builder installerades i $app_dir (kommandot: $bin/routine-builder)."
