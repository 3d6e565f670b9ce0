#!/usr/bin/env bash
# The editor's windows under a real window manager (Openbox under Xvfb), as an officer on 统信UOS or 麒麟 runs it.
# For each screen size it starts the editor with a form and checks, with xdotool and xwininfo:
#   - the main window fits the screen, and is maximised on a laptop screen (1400×800 or smaller);
#   - 填表说明 (F1), 打印预览 (Ctrl+F2), the Open dialog (Ctrl+O), the save question (Ctrl+N on an edited form) and,
#     after the program is killed, the recovery question at the next start: each opens at a usable size inside the
#     screen, centred on the main window, and afterwards the main window is still maximised and inside the screen.
# Screenshots of every step go to OUTDIR (default target/wm-windows); look at them.
# Usage: src/bench/wm-windows.sh [--sizes "1024x768 1366x768 1920x1080"] [--display N] [--launcher CMD] [OUTDIR]
#   --display   the first X display number to try (default 40; the next free one is taken)
#   --launcher  how to start the editor (default: java -jar target/selfeval.jar with JAVA_HOME's java);
#               e.g. /opt/selfeval/bin/SelfEval for the installed program
# Needs: Xvfb, openbox, xdotool, x11-utils (xwininfo, xprop), imagemagick (import); target/selfeval.jar.
# Exit code: 0 when every check passed, 1 otherwise.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes="1024x768 1366x768 1920x1080"
launcher="" first=40
out="$root/target/wm-windows"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --display) first="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    -*) echo "usage: wm-windows.sh [--sizes \"WxH ...\"] [--display N] [--launcher CMD] [OUTDIR]" >&2; exit 2 ;;
    *) out="$(realpath -m "$1")"; shift ;;
  esac
done
work="$(mktemp -d)"
# shellcheck source=x11-session.sh
. "$root/src/bench/x11-session.sh"
x11_require
mkdir -p "$out"
passed=0 failed=0

ok()   { passed=$((passed + 1)); echo "ok    $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*"; }
cleanup() {
  x11_stop
  rm -rf "$work"
}
trap cleanup EXIT

# check_main SCREEN_W SCREEN_H WHEN
check_main() {
  local sw=$1 sh=$2 when=$3 x y w h
  read -r x y w h <<<"$(geometry "$main")"
  if [ "$x" -ge 0 ] && [ "$y" -ge 0 ] && [ $((x + w)) -le "$sw" ] && [ $((y + h)) -le "$sh" ] && [ "$w" -ge 800 ] && [ "$h" -ge 560 ]; then
    ok "$sw×$sh $when: main window ${w}×${h}+${x}+${y} inside the screen"
  else
    fail "$sw×$sh $when: main window ${w}×${h}+${x}+${y} (screen ${sw}×${sh})"
  fi
  if [ "$sw" -le 1400 ] || [ "$sh" -le 800 ]; then
    if maximised "$main"; then ok "$sw×$sh $when: main window maximised"; else fail "$sw×$sh $when: main window not maximised"; fi
  fi
}

