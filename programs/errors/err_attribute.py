# Ends with an uncaught AttributeError: a method called on None that a
# lookup function returned for a missing user.


class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def domain(self):
        return self.email.split("@")[1]


users = [User("ann", "ann@example.org"), User("bob", "bob@example.com")]


def find(name):
    for user in users:
        if user.name == name:
            return user
    return None


print(find("ann").domain())
print(hasattr(users[0], "email"), hasattr(users[0], "phone"), getattr(users[0], "phone", "no phone"))
try:
    users[1].phone
except AttributeError as error:
    print("AttributeError caught:", error)
print(find("cy").domain())
