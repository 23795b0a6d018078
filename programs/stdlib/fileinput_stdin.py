# fileinput over standard input ('-'): lines with filename, lineno, isfirstline; FileInput as a context manager
import fileinput

for line in fileinput.input(files=("-",)):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(),
          fileinput.isstdin(), repr(line))
with fileinput.FileInput(files=()) as f:
    print(type(f).__name__, list(f))
print(fileinput.hook_encoded("utf-8").__name__)
