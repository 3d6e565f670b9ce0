# Builds SelfEval for Windows with its own Java runtime: an app-image and a per-user .msi.
# Mirrors installer/build-linux.sh step by step (see installer/common.sh for the reasons behind each step).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-NoCds] [-SkipMaven] [-ImageOnly]
#
# Output: target\installer\image\SelfEval\            (app-image: SelfEval.exe, SelfEvalCmd.exe, app\, runtime\)
#         target\installer\dist\SelfEval-VERSION.msi   (per-user: no admin rights; %LOCALAPPDATA%\SelfEval)
# Needs:  a full JDK 17+ with jmods (x64, e.g. Eclipse Temurin 17) in JAVA_HOME or on PATH; Maven;
#         WiX Toolset 3.x (candle.exe and light.exe on PATH). JDK 17's jpackage works only with WiX 3;
#         WiX 4 and later need JDK 24's jpackage. Run it in a desktop session: the CDS training opens the
#         window for a few seconds.
param([switch]$NoCds, [switch]$SkipMaven, [switch]$ImageOnly)
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
    if (-not $cmd) { throw "$name not found: install a full JDK 17 (with jmods) and set JAVA_HOME" }
    return $cmd.Source
}
function Run($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -and -not $ImageOnly) {
    throw 'WiX 3 not found: install WiX Toolset 3.14 and put its bin folder on PATH'
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
New-Item -ItemType Directory -Force "$Out\input\lib", "$Out\fxmods", "$Out\cds" | Out-Null
Copy-Item "$Root\target\selfeval.jar" "$Out\input\"
Get-ChildItem "$Root\target\lib\*.jar" | ForEach-Object {
    if ($_.Name -like 'javafx-*') { Copy-Item $_.FullName "$Out\fxmods\" } else { Copy-Item $_.FullName "$Out\input\lib\" }
}

$found = & (Tool jdeps) --multi-release 17 --ignore-missing-deps --print-module-deps `
    --module-path "$Out\fxmods;$Out\input\lib" --add-modules ALL-MODULE-PATH "$Out\input\selfeval.jar"
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
$modules = (("$found,$FxModules,$ExtraModules" -split ',') | Select-Object -Unique) -join ','
Log "jlink: $modules"
$rt = "$Out\runtime"
Run (Tool jlink) --module-path "$Out\fxmods" --add-modules $modules --include-locales=en,zh `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output $rt

if (-not $NoCds) {
    # Same training as common.sh's train_cds; on Windows the default archive lives in bin\server.
    $java = "$rt\bin\java.exe"
    $form = "$Root\src\test\resources\forms\reference-2021.json"
    Log 'CDS: training run (command line)'
    & $java "-XX:DumpLoadedClassList=$Out\cds\cli.classlist" -jar "$Out\input\selfeval.jar" check --json $form | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "training run 'check' failed" }
    Log 'CDS: training run (window)'
    $p = Start-Process -FilePath "$rt\bin\javaw.exe" -PassThru `
        -ArgumentList "-XX:DumpLoadedClassList=$Out\cds\gui.classlist", '-jar', "`"$Out\input\selfeval.jar`""
    for ($i = 0; $i -lt 100 -and $p.MainWindowHandle -eq 0; $i++) { Start-Sleep -Milliseconds 100; $p.Refresh() }
    Start-Sleep -Seconds 3
    # WM_CLOSE lets JavaFX exit normally, so the JVM completes the class list.
    if (-not $p.CloseMainWindow() -or -not $p.WaitForExit(15000)) { Stop-Process -Id $p.Id -Force; Write-Warning 'window did not close; its class list may be short' }

    $inImage = New-Object 'System.Collections.Generic.HashSet[string]' ([StringComparer]::Ordinal)
    & (Tool jimage) list "$rt\lib\modules" | ForEach-Object {
        $l = $_.Trim()
        if ($l.EndsWith('.class') -and -not $l.StartsWith('Module: ')) { [void]$inImage.Add($l.Substring(0, $l.Length - 6)) }
    }
    $seen = New-Object 'System.Collections.Generic.HashSet[string]' ([StringComparer]::Ordinal)
    $lines = foreach ($f in @("$rt\lib\classlist", "$Out\cds\cli.classlist", "$Out\cds\gui.classlist")) {
        if (Test-Path $f) { Get-Content $f }
    }
    $kept = foreach ($l in $lines) {
        if ($l.StartsWith('#') -or -not $l.Trim()) { continue }
        $w = $l -split ' '
        if ($l.StartsWith('@lambda-proxy')) { if ($inImage.Contains($w[1])) { $l } }
        elseif ($l.StartsWith('@')) { if ($seen.Add($l)) { $l } }
        elseif ($inImage.Contains($w[0]) -and $seen.Add($w[0])) { $l }
    }
    [System.IO.File]::WriteAllLines("$Out\cds\selfeval.classlist", [string[]]$kept)
    Log "CDS: dumping $(($kept | Where-Object { -not $_.StartsWith('@') }).Count) classes"
    Remove-Item -Force -ErrorAction SilentlyContinue "$rt\bin\server\classes*.jsa"
    Run $java -Xshare:dump "-XX:SharedClassListFile=$Out\cds\selfeval.classlist" "-XX:SharedArchiveFile=$rt\bin\server\classes.jsa"
    Run $java -Xshare:on -jar "$Out\input\selfeval.jar" --version
}
# The launchers do not need the JDK's commands; the DLLs in bin\ stay (on Windows the JVM lives there).
Remove-Item -Force "$rt\bin\*.exe"

# The launcher's runtime options (installer\java-options; comments and blank lines dropped).
$JavaOptions = @(Get-Content "$Root\installer\java-options" | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ } | ForEach-Object { '--java-options'; $_ })

Log "jpackage app-image $Version"
# SelfEval.exe is a window program: it has no console, so commands print nothing in cmd.exe.
# SelfEvalCmd.exe is the same program built as a console program, for `SelfEvalCmd check FORM.json`.
Run (Tool jpackage) --type app-image --dest "$Out\image" `
    --name $AppName --app-version $Version --vendor $Vendor --description $Description `
    --copyright $Copyright --icon "$Root\icons\selfeval.ico" `
    --input "$Out\input" --main-jar selfeval.jar --main-class $MainClass --runtime-image $rt @JavaOptions `
    --add-launcher "SelfEvalCmd=$Root\installer\windows\console-launcher.properties"
if ($ImageOnly) { exit 0 }

Log 'jpackage msi'
Run (Tool jpackage) --type msi --dest "$Out\dist" --app-image "$Out\image\$AppName" `
    --name $AppName --app-version $Version --vendor $Vendor --description $Description `
    --copyright $Copyright --license-file "$Root\LICENSE" --icon "$Root\icons\selfeval.ico" `
    --file-associations "$Root\installer\windows\form-file.properties" `
    --win-per-user-install --win-menu --win-menu-group $AppName --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid --win-dir-chooser
Get-ChildItem "$Out\dist\*.msi" | ForEach-Object { Write-Host "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB, 1)) MB)" }
