# Shared by wm-windows.sh and screenshots.sh (sourced, not run): a screen of Xvfb with Openbox, the editor started
# on it, and its windows found with xdotool and xwininfo.
# The sourcing script sets: root (the project), launcher (how to start the editor, may be empty), work (a scratch
# folder); it gets: java, form (the 2021 reference form), xvfb_pid, wm_pid, app_pid, main (the main window's id).
# Needs: Xvfb, openbox, xdotool, x11-utils (xwininfo, xprop), imagemagick (import); target/selfeval.jar.

xvfb_pid="" wm_pid="" app_pid="" main=""
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
form="$root/src/test/resources/forms/reference-2021.json"

# x11_require: exits with 2 when a tool or the jar is missing; sets launcher to the jar when none was given.
x11_require() {
  local tool
  for tool in Xvfb openbox xdotool xwininfo xprop import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb openbox xdotool x11-utils imagemagick" >&2; exit 2; }
  done
  if [ -z "$launcher" ]; then
    [ -f "$root/target/selfeval.jar" ] || { echo "missing target/selfeval.jar: run mvn -B package -DskipTests" >&2; exit 2; }
    launcher="$java -jar $root/target/selfeval.jar"
  fi
}

# x11_start WxH [FIRST_DISPLAY]: a new Xvfb screen on the first free display from FIRST_DISPLAY (default 40), with
# Openbox on it; exports DISPLAY.
x11_start() {
  local size=$1 n=${2:-40}
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
  openbox >/dev/null 2>&1 & wm_pid=$!
  sleep 1
}

# x11_stop: ends the editor, Openbox and Xvfb that x11_start and start_app started (by their ids).
x11_stop() {
  stop_app
  [ -n "$wm_pid" ] && { kill "$wm_pid" 2>/dev/null; wait "$wm_pid" 2>/dev/null; }
  [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; }
  wm_pid="" xvfb_pid=""
}

# start_app [ARGS…]: starts the editor with fresh settings in $work (plus the Java options in $app_options) and
# waits for its main window, whose id goes to $main (empty if none showed within 30 s).
start_app() {
  # Through the environment, so that the installed launcher takes the same settings as java -jar.
  JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs -Dselfeval.dataDir=$work/data ${app_options:-}" \
    $launcher "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  main=""
  for _ in $(seq 300); do
    main=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -1)
    [ -n "$main" ] && break
    sleep 0.1
  done
  sleep 1.5
}

# stop_app: asks the editor to end, then makes sure it has.
stop_app() {
  [ -z "$app_pid" ] && return
  kill "$app_pid" 2>/dev/null; sleep 0.5; kill -9 "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
  app_pid=""
}

# geometry WINDOW: "x y width height" of the window's frame-less client area on the screen.
geometry() {
  xwininfo -id "$1" 2>/dev/null | awk '/Absolute upper-left X/{x=$NF} /Absolute upper-left Y/{y=$NF}
    /^ *Width:/{w=$NF} /^ *Height:/{h=$NF} END{print x, y, w, h}'
}
maximised() { xprop -id "$1" _NET_WM_STATE 2>/dev/null | grep -q '_NET_WM_STATE_MAXIMIZED_VERT.*_NET_WM_STATE_MAXIMIZED_HORZ\|_NET_WM_STATE_MAXIMIZED_HORZ.*_NET_WM_STATE_MAXIMIZED_VERT'; }
# The visible windows of the app other than MAIN, newest last.
others() { xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | grep -vx "$1"; }
wait_window() {  # wait_window MAIN: prints the id of a new window of the app, or nothing after 10 s
  local w
  for _ in $(seq 100); do
    w=$(others "$1" | tail -1)
    [ -n "$w" ] && { sleep 0.7; echo "$w"; return; }
    sleep 0.1
  done
}

# shot_settled FILE: a screenshot of the whole screen once it has stopped changing (a blinking caret aside), or
# after about 10 s.
shot_settled() {
  local before="$work/shot-before.png" now="$work/shot-now.png" diff
  import -window root "$before" 2>/dev/null
  for _ in $(seq 20); do
    sleep 0.5
    import -window root "$now" 2>/dev/null
    # compare prints how many pixels differ (on stderr) and exits with 2 when it cannot compare.
    compare -metric AE "$before" "$now" null: 2>"$work/shot-diff"
    [ $? -le 1 ] && diff=$(awk '{printf "%d", $1 + 0}' "$work/shot-diff") || diff=999999
    mv "$now" "$before"
    [ "$diff" -lt 400 ] && break
  done
  mv "$before" "$1"
}
