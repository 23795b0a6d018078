# vim: set fileencoding=utf-8 :
# A triple-quoted literal spanning lines with a truncated UTF-8 sequence on its second line.
text = """first
second â‚ end"""
