#!/usr/bin/env bash
# Start-up of the editor against a bare JavaFX window, measured the same way in the same run (docs/performance.md).
# Each program is started with -Dselfeval.exitWhenShown=true and prints the milliseconds from JVM start until its
# window is shown and laid out (the editor: with the form open and its totals computed), then exits. The two are
# started alternately, N times each after one uncounted warm-up run each, in a private Xvfb; the script prints the
# medians, their ratio, and the median peak RSS of each (/usr/bin/time).
#   --cds        also measure both with an application class-data archive of their own (trained once each here):
#                close to the installed build, whose runtime carries a trained archive (docs/installer.md)
#   --settled S  also let each run S seconds without the probe (the editor warms POI up meanwhile) and report
#                its resident memory then
#   --floor      also measure, in the same alternation, the editor's first screen made of JavaFX's standard
#                controls alone (StandardControlsProbe: no FXML, no form, no style sheet of ours): the floor
#   --no-options without the runtime options the installed program runs with (installer/java-options), which
#                are otherwise given to both programs alike
# Usage: src/bench/startup.sh [-n RUNS] [--cds] [--settled SECONDS] [--floor] [--no-options] [FORM.json]
# Needs: mvn -B package -DskipTests (target/selfeval.jar, target/lib, target/test-classes), xvfb-run, /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "${SELFEVAL_BENCH_DISPLAY:-}" ]; then
  # Always a private display of a fixed size: the window's size and the screen's must not vary between runs.
  exec xvfb-run -a -s "-screen 0 1600x1000x24" env SELFEVAL_BENCH_DISPLAY=1 "$0" "$@"
fi
runs=11 cds=0 settled=0 options=1 floor=0
form="$root/src/test/resources/forms/reference-2021.json"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --cds) cds=1; shift ;;
    --settled) settled="$2"; shift 2 ;;
    --floor) floor=1; shift ;;
    --no-options) options=0; shift ;;
    -*) echo "usage: startup.sh [-n RUNS] [--cds] [--settled SECONDS] [--floor] [--no-options] [FORM.json]" >&2
        exit 2 ;;
    *) form="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; shift ;;
  esac
