# Ends with a ValueError raised three calls deep, so the traceback lists
# every frame of the chain, outermost first.


def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


def parse_person(line):
    name, age = line.split(",")
    return {"name": name.strip(), "age": parse_age(age.strip())}


def load(lines):
    people = []
    for number, line in enumerate(lines, start=1):
        people.append(parse_person(line))
        print(f"line {number} ok")
    return people


print(load(["Ann, 31", "Bob, 45"]))
load(["Cy, 22", "Dee, -4", "Eve, 50"])
