#!/usr/bin/env bash
# CaseDesk developer entry point: installs what the build needs (Debian 12 packages only),
# configures, builds, and then runs the app or the whole test suite.
#
#   ./dev.sh run [casedesk options]    build and start the app (e.g. --demo, --lang fr)
#   ./dev.sh test [ctest options]      build and run every test, headless
#   ./dev.sh package                   build the .deb in build/
#
# Environment: BUILD_DIR (default: build), CASEDESK_SANITIZE=1 for an ASan/UBSan build,
# CASEDESK_WERROR=1 for CI's stricter warnings, as errors.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${BUILD_DIR:-$here/build}"

# Everything the build, the tests and the package need on a fresh Debian 12, and why. Each
# find_package / find_program of the CMake files has its package here; ci/fresh-debian.sh proves
# the list on a minimal Debian made on the spot, so nothing rides on what a machine happens to have.
packages=(
    # Build tools (CMake 3.25, Ninja, GCC 12).
    cmake ninja-build g++ pkg-config
    # Qt6 Core Gui Widgets Sql Network Test (moc, rcc, uic come with qt6-base-dev-tools). Qt6Gui's
    # CMake package needs XKB and OpenGL headers.
    qt6-base-dev qt6-base-dev-tools libxkbcommon-dev libgl1-mesa-dev
    # The QSQLITE driver (loaded at run time) and SQLite3 itself (find_package(SQLite3)).
    libqt6sql6-sqlite libsqlite3-dev
    # Qt6 LinguistTools (lupdate, lrelease) and Qt's own French for standard dialogs.
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # Qt6Keychain (the platform token in the system keychain).
    qtkeychain-qt6-dev
    # Qt6 HttpServer (the reference platform server); its CMake package needs WebSockets, which
    # Debian does not pull in.
    qt6-httpserver-dev qt6-websockets-dev
    # Qt6 Charts (the campaign report); its CMake package needs Qt6 OpenGL, which Debian does not
    # pull in either.
    qt6-charts-dev libqt6opengl6-dev
    # Qt6 Pdf (thumbnails of PDF pieces, reading the bordereau back in tests).
    qt6-pdf-dev
    # OpenSSL Crypto (find_package(OpenSSL REQUIRED COMPONENTS Crypto)): SHA-256 of the vault.
    libssl-dev
    # LibXml2 (find_package(LibXml2 REQUIRED)): the CAMT.053 statement parser.
    libxml2-dev
    # Tests: a virtual X screen for `dev.sh run` without a display (xvfb-run), a private session
    # bus with an unlocked keyring for tst_keychain (dbus-run-session, gnome-keyring-daemon), a
    # font for screenshots and PDFs (Nimbus Sans for the tax receipts), clang-format for
    # check_format.
    xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core fonts-urw-base35 clang-format
    # Packaging: the validators of the desktop entry and the AppStream file, dpkg-shlibdeps
    # (dpkg-dev, file) for the .deb's dependencies.
    desktop-file-utils appstream dpkg-dev file
    # Benchmarks' floors: sqlite3's .import (bench/ledger_sqlite_floor.sh) and xmllint --stream
    # (bench/statement_import.sh).
    sqlite3 libxml2-utils
    # Fuzzing (fuzz/run.sh, docs/fuzzing.md): clang, and libFuzzer with the ASan and UBSan runtimes,
    # which Debian ships apart from the compiler.
    clang libclang-rt-14-dev
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
    # CI's warnings as errors only when asked: passing OFF otherwise would reconfigure (and rebuild)
    # a build folder CI made with it, as `./dev.sh package` after `CASEDESK_WERROR=1 ./dev.sh test`.
    local werror=()
    [ "${CASEDESK_WERROR:-0}" = "1" ] && werror=(-DCASEDESK_WERROR=ON)
    cmake -S "$here" -B "$build_dir" -G Ninja -DCASEDESK_SANITIZE="$sanitize" "${werror[@]}" >/dev/null
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
        sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
