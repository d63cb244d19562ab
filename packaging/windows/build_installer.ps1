# Build the Windows installer: the PyInstaller folder, then Inno Setup with the project's version.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
#   ... -Sign "signtool sign /a /fd sha256 /tr http://timestamp.example /td sha256 `$f"
# -Sign: the command that signs one file ($f), given to ISCC as the sign tool "agentsign"; it signs the
# installer and its uninstaller. Sign agent-desktop.exe itself before ISCC with the same command.
param([string]$Sign = "", [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = (Select-String -Path agent_desktop\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
.venv\Scripts\python -m pip install -q -e ".[packaging]"
.venv\Scripts\pyinstaller --noconfirm packaging\agent_desktop.spec
$args = @("/DAppVersion=$version")
if ($Sign) {
    & ($Sign.Split(" ")[0]) ($Sign.Split(" ")[1..99] -replace '\$f', "dist\agent-desktop\agent-desktop.exe")
    $args += @("/DSignTool", "/Sagentsign=$Sign")
}
& $Iscc @args packaging\windows\agent_desktop.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed ($LASTEXITCODE)" }
Write-Host "built dist\agent-desktop-$version-setup.exe"
