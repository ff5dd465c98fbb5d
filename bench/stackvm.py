# Benchmark: an interpreter for a small Forth-like stack language (tokenizer, word definitions, loops, dispatch).
class StackError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []
        self.steps = 0
        self.prims = {
            "+": self.add, "-": self.sub, "*": self.mul, "mod": self.mod, "/": self.div,
            "dup": self.dup, "drop": self.drop, "swap": self.swap, "over": self.over, "rot": self.rot,
            "=": self.eq, "<": self.lt, ".": self.emit, "0=": self.zeq,
        }

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def add(self):
        b = self.pop(); self.stack.append(self.pop() + b)

    def sub(self):
        b = self.pop(); self.stack.append(self.pop() - b)

    def mul(self):
        b = self.pop(); self.stack.append(self.pop() * b)

    def mod(self):
        b = self.pop(); self.stack.append(self.pop() % b)

    def div(self):
        b = self.pop()
        if b == 0:
            raise StackError("division by zero")
        self.stack.append(self.pop() // b)

    def dup(self):
        v = self.pop(); self.stack.append(v); self.stack.append(v)

    def drop(self):
        self.pop()

    def swap(self):
        b = self.pop(); a = self.pop(); self.stack.append(b); self.stack.append(a)

    def over(self):
        b = self.pop(); a = self.pop(); self.stack.extend((a, b, a))

    def rot(self):
        c = self.pop(); b = self.pop(); a = self.pop(); self.stack.extend((b, c, a))

    def eq(self):
        self.stack.append(-1 if self.pop() == self.pop() else 0)

    def lt(self):
        b = self.pop(); self.stack.append(-1 if self.pop() < b else 0)

    def zeq(self):
        self.stack.append(-1 if self.pop() == 0 else 0)

    def emit(self):
        self.out.append(str(self.pop()))

    def compile(self, tokens):
        """Turns a token list into nested code: ints, names, ('if', then, else), ('loop', body)."""
        code = []
        while tokens:
            tok = tokens.pop(0)
            if tok == "if":
                then, other = self.compile_until(tokens, ("else", "then"))
                code.append(("if", then, other))
            elif tok == "begin":
                body, _ = self.compile_until(tokens, ("until",))
                code.append(("loop", body))
            elif tok in ("else", "then", "until"):
                raise StackError("unexpected " + tok)
            else:
                try:
                    code.append(int(tok))
                except ValueError:
                    code.append(tok)
        return code

    def compile_until(self, tokens, ends):
        body = []
        other = []
        target = body
        while True:
            if not tokens:
                raise StackError("missing " + ends[-1])
            tok = tokens.pop(0)
            if tok == "else" and "else" in ends:
                target = other
                ends = ("then",)
            elif tok in ends:
                return body, other
            elif tok == "if":
                t, e = self.compile_until(tokens, ("else", "then"))
                target.append(("if", t, e))
            elif tok == "begin":
                b, _ = self.compile_until(tokens, ("until",))
                target.append(("loop", b))
            else:
                try:
                    target.append(int(tok))
                except ValueError:
                    target.append(tok)

    def execute(self, code):
        for item in code:
            self.steps += 1
            if type(item) is int:
                self.stack.append(item)
            elif type(item) is str:
                prim = self.prims.get(item)
                if prim is not None:
                    prim()
                elif item in self.words:
                    self.execute(self.words[item])
                else:
                    raise StackError("unknown word " + item)
            elif item[0] == "if":
                self.execute(item[1] if self.pop() else item[2])
            else:
                while True:
                    self.execute(item[1])
                    if self.pop():
                        break

    def run(self, source):
        tokens = source.replace("\n", " ").split()
        while tokens:
            if tokens[0] == ":":
                end = tokens.index(";")
                name = tokens[1]
                self.words[name] = self.compile(tokens[2:end])
                tokens = tokens[end + 1:]
            else:
                end = tokens.index(";") if ";" in tokens else len(tokens)
                self.execute(self.compile(tokens[:end]))
                tokens = tokens[end + 1:]


PROGRAM = """
: square dup * ;
: gcd begin swap over mod dup 0= until drop ;
: fib 0 1 rot begin rot rot swap over + rot 1 - dup 0= until drop swap drop ;
: collatz 0 swap begin dup 1 = if -1 else dup 2 mod if 3 * 1 + else 2 / then swap 1 + swap 0 then until drop ;
: sumsq 0 swap begin dup square rot + swap 1 - dup 0= until drop ;
"""


def main():
    vm = Forth()
    vm.run(PROGRAM)
    for n in range(1, 1200):
        vm.run("%d collatz . ; %d %d gcd . ; %d sumsq . ; %d fib ." % (n, n * 7, 91, n % 50 + 1, n % 60 + 2))
    errors = 0
    for bad in ["1 +", "5 0 /", "nosuchword", "1 if 2"]:
        try:
            vm.run(bad)
        except StackError:
            errors += 1
        vm.stack.clear()
    print(len(vm.out), vm.steps, errors)
    print(" ".join(vm.out[:16]))
    print(sum(int(x) for x in vm.out) % 1_000_000_007)


main()
