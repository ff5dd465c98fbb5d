# Benchmark: a bank simulation with account classes, inheritance, properties and exceptions for refusals.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d" % (account.number, amount))
        self.amount = amount


class FrozenAccount(Exception):
    pass


class Account:
    fee = 0

    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.number)
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.number)
        total = amount + self.fee
        if total > self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= total
        self.history.append(("wd", amount))

    def limit(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(%s, %s, %d)" % (type(self).__name__, self.number, self.owner, self._balance)


class Savings(Account):
    rate_per_mille = 3

    def month_end(self):
        interest = self._balance * self.rate_per_mille // 1000
        if interest and not self.frozen:
            self.deposit(interest)


class Checking(Account):
    fee = 1

    def __init__(self, number, owner, balance=0, overdraft=500):
        super().__init__(number, owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self._balance + self.overdraft


class Bank:
    def __init__(self):
        self.accounts = {}
        self.refused = 0
        self.frozen_hits = 0
        self.transfers = 0

    def open(self, kind, owner, balance):
        number = "AC%05d" % (len(self.accounts) + 1)
        acct = kind(number, owner, balance)
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds:
            self.refused += 1
            return False
        except FrozenAccount:
            self.frozen_hits += 1
            return False
        try:
            self.accounts[dst].deposit(amount)
        except FrozenAccount:
            self.accounts[src].deposit(amount)  # refund
            self.frozen_hits += 1
            return False
        self.transfers += 1
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    bank = Bank()
    owners = ["ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal"]
    for i in range(300):
        kind = Savings if i % 3 == 0 else Checking
        bank.open(kind, owners[i % len(owners)], 1000 + (i * 37) % 900)
    numbers = sorted(bank.accounts)
    state = 12345
    for month in range(24):
        for step in range(16000):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = numbers[state % len(numbers)]
            b = numbers[(state >> 9) % len(numbers)]
            amount = (state >> 3) % 700 + 1
            bank.transfer(a, b, amount)
            if step % 5000 == 0:
                acct = bank.accounts[numbers[(state >> 5) % len(numbers)]]
                acct.frozen = not acct.frozen
        bank.month_end()
    richest = max(bank.accounts.values(), key=lambda a: (a.balance, a.number))
    poorest = min(bank.accounts.values(), key=lambda a: (a.balance, a.number))
    hist = sum(len(a.history) for a in bank.accounts.values())
    print(bank.transfers, bank.refused, bank.frozen_hits, bank.total(), hist)
    print(richest, poorest)


main()
