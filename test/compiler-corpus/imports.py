import os
import os.path
import os.path as osp
from os import path, sep as separator
from . import sibling
from ..pkg import thing
import math
print(math.sqrt(2), os.getcwd())
