# Build the Windows app and its installer (PowerShell, from anywhere):
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# 1. the venv with the `packaging` extra (PyInstaller), as .\test.ps1 sets it up;
# 2. dist\neiqin\ (neiqin.exe for the desktop, neiqin-cli.exe for the command line);
# 3. neiqin-cli.exe --smoke --demo (offscreen): window, order confirmation PDF, xlsx, exit 0;
# 4. dist\installer\Neiqin-<version>-setup.exe with Inno Setup 6 (ISCC.exe on PATH or in its
#    default folder; install it from jrsoftware.org or with `choco install innosetup`).
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\..\..\tools\bootstrap.ps1"
Ensure-Venv "test,packaging"
Set-Location $Root

& $VenvPython -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\neiqin.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$env:QT_QPA_PLATFORM = "offscreen"
$env:NEIQIN_NO_AUTOBACKUP = "1"
& "$Root\dist\neiqin\neiqin-cli.exe" --smoke --demo
if ($LASTEXITCODE -ne 0) { throw "the frozen app's --smoke failed ($LASTEXITCODE)" }
Remove-Item Env:QT_QPA_PLATFORM
$size = (Get-ChildItem "$Root\dist\neiqin" -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("dist\neiqin: {0:N0} MB" -f $size)

$version = (& $VenvPython packaging\build_info.py version).Trim()
$numeric = (& $VenvPython packaging\build_info.py version-numeric).Trim()
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) is not installed" }
& $iscc /Qp "/DAppVersion=$version" "/DAppVersionNumeric=$numeric" packaging\windows\neiqin.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Get-Item "$Root\dist\installer\Neiqin-$version-setup.exe"
