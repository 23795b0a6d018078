# An unawaited coroutine's RuntimeWarning goes through the warnings filters and showwarning: recorded by catch_warnings(record=True) with its source object, ignored, or given to a replaced showwarning.
import gc
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    job()
    for m in w:
        print(m.category.__name__, m.message, m.lineno, type(m.source).__name__, m.source.__qualname__)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    job()
    print("ignored")


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    job()
gc.collect()
print("done")
