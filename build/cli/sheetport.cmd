@echo off
rem Sheetport's command line on Windows: runs the installed app in --cli mode in this
rem console and waits for it, so the output appears here and %ERRORLEVEL% is the
rem command's exit code (0 all rows went through, 1 some did not, 2 the command or
rem its input could not be used). Example:
rem   "%LOCALAPPDATA%\Programs\Sheetport\sheetport.cmd" import products.xlsx --target products:create --connection "My shop"
start "" /b /wait "%~dp0Sheetport.exe" --cli %*
exit /b %ERRORLEVEL%
