# Builds SelfEval for Windows with its own Java runtime: an app-image and a per-user .msi.
# Mirrors installer/build-linux.sh step by step (see installer/common.sh for the reasons behind each step).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-NoAot] [-SkipMaven] [-ImageOnly]
#
# Output: target\installer\image\SelfEval\            (app-image: SelfEval.exe, SelfEvalCmd.exe, app\, runtime\)
#         target\installer\dist\SelfEval-VERSION.msi   (per-user: no admin rights; %LOCALAPPDATA%\SelfEval)
# Needs:  a full JDK 25 (x64, e.g. Eclipse Temurin 25) in JAVA_HOME or on PATH; Maven;
#         WiX Toolset 4 or 5 (wix.exe on PATH; JDK 25's jpackage takes WiX 3 too). Run it in a desktop session:
#         the AOT cache's training opens the window for a few seconds.
param([switch]$NoAot, [switch]$SkipMaven, [switch]$ImageOnly)
$ErrorActionPreference = 'Stop'

$AppName = 'SelfEval'
$MainClass = 'org.selfeval.Launcher'
$Vendor = 'SelfEval'
$Description = '绩效自评表编制助手 - prepares the project expenditure performance self-evaluation form offline'
$Copyright = 'Licensed under the Apache License 2.0'
$FxModules = 'javafx.controls,javafx.fxml'
$ExtraModules = 'jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.unsupported'
# Fixed for the life of the product: an MSI with the same upgrade code replaces the installed version.
$UpgradeUuid = '23627b63-e33f-4941-93d7-574ea44c9f52'

$Root = Split-Path -Parent $PSScriptRoot
$Out = Join-Path $Root 'target\installer'
Set-Location $Root   # relative paths in installer\windows\*.properties

function Log($msg) { Write-Host "`n== $msg" }
function Tool($name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$name.exe")) { return "$env:JAVA_HOME\bin\$name.exe" }
    $cmd = Get-Command "$name.exe" -ErrorAction SilentlyContinue
    if (-not $cmd) { throw "$name not found: install a full JDK 25 and set JAVA_HOME" }
    return $cmd.Source
}
function Run($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (-not (Get-Command wix.exe -ErrorAction SilentlyContinue) -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue) -and -not $ImageOnly) {
    throw 'WiX not found: install WiX Toolset 4 or 5 (dotnet tool install --global wix) and put it on PATH'
}

if (-not $SkipMaven) { Log 'mvn package'; Run mvn -B -q package -DskipTests }

# Version: the jar's Implementation-Version without -SNAPSHOT.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead("$Root\target\selfeval.jar")
$manifest = (New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())).ReadToEnd()
$zip.Dispose()
$Version = ([regex]'Implementation-Version: *(\S+)').Match($manifest).Groups[1].Value -replace '-SNAPSHOT$', ''
if (-not $Version) { throw 'target\selfeval.jar has no Implementation-Version' }

Log 'staging jars'
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force "$Out\input\lib", "$Out\fxmods" | Out-Null
Copy-Item "$Root\target\selfeval.jar" "$Out\input\"
Get-ChildItem "$Root\target\lib\*.jar" | ForEach-Object {
    if ($_.Name -like 'javafx-*') { Copy-Item $_.FullName "$Out\fxmods\" } else { Copy-Item $_.FullName "$Out\input\lib\" }
}

$found = & (Tool jdeps) --multi-release 25 --ignore-missing-deps --print-module-deps `
    --module-path "$Out\fxmods;$Out\input\lib" --add-modules ALL-MODULE-PATH "$Out\input\selfeval.jar"
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
$modules = (("$found,$FxModules,$ExtraModules" -split ',') | Select-Object -Unique) -join ','
Log "jlink: $modules"
$rt = "$Out\runtime"
Run (Tool jlink) --module-path "$Out\fxmods" --add-modules $modules --include-locales=en,zh `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output $rt


# The launcher's runtime options (installer\java-options; comments and blank lines dropped).
$JavaOptions = @(Get-Content "$Root\installer\java-options" | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ } | ForEach-Object { '--java-options'; $_ })
# In the built runtime JavaFX is a named module, which the jar manifest's Enable-Native-Access: ALL-UNNAMED does
# not cover (installer/common.sh, RUNTIME_ONLY_OPTIONS).
$JavaOptions += @('--java-options', '--enable-native-access=javafx.graphics')

Log "jpackage app-image $Version"
# SelfEval.exe is a window program: it has no console, so commands print nothing in cmd.exe.
# SelfEvalCmd.exe is the same program built as a console program, for `SelfEvalCmd check FORM.json`.
Run (Tool jpackage) --type app-image --dest "$Out\image" `
    --name $AppName --app-version $Version --vendor $Vendor --description $Description `
    --copyright $Copyright --icon "$Root\icons\selfeval.ico" `
    --input "$Out\input" --main-jar selfeval.jar --main-class $MainClass --runtime-image $rt @JavaOptions `
    --add-launcher "SelfEvalCmd=$Root\installer\windows\console-launcher.properties"

$image = "$Out\image\$AppName"
if (-not $NoAot) {
    # As common.sh's train_aot: the app-image's own launcher starts the window with the form, the start-up probe
    # ends it once shown, and the JVM writes the AOT cache (assembled by the runtime's java.exe, still present).
    $aot = "$image\app\selfeval.aot"
    $form = "$Root\src\test\resources\forms\reference-2021.json"
    $tmp = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
    Log 'AOT cache: training run (the window with reference-2021.json)'
    $env:JAVA_TOOL_OPTIONS = "-XX:AOTCacheOutput=$aot -Dselfeval.exitWhenShown=true -Djava.util.prefs.userRoot=$tmp\prefs -Dselfeval.dataDir=$tmp\data"
    & "$image\SelfEvalCmd.exe" $form | Out-Null
    $env:JAVA_TOOL_OPTIONS = $null
    if (-not (Test-Path $aot)) { throw 'the training run wrote no AOT cache' }
    foreach ($cfg in @("$image\app\SelfEval.cfg", "$image\app\SelfEvalCmd.cfg")) {
        if (Test-Path $cfg) {
            $text = (Get-Content $cfg) | ForEach-Object { $_; if ($_ -eq '[JavaOptions]') { 'java-options=-XX:AOTCache=$APPDIR\selfeval.aot' } }
            [System.IO.File]::WriteAllLines($cfg, [string[]]$text)
        }
    }
    $env:JAVA_TOOL_OPTIONS = '-XX:AOTMode=on'
    & "$image\SelfEvalCmd.exe" --version | Out-Null
    $ok = $LASTEXITCODE -eq 0
    $env:JAVA_TOOL_OPTIONS = $null
    if (-not $ok) { throw 'the AOT cache does not load' }
}
# The launchers do not need the JDK's commands; the DLLs in bin\ stay (on Windows the JVM lives there).
Remove-Item -Force "$image\runtime\bin\*.exe"
if ($ImageOnly) { exit 0 }

Log 'jpackage msi'
Run (Tool jpackage) --type msi --dest "$Out\dist" --app-image "$Out\image\$AppName" `
    --name $AppName --app-version $Version --vendor $Vendor --description $Description `
    --copyright $Copyright --license-file "$Root\LICENSE" --icon "$Root\icons\selfeval.ico" `
    --file-associations "$Root\installer\windows\form-file.properties" `
    --win-per-user-install --win-menu --win-menu-group $AppName --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid --win-dir-chooser
Get-ChildItem "$Out\dist\*.msi" | ForEach-Object { Write-Host "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB, 1)) MB)" }
