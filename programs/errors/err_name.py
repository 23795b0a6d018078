# Ends with an uncaught NameError for a misspelt variable, after a caught
# UnboundLocalError; 3.11 adds a "Did you mean" hint.
counter = 0


def increment():
    try:
        counter += 1
    except UnboundLocalError as error:
        print("UnboundLocalError:", error)


increment()
temperature_readings = [21.5, 22.0, 19.8]
total = 0
for reading in temperature_readings:
    total += reading
print("average:", round(total / len(temperature_readings), 2))
print("highest:", max(temperature_reading))
