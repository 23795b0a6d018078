# The unraisable report's reading of the source file when the line it
# shows lies past the first 8 KiB chunk of the file (spec 7, 11): each
# chunk is read through read1() and the Python-level decoder, and a line
# that crosses a chunk boundary gathers its pieces in a list; what
# generation 0 counts for it, with collection off and with small thresholds.
import gc
# padding 0000: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0001: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0002: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0003: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0004: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0005: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0006: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0007: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0008: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0009: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0010: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0011: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0012: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0013: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0014: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0015: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0016: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0017: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0018: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0019: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0020: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0021: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0022: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0023: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0024: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0025: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0026: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0027: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0028: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0029: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0030: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0031: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0032: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0033: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0034: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0035: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0036: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0037: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0038: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0039: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0040: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0041: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0042: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0043: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0044: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0045: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0046: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0047: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0048: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0049: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0050: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0051: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0052: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0053: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0054: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0055: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0056: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0057: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0058: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0059: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0060: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0061: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0062: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0063: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0064: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0065: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0066: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0067: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0068: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0069: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0070: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0071: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0072: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0073: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0074: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0075: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0076: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0077: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0078: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0079: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0080: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0081: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0082: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0083: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0084: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0085: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0086: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0087: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0088: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0089: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0090: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0091: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0092: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0093: the report reads the source file in 8 KiB chunks up to the line it shows
# padding 0094: the report reads the source file in 8 KiB chunks up to the line it shows


class Far:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError("far " + self.name)


gc.collect()
gc.disable()
for i in range(3):
    o = Far(str(i))
    before = gc.get_count()
    del o
    print(i, before, gc.get_count())
gc.enable()
for t in range(1, 30):
    gc.collect()
    gc.set_threshold(t, 1, 1)
    o = Far(str(t))
    del o
    print(t, gc.get_count())
gc.set_threshold(700, 10, 10)
