; Inno Setup 6 script: Narrativ for every user of a Windows PC (installed in Program Files).
;
; Build the program folder first (dist\Narrativ, with packaging\build.py), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\narrativ.iss
; or let the build do both: py -3.11 packaging\build.py --installer
; The installer lands in dist\Narrativ-<version>-setup.exe.
;
; Where the data live (asked on a wizard page, or given on the command line):
;   user     (default) each Windows user has their own: %LOCALAPPDATA%\Narrativ
;   machine  every Windows user of this PC shares C:\ProgramData\Narrativ
;   custom   a folder IT chooses (/DATADIR=...), on this PC's own disk
; "machine" and "custom" set the machine-wide environment variable NARRATIV_DATA_DIR,
; which Narrativ reads at start. Silent install for IT, e.g.:
;   Narrativ-0.1.0-setup.exe /VERYSILENT /NORESTART /DATAMODE=machine /LOG="C:\Temp\narrativ.log"
;   Narrativ-0.1.0-setup.exe /VERYSILENT /DATADIR="D:\Narrativ"
; The uninstaller removes the program and the variable, never the data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Narrativ"
#define AppExe "Narrativ.exe"
#define CliExe "narrativ-cli.exe"
#define Bundle "..\..\dist\Narrativ"

[Setup]
; Never change AppId: Windows finds an installed Narrativ (to upgrade it) by this value.
AppId={{A7251723-B848-4AE3-96D1-AB74251E7287}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Narrativ maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine: Program Files, Start menu for all users, written by an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
CloseApplications=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\narrativ.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Narrativ-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.DataTitle=Hvor skal Narrativs data ligge?
danish.DataDescription=Databasen med narrativerne og dens nøglefil
danish.DataExplain=Data er krypteret. Vælg, hvem på denne pc der bruger den samme database. Vælg mappen på pc'ens egen disk; en netværksmappe understøttes ikke. Afinstallation sletter aldrig data.
danish.DataPerUser=Hver Windows-bruger har sine egne data (standard)
danish.DataMachine=Alle Windows-brugere på denne pc deler data (C:\ProgramData\Narrativ)
danish.DataCustom=En mappe, som IT vælger
danish.FolderTitle=Mappe til Narrativs data
danish.FolderDescription=Alle Windows-brugere på pc'en skal kunne skrive i mappen.
danish.FolderExplain=Vælg en mappe på denne pc's egen disk:
danish.SelfTestFailed=Narrativs selvtest fejlede efter installationen. Se installationsloggen, eller kør "%1" --self-test i en kommandoprompt.
danish.DesktopIcon=Genvej på skrivebordet
english.DataTitle=Where should Narrativ keep its data?
english.DataDescription=The database with the narratives and its key file
english.DataExplain=The data are encrypted. Choose who on this PC uses the same database. Choose a folder on this PC's own disk; a network folder is not supported. Uninstalling never deletes data.
english.DataPerUser=Each Windows user has their own data (default)
english.DataMachine=All Windows users of this PC share the data (C:\ProgramData\Narrativ)
english.DataCustom=A folder chosen by IT
english.FolderTitle=Folder for Narrativ's data
english.FolderDescription=Every Windows user of this PC must be able to write in it.
english.FolderExplain=Choose a folder on this PC's own disk:
english.SelfTestFailed=Narrativ's self-test failed after installing. See the setup log, or run "%1" --self-test in a command prompt.
english.DesktopIcon=Shortcut on the desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller folder; ignoreversion because Qt's DLLs carry their own versions
; and an upgrade must replace every file with the one it was built and tested with.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean program folder, so no file of the old build lingers in
; _internal. The data never live here.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; Several Windows users share one database: each of them must be able to write the files
; (by default only the Windows user who created a file in ProgramData may change it).
Name: "{code:DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: SharesDataFolder

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: expandsz; ValueName: "NARRATIV_DATA_DIR"; ValueData: "{code:DataDir}"; \
  Flags: uninsdeletevalue; Check: SharesDataFolder

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "dk.narrativ.Narrativ"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

var
  DataPage: TInputOptionWizardPage;
  FolderPage: TInputDirWizardPage;

{ "user", "machine" or "custom": the command line first, then the wizard page. }
function DataMode(): String;
begin
  if ExpandConstant('{param:DATADIR|}') <> '' then
    Result := 'custom'
  else if ExpandConstant('{param:DATAMODE|}') <> '' then
    Result := Lowercase(ExpandConstant('{param:DATAMODE|}'))
  else if DataPage = nil then
    Result := GetPreviousData('DataMode', 'user')
  else if DataPage.SelectedValueIndex = 1 then
    Result := 'machine'
  else if DataPage.SelectedValueIndex = 2 then
    Result := 'custom'
  else
    Result := 'user';
end;

function DataDir(Param: String): String;
begin
  if DataMode() = 'machine' then
    Result := ExpandConstant('{commonappdata}\Narrativ')
  else if ExpandConstant('{param:DATADIR|}') <> '' then
    Result := ExpandConstant('{param:DATADIR|}')
  else if FolderPage <> nil then
    Result := FolderPage.Values[0]
  else
    Result := GetPreviousData('DataDir', '');
end;

function SharesDataFolder(): Boolean;
begin
  Result := (DataMode() = 'machine') or ((DataMode() = 'custom') and (DataDir('') <> ''));
end;

procedure InitializeWizard();
var
  Previous: String;
begin
  DataPage := CreateInputOptionPage(wpSelectDir, CustomMessage('DataTitle'),
    CustomMessage('DataDescription'), CustomMessage('DataExplain'), True, False);
  DataPage.Add(CustomMessage('DataPerUser'));
  DataPage.Add(CustomMessage('DataMachine'));
  DataPage.Add(CustomMessage('DataCustom'));
  FolderPage := CreateInputDirPage(DataPage.ID, CustomMessage('FolderTitle'),
    CustomMessage('FolderDescription'), CustomMessage('FolderExplain'), False, '');
  FolderPage.Add('');
  { An upgrade offers what was chosen last time. }
  Previous := GetPreviousData('DataMode', 'user');
  if Previous = 'machine' then
    DataPage.SelectedValueIndex := 1
  else if Previous = 'custom' then
    DataPage.SelectedValueIndex := 2
  else
    DataPage.SelectedValueIndex := 0;
  FolderPage.Values[0] := GetPreviousData('DataDir', ExpandConstant('{commonappdata}\Narrativ'));
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (FolderPage <> nil) and (PageID = FolderPage.ID) and (DataMode() <> 'custom');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (FolderPage <> nil) and (CurPageID = FolderPage.ID) and (Copy(FolderPage.Values[0], 1, 2) = '\\') then
  begin
    { SQLite's write-ahead log needs the database on the PC's own disk. }
    MsgBox(CustomMessage('DataExplain'), mbError, MB_OK);
    Result := False;
  end;
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'DataMode', DataMode());
  SetPreviousData(PreviousDataKey, 'DataDir', DataDir(''));
end;

procedure RunSelfTest();
var
  ResultCode: Integer;
  Report: String;
  Output: AnsiString;
begin
  { The console twin prints the report; keep it in the setup log (/LOG) for IT. }
  Report := ExpandConstant('{tmp}\narrativ-selftest.txt');
  if not Exec(ExpandConstant('{cmd}'),
      '/C ""' + ExpandConstant('{app}\{#CliExe}') + '" --self-test > "' + Report + '" 2>&1"',
      '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  if LoadStringFromFile(Report, Output) then
    Log(String(Output));
  if ResultCode <> 0 then
    SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [ExpandConstant('{app}\{#CliExe}')]),
      mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    { Back to per-user data after a shared setup: drop the variable an earlier install
      set. A variable IT set by Group Policy is not ours to remove and is left alone. }
    if (not SharesDataFolder()) and (GetPreviousData('DataMode', 'user') <> 'user') then
      RegDeleteValue(HKLM, EnvironmentKey, 'NARRATIV_DATA_DIR');
    RunSelfTest();
  end;
end;
