# Run the whole test suite (Windows PowerShell). Extra arguments go to pytest.
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\tools\bootstrap.ps1"
Ensure-Venv "test,server"
$env:QT_QPA_PLATFORM = "offscreen"
Set-Location $Root
& $VenvPython -m ruff check src tests db
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& $VenvPython -m pytest @args
exit $LASTEXITCODE