done
for f in "$root/target/selfeval.jar" "$root/target/test-classes/org/selfeval/bench/BareWindowProbe.class"; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B package -DskipTests first" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The yardstick goes into a jar of its own: class-data archives accept jars only on the class path.
(cd "$root/target/test-classes" && jar cf "$work/probe.jar" org/selfeval/bench/*Probe*.class)
cp="$root/target/selfeval.jar:$work/probe.jar"
# Own preferences: the editor remembers the form as a recent file, which must not reach the user's settings.
common=(-Djava.util.prefs.userRoot="$work/prefs" -cp "$cp")
jvm=()
if [ "$options" = 1 ]; then
  while IFS= read -r opt; do jvm+=("$opt"); done < <(source "$root/installer/common.sh" && java_options)
  common=("${jvm[@]}" "${common[@]}")
fi
editor=(org.selfeval.Launcher "$form")
bare=(org.selfeval.bench.BareWindowProbe)
standard=(org.selfeval.bench.StandardControlsProbe)

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print 0; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

once() {  # once NAME EXTRA-JVM-OPTION... -- MAIN ARGS... ; appends "ms rss_kb" to $work/NAME
  local name="$1"; shift
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  local ms
  ms=$(/usr/bin/time -f '%M' -o "$work/rss" java "${common[@]}" "${opts[@]}" -Dselfeval.exitWhenShown=true "$@" \
       2>"$work/err" | tail -1)
  [[ "$ms" =~ ^[0-9]+$ ]] || { echo "$name printed no figure:" >&2; cat "$work/err" >&2; exit 1; }
  echo "$ms $(tail -1 "$work/rss")" >>"$work/$name"
}

measure() {  # measure LABEL EDITOR-OPTIONS BARE-OPTIONS
  local label="$1" eopt="$2" bopt="$3"
  rm -f "$work/editor" "$work/bare" "$work/floor"
  # shellcheck disable=SC2086
  { once warm $eopt -- "${editor[@]}"; once warm $bopt -- "${bare[@]}"; }
  for i in $(seq "$runs"); do
    # shellcheck disable=SC2086
    if [ $((i % 2)) -eq 1 ]; then
      once editor $eopt -- "${editor[@]}"; once bare $bopt -- "${bare[@]}"
    else
      once bare $bopt -- "${bare[@]}"; once editor $eopt -- "${editor[@]}"
    fi
    if [ "$floor" = 1 ]; then once floor -- "${standard[@]}"; fi
  done
  local e b er br
  e=$(cut -d' ' -f1 "$work/editor" | median); b=$(cut -d' ' -f1 "$work/bare" | median)
  er=$(cut -d' ' -f2 "$work/editor" | median); br=$(cut -d' ' -f2 "$work/bare" | median)
  echo "$label (median of $runs each, alternating; ms from JVM start to the window shown):"
  printf '  %-34s %6d ms   peak RSS %4d MB   runs: %s\n' "editor, $(basename "$form")" "$e" $((er / 1024)) \
    "$(cut -d' ' -f1 "$work/editor" | tr '\n' ' ')"
  printf '  %-34s %6d ms   peak RSS %4d MB   runs: %s\n' "bare JavaFX window" "$b" $((br / 1024)) \
    "$(cut -d' ' -f1 "$work/bare" | tr '\n' ' ')"
  awk -v e="$e" -v b="$b" -v er="$er" -v br="$br" \
    'BEGIN {printf "  %-34s %6.2f ×                %4.2f ×\n", "ratio editor / bare", e / b, er / br}'
  if [ -f "$work/floor" ]; then
    local f fr
    f=$(cut -d' ' -f1 "$work/floor" | median); fr=$(cut -d' ' -f2 "$work/floor" | median)
    printf '  %-34s %6d ms   peak RSS %4d MB   runs: %s\n' "standard controls only (the floor)" "$f" \
      $((fr / 1024)) "$(cut -d' ' -f1 "$work/floor" | tr '\n' ' ')"
    awk -v f="$f" -v b="$b" -v fr="$fr" -v br="$br" \
      'BEGIN {printf "  %-34s %6.2f ×                %4.2f ×\n", "ratio floor / bare", f / b, fr / br}'
  fi
}

settle() {  # settle NAME MAIN ARGS... : resident memory after SECONDS of running
  local name="$1"; shift
  java "${common[@]}" "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$settled"
  awk -v n="$name" '/^VmRSS|^VmHWM/ {v[$1]=$2} END {printf "  %-34s VmRSS %4d MB   VmHWM %4d MB\n", n, v["VmRSS:"]/1024, v["VmHWM:"]/1024}' \
    "/proc/$pid/status"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runtime options for both: ${jvm[*]:-(none)}"
measure "plain class path" "" ""
if [ "$cds" = 1 ]; then
  floor=0  # the floor has no archive of its own: measured on the plain class path only
  java "${common[@]}" -XX:ArchiveClassesAtExit="$work/editor.jsa" -Dselfeval.exitWhenShown=true "${editor[@]}" >/dev/null 2>&1
  java "${common[@]}" -XX:ArchiveClassesAtExit="$work/bare.jsa" -Dselfeval.exitWhenShown=true "${bare[@]}" >/dev/null 2>&1
  measure "with an application class-data archive each" "-XX:SharedArchiveFile=$work/editor.jsa" \
    "-XX:SharedArchiveFile=$work/bare.jsa"
fi
if [ "$settled" != 0 ]; then
  echo "memory after ${settled} s of running (no probe; the editor has warmed POI up by then):"
  settle "editor, $(basename "$form")" "${editor[@]}"
  settle "bare JavaFX window" "${bare[@]}"
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
