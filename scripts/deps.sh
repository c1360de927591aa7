#!/usr/bin/env bash
# Installs the Debian 12 packages Repair Counter builds, tests and runs with, if missing.
# Sourced by scripts/start and scripts/check; safe to run on its own.
set -euo pipefail

# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not
# pull in on Debian 12. libpq-dev: repair-hq talks to PostgreSQL through libpq. nginx, openssl,
# curl: the reverse-proxy configuration in docs/ is run in front of repair-hq by a test.
# python3: tst_syncmisconfig's peer that is not HQ (tests/sync/misconfigured_peer.py).
# qtkeychain-qt6-dev: the HQ token in the OS keychain (core/store/tokenstore.h).
RC_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev
    libzint-dev zbar-tools poppler-utils fonts-noto-cjk sqlite3
    clang clang-format libclang-rt-14-dev
    postgresql libpq-dev zlib1g-dev xvfb xauth
    nginx openssl curl python3
    qtkeychain-qt6-dev
)

rc_install_deps() {
    local missing=()
    local package
    for package in "${RC_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    # Installing nginx or postgresql must not start system services on a build machine
    # (the tests run their own, on other ports): without a policy saying otherwise, deny
    # service starts while installing.
    local policy=/usr/sbin/policy-rc.d
    local made_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
        made_policy=yes
    fi
    local status=0
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" || status=$?
    if [ -n "$made_policy" ]; then
        $sudo rm -f "$policy"
    fi
    return $status
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    rc_install_deps
fi
