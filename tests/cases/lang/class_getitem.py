# Checks: C[x] calls __class_getitem__ (an implicit classmethod) bound to C, also when
# inherited; an explicit @classmethod works too.
class G:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)


class H(G):
    pass


class E:
    @classmethod
    def __class_getitem__(cls, item):
        return [cls.__name__, item]


print(G[int], H[str, int], E[1], G.__class_getitem__(0))
