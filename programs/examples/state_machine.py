# A vending machine as a state machine: a transition table of
# (state, event) -> (next state, action), with methods looked up by name.


class VendingMachine:
    PRICE = 75
    TRANSITIONS = {
        ("idle", "coin"): ("paying", "take_coin"),
        ("paying", "coin"): ("paying", "take_coin"),
        ("paying", "select"): ("vending", "vend"),
        ("paying", "refund"): ("idle", "refund"),
        ("vending", "done"): ("idle", "reset"),
        ("idle", "service"): ("maintenance", None),
        ("maintenance", "service"): ("idle", None),
    }

    def __init__(self, stock):
        self.state = "idle"
        self.credit = 0
        self.stock = dict(stock)
        self.log = []

    def handle(self, event, arg=None):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            self.log.append(f"ignored {event} in {self.state}")
            return False
        next_state, action = self.TRANSITIONS[key]
        if action is not None:
            ok = getattr(self, action)(arg)
            if ok is False:
                return False
        self.log.append(f"{self.state} --{event}--> {next_state}")
        self.state = next_state
        return True

    def take_coin(self, value):
        if value not in (5, 10, 25):
            self.log.append(f"rejected coin {value}")
            return False
        self.credit += value

    def vend(self, product):
        if self.credit < self.PRICE:
            self.log.append(f"need {self.PRICE - self.credit} more")
            return False
        if self.stock.get(product, 0) == 0:
            self.log.append(f"{product} sold out")
            return False
        self.stock[product] -= 1
        self.credit -= self.PRICE
        self.log.append(f"vended {product}, change {self.credit}")

    def refund(self, _):
        self.log.append(f"refunded {self.credit}")
        self.credit = 0

    def reset(self, _):
        self.credit = 0


machine = VendingMachine({"cola": 1, "chips": 3})
script = [
    ("select", "cola"), ("coin", 25), ("coin", 3), ("coin", 25), ("select", "cola"),
    ("coin", 25), ("coin", 10), ("select", "cola"), ("done", None),
    ("coin", 25), ("coin", 25), ("coin", 25), ("select", "cola"), ("select", "chips"),
    ("done", None), ("service", None), ("coin", 5), ("service", None), ("coin", 10), ("refund", None),
]
for event, arg in script:
    before = machine.state
    accepted = machine.handle(event, arg)
    print(f"{before:>11} + {event:<7} {arg!s:<5} -> {machine.state:<11} {'ok' if accepted else 'no'}")
print("\n".join(machine.log))
print(machine.stock, machine.credit)
