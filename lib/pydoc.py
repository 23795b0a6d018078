"""refpy's pydoc: the text `help(object)` prints, without CPython's pydoc.

CPython's Lib/pydoc.py needs `inspect`, `tokenize`, a pager and the
library's files; refpy ships none of them. This module gives the builtin
`help` (site's _sitebuiltins._Helper calls pydoc.help) what a program run
with its output not on a terminal gets from CPython for the common cases,
in pydoc's plain-text layout:

    Help on function f in module __main__:

    f(x, y=2, *args, k=3, **kw)
        The docstring, cleaned and indented.

for Python functions, lambdas, bound methods and built-in functions (whose
signature inspect reads from their __text_signature__, `(...)` without one).
A class shows its `class C(bases)` line, its docstring and the functions
defined in it; any other object is described by its type. Interactive
help (`help()` with no argument) and help on a topic or module name given
as a string are not provided (programs/DIFFERENCES.md).
"""

import sys

__all__ = ['help', 'doc', 'render_doc', 'describe', 'getdoc']


def _cleandoc(doc):
    """inspect.cleandoc: the docstring with its common indentation removed."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return ''
    return _cleandoc(doc).rstrip()


def _isfunction(obj):
    return type(obj).__name__ == 'function'


def _ismethod(obj):
    return type(obj).__name__ == 'method'


def _isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def _formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature(func, skip_first=False):
    """inspect.signature(func) as str() shows it."""
    code = func.__code__
    pos = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    first_default = pos - len(defaults)

    def param(name, has_default, default):
        text = name
        if name in annotations:
            text += ': ' + _formatannotation(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    params = []
    for i in range(pos):
        has_default = i >= first_default
        params.append(param(names[i], has_default, defaults[i - first_default] if has_default else None))
        if i == posonly - 1:
            params.append('/')
    index = pos
    if code.co_flags & 0x04:
        name = names[pos + kwonly]
        params.append('*' + param(name, False, None))
    elif kwonly:
        params.append('*')
    for i in range(pos, pos + kwonly):
        name = names[i]
        params.append(param(name, name in kwdefaults, kwdefaults.get(name)))
    if code.co_flags & 0x08:
        index = pos + kwonly + (1 if code.co_flags & 0x04 else 0)
        params.append('**' + param(names[index], False, None))
    if skip_first and params and params[0] != '/':
        params.pop(0)
        if params and params[0] == '/':
            params.pop(0)
    text = '(' + ', '.join(params) + ')'
    if 'return' in annotations:
        text += ' -> ' + _formatannotation(annotations['return'])
    return text


def _builtin_signature(obj):
    """str(inspect.signature(obj)) for a built-in, `(...)` where it has none."""
    if getattr(obj, '__text_signature__', None) is None:
        return '(...)'
    import inspect
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return '(...)'


def _indent(text, prefix='    '):
    if not text:
        return ''
    lines = [prefix + line for line in text.split('\n')]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _docroutine(obj, name=None, cl=None):
    realname = obj.__name__
    name = name or realname
    note = ''
    skip_first = False
    if _ismethod(obj):
        self = obj.__self__
        func = obj.__func__
        if isinstance(self, type):
            note = ' class method of ' + _classname(self)
        else:
            note = ' method of %s instance' % _classname(type(self))
        skip_first = True
        obj = func
    if name != realname:
        title = name + ' = ' + realname
    else:
        title = realname
    if _isfunction(obj):
        argspec = _signature(obj, skip_first)
        if realname == '<lambda>':
            title = name + ' lambda '
            argspec = argspec[1:-1]
    else:
        argspec = _builtin_signature(obj)
    decl = title + argspec + note
    doc = getdoc(obj)
    return decl + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _classname(cls, modname=None):
    name = cls.__qualname__
    if cls.__module__ != modname and cls.__module__ != 'builtins':
        name = cls.__module__ + '.' + name
    return name


def _docclass(cls, name=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    title = ('class ' + name) if name == realname else (name + ' = class ' + realname)
    if bases:
        title += '(%s)' % ', '.join(
            (b.__module__ + '.' + b.__qualname__) if b.__module__ == 'builtins' and cls.__module__ != 'builtins'
            else _classname(b, cls.__module__) for b in bases)
    contents = []
    doc = getdoc(cls)
    if doc:
        contents.append(doc)
    sections = []
    methods = [(k, v) for k, v in cls.__dict__.items() if _isfunction(v)]
    if methods:
        section = ['Methods defined here:', '']
        for k, v in sorted(methods):
            section.append(_docroutine(v, k, cls).rstrip('\n'))
            section.append('')
        sections.append(section)
    descriptors = [(k, v) for k, v in cls.__dict__.items() if type(v).__name__ == 'getset_descriptor']
    if descriptors:
        section = ['Data descriptors defined here:', '']
        for k, v in sorted(descriptors):
            section.append(k)
            d = getdoc(v)
            if d:
                section.append(_indent(d))
            section.append('')
        sections.append(section)
    for i, section in enumerate(sections):
        if i > 0:
            contents.append('-' * 70)
        elif contents:
            contents.append('')
        contents.extend(section)
    if sections:
        contents.pop()
    body = '\n'.join(contents)
    lines = [' |  ' + line for line in body.split('\n')] if body else []
    return title + '\n' + '\n'.join(lines) + ('\n' if lines else '')


def describe(thing):
    """A short description of `thing` (pydoc.describe)."""
    if isinstance(thing, type(sys)):
        return 'module ' + thing.__name__
    if _isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, type):
        return 'class ' + thing.__name__
    if _isfunction(thing):
        return 'function ' + thing.__name__
    if _ismethod(thing):
        return 'method ' + thing.__func__.__name__
    return type(thing).__name__


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    desc = describe(thing)
    module = sys.modules.get(getattr(thing, '__module__', None) or '')
    if module is not None and module is not thing:
        desc += ' in module ' + module.__name__
    if not (isinstance(thing, type) or _isfunction(thing) or _ismethod(thing) or _isbuiltin(thing)
            or isinstance(thing, type(sys))):
        thing = type(thing)
        desc += ' object'
        return title % desc + '\n\n' + _docclass(thing)
    if isinstance(thing, type):
        return title % desc + '\n\n' + _docclass(thing)
    if isinstance(thing, type(sys)):
        doc = getdoc(thing)
        return title % desc + '\n\nNAME\n    ' + thing.__name__ + ('\n\nDESCRIPTION\n' + _indent(doc) if doc else '') + '\n'
    return title % desc + '\n\n' + _docroutine(thing)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    text = render_doc(thing, title, forceload)
    (output or sys.stdout).write(text)


def help(*args, **kwds):
    if len(args) > 1 or kwds:
        raise TypeError('help() takes at most 1 argument')
    if not args:
        raise NotImplementedError('interactive help is not supported by refpy')
    request = args[0]
    if isinstance(request, str):
        raise NotImplementedError('help on a name given as a string is not supported by refpy')
    doc(request, 'Help on %s:')
    sys.stdout.write('\n')
