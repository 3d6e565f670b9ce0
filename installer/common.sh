# Shared steps of build-linux.sh and build-macos.sh (sourced, not run). build-windows.ps1 mirrors them.
# Route A: the app's jars stay on the class path (POI's automatic modules rule out a modular jlink);
# JavaFX's modules from the org.openjfx jars are linked into the runtime image together with the JDK modules
# that jdeps finds, plus the ones jdeps cannot see (locale data, charsets, EC crypto, Unsafe).

APP_NAME=SelfEval
MAIN_CLASS=org.selfeval.Launcher
VENDOR=SelfEval
DESCRIPTION="绩效自评表编制助手 - prepares the project expenditure performance self-evaluation form offline"
COPYRIGHT="Licensed under the Apache License 2.0"
FX_MODULES=javafx.controls,javafx.fxml
# Not visible to jdeps: Chinese dates/numbers (jdk.localedata, only en and zh kept), GBK & co. for files
# from Windows colleagues (jdk.charsets), TLS/EC for a future update check (jdk.crypto.ec), Unsafe (POI, JavaFX).
EXTRA_MODULES=jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.unsupported
TRAINING_FORM=src/test/resources/forms/reference-2021.json

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/installer"

# The launcher's runtime options, one per line, from installer/java-options (comments and blank lines dropped).
# The build passes them to jpackage; test-deb.sh checks the installed launcher; src/bench/startup.sh measures
# with them.
java_options() {
  [ -f "$ROOT/installer/java-options" ] || die "installer/java-options is missing"
  awk '{ sub(/#.*/, ""); gsub(/^[ \t]+|[ \t]+$/, "") } $0 != ""' "$ROOT/installer/java-options"
}

# jpackage's arguments for them, into the array java_opts: --java-options OPTION for each.
read_java_options() {
  java_opts=()
  local text line
  text=$(java_options) || exit 1 # the file's absence stops the build
  while IFS= read -r line; do
    [ -z "$line" ] || java_opts+=(--java-options "$line")
  done <<<"$text"
}

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# JAVA_HOME's tools if set (a full JDK 17+ with jmods/), else the ones on PATH.
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1" || die "$1 not found: install a full JDK 17 (with jmods) and set JAVA_HOME"; fi
}

build_jars() {
  log "mvn package"
  (cd "$ROOT" && mvn -B -q package -DskipTests)
}

