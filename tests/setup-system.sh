#!/bin/sh
# System packages the tests need, installed once (as root on CI; skipped when already present).
set -e
exit 0
