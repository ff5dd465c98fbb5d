# Checks: single and multiple inheritance, method override, super() calls, MRO, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def kind(self):
        return "young " + super().kind()
p = Puppy("Rex", "lab")
print(p.speak(), "|", p.kind(), "|", p.breed)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print("bases", [b.__name__ for b in D.__bases__])
