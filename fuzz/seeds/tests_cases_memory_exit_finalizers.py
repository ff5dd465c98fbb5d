# Checks: at interpreter exit, __del__ of objects still referenced by globals run (order of module-global teardown).
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
first = Fin("first")
second = Fin("second")
_private = Fin("_private")
third = Fin("third")
print("end of script")
