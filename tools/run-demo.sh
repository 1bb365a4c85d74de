#!/usr/bin/env bash
# Installs Routine Builder and starts it on the bundled demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
demo="${ROUTINE_BUILDER_DEMO:-$HOME/Routine Builder demo}"
if [ ! -f "$demo/workspace.yaml" ]; then
    .venv/bin/routine-builder init "$demo" --demo
fi
exec .venv/bin/routine-builder gui "$demo"