# check_dialog SCREEN_W SCREEN_H NAME MIN_W MIN_H KEYS_TO_CLOSE...: the newest window of the app
check_dialog() {
  local sw=$1 sh=$2 name=$3 minw=$4 minh=$5; shift 5
  local d x y w h mx my mw mh dx dy
  d=$(wait_window "$main")
  if [ -z "$d" ]; then fail "$sw×$sh $name: no window opened"; return; fi
  read -r x y w h <<<"$(geometry "$d")"
  read -r mx my mw mh <<<"$(geometry "$main")"
  import -window root "$out/${sw}x${sh}-$name.png" 2>/dev/null
  if [ "$w" -ge "$minw" ] && [ "$h" -ge "$minh" ] && [ "$x" -ge 0 ] && [ "$y" -ge 0 ] \
      && [ $((x + w)) -le "$sw" ] && [ $((y + h)) -le "$sh" ]; then
    ok "$sw×$sh $name: ${w}×${h}+${x}+${y} inside the screen, at least ${minw}×${minh}"
  else
    fail "$sw×$sh $name: ${w}×${h}+${x}+${y} (wanted at least ${minw}×${minh} inside ${sw}×${sh})"
  fi
  # Centred on the owner, unless the screen's edge pushed it aside (a dialog taller than the room below).
  dx=$(( (x + w / 2) - (mx + mw / 2) )); dy=$(( (y + h / 2) - (my + mh / 2) ))
  if { [ "${dx#-}" -le 60 ] || [ "$x" -eq 0 ] || [ $((x + w)) -ge "$sw" ]; } \
      && { [ "${dy#-}" -le 60 ] || [ "$y" -le 30 ] || [ $((y + h)) -ge $((sh - 30)) ]; }; then
    ok "$sw×$sh $name: centred on the main window (off by ${dx}, ${dy})"
  else
    fail "$sw×$sh $name: not centred on the main window (off by ${dx}, ${dy})"
  fi
  xdotool windowactivate --sync "$d" 2>/dev/null
  xdotool key --clearmodifiers "$@"
  sleep 1
}

# A typed change: Tab walks from the window's first control into the 项目资金 block's amounts (the place of a
# field on the screen is not known here), where a figure is typed and committed with Enter.
edit_form() {
  xdotool windowactivate --sync "$main" 2>/dev/null
  xdotool key --clearmodifiers ctrl+Home 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do
    xdotool key --clearmodifiers Tab
    sleep 0.05
  done
  xdotool type --delay 30 "300"
  xdotool key --clearmodifiers Return
  sleep 0.5
}

for size in $sizes; do
  sw=${size%x*} sh=${size#*x}
  x11_start "$size" "$first"
  rm -rf "$work/prefs" "$work/data"

  start_app "$form"
  if [ -z "$main" ]; then fail "$size: the editor opened no window"; cat "$work/app.log"; continue; fi
  import -window root "$out/${size}-main.png" 2>/dev/null
  check_main "$sw" "$sh" "at start"
  xdotool windowactivate --sync "$main" 2>/dev/null
  xdotool key --clearmodifiers F1
  check_dialog "$sw" "$sh" help 400 300 Escape
  check_main "$sw" "$sh" "after 填表说明"
  xdotool windowactivate --sync "$main" 2>/dev/null
  xdotool key --clearmodifiers ctrl+F2
  check_dialog "$sw" "$sh" preview 500 500 Escape
  check_main "$sw" "$sh" "after 打印预览"
  xdotool windowactivate --sync "$main" 2>/dev/null
  xdotool key --clearmodifiers ctrl+o
  check_dialog "$sw" "$sh" open 500 350 Escape
  check_main "$sw" "$sh" "after the Open dialog"
  edit_form
  import -window root "$out/${size}-edited.png" 2>/dev/null
  xdotool key --clearmodifiers ctrl+n
  check_dialog "$sw" "$sh" save-question 250 100 Escape
  check_main "$sw" "$sh" "after the save question"
  # The recovery question: the edit above is in the journal after about 1.5 s; kill, start again.
  sleep 3
  kill -9 "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
  start_app
  if [ -n "$main" ]; then
    check_dialog "$sw" "$sh" recovery-question 250 100 Escape
    check_main "$sw" "$sh" "after the recovery question"
  else
    fail "$size: no window after the restart"
  fi
  x11_stop
done
# GTK's file chooser cannot save its settings without a D-Bus session (none under a bare Xvfb): not the app's.
grep -v 'Picked up JAVA_TOOL_OPTIONS\|dconf-WARNING' "$work/app.log" | grep -i 'warning\|exception\|error'  | sort | uniq -c | head -20
echo "$passed passed, $failed failed"
echo "screenshots: $out"
[ "$failed" -eq 0 ]
