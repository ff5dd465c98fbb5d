print("pkg.sub init", __name__, __package__)
def greet(who):
    return "hello " + who
