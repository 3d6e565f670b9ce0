#!/usr/bin/env bash
# Builds SelfEval for Linux with its own Java runtime: an app-image and a .deb.
#
#   installer/build-linux.sh [--no-aot] [--skip-maven] [--image-only]
#
# Output: target/installer/image/SelfEval/           (app-image: bin/SelfEval, lib/app, lib/runtime)
#         target/installer/dist/selfeval_VERSION-1_ARCH.deb   (installs to /opt/selfeval)
# Needs:  a full JDK 25 with jlink and jpackage (JAVA_HOME or PATH; e.g. Temurin 25), Maven, fakeroot and
#         dpkg-deb for the .deb, xvfb to train the AOT cache on the window without a display.
#         Missing Debian packages are installed with apt-get when running as root.
# --no-aot      no AOT cache (smaller installed, slower start; see docs/installer.md)
# --skip-maven  reuse target/selfeval.jar and target/lib
# --image-only  stop after the app-image
# The package is for the build machine's architecture (amd64 here; build on an arm64 machine for arm64).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"   # relative paths in installer/*/form-file.properties

aot=1 maven=1 deb=1
for arg in "$@"; do
  case "$arg" in
    --no-aot) aot=0 ;;
    --skip-maven) maven=0 ;;
    --image-only) deb=0 ;;
    *) die "unknown option $arg (see the comment at the top of $0)" ;;
  esac
done

need=()
[ "$deb" = 0 ] || command -v fakeroot >/dev/null || need+=(fakeroot)
[ "$aot" = 0 ] || [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null || need+=(xvfb)
if ((${#need[@]})); then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "missing: ${need[*]} (install them; continuing where possible)" >&2
  fi
fi

[ "$maven" = 0 ] || build_jars
version=$(app_version)
stage
link_runtime "$(choose_modules)"
read_java_options
log "jpackage app-image $version"
"$(tool jpackage)" --type app-image --dest "$OUT/image" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon "$ROOT/icons/selfeval.png" \
  --input "$OUT/input" --main-jar selfeval.jar --main-class "$MAIN_CLASS" "${java_opts[@]}" \
  --runtime-image "$OUT/runtime"
[ "$aot" = 0 ] || train_aot "$OUT/image/$APP_NAME"
strip_commands "$OUT/image/$APP_NAME"
echo "app-image: $OUT/image/$APP_NAME ($(du -sh "$OUT/image/$APP_NAME" | cut -f1))"
[ "$deb" = 1 ] || exit 0

log "jpackage deb"
# jpackage derives Depends: from ldd over the runtime; JavaFX's GTK libraries sit inside its jars and are
# unpacked at run time, so libgtk-3-0 must be named. The desktop entry comes from installer/linux/ (it adds
# the Chinese name, %F so a double-clicked file reaches the app, and application/json for "Open with").
"$(tool jpackage)" --type deb --dest "$OUT/dist" --app-image "$OUT/image/$APP_NAME" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --license-file "$ROOT/LICENSE" --icon "$ROOT/icons/selfeval.png" \
  --resource-dir "$ROOT/installer/linux" \
  --file-associations "$ROOT/installer/linux/form-file.properties" \
  --linux-package-name selfeval --linux-shortcut --linux-menu-group Office \
  --linux-package-deps libgtk-3-0 ${JPACKAGE_VERBOSE:+--verbose} ${DEB_MAINTAINER:+--linux-deb-maintainer "$DEB_MAINTAINER"}
deb_file=$(ls "$OUT"/dist/selfeval_*.deb)
if [ "$aot" = 1 ]; then
  # jpackage copies the app-image when it makes the .deb and the copies get the time of that copy; the AOT cache
  # accepts only the jars it was trained on, times included. The package is unpacked, its jars given the
  # app-image's times again, and packed anew (dpkg keeps a file's time on install).
  log "deb: the jars' times of the training"
  rm -rf "$OUT/debroot"
  dpkg-deb -R "$deb_file" "$OUT/debroot"
  (cd "$OUT/image/$APP_NAME/lib/app" && find . -name '*.jar') | while IFS= read -r jar; do
    touch -r "$OUT/image/$APP_NAME/lib/app/$jar" "$OUT/debroot/opt/selfeval/lib/app/$jar"
  done
  fakeroot dpkg-deb -b -Zxz "$OUT/debroot" "$deb_file" >/dev/null
  rm -rf "$OUT/debroot"
fi
echo "deb: $deb_file ($(du -h "$deb_file" | cut -f1), Installed-Size $(dpkg-deb -f "$deb_file" Installed-Size) KiB)"
