#!/bin/sh
# System packages the tests need: Debian's chromium for the browser tests (driven by Playwright with
# executable_path, so no browser is downloaded). Installed once, as root on CI; skipped when present.
set -e
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
        echo "tests need Debian's chromium: run 'sudo apt-get install chromium' and try again" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
