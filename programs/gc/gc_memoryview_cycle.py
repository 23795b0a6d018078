# A bytearray subclass whose instance holds memoryviews of itself is a cycle
# through the views' managed buffer (spec 3.1, 3.7): gc.collect() counts the
# managedbuffer objects too, and the bytearray cannot resize meanwhile.
import gc
class B(bytearray):
    def __del__(self):
        print("B freed", bytes(self))
gc.collect()
b = B(b"self")
b.view = memoryview(b)
b.view2 = b.view[1:]
del b
print("collected:", gc.collect())
b = B(b"two")
m = memoryview(b)
b.m = m
del m
try:
    b.append(1)
except BufferError as e:
    print(e)
del b
print("collected:", gc.collect())
