# Checks: annotated names in a class body are recorded in __annotations__ (in order,
# with or without a value); annotations are evaluated; classes without annotations
# have none of their own; nested classes keep their own dict.
class A:
    x: int = 0
    y: str
    z: "list[int]" = []
    w = 5

    class Inner:
        k: float


print(A.__dict__["__annotations__"], A.x, hasattr(A, "y"), A.w)
print(A.Inner.__dict__["__annotations__"])


class B:
    a = 1


print("__annotations__" in B.__dict__)


def make(t):
    class C:
        v: t = None
    return C


print(make(bytes if False else dict).__dict__["__annotations__"])
