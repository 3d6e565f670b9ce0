#!/usr/bin/env bash
# Screenshots of the editor as an officer sees it: the built jar under Openbox on Xvfb, the 2021 reference form
# open, at 1366×768 and 1024×768, in Chinese and in English (-Dselfeval.lang). Four PNGs go to OUTDIR:
#   main-1366x768-zh.png  main-1366x768-en.png  main-1024x768-zh.png  main-1024x768-en.png
# Each is taken once the screen has stopped changing (the tables below the first screen are built after the first
# frame). Look at them; README's screenshot (docs/images/main-window.png) is the 1366×768 Chinese one.
# Usage: src/bench/screenshots.sh [--display N] [--launcher CMD] OUTDIR
#   --display   the first X display number to try (default 40; the next free one is taken)
#   --launcher  how to start the editor (default: java -jar target/selfeval.jar with JAVA_HOME's java)
# Needs: Xvfb, openbox, xdotool, x11-utils, imagemagick; target/selfeval.jar (mvn -B package -DskipTests).
# Exit code: 0 when all four were taken, 1 when a window did not show, 2 for wrong arguments or missing tools.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
launcher="" out="" first=40
while [ $# -gt 0 ]; do
  case "$1" in
    --display) first="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    -*) echo "usage: screenshots.sh [--display N] [--launcher CMD] OUTDIR" >&2; exit 2 ;;
    *) out="$(realpath -m "$1")"; shift ;;
  esac
done
[ -n "$out" ] || { echo "usage: screenshots.sh [--display N] [--launcher CMD] OUTDIR" >&2; exit 2; }
work="$(mktemp -d)"
# shellcheck source=x11-session.sh
. "$root/src/bench/x11-session.sh"
x11_require
mkdir -p "$out"
trap 'x11_stop; rm -rf "$work"' EXIT

failed=0
for size in 1366x768 1024x768; do
  x11_start "$size" "$first"
  for lang in zh en; do
    rm -rf "$work/prefs" "$work/data"
    app_options="-Dselfeval.lang=$lang"
    start_app "$form"
    if [ -z "$main" ]; then
      echo "FAIL  $size $lang: the editor opened no window" >&2
      failed=1
    else
      xdotool mousemove "$(( ${size%x*} - 1 ))" "$(( ${size#*x} - 1 ))" 2>/dev/null # no hover mark, no tooltip
      shot_settled "$out/main-$size-$lang.png"
      echo "$out/main-$size-$lang.png"
    fi
    stop_app
  done
  x11_stop
done
grep -v 'Picked up JAVA_TOOL_OPTIONS\|dconf-WARNING' "$work/app.log" | grep -i 'exception\|error' | sort | uniq -c | head -20
exit "$failed"
