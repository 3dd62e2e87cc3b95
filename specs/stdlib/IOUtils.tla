------------------------------- MODULE IOUtils ------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module IOUtils, written for        *)
(* tlatrace from the documented meaning of each operator.  "\* native"     *)
(* marks a placeholder body for an operator that reads or writes files,    *)
(* runs processes or reads the environment.                                *)
(*                                                                         *)
(* The IOExec family equals a record                                       *)
(*     [exitValue : Int, stdout : STRING, stderr : STRING]                 *)
(* describing the finished process.                                        *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE SequencesExt

\* native: writes val to the file in the checker's binary format
\* (compressed when compress is TRUE); TRUE
IOSerialize(val, absoluteFilename, compress) == TRUE

\* native: the value stored in the file by IOSerialize
IODeserialize(absoluteFilename, compressed) == CHOOSE v : TRUE

\* native: writes value to dest with the serializer named by options.format
\* (other fields of the record options configure it); equals a process record
Serialize(value, dest, options) ==
  CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

\* native: the value read from src with the serializer named by options.format
Deserialize(src, options) == CHOOSE v : TRUE

\* native: runs the program command[1] with arguments command[2], ...
IOExec(command) ==
  CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

\* native: IOExec with the extra environment variables env, a set of
\* <<name, value>> pairs
IOEnvExec(env, command) ==
  CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

\* native: IOExec of the command whose printf-style placeholders are filled
\* in with the elements of the sequence parameters
IOExecTemplate(commandTemplate, parameters) ==
  CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

\* native: IOExecTemplate with the extra environment variables env
IOEnvExecTemplate(env, commandTemplate, parameters) ==
  CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

\* native: the process environment, a record from variable names to strings
IOEnv == CHOOSE r \in [STRING -> STRING] : TRUE

\* native: the integer written in decimal in the string str, e.g. "-17"
atoi(str) == CHOOSE i \in Int : ToString(i) = str

\* The decimal digits of the natural number n, with leading zeros added so
\* that the string has at least width characters.
zeroPadN(n, width) ==
  LET digits == ToString(n)
      missing == IF width > Len(digits) THEN width - Len(digits) ELSE 0
      zeros[k \in 0 .. missing] == IF k = 0 THEN "" ELSE zeros[k - 1] \o "0"
  IN  zeros[missing] \o digits

=============================================================================
