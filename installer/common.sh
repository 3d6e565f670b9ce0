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

# Options only the built runtime needs. In it JavaFX is a named module (javafx.graphics loads its native
# libraries), so the jar manifest's Enable-Native-Access: ALL-UNNAMED, which covers it on a plain class path,
# does not; on a class path this option would itself warn (unknown module), so it is not in java-options.
RUNTIME_ONLY_OPTIONS=(--enable-native-access=javafx.graphics)

# jpackage's arguments for them, into the array java_opts: --java-options OPTION for each.
read_java_options() {
  java_opts=()
  local text line
  text=$(java_options) || exit 1 # the file's absence stops the build
  while IFS= read -r line; do
    [ -z "$line" ] || java_opts+=(--java-options "$line")
  done <<<"$text"
  for line in "${RUNTIME_ONLY_OPTIONS[@]}"; do java_opts+=(--java-options "$line"); done
}

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# JAVA_HOME's tools if set (a full JDK 25), else the ones on PATH.
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1" || die "$1 not found: install a full JDK 25 and set JAVA_HOME"; fi
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
  found=$("$(tool jdeps)" --multi-release 25 --ignore-missing-deps --print-module-deps \
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

# Trains the AOT cache (JEP 483/514/515) of the built app-image IMAGE: its own launcher starts the window with
# reference-2021.json, the start-up probe ends it once the form is shown, and the JVM writes the classes it loaded
# and linked, with their profiles, to lib/app/selfeval.aot. The launcher's .cfg then names the cache
# (-XX:AOTCache=$APPDIR/selfeval.aot). The cache records the jars' paths and times: the JVM accepts it at another
# place when the paths differ only in a common prefix (/opt/selfeval here, the build folder at training) and the
# jars are the same files (dpkg keeps their times). Training needs a display: DISPLAY, or xvfb-run.
train_aot() {
  local image="$1" launcher aot cfg
  launcher="$image/bin/$APP_NAME"; [ -x "$launcher" ] || launcher="$image/$APP_NAME.exe"
  [ -x "$launcher" ] || launcher="$image/Contents/MacOS/$APP_NAME"
  aot="$(app_dir "$image")/selfeval.aot"
  cfg="$(app_dir "$image")/$APP_NAME.cfg"
  [ -f "$cfg" ] || die "no $cfg in the app-image"
  local work; work=$(mktemp -d)
  # The settings and recovery folders of the training run are its own, not the builder's.
  local options="-XX:AOTCacheOutput=$aot -Dselfeval.exitWhenShown=true -Djava.util.prefs.userRoot=$work/prefs -Dselfeval.dataDir=$work/data"
  log "AOT cache: training run (the window with $TRAINING_FORM)"
  rm -f "$aot"
  if [ -n "${DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
    JAVA_TOOL_OPTIONS="$options" "$launcher" "$ROOT/$TRAINING_FORM" >"$work/train.log" 2>&1
  elif command -v xvfb-run >/dev/null; then
    JAVA_TOOL_OPTIONS="$options" xvfb-run -a -s "-screen 0 1366x768x24" "$launcher" "$ROOT/$TRAINING_FORM" \
      >"$work/train.log" 2>&1
  else
    rm -rf "$work"; die "no display and no xvfb-run: cannot train the AOT cache (use --no-aot)"
  fi
  [ -s "$aot" ] || { cat "$work/train.log" >&2; rm -rf "$work"; die "the training run wrote no AOT cache"; }
  rm -rf "$work"
  # After the options jpackage wrote: the cache must be named on every start, and -XX:AOTMode=auto (the default)
  # runs without it, quietly, should it ever not fit.
  awk -v line='java-options=-XX:AOTCache=$APPDIR/selfeval.aot' '{ print } /^\[JavaOptions\]/ { print line }' \
    "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
  # -XX:AOTMode=on fails instead of silently running without the cache.
  JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$launcher" --version >/dev/null 2>&1 || die "the AOT cache does not load"
  log "AOT cache: $(du -h "$aot" | cut -f1)"
}

# The folder of an app-image that holds the jars and the launcher's .cfg.
app_dir() {
  if [ -d "$1/lib/app" ]; then echo "$1/lib/app"; elif [ -d "$1/app" ]; then echo "$1/app"; else echo "$1/Contents/app"; fi
}

# jpackage's launchers do not need java & co.; removing them from the app-image IMAGE mirrors jpackage's own
# --strip-native-commands (kept until now because the AOT cache is assembled by a child bin/java of the runtime).
strip_commands() {
  local rt
  for rt in "$1" "$1/lib/runtime" "$1/runtime" "$1/Contents/runtime/Contents/Home"; do
    [ -f "$rt/lib/modules" ] && [ -d "$rt/bin" ] && rm -rf "$rt/bin"
  done
  return 0
}
