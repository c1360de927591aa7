#!/usr/bin/env bash
# Installs the Debian 12 packages Repair Counter builds, tests and runs with, if missing.
# Sourced by scripts/start and scripts/check; safe to run on its own.
set -euo pipefail

# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not
# pull in on Debian 12.
RC_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev
    libzint-dev zbar-tools poppler-utils fonts-noto-cjk sqlite3
    clang clang-format libclang-rt-14-dev
    postgresql xvfb xauth
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
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    rc_install_deps
fi
