#!/bin/sh
# Regenerates the hicolor PNGs from the SVG; run after editing org.casedesk.CaseDesk.svg and
# commit the results (the build installs the PNGs as they are, it does not render them).
# Needs rsvg-convert (Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 48 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" org.casedesk.CaseDesk.svg \
        -o "hicolor/${size}x${size}/apps/org.casedesk.CaseDesk.png"
done
