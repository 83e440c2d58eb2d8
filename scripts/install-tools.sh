#!/usr/bin/env bash
# Installs what the workspace needs beyond Node 20.19+: pnpm 12.4.2, and Debian's Chromium for the
# playground's browser tests (playwright-core cannot download a browser). The README's set-up command
# and .ci/run both call it; tests never install anything, they say what is missing.
set -euo pipefail

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version)" != "12.4.2" ]]; then
  npm install --global pnpm@12.4.2
fi

if [[ ! -x /usr/bin/chromium ]]; then
  sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "install-tools: Chromium is missing and this user cannot install it. The playground runs" \
        "without it; its browser tests need it: sudo apt-get install -y chromium" >&2
      exit 0
    fi
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
