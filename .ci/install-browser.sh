#!/usr/bin/env bash
# Install what the browser test (tests/web/test_browser.py) needs: Debian's chromium
# and the fonts it renders with. Playwright's own browser download is never used; the
# test points Playwright at /usr/bin/chromium.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation
/usr/bin/chromium --version
