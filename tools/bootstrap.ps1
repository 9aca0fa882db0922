# Dot-sourced by run.ps1 and test.ps1: a local virtual environment with everything installed.
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

function Find-Python {
    foreach ($candidate in @("py -3.13", "py -3.12", "py -3.11", "python")) {
        $parts = $candidate.Split(" ")
        try {
            & $parts[0] $parts[1..9] -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" 2>$null
            if ($LASTEXITCODE -eq 0) { return $parts }
        } catch { }
    }
    throw "Neiqin needs Python 3.11 or newer: install it from python.org and try again."
}

function Ensure-Venv([string]$Extras) {
    if (-not (Test-Path $VenvPython)) {
        $py = Find-Python
        & $py[0] $py[1..9] -m venv $Venv
    }
    $stamp = Join-Path $Venv ".installed-$Extras"
    $digest = (Get-FileHash (Join-Path $Root "pyproject.toml") -Algorithm SHA256).Hash.ToLower()
    if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $digest) {
        & $VenvPython -m pip install -q --upgrade pip
        & $VenvPython -m pip install -q -e "$Root[$Extras]"
        if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
        Set-Content -Path $stamp -Value $digest
    }
}
