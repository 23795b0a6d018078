# sys.exit with an int too large for a C long: CPython exits with status
# 255 ((int)PyLong_AsLong fails with -1), never 0 (success).
import sys

print("exiting")
sys.exit(2**100)
