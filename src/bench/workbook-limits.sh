#!/usr/bin/env bash
# The cost of the largest workbooks the import accepts (docs/bad-files.md): LimitWorkbooks writes one per limit,
# each just inside it; each is imported by the packaged jar in a JVM of its own with the installed program's
# options and a heap of HEAP (default 512m), and the wall time and peak resident memory are printed.
# Usage: src/bench/workbook-limits.sh [HEAP]
# Needs: mvn -B package -DskipTests (target/selfeval.jar, target/test-classes), /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
heap="${1:-512m}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.selfeval.xlsx.LimitWorkbooks "$work/in"
printf '%-30s %8s %6s %10s %s\n' workbook size exit seconds 'peak RSS'
for f in "$work"/in/*.xlsx; do
  size="$(du -k "$f" | cut -f1) KB"
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" java -XX:TieredStopAtLevel=1 -Xmx"$heap" -jar target/selfeval.jar \
    import "$f" -o "$work/out.json" --force >/dev/null 2>"$work/err"
  code=$?
  set -e
  read -r seconds kb < <(tail -1 "$work/time")
  printf '%-30s %8s %6s %10s %s MB\n' "$(basename "$f")" "$size" "$code" "$seconds" "$((kb / 1024))"
  [ "$code" -le 1 ] || sed -n 1p "$work/err"
done
