#!/usr/bin/env bash
# Builds SelfEval for macOS with its own Java runtime: an app bundle and a .dmg.
# Mirrors installer/build-linux.sh; the shared steps are in installer/common.sh.
#
#   installer/build-macos.sh [--skip-maven] [--image-only]
#
# Output: target/installer/image/SelfEval.app
#         target/installer/dist/SelfEval-VERSION.dmg   (drag SelfEval to Applications)
# Needs:  macOS with a full JDK 25 (e.g. Eclipse Temurin 25) in JAVA_HOME; Maven; Xcode command
#         line tools (xcode-select --install) for signing and hdiutil/codesign. Build on an Apple-silicon Mac for
#         arm64 and on an Intel Mac for x86_64: Maven picks the matching JavaFX jars (mac / mac-aarch64).
#         No AOT cache yet: the .dmg is built from the inputs again (for its Info.plist), so a cache trained on
#         the app-image would not match its jars; see docs/installer.md.
# Signing: set MAC_SIGN_IDENTITY="Developer ID Application: ..." to sign; notarizing (xcrun notarytool) is a
#         separate step. Unsigned, users open it the first time with right-click > Open.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"   # relative paths in installer/*/form-file.properties

maven=1 dmg=1
for arg in "$@"; do
  case "$arg" in
    --skip-maven) maven=0 ;;
    --image-only) dmg=0 ;;
    *) die "unknown option $arg (see the comment at the top of $0)" ;;
  esac
done
[ "$(uname)" = Darwin ] || die "build-macos.sh runs on macOS (jpackage builds only for the platform it runs on)"

[ "$maven" = 0 ] || build_jars
version=$(app_version)
stage
link_runtime "$(choose_modules)"
strip_commands "$OUT/runtime"

sign=()
[ -z "${MAC_SIGN_IDENTITY:-}" ] || sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")

read_java_options
log "jpackage app-image $version"
"$(tool jpackage)" --type app-image --dest "$OUT/image" \
  --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --icon "$ROOT/icons/selfeval.icns" \
  --input "$OUT/input" --main-jar selfeval.jar --main-class "$MAIN_CLASS" ${java_opts[@]+"${java_opts[@]}"} \
  --runtime-image "$OUT/runtime" \
  --mac-package-identifier org.selfeval.SelfEval --mac-package-name SelfEval ${sign[@]+"${sign[@]}"}
echo "app: $OUT/image/$APP_NAME.app ($(du -sh "$OUT/image/$APP_NAME.app" | cut -f1))"
[ "$dmg" = 1 ] || exit 0

log "jpackage dmg"
# Built from the inputs again, not from the app-image: on macOS the file association lives in the bundle's
# Info.plist, which jpackage writes only when it makes the bundle itself (and not for --type app-image).
"$(tool jpackage)" --type dmg --dest "$OUT/dist" \
  --input "$OUT/input" --main-jar selfeval.jar --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime" \
  ${java_opts[@]+"${java_opts[@]}"} --name "$APP_NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" --license-file "$ROOT/LICENSE" --icon "$ROOT/icons/selfeval.icns" \
  --file-associations "$ROOT/installer/macos/form-file.properties" \
  --mac-package-identifier org.selfeval.SelfEval ${sign[@]+"${sign[@]}"}
ls -l "$OUT"/dist/*.dmg
# The command line on macOS: /Applications/SelfEval.app/Contents/MacOS/SelfEval check FORM.json
