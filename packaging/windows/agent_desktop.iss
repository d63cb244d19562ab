; Inno Setup script: installer for the PyInstaller folder (build it first on Windows:
;   .venv\Scripts\pyinstaller packaging\agent_desktop.spec
; then compile this file with ISCC.exe). Per-machine install; the example policy goes to
; %ProgramData%\AgentDesktop\policy.example.toml (rename to policy.toml to enforce it), and that
; folder is locked so that only administrators (and SYSTEM) can write it: a standard user cannot plant
; a policy.toml there (see [Run]). The Group Policy template goes to {app}\policy-templates.
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
Source: "AgentDesktop.admx"; DestDir: "{app}\policy-templates"; Flags: ignoreversion
Source: "en-US\AgentDesktop.adml"; DestDir: "{app}\policy-templates\en-US"; Flags: ignoreversion

[Dirs]
Name: "{commonappdata}\AgentDesktop"

[Icons]
Name: "{group}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"
Name: "{commondesktop}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
; Lock %ProgramData%\AgentDesktop: C:\ProgramData lets every user create files in new subfolders,
; and [Dirs] permissions only add to that. Administrators take ownership of anything planted before
; (takeown /A), every ACL below is reset to inherited, then the folder stops inheriting and grants
; Administrators and SYSTEM full control, Users read (SIDs, so localized group names do not matter).
Filename: "{sys}\takeown.exe"; Parameters: "/F ""{commonappdata}\AgentDesktop"" /R /A"; Flags: runhidden waituntilterminated
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\AgentDesktop"" /reset /T /C /Q"; Flags: runhidden waituntilterminated
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\AgentDesktop"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q"; Flags: runhidden waituntilterminated
Filename: "{app}\agent-desktop.exe"; Description: "{cm:LaunchProgram,Agent Desktop}"; Flags: nowait postinstall skipifsilent
