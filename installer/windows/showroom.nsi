; Showroom Assistant - Windows installer (NSIS 3, Unicode).
;
; Build (on Windows, after `pyinstaller installer\showroom.spec`; see installer\README.md):
;   makensis /DVERSION=0.1.0 installer\windows\showroom.nsi
; Options:
;   /DVERSION=x.y.z        required: the package version (showroom_app.__version__)
;   /DSOURCE_DIR=path      the one-folder app (default ..\..\dist\showroom-assistant)
;   /DOUTFILE=path         the installer to write (default ..\..\dist\showroom-assistant-<VERSION>-setup.exe)
;
; Installs per machine into Program Files, with Start-menu and desktop shortcuts and an
; entry in Add/Remove Programs. Uninstalling keeps each user's data
; (%LOCALAPPDATA%\showroom-assistant) unless "Also delete my data" is ticked on the
; uninstaller's page (not ticked by default; a silent uninstall never deletes data).

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z showroom.nsi"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\showroom-assistant"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\showroom-assistant-${VERSION}-setup.exe"
!endif

!define APP_NAME "Showroom Assistant"
!define APP_ID "showroom-assistant"
!define APP_EXE "${APP_ID}.exe"
!define PUBLISHER "Showroom Assistant team"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR_NAME "${APP_ID}"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

; version resource of setup.exe: numeric x.y.z.0 from VERSION
!searchparse /noerrors "${VERSION}" "" VER_MAJOR "." VER_MINOR "." VER_PATCH
!ifndef VER_MAJOR
  !define VER_MAJOR 0
!endif
!ifndef VER_MINOR
  !define VER_MINOR 0
!endif
!ifndef VER_PATCH
  !define VER_PATCH 0
!endif
VIProductVersion "${VER_MAJOR}.${VER_MINOR}.${VER_PATCH}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ABORTWARNING
!define MUI_ICON "${SOURCE_DIR}\_internal\showroom_app\resources\icons\showroom.ico"
!define MUI_UNICON "${SOURCE_DIR}\_internal\showroom_app\resources\icons\showroom.ico"
!if /FileExists "${MUI_ICON}"
!else
  !undef MUI_ICON
  !undef MUI_UNICON
!endif
; no "Run now" box on the finish page: it would start the app elevated, as the installer
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

; --- pages ------------------------------------------------------------------------------
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataTitle ${LANG_TRADCHINESE} "您的資料"
LangString DataTitle ${LANG_SIMPCHINESE} "您的数据"
LangString DataSubtitle ${LANG_ENGLISH} "Keep or delete the customer database and settings."
LangString DataSubtitle ${LANG_TRADCHINESE} "保留或刪除客戶資料庫與設定。"
LangString DataSubtitle ${LANG_SIMPCHINESE} "保留或删除客户数据库与设置。"
LangString DataText ${LANG_ENGLISH} "Your customer database, settings and backups stay in $\r$\n$0$\r$\nso that a new installation finds them again."
LangString DataText ${LANG_TRADCHINESE} "您的客戶資料庫、設定與備份會保留在$\r$\n$0$\r$\n重新安裝後可以繼續使用。"
LangString DataText ${LANG_SIMPCHINESE} "您的客户数据库、设置与备份会保留在$\r$\n$0$\r$\n重新安装后可以继续使用。"
LangString DataCheck ${LANG_ENGLISH} "Also delete my data (customers, settings, backups) - this cannot be undone"
LangString DataCheck ${LANG_TRADCHINESE} "同時刪除我的資料（客戶、設定、備份）－無法復原"
LangString DataCheck ${LANG_SIMPCHINESE} "同时删除我的数据（客户、设置、备份）－无法恢复"
LangString DataConfirm ${LANG_ENGLISH} "Delete all customer data and backups in $0 for good?"
LangString DataConfirm ${LANG_TRADCHINESE} "確定要永久刪除 $0 中的所有客戶資料與備份嗎？"
LangString DataConfirm ${LANG_SIMPCHINESE} "确定要永久删除 $0 中的所有客户数据与备份吗？"

Var DeleteData
Var DataCheckbox

; --- install ----------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows 10 or newer."
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; an upgrade replaces the whole bundle: no stale library of an older version is left
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; --- uninstall --------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  StrCpy $DeleteData 0
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.DataDir
  ; the data of the user running the uninstaller (platformdirs: %LOCALAPPDATA%\showroom-assistant)
  SetShellVarContext current
  StrCpy $0 "$LOCALAPPDATA\${DATA_DIR_NAME}"
  SetShellVarContext all
FunctionEnd

Function un.DataPageCreate
  Call un.DataDir
  ${IfNot} ${FileExists} "$0\*.*"
    Abort ; nothing to keep or delete: skip the page
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $1
  ${If} $1 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 60u "$(DataText)"
  Pop $1
  ${NSD_CreateCheckbox} 0 70u 100% 24u "$(DataCheck)"
  Pop $DataCheckbox
  ${NSD_Uncheck} $DataCheckbox
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $1
  StrCpy $DeleteData 0
  ${If} $1 == ${BST_CHECKED}
    Call un.DataDir
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES confirmed
    Abort ; "No": stay on the page
    confirmed:
    StrCpy $DeleteData 1
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; only what the installer put there (never RMDir /r "$INSTDIR": it may have been changed
  ; to a folder holding other files)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${APP_ID}-console.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"

  ${If} $DeleteData == 1
    Call un.DataDir
    RMDir /r "$0"
  ${EndIf}
SectionEnd
