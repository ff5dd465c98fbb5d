# Checks (issue 17): a `return` whose value is pending while enclosing finally bodies run
# is discarded by a `continue`/`break` in one of them (the loop goes on; this used to
# hang the compiler) and replaced by a `return` in one; a pending exception is
# discarded likewise; the discarded value or exception is freed at once (__del__ order);
# nested scopes in a finally body compiled several times; an exception raised in such
# a finally body has CPython's traceback.


def issue17():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
            continue
    return "done"


print(issue17())


def break_variant():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner", i)
                if i == 0:
                    continue
                break
        finally:
            print("outer", i)
    else:
        print("no else after break")
    return "after break"


print(break_variant())


class D:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "D(%d)" % self.n

    def __del__(self):
        print("del", self.n)


class E(Exception):
    def __del__(self):
        print("del exc", self.args)


def discard_return():
    for i in range(3):
        try:
            return D(i)
        finally:
            print("finally", i)
            if i < 2:
                continue
    print("unreachable")


def discard_exception():
    for i in range(2):
        try:
            raise E(i)
        finally:
            print("finally", i)
            continue
    return "done"


def override_return():
    try:
        return D(10)
    finally:
        print("override")
        return D(11)


def nested_override():
    while True:
        try:
            try:
                return D(20)
            finally:
                print("inner")
                break
        finally:
            print("outer")
    return "after"


def with_override():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit", a)

    for i in range(2):
        with CM():
            try:
                return D(30 + i)
            finally:
                if i == 0:
                    continue
                return D(40)


print("got", discard_return())
print("got", discard_exception())
print("got", override_return())
print("got", nested_override())
print("got", with_override())


def scopes(n):
    out = []
    for i in range(n):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            return [x * i for x in range(3)]
        finally:
            g = lambda: i * 10

            def h(k=i):
                return k + 1

            out.append((g(), h(), [y + i for y in (1, 2)]))
            print("fin", i, out)
            if i == 1:
                continue
    return out


print(scopes(4))


def raises_in_finally():
    for i in range(2):
        try:
            return i
        finally:
            if i == 1:
                raise ValueError("in finally")
            continue


raises_in_finally()
