# Unicode: columns are UTF-8 bytes
namé = "é"
日本 = "日本語"; x = 1
s = "😀" + y
print("ü", z)
if "ä":
    ö = ("ß",
         w)
t = f"{é}"
