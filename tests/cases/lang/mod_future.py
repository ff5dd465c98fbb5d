"""Checks: __future__ module records; `from __future__ import annotations` stores annotations as strings (forward references work); the compile-time future checks."""
from __future__ import annotations
from __future__ import division, generator_stop
import __future__


class Node:
    value: int
    next: Node | None = None

    def link(self, other: Node, *rest: Node, key: Undefined = 1, **kw: dict[str, Node]) -> Node:
        self.next = other
        return self


def plain(x: "int", y: list[Missing] = []) -> None:
    pass


print(Node.__annotations__)
print(Node.link.__annotations__)
print(plain.__annotations__)
n = Node().link(Node())
print(type(n.next).__name__, n.next.next)
z: Later = 3
print(__annotations__, z)
print(__future__.annotations)
print(annotations, division is __future__.division)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, sorted(__future__.__all__))
for src in ["from __future__ import braces",
            "from __future__ import nope, annotations",
            "x = 1\nfrom __future__ import annotations",
            "def f():\n    from __future__ import annotations",
            "'doc'\nfrom __future__ import annotations\nfrom __future__ import division\nok = 1"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e)
