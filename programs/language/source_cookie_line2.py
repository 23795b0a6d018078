#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
# The cookie may be on line 2 after a comment line (here a vim modeline); # coding=... forms work too.
print("À bientôt", len("àéîõü"))
