; Inno Setup script of Routine Builder: a per-user installer that needs no administrator rights.
;
; Build the bundle first (python packaging\build.py), then, with the version of the package:
;     iscc /DAppVersion=0.1.0 packaging\windows\routine-builder.iss
; (.github/workflows/windows.yml does both.) The installer lands in dist\installer\
; as RoutineBuilder-setup-<version>.exe.
;
; Silent install for IT departments (standard Inno Setup switches):
;     RoutineBuilder-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   optionally /DIR="X:\path" /NOICONS /LOG="C:\path\setup.log"
; Silent uninstall:
;     "%LOCALAPPDATA%\Programs\Routine Builder\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The program goes to %LOCALAPPDATA%\Programs\Routine Builder for the user who runs the installer.
; Uninstalling removes only the program folder and its Start-menu entry: workspaces (folders the user
; chose, often on a shared drive), settings, recovery files and the demo workspace
; (%APPDATA%\RoutineBuilder) and logs (%LOCALAPPDATA%\RoutineBuilder) are left alone.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version> routine-builder.iss
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\Routine Builder"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist\installer"
#endif
#define AppName "Routine Builder"
#define AppExe "routine-builder-gui.exe"

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{D635D152-A2A1-4F5A-968B-7BE068E1AEE4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\icons\routine-builder.ico
OutputDir={#OutputDir}
OutputBaseFilename=RoutineBuilder-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Routine Builder before files are replaced (an upgrade) and restart it afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish is an unofficial Inno Setup translation: used when the build machine has it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so that files of the previous version do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself put in {app}; user data lives elsewhere and is never removed.
Type: filesandordirs; Name: "{app}\_internal"
