import os
import os.path
import os.path as p
import a, b as c, d.e
from x import y
from x import y as z, w
from x.y import (a, b as c,)
from . import a
from .. import b
from .mod import c
from ...pkg.mod import d
from .... import e
from x import *
from . import (
    f,
    g,
)
