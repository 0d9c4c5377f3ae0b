; Inno Setup 6.3+ script: a per-machine installer for the PyInstaller bundle dist\IntegrationDesk.
; Build the bundle first (packaging\README.md), then, from the repository root:
;   iscc packaging\integration_desk.iss
; Result: dist\IntegrationDesk-<version>-setup.exe. The version is read from the built
; IntegrationDesk.exe (its version information comes from integration_desk.__version__);
; `iscc /DAppVersion=1.2.3 …` overrides it.
;
; Silent install by IT, optionally pre-setting the team database for every user of the PC
; (written to %PROGRAMDATA%\IntegrationDesk\settings.ini, which the program reads):
;   IntegrationDesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /DatabaseUrl="postgresql://server.kommune.local/integration_desk"

#define AppName "Integration Desk"
#define AppExeName "IntegrationDesk.exe"
#define CliExeName "integration-desk.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\IntegrationDesk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\IntegrationDesk\IntegrationDesk.exe is missing or has no version: build the bundle first
#endif

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{0BCF9B15-8EC6-4DFC-BD5F-C4228D6645DA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Integration Desk
VersionInfoVersion={#AppVersion}
; Per machine: C:\Program Files\Integration Desk, for every user; needs administrator rights.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=integration-desk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=IntegrationDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle (both executables and _internal\). An upgrade first removes the old
; _internal\ so no stale library of an earlier version is left behind.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[INI]
; Only when the installer is given /DatabaseUrl=…; uninstalling leaves IT's setting in place.
Filename: "{commonappdata}\IntegrationDesk\settings.ini"; Section: "database"; Key: "url"; String: "{param:DatabaseUrl}"; Check: HasDatabaseUrl

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function HasDatabaseUrl(): Boolean;
begin
  Result := ExpandConstant('{param:DatabaseUrl|}') <> '';
end;
