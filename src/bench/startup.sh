#!/usr/bin/env bash
# Start-up of the editor against a bare JavaFX window, measured the same way in the same run (docs/performance.md).
# Each program is started with -Dselfeval.exitWhenShown=true and prints the milliseconds from JVM start until its
# window is shown and laid out (the editor: with the form open and its totals computed), then exits. The two are
# started alternately, N times each after one uncounted warm-up run each, in a private Xvfb; the script prints the
# medians, their ratio, and the median peak RSS of each (/usr/bin/time).
#   --aot        also measure each program with an AOT cache of its own (JEP 483/514/515, trained once each here
#                on the same start-up, with the same options): as the installed build runs (docs/installer.md)
#   --jvm OPTION an extra runtime option for every program and every training run (repeatable), for example
#                -XX:+UseCompactObjectHeaders
#   --installed DIR  also measure, in the same alternation, the installed program DIR/bin/SelfEval (an app-image
#                or /opt/selfeval) on the same form: its own runtime, options and AOT cache, against the plain
#                class path of this build
#   --versus OPTIONS  also measure, in the same alternation, the editor with these extra options (one word list,
#                e.g. "-Dselfeval.preload=false"): what one option brings to the editor alone
#   --settled S  also let each run S seconds without the probe (the editor warms POI up meanwhile) and report
#                its resident memory then
#   --floor      also measure, in the same alternation, the editor's first screen made of JavaFX's standard
#                controls alone (StandardControlsProbe: no FXML, no form, no style sheet of ours): the floor
#   --no-options without the runtime options the installed program runs with (installer/java-options), which
#                are otherwise given to both programs alike
# Usage: src/bench/startup.sh [-n RUNS] [--aot] [--jvm OPTION]... [--versus OPTIONS] [--installed DIR] [--settled SECONDS]
#                             [--floor]                             [--no-options] [FORM.json]
# Needs: mvn -B package -DskipTests (target/selfeval.jar, target/lib, target/test-classes), xvfb-run, /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "${SELFEVAL_BENCH_DISPLAY:-}" ]; then
  # Always a private display of a fixed size: the window's size and the screen's must not vary between runs.
  exec xvfb-run -a -s "-screen 0 1600x1000x24" env SELFEVAL_BENCH_DISPLAY=1 "$0" "$@"
fi
runs=11 aot=0 settled=0 options=1 floor=0 versus="" installed="" extra=()
form="$root/src/test/resources/forms/reference-2021.json"
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --aot) aot=1; shift ;;
    --jvm) extra+=("$2"); shift 2 ;;
    --versus) versus="$2"; shift 2 ;;
    --installed) installed="$(cd "$2" && pwd)"; shift 2 ;;
    --settled) settled="$2"; shift 2 ;;
    --floor) floor=1; shift ;;
    --no-options) options=0; shift ;;
    -*) echo "usage: startup.sh [-n RUNS] [--aot] [--jvm OPTION]... [--versus OPTIONS] [--installed DIR] [--settled SECONDS] [--floor] [--no-options] [FORM.json]" >&2
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
# Own preferences and data folder: the editor remembers the form as a recent file, which must not reach the
# user's settings, and a recovery record left in the user's data folder would stop every run at its question.
common=(-Djava.util.prefs.userRoot="$work/prefs" -Dselfeval.dataDir="$work/data" -cp "$cp")
if [ ${#extra[@]} -gt 0 ]; then common=("${extra[@]}" "${common[@]}"); fi
jvm=()
if [ "$options" = 1 ]; then
  while IFS= read -r opt; do jvm+=("$opt"); done < <(source "$root/installer/common.sh" && java_options)
  common=("${jvm[@]}" "${common[@]}")
fi
editor=(org.selfeval.Launcher "$form")
bare=(org.selfeval.bench.BareWindowProbe)
standard=(org.selfeval.bench.StandardControlsProbe)

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print 0; else print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

timed() {  # timed FILE COMMAND...: one start, whose "ms rss_kb" is appended to $work/FILE
  local file="$1"; shift
  local ms
  ms=$(/usr/bin/time -f '%M' -o "$work/rss" "$@" 2>"$work/err" | tail -1)
  [[ "$ms" =~ ^[0-9]+$ ]] || { echo "$file printed no figure:" >&2; cat "$work/err" >&2; exit 1; }
  echo "$ms $(tail -1 "$work/rss")" >>"$work/$file"
}

once() {  # once NAME EXTRA-JVM-OPTION... -- MAIN ARGS... : one start of a class-path program
  local name="$1"; shift
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  timed "$name" java "${common[@]}" "${opts[@]}" -Dselfeval.exitWhenShown=true "$@"
}

# The programs of one alternation, by name: main_of gives a class-path program's main class and arguments;
# its extra runtime options are its AOT cache (cache[NAME], with --aot) and, for versus, the --versus options.
programs=(editor bare)
[ "$floor" = 1 ] && programs+=(floor)
[ -n "$versus" ] && programs+=(versus)
[ -n "$installed" ] && programs+=(installed)
declare -A title=([editor]="editor, $(basename "$form")" [bare]="bare JavaFX window"
  [floor]="standard controls only (the floor)" [versus]="editor with $versus"
  [installed]="installed: $installed")
main_of() {  # main_of NAME: the main class and arguments, one per line
  case "$1" in
    editor|versus) printf '%s\n' "${editor[@]}" ;;
    bare) printf '%s\n' "${bare[@]}" ;;
    floor) printf '%s\n' "${standard[@]}" ;;
  esac
}
installed_once() {  # installed_once FILE: one start of the installed launcher
  # The launcher passes JAVA_TOOL_OPTIONS to its runtime; the runtime says "Picked up …" on stderr.
  JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs -Dselfeval.dataDir=$work/data -Dselfeval.exitWhenShown=true" \
    timed "$1" "$installed/bin/SelfEval" "$form"
}
run_program() {  # run_program FILE NAME [EXTRA OPTION...]: one start of NAME, its figures appended to FILE
  local file="$1" name="$2"; shift 2
  if [ "$name" = installed ]; then installed_once "$file"; return; fi
  local main=() opts=("$@")
  mapfile -t main < <(main_of "$name")
  # shellcheck disable=SC2206
  [ "$name" = versus ] && opts+=($versus)
  once "$file" "${opts[@]}" -- "${main[@]}"
}

