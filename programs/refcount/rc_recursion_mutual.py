# Mutual recursion never repeats a traceback line consecutively, so nothing
# is collapsed (spec 7): with setrecursionlimit(50) the uncaught
# RecursionError prints all 49 frames (ping/pong alternate) and exits 1.
import sys


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


sys.setrecursionlimit(50)
print("starting")
ping(0)
