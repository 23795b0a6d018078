# A function of __main__ left in gc.callbacks at exit (spec 2.7): the
# callback list holds __main__'s globals until after the last collection
# of shutdown, so no global is finalized; the callback sees only the
# collection Py_FinalizeEx runs before the modules are torn down.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def watch(phase, info):
    print("gc callback:", phase, "generation", info["generation"])


a = Node("a")
b = Node("b")
b.me = b
gc.callbacks.append(watch)
print("end of script")
