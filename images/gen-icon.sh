#!/usr/bin/env bash
# Regenerates images/icon.png (128×128, the Marketplace icon) with ImageMagick: a magnifying lens over a
# rounded tile, three reach dots inside the lens (loads / conditional / does not load).
# Run from the repo root: bash images/gen-icon.sh
set -euo pipefail
out="${1:-images/icon.png}"
convert -size 128x128 xc:none \
  \( -size 128x128 -define gradient:direction=SouthEast gradient:'#2b2d6e-#c2613f' \) \
  \( -size 128x128 xc:none -fill white -draw 'roundrectangle 0,0 127,127 24,24' \) \
  -compose over -delete 0 -compose copy_opacity -composite \
  -fill none -stroke white -strokewidth 9 -draw 'circle 54,54 54,22' \
  -stroke white -strokewidth 14 -draw 'line 79,79 104,104' \
  -stroke none -fill '#7ee07e' -draw 'circle 40,54 40,46' \
  -fill '#ffd36b' -draw 'circle 54,54 54,46' \
  -fill '#ffffff80' -draw 'circle 68,54 68,46' \
  -strip "PNG32:$out"
echo "wrote $out"
