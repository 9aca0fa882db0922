# Start Neiqin on the demo database (Windows PowerShell). Extra arguments go to the app.
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\tools\bootstrap.ps1"
Ensure-Venv "test"
& $VenvPython -m neiqin --demo @args
exit $LASTEXITCODE
