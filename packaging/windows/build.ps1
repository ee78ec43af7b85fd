# Build dist\CivicDesk\ on Windows 10/11 with Python 3.11 (python.org installer, "py" launcher).
# NOT YET TRIED ON WINDOWS: see docs/install.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
py -3.11 -m venv build\win-venv
build\win-venv\Scripts\python -m pip install --upgrade pip
build\win-venv\Scripts\pip install . "pyinstaller>=6.6"
build\win-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\windows\civicdesk.spec
dist\CivicDesk\civicdesk.exe --version
