# Reduced by the fuzzer (seed 530099, a mutant of a warnings program): a
# warning about an object (`source`, here an unawaited coroutine) shown by
# warnings._showwarnmsg while a catch_warnings() block replaces nothing
# ends with the hint "Enable tracemalloc to get the object allocation
# traceback", which Lib/warnings.py adds after asking tracemalloc.
import warnings


async def job():
    pass


class Source:
    pass


with warnings.catch_warnings():
    job()
warnings.simplefilter("always")
warnings.warn("about an object", UserWarning, source=Source())
print("done")
