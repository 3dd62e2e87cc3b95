---- MODULE Numbers ----
N == \b1010 + \o777 + \hDEAD + 12345678901234567890123 + 1.25
S == "tab\there" \o "nl\n" \o "q\"" \o "bs\\"
====
