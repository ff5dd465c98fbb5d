# Benchmark: a tokenizer and recursive-descent parser/evaluator for arithmetic with variables and functions.
class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return "Token(%s, %r)" % (self.kind, self.text)


class CalcError(Exception):
    pass


def tokenize(src):
    tokens = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**"))
            i += 2
        elif ch in "+-*/%(),=":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise CalcError("bad character %r" % ch)
    tokens.append(Token("end", ""))
    return tokens


FUNCS = {
    "max": max, "min": min, "abs": abs,
    "sq": lambda x: x * x,
    "avg": lambda *xs: sum(xs) / len(xs),
}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise CalcError("expected %r, got %r" % (text, tok.text))
        self.pos += 1
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            if op == "*":
                value = value * rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def factor(self):
        if self.peek().text == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                try:
                    return FUNCS[tok.text](*args)
                except KeyError:
                    raise CalcError("unknown function " + tok.text) from None
            try:
                return self.env[tok.text]
            except KeyError:
                raise CalcError("unknown variable " + tok.text) from None
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise CalcError("unexpected %r" % tok.text)


PROGRAM = [
    "x = 3",
    "y = x * 4 + 2 ** 3",
    "z = (x + y) * (y - x) / 2",
    "w = max(x, y, z) - min(1, 2, 3) + abs(-7)",
    "v = sq(x + 1) % 7 + avg(1, 2, 3, 4.5)",
    "u = -(-x) ** 2 + w / (v + 1)",
    "t = q + 1",
    "s = 1 / (x - 3)",
    "r = 2 ** 10 - 24 * (3 + 4 * (5 - 6 * (7 - 8)))",
    "p = foo(1)",
    "o = x $ 2",
    "n = (x + y",
]


def main():
    results = []
    errors = {}
    for rnd in range(3000):
        env = {"k": rnd}
        for line in PROGRAM:
            line = line.replace("3", str(3 + rnd % 5), 1) if rnd % 2 else line
            try:
                value = Parser(tokenize(line), env).statement()
                results.append(value)
            except CalcError as e:
                key = str(e).split()[0]
                errors[key] = errors.get(key, 0) + 1
            except ZeroDivisionError:
                errors["zero"] = errors.get("zero", 0) + 1
    print(len(results), round(sum(results), 6), sorted(errors.items()))
    print(tokenize("a = sq(2) ** 3")[:4])


main()
