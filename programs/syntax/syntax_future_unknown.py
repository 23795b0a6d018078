# An unknown future feature is a SyntaxError when the module is compiled:
# "future feature nonexistent is not defined", caret at the statement.
from __future__ import annotations, nonexistent

print("never runs")
