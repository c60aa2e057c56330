#!/usr/bin/env bash
# Proves CaseDesk on a machine that has nothing: a minimal Debian 12 made on the spot with
# debootstrap, entered with chroot. What a new user, a packager or a contributor meets.
#
#   sudo ci/fresh-debian.sh              both stages below, in order
#   sudo ci/fresh-debian.sh source       the README's commands on the committed tree:
#                                        ./dev.sh test, ./dev.sh run --demo (to the window, under
#                                        Xvfb, then a screenshot), ./dev.sh package
#   sudo ci/fresh-debian.sh deb FILE     a second fresh root without development packages:
#                                        apt-get install ./FILE, then casedesk-cli and casedesk run
#
# Needs root (chroot, mount), debootstrap (installed with apt-get when missing) and the Debian
# mirror that this machine's own apt sources name. The minimal base is made once and kept in
# $CASEDESK_FRESH_DIR (default /var/tmp/casedesk-fresh-debian), remade after 30 days; every stage
# starts from a new copy of it. Downloaded .deb files are kept there too (apt's archive cache),
# so a second run does not download them again; they are still installed from nothing.
# Logs, screenshots and the package of the last run: $CASEDESK_FRESH_DIR/last/.
#
# Exit status: 0 passed; 1 a stage failed (its log says where); 3 this machine cannot run it
# (not root, no debootstrap, no Debian mirror, debootstrap failed), so a caller may fall back.
set -euo pipefail

readonly kCannotRun=3
readonly kSuite=bookworm
readonly kBaseMaxAgeDays=30
readonly kPath=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${CASEDESK_FRESH_DIR:-/var/tmp/casedesk-fresh-debian}
base=$work/base
archives=$work/apt-archives
last=$work/last
roots=() # every root this run made, unmounted and removed on exit
root=""  # the root of the stage running now
package="" # the .deb the source stage made

say() { printf 'fresh-debian: %s\n' "$*" >&2; }
cannot_run() {
    say "CANNOT RUN HERE: $*"
    exit "$kCannotRun"
}
failed() {
    say "FAILED: $*"
    exit 1
}

# --- This machine -------------------------------------------------------------------------

check_machine() {
    [ "$(id -u)" -eq 0 ] || cannot_run "needs root (chroot and mount); run it with sudo"
    command -v chroot >/dev/null && command -v mount >/dev/null || cannot_run "chroot or mount is missing"
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap on this machine"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } >/dev/null 2>&1 \
            || cannot_run "debootstrap is missing and apt-get could not install it"
    fi
}

# The first Debian archive (and security archive) that this machine's apt sources name, in
# either format (one-line .list or deb822 .sources). Never written into the repository.
apt_source_uris() {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | sed -nE 's/^(URIs:|deb)[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\3/p'
}
debian_mirror() { apt_source_uris | grep -E '/debian/?$' | head -n 1 || true; }
security_mirror() { apt_source_uris | grep -E '/debian-security/?$' | head -n 1 || true; }

# --- The cached base ----------------------------------------------------------------------

base_is_fresh() {
    [ -f "$base/.casedesk-complete" ] && [ -z "$(find "$base/.casedesk-complete" -mtime +"$kBaseMaxAgeDays")" ]
}

