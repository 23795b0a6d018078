# Ends with an uncaught TypeError from a call with a missing argument; the
# caught ones before it show other TypeError messages.


def area(width, height, *, unit="cm"):
    return f"{width * height} {unit}^2"


print(area(3, 4), area(2, 5, unit="m"))
callback = None
for attempt in [lambda: area(1, 2, 3), lambda: area(1, 2, colour="red"), lambda: len(5),
                lambda: "a" + 1, lambda: area(1, 2, unit="m", **{"unit": "km"}), lambda: callback()]:
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
sizes = [(3, 4), (5,)]
for size in sizes:
    print(area(*size))
