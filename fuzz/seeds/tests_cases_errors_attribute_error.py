# Checks: uncaught AttributeError on an instance, with the traceback through a method and a function.
class Account:
    def __init__(self, owner):
        self.owner = owner
    def describe(self):
        return self.owner + " has " + str(self.balance)
def show(acct):
    print(acct.describe())
show(Account("zed"))
