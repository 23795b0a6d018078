# __hello__ and __phello__ (CPython's test modules, frozen in CPython): importing them, running main()
import __hello__
import __phello__
import __phello__.spam

print(__hello__.initialized, __phello__.initialized, __phello__.spam.initialized)
__hello__.main()
__phello__.main()
__phello__.spam.main()
print(__phello__.__name__, __phello__.spam.__name__, __phello__.spam.__package__)
