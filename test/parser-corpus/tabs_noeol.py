def f():
	if x:
		return 1
	return 2
class A:
        x = 1
        def m(self):
                pass
x = 1