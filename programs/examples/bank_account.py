# A bank account class: properties with validation, class attributes,
# classmethods, custom exceptions and try/except/else/finally.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed:.2f}, only {available:.2f} available")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02
    opened = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = 0.0
        self.balance = balance
        self.history = []
        Account.opened += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = round(value, 2)

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 25.0)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        self.deposit(self.balance * self.interest_rate)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals allowed")
        super().withdraw(amount)


alice = Account("Alice", 100)
bob = SavingsAccount.with_bonus("Bob")
print(alice, bob, Account.opened)

for account, amount in [(alice, 30), (alice, 500), (bob, 5), (bob, 5), (bob, 5)]:
    try:
        account.withdraw(amount)
    except InsufficientFunds as error:
        print("refused:", error, "| short by", error.needed - error.available)
    except PermissionError as error:
        print("refused:", error)
    else:
        print(f"{account.owner:<6} withdrew {amount:>8.2f} -> {account.balance:>10,.2f}")
    finally:
        print("  history length", len(account.history))

try:
    alice.balance = -1
except ValueError as error:
    print("ValueError:", error)

alice.deposit(1234567.891)
alice.add_interest()
bob.add_interest()
print(f"{alice.owner}: {alice.balance:,.2f}")
print(f"{bob.owner}: {bob.balance:,.2f}")
print(type(bob).__name__, isinstance(bob, Account), issubclass(SavingsAccount, Account))
print(alice.interest_rate, bob.interest_rate, Account.interest_rate)
for kind, amount in alice.history:
    print(f"  {kind:>8} {amount:>14,.2f}")
