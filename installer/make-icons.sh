#!/usr/bin/env bash
# Derives the application icons from installer/icon.svg (run after changing it; the results are
# committed so packaging needs no image tools). Needs ImageMagick and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 384 icon.svg -resize "${size}x${size}" "icons/diplotrack-$size.png"
done
convert icons/diplotrack-{16,32,48,64,128,256}.png icons/diplotrack.ico
png2icns icons/diplotrack.icns icons/diplotrack-{16,32,128,256,512}.png >/dev/null
ls -l icons
# The window icon uses the same images.
mkdir -p ../resources/icons
cp icons/diplotrack-{32,64,256}.png ../resources/icons/
