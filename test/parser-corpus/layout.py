x = 1

# comment only
   # indented comment

if x:  # trailing

    # inside
    y = 2


    z = 3
    nested = 4 if False else None
w = [
  1,
      2,  # c
]
v = 1 + \
    2
