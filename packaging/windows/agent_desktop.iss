; Inno Setup script: installer for the PyInstaller folder. Build on Windows with
;   powershell -File packaging\windows\build_installer.ps1 [-Sign "signtool sign /a /fd sha256 /tr http://timestamp.example /td sha256 $f"]
; which builds the folder, takes AppVersion from agent_desktop/__init__.py and runs ISCC.exe.
;
; Per-machine install. The example policy goes to %ProgramData%\AgentDesktop\policy.example.toml
; (rename to policy.toml to enforce it), and that folder is locked so that only administrators (and
; SYSTEM) can write it: a standard user cannot plant a policy.toml there (see [Run]). The Group
; Policy template goes to {app}\policy-templates.
;
; Silent, managed roll-out (SCCM, Intune Win32 app, a login script):
;   agent-desktop-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\agent-desktop-setup.log"
;     /CRMURL=https://crm.example.com     the CRM every user of the PC starts with (a policy default, not locked)
;     /POLICY=\\server\share\policy.toml  installed as %ProgramData%\AgentDesktop\policy.toml (replaces one there)
;     /MERGETASKS="firewall"              allow the app's incoming SIP/RTP in Windows Firewall
;     /MERGETASKS="desktopicon"           a desktop shortcut
; Uninstall silently: "%ProgramFiles%\Agent Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; Per-user settings bundles stay a login script's job: agent-desktop.exe --provision URL --no-start.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{3107D9AD-5F9C-4522-9222-65A175A933CD}
AppName=Agent Desktop
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Agent Desktop
DefaultDirName={autopf}\Agent Desktop
DefaultGroupName=Agent Desktop
OutputDir=..\..\dist
OutputBaseFilename=agent-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\agent-desktop.exe
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2
SolidCompression=yes
; an agent still running the old version is asked to close it (Restart Manager); silent installs close it
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
SignTool=agentsign
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.Firewall=Allow incoming calls through Windows Firewall (SIP and RTP)
zh_CN.Firewall=允许来电通过 Windows 防火墙（SIP 和 RTP）

[InstallDelete]
; the previous version's files: a module that this version no longer has must not be imported
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\agent-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
Source: "..\policy\policy.example.toml"; DestDir: "{commonappdata}\AgentDesktop"; DestName: "policy.example.toml"; Flags: onlyifdoesntexist
Source: "{param:POLICY}"; DestDir: "{commonappdata}\AgentDesktop"; DestName: "policy.toml"; Flags: external ignoreversion; Check: HasParam('POLICY')
Source: "AgentDesktop.admx"; DestDir: "{app}\policy-templates"; Flags: ignoreversion
Source: "en-US\AgentDesktop.adml"; DestDir: "{app}\policy-templates\en-US"; Flags: ignoreversion
Source: "zh-CN\AgentDesktop.adml"; DestDir: "{app}\policy-templates\zh-CN"; Flags: ignoreversion

[Dirs]
Name: "{commonappdata}\AgentDesktop"

[Icons]
Name: "{group}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"
Name: "{commondesktop}\Agent Desktop"; Filename: "{app}\agent-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
Name: "firewall"; Description: "{cm:Firewall}"; Flags: unchecked

[Run]
; Lock %ProgramData%\AgentDesktop: C:\ProgramData lets every user create files in new subfolders,
; and [Dirs] permissions only add to that. Administrators take ownership of anything planted before
; (takeown /A), every ACL below is reset to inherited, then the folder stops inheriting and grants
; Administrators and SYSTEM full control, Users read (SIDs, so localized group names do not matter).
Filename: "{sys}\takeown.exe"; Parameters: "/F ""{commonappdata}\AgentDesktop"" /R /A"; Flags: runhidden waituntilterminated
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\AgentDesktop"" /reset /T /C /Q"; Flags: runhidden waituntilterminated
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\AgentDesktop"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q"; Flags: runhidden waituntilterminated
; one program rule (any port: SIP's and the RTP range are settings), replaced on reinstall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Agent Desktop"""; Flags: runhidden waituntilterminated; Tasks: firewall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Agent Desktop"" dir=in action=allow program=""{app}\agent-desktop.exe"" enable=yes profile=domain,private"; Flags: runhidden waituntilterminated; Tasks: firewall
Filename: "{app}\agent-desktop.exe"; Description: "{cm:LaunchProgram,Agent Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Agent Desktop"""; Flags: runhidden waituntilterminated; RunOnceId: "firewall"

[Code]
function HasParam(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;

// /CRMURL=...: the CRM every user starts with, as a policy value (not locked), unless a policy is
// installed (by /POLICY or before): IT's own file wins.
procedure CurStepChanged(CurStep: TSetupStep);
var
  Url, PolicyFile: String;
begin
  if CurStep = ssPostInstall then
  begin
    Url := ExpandConstant('{param:CRMURL|}');
    PolicyFile := ExpandConstant('{commonappdata}\AgentDesktop\policy.toml');
    if (Url <> '') and not FileExists(PolicyFile) then
      SaveStringToFile(PolicyFile, '[crm]' + #13#10 + 'url = "' + Url + '"' + #13#10, False);
  end;
end;