measure() {  # measure LABEL: every program once uncounted, then RUNS rounds, each in a rotated order
  local label="$1" p i k n=${#programs[@]}
  rm -f "${programs[@]/#/$work/}"
  for p in "${programs[@]}"; do run_program warm "$p" ${cache[$p]:+-XX:AOTCache=${cache[$p]}}; done
  for i in $(seq "$runs"); do
    for k in $(seq 0 $((n - 1))); do  # the first of each round rotates, so no program always starts first
      p=${programs[$(((i + k) % n))]}
      run_program "$p" "$p" ${cache[$p]:+-XX:AOTCache=${cache[$p]}}
    done
  done
  echo "$label (median of $runs each, alternating; ms from JVM start to the window shown):"
  local ms rss e er
  e=$(cut -d' ' -f1 "$work/editor" | median); er=$(cut -d' ' -f2 "$work/editor" | median)
  for p in "${programs[@]}"; do
    ms=$(cut -d' ' -f1 "$work/$p" | median); rss=$(cut -d' ' -f2 "$work/$p" | median)
    printf '  %-40s %6d ms   peak RSS %4d MB   runs: %s\n' "${title[$p]}" "$ms" $((rss / 1024)) \
      "$(cut -d' ' -f1 "$work/$p" | tr '\n' ' ')"
  done
  for p in "${programs[@]}"; do
    [ "$p" = editor ] && continue
    ms=$(cut -d' ' -f1 "$work/$p" | median); rss=$(cut -d' ' -f2 "$work/$p" | median)
    awk -v e="$e" -v m="$ms" -v er="$er" -v r="$rss" -v n="ratio editor / ${p}" \
      'BEGIN {printf "  %-40s %6.2f ×   peak RSS %4.2f ×\n", n, e / m, er / r}'
  done
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
echo "runtime options for all: ${jvm[*]:-(none)} ${extra[*]:-}"
declare -A cache=()
measure "plain class path"
if [ "$aot" = 1 ]; then
  for p in "${programs[@]}"; do
    [ "$p" = installed ] && continue  # it carries its own cache
    cache[$p]="$work/$p.aot"
    mapfile -t main < <(main_of "$p")
    # shellcheck disable=SC2206
    v=(); [ "$p" = versus ] && v=($versus)
    java "${common[@]}" "${v[@]}" -XX:AOTCacheOutput="${cache[$p]}" -Dselfeval.exitWhenShown=true "${main[@]}" \
      >/dev/null 2>"$work/train.err" || { echo "training $p failed:" >&2; cat "$work/train.err" >&2; exit 1; }
  done
  measure "with an AOT cache each (trained here, same options)"
fi
if [ "$settled" != 0 ]; then
  echo "memory after ${settled} s of running (no probe; the editor has warmed POI up by then):"
  settle "editor, $(basename "$form")" "${editor[@]}"
  settle "bare JavaFX window" "${bare[@]}"
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
