-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module Json, written for tlatrace  *)
(* from the documented meaning of each operator.  All operators are        *)
(* native: they format or parse JSON text, or read and write files.        *)
(* Records become JSON objects, sequences become JSON arrays, and back.   *)
(***************************************************************************)
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

\* native: value as a JSON string (records as objects, sequences as arrays,
\* sets as arrays, other functions as objects)
ToJson(value) == CHOOSE str : TRUE

\* native: the function value as a JSON array of its range
ToJsonArray(value) == CHOOSE str : TRUE

\* native: the function value as a JSON object keyed by its domain
ToJsonObject(value) == CHOOSE str : TRUE

\* native: writes the sequence value to the file as one JSON array; TRUE
JsonSerialize(absoluteFilename, value) == TRUE

\* native: the value of the JSON document in the file
JsonDeserialize(absoluteFilename) == CHOOSE v : TRUE

\* native: writes each element of the sequence value as one JSON line; TRUE
ndJsonSerialize(absoluteFilename, value) == TRUE

\* native: the sequence of the values of the JSON lines of the file
ndJsonDeserialize(absoluteFilename) == CHOOSE v : TRUE

=============================================================================
