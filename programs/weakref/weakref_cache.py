# Weak references: a cache that does not keep its images alive
# (WeakValueDictionary), callbacks, weakref.finalize, getweakrefcount.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        self.name = name
        Image.loads += 1
        print(f"  load {name}")

    def __del__(self):
        print(f"  unload {self.name}")

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()


def get_image(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image


print("first use:")
logo = get_image("logo.png")
again = get_image("logo.png")
print("same object:", logo is again, "loads:", Image.loads)
print("in cache:", "logo.png" in cache, len(cache))
del again
print("one name left, still cached:", "logo.png" in cache)
del logo
print("no names left -> evicted:", "logo.png" in cache, len(cache))
get_image("icon.png")
print("temporary image was unloaded at once; loads:", Image.loads)

print("callbacks:")
banner = Image("banner.png")


def on_death(ref):
    print("  callback: referent gone, ref() is", ref())


r1 = weakref.ref(banner, on_death)
r2 = weakref.ref(banner)
r3 = weakref.ref(banner)
print("plain refs are shared:", r2 is r3, "| count:", weakref.getweakrefcount(banner))
print("r1() is banner:", r1() is banner)
finalizer = weakref.finalize(banner, print, "  finalize: banner cleaned up")
print("finalizer alive:", finalizer.alive)
banner = None
print("finalizer alive:", finalizer.alive, "| r2():", r2())

print("a proxy forwards attribute access:")
poster = Image("poster.png")
proxy = weakref.proxy(poster)
print("proxy.name =", proxy.name)
del poster
try:
    proxy.name
except ReferenceError as error:
    print("ReferenceError:", error)

print("WeakSet of live sessions:")


class Session:
    def __init__(self, user):
        self.user = user


sessions = weakref.WeakSet()
alive = [Session("ann"), Session("bob"), Session("cy")]
for s in alive:
    sessions.add(s)
print(len(sessions), sorted(s.user for s in sessions))
alive.pop(1)
print(len(sessions), sorted(s.user for s in sessions))
alive.clear()
print(len(sessions), "left: the loop variable s still holds", s.user)
del s
print(len(sessions))
try:
    weakref.ref(42)
except TypeError as error:
    print("TypeError:", error)
print("end")
