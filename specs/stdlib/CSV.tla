--------------------------------- MODULE CSV ---------------------------------
(***************************************************************************)
(* tlatrace's own text of the community module CSV, written for tlatrace   *)
(* from the documented meaning of each operator.  Every operator reads or  *)
(* writes a file, so each one is native; the bodies are placeholders.      *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* native: appends one line to file, made by formatting the elements of the
\* sequence val with template (Java String.format: %1$s is val[1], ...);
\* equals TRUE.
CSVWrite(template, val, file) == TRUE

\* native: appends the values of the record as one line separated by delim;
\* when headers is TRUE and the file is empty, first writes a line of the
\* field names. Equals TRUE.
CSVWriteRecord(record, delim, headers, file) == TRUE

\* native: the lines of file as a sequence of records; each line is split at
\* delimiter and its fields, as strings, are given the names of columns.
CSVRead(columns, delimiter, file) == CHOOSE records : TRUE

\* native: the number of lines of file (header included); 0 if there is no
\* such file.
CSVRecords(file) == CHOOSE n \in Nat : TRUE

=============================================================================