# The version jpackage stamps on the package: the jar's Implementation-Version without -SNAPSHOT.
app_version() {
  local v
  v=$(unzip -p "$ROOT/target/selfeval.jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')
  [ -n "$v" ] || die "target/selfeval.jar has no Implementation-Version"
  echo "${v%-SNAPSHOT}"
}

# target/installer/input: selfeval.jar + lib/ (the class path); target/installer/fxmods: JavaFX jars (module path).
stage() {
  log "staging jars"
  rm -rf "$OUT"
  mkdir -p "$OUT/input/lib" "$OUT/fxmods"
  cp "$ROOT/target/selfeval.jar" "$OUT/input/"
  local jar
  for jar in "$ROOT"/target/lib/*.jar; do
    case "$(basename "$jar")" in
      javafx-*) cp "$jar" "$OUT/fxmods/" ;;
      *) cp "$jar" "$OUT/input/lib/" ;;
    esac
  done
}

# Every JDK module the jars need, as jdeps sees it with all libraries on the module path (automatic modules
# resolve there), plus the JavaFX modules and EXTRA_MODULES.
choose_modules() {
  local sep=":"; [ "${OS:-}" = "Windows_NT" ] && sep=";"
  local found
  found=$("$(tool jdeps)" --multi-release 17 --ignore-missing-deps --print-module-deps \
      --module-path "$OUT/fxmods$sep$OUT/input/lib" --add-modules ALL-MODULE-PATH "$OUT/input/selfeval.jar") \
    || die "jdeps failed"
  echo "$found,$FX_MODULES,$EXTRA_MODULES" | tr , '\n' | awk '!seen[$0]++' | paste -sd, -
}

link_runtime() {
  local modules="$1"
  log "jlink: $modules"
  "$(tool jlink)" --module-path "$OUT/fxmods" --add-modules "$modules" \
    --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$OUT/runtime"
}

# Runs the app on the new runtime once as a command (check --json) and once as a window, records the JDK and
# JavaFX classes it loads, and dumps them into the runtime's default CDS archive (lib/server/classes.jsa).
# Only classes inside the runtime image are archived, so the archive does not depend on where the app is
# installed (JDK 17 ties class-path archives to absolute jar paths). GUI training needs a display: DISPLAY,
# or xvfb-run; without one only the command-line classes are trained.
train_cds() {
  local rt="$OUT/runtime" cds="$OUT/cds"
  local java="$rt/bin/java"
  mkdir -p "$cds"
  log "CDS: training run (command line)"
  "$java" -XX:DumpLoadedClassList="$cds/cli.classlist" -jar "$OUT/input/selfeval.jar" \
    check --json "$ROOT/$TRAINING_FORM" >/dev/null || die "training run 'check' failed"
  log "CDS: training run (window)"
  if [ -n "${DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
    gui_training_run "$java" "$cds/gui.classlist"
  elif command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$(declare -f gui_training_run log); gui_training_run '$java' '$cds/gui.classlist' '$OUT'" 
  else
    echo "no display and no xvfb-run: the window's classes are not trained" >&2
  fi
  # The archive lists only classes of the runtime image; lambda lines of class-path classes go too.
  # The inputs are named: a glob would also match the output, which the pipeline creates while cat reads.
  "$(tool jimage)" list "$rt/lib/modules" | awk '/^Module: /{next} {gsub(/^ +/,"")} /\.class$/{sub(/\.class$/,""); print}' > "$cds/image.txt"
  cat "$rt/lib/classlist" "$cds/cli.classlist" "$cds/gui.classlist" 2>/dev/null | awk '
    NR == FNR { inImage[$1] = 1; next }
    /^#/ { next }
    /^@lambda-proxy/ { if (inImage[$2]) print; next }
    /^@/ { if (!seenAt[$0]++) print; next }
    { if (inImage[$1] && !seen[$1]++) print }' "$cds/image.txt" - > "$cds/selfeval.classlist"
  log "CDS: dumping $(grep -vc '^@' "$cds/selfeval.classlist") classes"
  rm -f "$rt"/lib/server/classes*.jsa
  "$java" -Xshare:dump -XX:SharedClassListFile="$cds/selfeval.classlist" \
    -XX:SharedArchiveFile="$rt/lib/server/classes.jsa" > "$cds/dump.log" 2>&1 || { cat "$cds/dump.log" >&2; die "CDS dump failed"; }
  # -Xshare:on fails instead of silently running without the archive.
  "$java" -Xshare:on -jar "$OUT/input/selfeval.jar" --version >/dev/null || die "the CDS archive does not map"
}

# Starts the window with class-list recording, waits until it is shown (xdotool) or 10 s, lets it render,
# then ends it with SIGTERM, which shuts the JVM down in order so the class list is complete.
gui_training_run() {
  local java="$1" list="$2" out="${3:-$OUT}" pid i
  "$java" -XX:DumpLoadedClassList="$list" -jar "$out/input/selfeval.jar" >/dev/null 2>&1 &
  pid=$!
  for i in $(seq 1 100); do
    if command -v xdotool >/dev/null && [ -n "$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null)" ]; then break; fi
    sleep 0.1
  done
  sleep 3
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# jpackage's launchers do not need java & co.; removing them mirrors jpackage's own --strip-native-commands
# (kept until now because the CDS dump needs bin/java).
strip_commands() {
  rm -rf "$OUT/runtime/bin"
}
