; Inno Setup script: installer for the PyInstaller folder (build it first on Windows:
;   .venv\Scripts\pyinstaller packaging\agent_desktop.spec
; then compile this file with ISCC.exe). Per-machine install; the example policy goes to
; %ProgramData%\AgentDesktop\policy.example.toml (rename to policy.toml to enforce it).
#define AppVersion "0.1.0"

[Setup]
AppId={{3107D9AD-5F9C-4522-9222-65A175A933CD}
AppName=Agent Desktop
AppVersion={#AppVersion}
AppPublisher=Agent Desktop maintainers
DefaultDirName={autopf}\Agent Desktop
DefaultGroupName=Agent Desktop
OutputDir=..\..\dist
OutputBaseFilename=agent-desktop-{#AppVersion}-setup
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\agent-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "..\policy\policy.example.toml"; DestDir: "{commonappdata}\AgentDesktop"; DestName: "policy.example.toml"; Flags: onlyifdoesntexist

[Icons]
Name: "{group}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"
Name: "{commondesktop}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\agent-desktop.exe"; Description: "{cm:LaunchProgram,Agent Desktop}"; Flags: nowait postinstall skipifsilent
