; Inno Setup 6 script: the Windows installer of Regulars.
;
;   pyinstaller --noconfirm build.spec
;   python resources\packaging\icons.py build\app.ico
;   iscc /DAppVersion=0.1.0 resources\packaging\windows\regulars.iss
;
; reads dist\Regulars\ (the one-folder build) and writes dist\Regulars-Setup-<version>.exe.
; It installs for the current user only (no administrator password, no UAC prompt: an owner
; can install it on the shop's laptop), in %LOCALAPPDATA%\Programs\Regulars, with a Start
; menu entry and, if asked, a desktop icon. Installing a new version over an old one replaces
; the program files only: the owner's data lives in %LOCALAPPDATA%\Regulars (the database,
; its backups, the log), which neither an upgrade nor an uninstall touches; the app migrates
; the database on its first start after a backup copy.
; Not run on the development machine (Linux); .github/workflows/installers.yml builds it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z regulars.iss
#endif
#define Root AddBackslash(SourcePath) + "..\..\.."

[Setup]
; The AppId identifies the app across versions: never change it.
AppId={{6C3B8E0E-3F0A-4B8E-9A8C-5E2D7D1B2A61}
AppName=Regulars
AppVersion={#AppVersion}
AppVerName=Regulars {#AppVersion}
AppPublisher=Regulars
AppPublisherURL=https://regulars.app
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Regulars
DefaultGroupName=Regulars
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=Regulars-Setup-{#AppVersion}
SetupIconFile={#Root}\build\app.ico
UninstallDisplayIcon={app}\Regulars.exe
UninstallDisplayName=Regulars
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships no Swedish messages: Swedish owners get the installer in English
; (the app itself speaks Swedish).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that the new one no longer has (the bundle is rebuilt whole).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\Regulars\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Regulars"; Filename: "{app}\Regulars.exe"
Name: "{autodesktop}\Regulars"; Filename: "{app}\Regulars.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Regulars.exe"; Description: "{cm:LaunchProgram,Regulars}"; Flags: nowait postinstall skipifsilent
