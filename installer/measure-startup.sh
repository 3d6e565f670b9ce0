#!/usr/bin/env bash
# Measures the start-up of packaged SelfEval builds (app-images or installed copies), interleaved run by run
# so that load from other processes on the machine falls on every variant alike. For each APP_DIR it prints
# the median of
#   CLI: bin/SelfEval check --json FORM.json   wall time (start → exit) and CPU time (user+sys)
#   GUI: bin/SelfEval                           wall time (start → its window is mapped) and the CPU time the
#                                               process had used by then; the window is then closed
# Usage: installer/measure-startup.sh [-n RUNS] APP_DIR...     e.g. target/installer/image/SelfEval /opt/selfeval
# The GUI part needs a display (run under xvfb-run -a) and xdotool; without DISPLAY only the CLI is measured.
# One warm-up run per variant is not counted (JavaFX unpacks its native libraries on first use).
set -euo pipefail
runs=7
if [ "${1:-}" = "-n" ]; then runs="$2"; shift 2; fi
[ $# -ge 1 ] || { echo "usage: measure-startup.sh [-n RUNS] APP_DIR..." >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
form="$root/src/test/resources/forms/reference-2021.json"
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

cli_once() {  # prints "wall_ms cpu_ms"
  local TIMEFORMAT='%3R %3U %3S' t
  t=$( { time "$1/bin/SelfEval" check --json "$form" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%d %d\n", $1*1000, ($2+$3)*1000}' <<<"$t"
}

gui_once() {  # prints "wall_ms cpu_ms"
  local t0 pid win="" wall cpu
  t0=$(now_ms)
  "$1/bin/SelfEval" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 0.01
  done
  wall=$(( $(now_ms) - t0 ))
  cpu=$(awk -v t="$tick_ms" '{print ($14+$15)*t}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$win" ] || { echo "no window from $1" >&2; return 1; }
  echo "$wall $cpu"
}

kinds=(cli); [ -n "${DISPLAY:-}" ] && kinds+=(gui)
n=0
for app in "$@"; do
  n=$((n + 1))
  for k in "${kinds[@]}"; do "${k}_once" "$app" >/dev/null; done   # warm-up
done
for _ in $(seq "$runs"); do
  n=0
  for app in "$@"; do
    n=$((n + 1))
    for k in "${kinds[@]}"; do "${k}_once" "$app" >>"$work/$k.$n"; done
  done
done
n=0
for app in "$@"; do
  n=$((n + 1))
  for k in "${kinds[@]}"; do
    printf '%-4s %-60s wall %5d ms   cpu %5d ms   (median of %d)\n' "$k" "$app" \
      "$(cut -d' ' -f1 "$work/$k.$n" | median)" "$(cut -d' ' -f2 "$work/$k.$n" | median)" "$runs"
  done
done
