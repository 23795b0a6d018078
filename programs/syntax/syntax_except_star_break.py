# break inside an except* block (the loop is outside the try) is a SyntaxError.
for x in range(3):
    try:
        pass
    except* ValueError:
        break
