# A future statement must come first (after the docstring and other future
# statements): SyntaxError "from __future__ imports must occur at the
# beginning of the file" under the whole late statement.
"""Docstring."""
from __future__ import annotations
import sys
from __future__ import division

print(sys.version_info >= (3,))
