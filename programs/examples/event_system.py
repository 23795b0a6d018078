# An event bus with callbacks: functions, lambdas, bound methods and
# closures as handlers, *args/**kwargs forwarding, and unsubscribing.


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler=None, *, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((fn, once))
            return fn
        return register(handler) if handler is not None else register

    def off(self, event, handler):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [(h, o) for h, o in self.handlers.get(event, []) if h != handler]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for handler, once in list(self.handlers.get(event, [])):
            results.append(handler(*args, **kwargs))
            if once:
                self.off(event, handler)
        return results


bus = EventBus()


@bus.on("login")
def greet(user, **details):
    extras = ", ".join(f"{k}={v}" for k, v in sorted(details.items()))
    print(f"  welcome {user}" + (f" ({extras})" if extras else ""))
    return "greeted"


class Audit:
    def __init__(self):
        self.entries = []

    def record(self, *args, **kwargs):
        self.entries.append((args, kwargs))
        return len(self.entries)


audit = Audit()
bus.on("login", audit.record)
bus.on("logout", audit.record)
bus.on("logout", lambda user: print(f"  bye {user}"))


def make_counter(name):
    count = 0

    def counter(*args, **kwargs):
        nonlocal count
        count += 1
        print(f"  {name} saw event #{count} with {len(args)} args, {len(kwargs)} kwargs")
        return count
    return counter


bus.on("login", make_counter("metrics"), once=True)

print("emit login:", bus.emit("login", "ada", ip="10.0.0.1", admin=True))
print("emit login:", bus.emit("login", "bob"))
print("emit logout:", bus.emit("logout", "ada"))
print("emit unknown:", bus.emit("nobody-listens", 1, 2))
print("removed:", bus.off("login", audit.record), bus.off("login", audit.record))
print("emit login:", bus.emit("login", "cy", **{"via": "sso"}))
for args, kwargs in audit.entries:
    print("audit:", args, kwargs)
print(audit.record == audit.record, audit.record is audit.record)
print({event: len(handlers) for event, handlers in bus.handlers.items()})
