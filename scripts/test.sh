#!/usr/bin/env bash
# Installs what the tests need and runs them: the Python packages, plus Debian's CJK font
# (heatmap labels) and Chromium (browser tests) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
missing=()
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing system packages: ${missing[*]}. Install them: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
python3 -m pip install -q -e '.[test]'
# The layering contracts in pyproject.toml: imports flow downward, no cycles.
lint-imports
python3 -m pytest "$@"
