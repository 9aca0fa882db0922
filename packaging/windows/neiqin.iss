; Neiqin (内勤) — the Windows installer, for Inno Setup 6 (https://jrsoftware.org/isinfo.php).
;
; packaging\windows\build.ps1 builds dist\neiqin\ with PyInstaller and then this installer; by hand:
;     iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\neiqin.iss
; (the version comes from pyproject.toml: python packaging\build_info.py version / version-numeric).
; Output: dist\installer\Neiqin-<version>-setup.exe.
;
; It installs for the current user (no administrator needed; the wizard offers all users), puts
; 内勤 in the Start menu, and uninstalls the program folder only: the clerk's data — database,
; backups, attachments and logs in %LOCALAPPDATA%\Neiqin\neiqin — and the settings under
; HKCU\Software\Neiqin stay, so a reinstall or an upgrade finds them again.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 neiqin.iss
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#define Repo AddBackslash(SourcePath) + "..\.."
#define Languages AddBackslash(CompilerPath) + "Languages\"

[Setup]
; the same AppId in every release: an upgrade replaces the installed version in place
AppId={{CFE28AD2-300F-4521-8B84-85FB6E384EDB}
AppName=Neiqin
AppVerName=Neiqin 内勤 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Neiqin
AppCopyright=© Neiqin
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoTextVersion={#AppVersion}
VersionInfoDescription=Neiqin 内勤 setup
DefaultDirName={autopf}\Neiqin
DefaultGroupName=Neiqin
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir={#Repo}
OutputDir=dist\installer
OutputBaseFilename=Neiqin-{#AppVersion}-setup
SetupIconFile=resources\icons\neiqin.ico
UninstallDisplayIcon={app}\neiqin.exe
UninstallDisplayName=Neiqin 内勤
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(Languages + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(Languages + "ChineseTraditional.isl")
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the bundled libraries as a whole, so none of the previous release's are left
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\neiqin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Neiqin 内勤"; Filename: "{app}\neiqin.exe"; WorkingDir: "{app}"; Comment: "销售内勤工作台 — orders, customers, stock counts, supplies, claims, minutes, archive"
Name: "{autodesktop}\Neiqin 内勤"; Filename: "{app}\neiqin.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\neiqin.exe"; Description: "{cm:LaunchProgram,Neiqin 内勤}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the user's data folder is never removed by the uninstaller.
