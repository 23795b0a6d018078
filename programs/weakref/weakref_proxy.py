# weakref.proxy (spec 5): forwards attribute access, calls and operators to
# a live referent without keeping it alive; once it dies every use raises
# ReferenceError: weakly-referenced object no longer exists.
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __add__(self, other):
        return self.balance + other

    def __len__(self):
        return 7

    def __del__(self):
        print("  __del__", self.owner)


acct = Account("ann", 100)
p = weakref.proxy(acct)
print("attribute:", p.owner, "| method:", p.deposit(5), "| operator:", p + 1, "| len:", len(p))
p.balance = 0
print("setting through the proxy changes the object:", acct.balance)
print("type:", type(p).__name__, "| is not the object:", p is not acct)
print("repr:", repr(p))
print("proxies count as weak references:", weakref.getweakrefcount(acct))
p2 = weakref.proxy(acct)
print("plain proxies are shared too:", p2 is p)


def double(x):
    return 2 * x


cp = weakref.proxy(double)
print("callable proxy:", type(cp).__name__, cp(21))
print("dropping the account:")
del acct
for action in (lambda: p.owner, lambda: p + 1, lambda: len(p), lambda: setattr(p, "x", 1)):
    try:
        action()
    except ReferenceError as error:
        print("ReferenceError:", error)
print("dead proxy repr:", repr(p))
print("a proxy with a callback:")
acct = Account("bob", 1)
p3 = weakref.proxy(acct, lambda proxy: print("  callback got a proxy:", type(proxy).__name__))
del acct
print("end")
