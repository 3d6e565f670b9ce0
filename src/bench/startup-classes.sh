#!/usr/bin/env bash
# Writes src/main/resources/org/selfeval/ui/startup-classes.txt, the classes ClassPreloader loads while JavaFX
# starts: those a start-up of the packaged editor with reference-2021.json loads before its window is shown
# (before the POI warm-up begins), in that order, without the JDK's archived classes (already cheap) and
# without generated classes (lambdas, proxies). Run it after changes to what the first frame builds, then
# mvn -B package. The start-up runs with preloading off, so that the list follows the program, not itself.
# Usage: src/bench/startup-classes.sh      Needs: mvn -B package -DskipTests, xvfb-run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ -z "${SELFEVAL_BENCH_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" env SELFEVAL_BENCH_DISPLAY=1 "$0" "$@"
fi
[ -f "$root/target/selfeval.jar" ] || { echo "missing target/selfeval.jar: run mvn -B package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Xlog:class+load:file="$work/log" -Dselfeval.preload=false -Djava.util.prefs.userRoot="$work/prefs" \
     -Dselfeval.dataDir="$work/data" -Dselfeval.exitWhenShown=true \
     -jar "$root/target/selfeval.jar" "$root/src/test/resources/forms/reference-2021.json" >/dev/null
out="$root/src/main/resources/org/selfeval/ui/startup-classes.txt"
{
  echo "# Classes loaded before the editor's first frame; written by src/bench/startup-classes.sh, do not edit."
  awk '/ org\.selfeval\.ui\.ExportWarmUp source:/ {exit} {print}' "$work/log" \
    | grep ' source: ' | grep -v 'source: shared objects file' \
    | sed -E 's/^.*\] ([^ ]+) source: .*$/\1/' \
    | grep -Ev '\$\$Lambda|/0x|^org\.apache\.|^org\.openxmlformats\.|^org\.selfeval\.(xlsx|print)\.' \
    | awk '!seen[$0]++'
} >"$out"
echo "$(($(wc -l <"$out") - 1)) classes written to ${out#"$root"/}"
