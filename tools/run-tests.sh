#!/usr/bin/env bash
# Installs everything the tests need and runs the whole test suite (and the linters).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --test
.venv/bin/ruff check src tests tools benchmarks packaging
.venv/bin/ruff format --check src tests tools benchmarks packaging
.venv/bin/lint-imports
.venv/bin/mypy
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider --hypothesis-profile=ci "$@"
