---------------------------- MODULE Unimplemented ----------------------------
\* IOExec runs a program in TLC; tlatrace has no native for it, and says so at the call instead
\* of evaluating the module's placeholder body.
EXTENDS IOUtils
ASSUME IOExec(<<"true">>).exitValue = 0
==============================================================================
