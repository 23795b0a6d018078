# Run a command and report its peak resident set size.
#
#   python3 bench/maxrss.py COMMAND [ARG...]
#
# The command's stdout and stderr pass through unchanged; then one line
# "#bench maxrss kib=N" is written to stdout, N being the child's
# ru_maxrss (Linux: kibibytes) from getrusage(RUSAGE_CHILDREN). The same
# wrapper measures refpy (node, with its interpreter on a worker thread of
# the same process) and CPython, so both numbers mean the same thing: the
# most physical memory the process ever held, start-up included. The exit
# status is the command's.

import resource
import subprocess
import sys

result = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sys.stdout.buffer.write(result.stdout)
sys.stderr.buffer.write(result.stderr)
sys.stdout.write("#bench maxrss kib=%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(result.returncode)
