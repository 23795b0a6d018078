# try/except* as CPython 3.11 compiles it: CHECK_EG_MATCH, PREP_RERAISE_STAR and the handler blocks.
def plain():
    try:
        g()
    except* ValueError as e:
        h(e)
    except* (TypeError, KeyError):
        pass


def with_else_finally():
    try:
        g()
    except* ValueError:
        raise
    else:
        k()
    finally:
        z()


def in_loop(xs):
    for x in xs:
        try:
            g(x)
        except* OSError as e:
            for y in e.exceptions:
                if y:
                    continue
                break


async def coro():
    try:
        await g()
    except* ValueError as e:
        await h(e)


try:
    g()
except* ValueError as e:
    print(e)
