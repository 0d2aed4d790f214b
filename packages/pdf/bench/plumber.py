"""pdfplumber's table extraction on every page of the given PDFs (the comparison in bench/batch.mjs).

Prints one JSON line: the tables found and the process' CPU time (user, system) and peak memory.
"""
import json
import resource
import sys

import pdfplumber

tables = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables += len(page.extract_tables())
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"tables": tables, "user": usage.ru_utime, "sys": usage.ru_stime, "rssMb": usage.ru_maxrss / 1024}))
