#!/bin/sh
# System packages the tests need: Debian's chromium for the browser tests (driven by Playwright with
# executable_path, so no browser is downloaded), nginx for the optional caching front
# (tests/test_cache_front.py starts its own on a free port), and wrk, the benchmark's HTTP load client
# (tests/test_wrk_client.py). Installed once, as root on CI;
# skipped when present.
set -e
# need COMMAND PACKAGE...: install the packages unless COMMAND is found
need() {
    command="$1"
    shift
    if command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ]; then
        return
    fi
    if [ "$(id -u)" != 0 ]; then
        echo "tests need Debian's $1: run 'sudo apt-get install --no-install-recommends $*' and try again" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
need chromium chromium fonts-dejavu-core
need nginx nginx
need wrk wrk
