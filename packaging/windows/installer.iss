; Inno Setup script for the Windows installer (a template: `python packaging/build.py`
; writes build/packaging/installer.iss with the version from pyproject.toml).
; Build on Windows after build.py:  iscc build\packaging\installer.iss
#define AppName "@APP_NAME@"
#define AppVersion "@VERSION@"
#define BundleName "@BUNDLE_NAME@"
#define Root "..\.."

[Setup]
AppId={{6F0C2E8A-3B7D-4C1E-9A52-1C0F7E2D9B41}
AppName={#AppName}
AppVersion={#AppVersion}
VersionInfoVersion=@VERSION_DOTTED4@
AppVerName={#AppName} {#AppVersion}
AppPublisher=ICC Workbench developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#Root}\dist
OutputBaseFilename={#BundleName}-{#AppVersion}-setup
SetupIconFile={#Root}\build\packaging\icons\workbench.ico
UninstallDisplayIcon={app}\{#BundleName}.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\{#BundleName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#BundleName}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#BundleName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#BundleName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
