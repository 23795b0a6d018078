# Cyclic garbage left by importing library modules: gc.collect() right after importing abc, collections, operator, re and types finds none in CPython 3.11; refpy's imports leave some (found by test/fuzz).
import gc
import abc, collections, operator, re, types
print(gc.collect())