make_base() {
    base_is_fresh && return 0
    local mirror security
    mirror=$(debian_mirror)
    security=$(security_mirror)
    [ -n "$mirror" ] || cannot_run "no Debian mirror in this machine's apt sources"
    say "making a minimal Debian 12 base once (debootstrap --variant=minbase $kSuite)"
    rm -rf --one-file-system "$base"
    mkdir -p "$work"
    debootstrap --variant=minbase "$kSuite" "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || cannot_run "debootstrap failed; see $work/debootstrap.log"
    # What a Debian 12 installation's sources hold: the release, its updates and security.
    {
        echo "deb $mirror $kSuite main"
        echo "deb $mirror $kSuite-updates main"
        [ -z "$security" ] || echo "deb $security $kSuite-security main"
    } >"$base/etc/apt/sources.list"
    rm -rf "$base/var/cache/apt/archives"/*.deb "$base/var/lib/apt/lists"/*
    touch "$base/.casedesk-complete"
}

# --- Fresh roots --------------------------------------------------------------------------

# A new copy of the base with /proc, /sys, /dev and the download cache mounted, in $root.
# (Not printed for a $(...): the list of roots to clean up must be this shell's.)
new_root() {
    local name=$1
    root=$(mktemp -d "$work/root-$name.XXXXXX")
    roots+=("$root")
    cp -a "$base/." "$root/"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mkdir -p "$archives/partial"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
}

unmount_root() {
    local root=$1 mountpoint
    # Deepest first; a lazy unmount for anything a stray process still holds.
    for mountpoint in $(findmnt -rn -o TARGET | grep -F "$root/" | sort -r); do
        umount "$mountpoint" 2>/dev/null || umount -l "$mountpoint" 2>/dev/null || true
    done
}

remove_root() {
    local root=$1
    [ -d "$root" ] || return 0
    unmount_root "$root"
    if findmnt -rn -o TARGET | grep -qF "$root/"; then
        say "left $root in place: something is still mounted inside it"
        return 0
    fi
    # --one-file-system: never follow a mount into the host's /dev, even if one survived.
    rm -rf --one-file-system "$root"
}

clean_up() {
    local root
    for root in "${roots[@]}"; do
        remove_root "$root"
    done
}

# Runs a shell command inside a root as root, with nothing of this machine's environment.
in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i PATH="$kPath" HOME=/root LANG=C.UTF-8 TERM=dumb bash -euo pipefail -c "$*"
}

# Runs a shell command inside a root as the unprivileged user "desk", as a user of the package would.
as_user() {
    local root=$1
    shift
    chroot --userspec=desk:desk "$root" /usr/bin/env -i PATH="$kPath" HOME=/home/desk LANG=C.UTF-8 TERM=dumb \
        bash -euo pipefail -c "cd && $*"
}

# Checks that a PNG exists and is at least a window's size; prints "W x H".
check_png() {
    local file=$1 min_width=$2 min_height=$3 header width height
    [ -s "$file" ] || failed "no screenshot at $file"
    header=$(od -An -tx1 -N24 "$file" | tr -d ' \n')
    [ "${header:0:16}" = 89504e470d0a1a0a ] || failed "$file is not a PNG image"
    width=$((16#${header:32:8}))
    height=$((16#${header:40:8}))
    [ "$width" -ge "$min_width" ] && [ "$height" -ge "$min_height" ] \
        || failed "$file is $width x $height, smaller than a window ($min_width x $min_height)"
    printf '%s x %s\n' "$width" "$height"
}

# Runs one timed step, its output into the stage's log; on failure the log's end is shown.
step() {
    local log=$1 title=$2 started
    shift 2
    started=$(date +%s)
    say "$title"
    printf '\n===== %s\n' "$title" >>"$log"
    if ! "$@" >>"$log" 2>&1; then
        tail -n 60 "$log" >&2
        failed "$title (full log: $log)"
    fi
    say "  done in $(($(date +%s) - started)) s"
}

# --- Stage 1: the README's commands on the committed tree ---------------------------------

stage_source() {
    local log=$last/source.log size
    : >"$log"
    [ -z "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ] \
        || say "note: uncommitted changes are not tested; only the committed HEAD is"
    new_root source
    mkdir -p "$root/src"
    git -C "$repo" archive --format=tar HEAD | tar -x -C "$root/src"
    say "source stage: HEAD $(git -C "$repo" rev-parse --short HEAD) in $root"
    step "$log" "./dev.sh test (installs every package, builds with warnings as errors, runs the suite)" \
        in_root "$root" "cd /src && CASEDESK_WERROR=1 ./dev.sh test"
    step "$log" "./dev.sh run --demo reaches the window (Xvfb), French, screenshot" \
        in_root "$root" "cd /src && timeout 300 ./dev.sh run --demo --lang fr --screenshot /tmp/window-run.png"
    cp "$root/tmp/window-run.png" "$last/window-run.png"
    size=$(check_png "$last/window-run.png" 800 500)
    say "  window: $size"
    step "$log" "./dev.sh package builds the .deb" in_root "$root" "cd /src && ./dev.sh package"
    local packages=("$root"/src/build/casedesk_*_*.deb)
    [ -f "${packages[0]}" ] || failed "./dev.sh package made no build/casedesk_<version>_<arch>.deb"
    cp "${packages[0]}" "$last/"
    package=$last/$(basename "${packages[0]}")
    remove_root "$root"
}

# --- Stage 2: the .deb on a machine with no development packages ---------------------------

stage_deb() {
    local deb=$1 log=$last/deb.log name size
    : >"$log"
    [ -f "$deb" ] || failed "no package at $deb"
    name=$(basename "$deb")
    new_root deb
    cp "$deb" "$root/tmp/$name"
    say "deb stage: $name in $root"
    step "$log" "apt-get install ./$name pulls every runtime dependency" \
        in_root "$root" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends /tmp/$name"
    step "$log" "no development package came with it" \
        in_root "$root" "! dpkg-query -W -f='\${Package}\n' | grep -E -- '-dev(:|\$)'"
    step "$log" "every library of the X11 platform plugin is there" \
        in_root "$root" "plugin=\$(find /usr/lib -path '*/qt6/plugins/platforms/libqxcb.so' | head -n 1); [ -n \"\$plugin\" ] && ! ldd \"\$plugin\" | grep 'not found'"
    step "$log" "a font to draw the window with" \
        in_root "$root" "find /usr/share/fonts -name '*.ttf' | grep -q ."
    in_root "$root" "useradd --create-home --shell /bin/bash desk" >>"$log" 2>&1
    step "$log" "casedesk-cli --help" as_user "$root" "casedesk-cli --help"
    step "$log" "casedesk-cli demo load, then campaign list" \
        as_user "$root" "casedesk-cli --database desk.db demo load && casedesk-cli --database desk.db campaign list"
    step "$log" "casedesk --screenshot (offscreen), French" \
        as_user "$root" "QT_QPA_PLATFORM=offscreen casedesk --database desk.db --lang fr --screenshot window.png"
    cp "$root/home/desk/window.png" "$last/window-deb.png"
    size=$(check_png "$last/window-deb.png" 800 500)
    say "  window: $size"
    remove_root "$root"
}

# --- Main ---------------------------------------------------------------------------------

main() {
    local what=${1:-all} started
    case "$what" in
        all | source) ;;
        deb) [ $# -eq 2 ] || { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; } ;;
        *)
            sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2
            exit 2
            ;;
    esac
    check_machine
    mkdir -p "$work"
    exec 9>"$work/lock"
    flock 9 # one run at a time per cache folder
    trap clean_up EXIT
    trap 'exit 130' INT TERM
    make_base
    rm -rf "$last" && mkdir -p "$last"
    started=$(date +%s)
    case "$what" in
        all)
            stage_source
            stage_deb "$package"
            ;;
        source) stage_source ;;
        deb) stage_deb "$(realpath "$2")" ;;
    esac
    say "passed in $(($(date +%s) - started)) s (logs and screenshots: $last)"
}

main "$@"
