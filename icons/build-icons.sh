#!/usr/bin/env bash
# Regenerates every bitmap icon from the two hand-written SVG sources:
#   icons/png/selfeval-{16,24,32,48,64,128,256,512}.png   (16–32 from selfeval-small.svg, 48+ from selfeval.svg)
#   icons/selfeval.ico    Windows (jpackage --icon on Windows): 16, 24, 32, 48, 64, 128, 256
#   icons/selfeval.icns   macOS   (jpackage --icon on macOS):   16, 32, 48, 128, 256, 512
#   icons/selfeval.png    Linux   (jpackage --icon on Linux, desktop entry): the 256 px PNG
#   src/main/resources/org/selfeval/icons/selfeval-{16..256}.png   the JavaFX Stage icons (stage.getIcons())
# Usage: icons/build-icons.sh        (Debian/Ubuntu; installs librsvg2-bin, imagemagick, icnsutils if missing)
# Output is deterministic (rsvg-convert writes no time stamps), so re-running it on unchanged SVGs changes nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
[ -x /usr/bin/convert ] || need+=(imagemagick)   # the real ImageMagick, not a stand-in earlier on PATH
command -v png2icns >/dev/null || need+=(icnsutils)
if ((${#need[@]})); then
  echo "installing ${need[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi

png="$here/png"
res="$root/src/main/resources/org/selfeval/icons"
mkdir -p "$png" "$res"

for size in 16 24 32 48 64 128 256 512; do
  # Below 48 px the full drawing turns to mush; the small source is drawn on a pixel grid for those sizes.
  src="$here/selfeval.svg"; [ "$size" -le 32 ] && src="$here/selfeval-small.svg"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "$png/selfeval-$size.png"
done

cp "$png/selfeval-256.png" "$here/selfeval.png"
for size in 16 24 32 48 64 128 256; do
  cp "$png/selfeval-$size.png" "$res/selfeval-$size.png"
done

/usr/bin/convert $(for s in 16 24 32 48 64 128 256; do echo "$png/selfeval-$s.png"; done) "$here/selfeval.ico"
png2icns "$here/selfeval.icns" $(for s in 16 32 48 128 256 512; do echo "$png/selfeval-$s.png"; done) >/dev/null

echo "icons written to $here/ and $res/"
