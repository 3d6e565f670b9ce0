#!/usr/bin/env bash
# Installs the built .deb on this machine, checks it as a user would, and removes it again.
#
#   sudo installer/test-deb.sh [DEB] [--screenshot FILE.png]
#
# DEB defaults to target/installer/dist/selfeval_*.deb (build it with installer/build-linux.sh).
# Checks: the package's Depends names libgtk-3-0; files land in /opt/selfeval with a menu entry;
# `/opt/selfeval/bin/SelfEval check --json` on reference-2021.json prints clean JSON with total 95.43;
# a bad file gives exit code 2; the AOT cache loads at the installed place; *.selfeval.json files are
# typed application/x-selfeval-form and open with SelfEval; the window opens under Xvfb; removal is clean.
# --screenshot runs a window manager (icewm, if installed) and saves the screen with the app's window.
# Needs root, Xvfb and xdotool (and xdg-utils, shared-mime-info for the file-type check).
# Leaves the machine as it found it: the package is purged, and a /usr/share/desktop-directories that this
# script had to create (minimal containers lack it and xdg-desktop-menu then fails in postinst) is removed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deb="" shot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) shot="$(realpath -m "$2")"; shift 2 ;;
    *) deb="$1"; shift ;;
  esac
done
[ -n "$deb" ] || deb=$(ls "$root"/target/installer/dist/selfeval_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || { echo "no .deb found: run installer/build-linux.sh first" >&2; exit 2; }
deb="$(realpath "$deb")"
[ "$(id -u)" -eq 0 ] || { echo "run as root (it installs the package)" >&2; exit 2; }
dpkg -s selfeval >/dev/null 2>&1 && { echo "selfeval is already installed; remove it first" >&2; exit 2; }

app=/opt/selfeval
form="$root/src/test/resources/forms/reference-2021.json"
work="$(mktemp -d)"
passed=0 failed=0 made_dirs="" xvfb_pid="" wm_pid="" app_pid=""

ok()   { passed=$((passed + 1)); echo "ok    $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*"; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  dpkg -s selfeval >/dev/null 2>&1 && dpkg --purge selfeval >/dev/null 2>&1
  [ -n "$made_dirs" ] && rmdir $made_dirs 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "package: $deb ($(du -h "$deb" | cut -f1), Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB)"
check "Depends names libgtk-3-0" grep -q 'libgtk-3-0' <<<"$(dpkg-deb -f "$deb" Depends)"

for d in /usr/share/desktop-directories /usr/share/applications; do
  [ -d "$d" ] || { mkdir -p "$d"; made_dirs="$d $made_dirs"; }
done
if dpkg -i "$deb" >"$work/install.log" 2>&1; then ok "dpkg -i"; else fail "dpkg -i"; cat "$work/install.log"; exit 1; fi

check "launcher installed" test -x "$app/bin/SelfEval"
check "menu entry installed" test -f /usr/share/applications/selfeval-SelfEval.desktop
check "menu entry in Office" grep -q '^Categories=Office;' /usr/share/applications/selfeval-SelfEval.desktop
if command -v desktop-file-validate >/dev/null; then
  check "menu entry valid" desktop-file-validate /usr/share/applications/selfeval-SelfEval.desktop
fi

# The command line through the installed launcher: stdout must be nothing but the JSON document.
"$app/bin/SelfEval" check --json "$form" >"$work/out.json" 2>"$work/err.txt"
check "check --json exits 0" test $? -eq 0
total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$work/out.json" 2>/dev/null)
check "check --json total is 95.43 (got '${total}')" test "$total" = "95.43"
check "check --json prints nothing on stderr" test ! -s "$work/err.txt"
"$app/bin/SelfEval" check "$form" >"$work/out.txt" 2>&1
check "check (text) shows 95.43" grep -q '95.43' "$work/out.txt"
"$app/bin/SelfEval" check "$work/missing.json" >/dev/null 2>"$work/err2.txt"
code=$?
check "missing file gives exit code 2 (got $code)" test "$code" -eq 2
check "missing file gives one line on stderr" test "$(wc -l <"$work/err2.txt")" -eq 1
# The launcher starts the runtime with the options of installer/java-options (jpackage writes them to its .cfg).
while IFS= read -r opt; do
  check "launcher passes $opt" grep -qxF "java-options=$opt" "$app/lib/app/SelfEval.cfg"
done < <(source "$root/installer/common.sh" && java_options && printf '%s\n' "${RUNTIME_ONLY_OPTIONS[@]}")
if [ -f "$app/lib/app/selfeval.aot" ]; then
  # -XX:AOTMode=on makes the JVM fail rather than silently run without the cache trained in the build folder.
  check "AOT cache loads at $app" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on bash -c '"$1" --version >/dev/null 2>&1' _ "$app/bin/SelfEval"
  check "launcher names the AOT cache" grep -qxF 'java-options=-XX:AOTCache=$APPDIR/selfeval.aot' "$app/lib/app/SelfEval.cfg"
else
  fail "no AOT cache at $app/lib/app/selfeval.aot"
fi

if command -v xdg-mime >/dev/null && command -v update-mime-database >/dev/null; then
  cp "$form" "$work/2021.selfeval.json"
  type=$(xdg-mime query filetype "$work/2021.selfeval.json" 2>/dev/null)
  check "*.selfeval.json is application/x-selfeval-form (got '$type')" test "$type" = application/x-selfeval-form
  cp "$form" "$work/other.json"
  type=$(xdg-mime query filetype "$work/other.json" 2>/dev/null)
  check "plain *.json keeps its own type (got '$type')" test "$type" != application/x-selfeval-form
  handler=$(xdg-mime query default application/x-selfeval-form 2>/dev/null)
  check "SelfEval opens application/x-selfeval-form (got '$handler')" test "$handler" = selfeval-SelfEval.desktop
else
  echo "skip  file type (xdg-utils or shared-mime-info missing)"
fi

# The window, under a private Xvfb.
n=90; while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if [ -n "$shot" ] && command -v icewm >/dev/null; then icewm >/dev/null 2>&1 & wm_pid=$!; sleep 1; fi
"$app/bin/SelfEval" >"$work/gui.log" 2>&1 & app_pid=$!
win=""
for _ in $(seq 300); do
  win=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -1)
  [ -n "$win" ] && break
  sleep 0.1
done
check "window opened" test -n "$win"
[ -n "$win" ] && echo "      window title: $(xdotool getwindowname "$win")"
check "window listed by xwininfo" grep -q "$(xdotool getwindowname "$win" 2>/dev/null || echo none)" <<<"$(xwininfo -root -tree 2>/dev/null)"
if [ -n "$shot" ]; then
  sleep 2
  import -window root "$shot" && echo "      screenshot: $shot"
fi
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=""
# The window's start says nothing either: no JVM warning (native access, an AOT cache refused) on stderr.
check "window start prints no warning" test -z "$(grep -i 'warning' "$work/gui.log")"
grep -i warning "$work/gui.log" | sort | uniq -c | head -5

if dpkg --purge selfeval >"$work/remove.log" 2>&1; then ok "dpkg --purge"; else fail "dpkg --purge"; cat "$work/remove.log"; fi
check "$app removed" test ! -e "$app"
check "menu entry removed" test ! -e /usr/share/applications/selfeval-SelfEval.desktop

echo "deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
