# The oldest future joke: `from __future__ import braces` is a SyntaxError,
# "not a chance".
from __future__ import braces

print("no braces")
