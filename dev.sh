#!/usr/bin/env bash
# CaseDesk developer entry point: installs what the build needs (Debian 12 packages only),
# configures, builds, and then runs the app or the whole test suite.
#
#   ./dev.sh run [casedesk options]    build and start the app (e.g. --demo, --lang fr)
#   ./dev.sh test [ctest options]      build and run every test, headless
#   ./dev.sh package                   build the .deb in build/
#
# Environment: BUILD_DIR (default: build), CASEDESK_SANITIZE=1 for an ASan/UBSan build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${BUILD_DIR:-$here/build}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-pdf-dev
    libxkbcommon-dev libgl1-mesa-dev
    xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev file sqlite3 clang-format
    libssl-dev
)

install_dependencies() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            apt=(sudo apt-get)
        else
            echo "dev.sh: not root and no sudo; as root, run: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    "${apt[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
    local sanitize=OFF
    [ "${CASEDESK_SANITIZE:-0}" = "1" ] && sanitize=ON
    cmake -S "$here" -B "$build_dir" -G Ninja -DCASEDESK_SANITIZE="$sanitize" >/dev/null
    cmake --build "$build_dir" -j "$(nproc)"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_dependencies
        configure_and_build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "dev.sh: no display here; starting CaseDesk on a virtual X screen (xvfb-run)." >&2
            exec xvfb-run -a "$build_dir/bin/casedesk" "$@"
        fi
        exec "$build_dir/bin/casedesk" "$@"
        ;;
    test)
        install_dependencies
        configure_and_build
        cd "$build_dir"
        export QT_QPA_PLATFORM=offscreen
        exec ctest --output-on-failure -j "$(nproc)" "$@"
        ;;
    package)
        install_dependencies
        configure_and_build
        cd "$build_dir" && cpack
        ;;
    *)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
