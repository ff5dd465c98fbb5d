# Checks: uncaught KeyError traceback through two functions, repr of the missing key.
def lookup(table, key):
    return table[key]
def user_age(users, name):
    return lookup(users, name) + 1
users = {"ann": 30}
print("ann", user_age(users, "ann"))
print("bob", user_age(users, "bob"))
