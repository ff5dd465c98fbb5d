# Benchmark: a JSON-like serializer and pretty printer for nested dicts/lists, with a parser to read it back.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(k) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError("cannot serialize %s" % type(value).__name__)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
        self.pos = pos

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.parse_object()
        if ch == "[":
            return self.parse_array()
        if ch == '"':
            return self.parse_string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.parse_number()

    def parse_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.0123456789eE":
            self.pos += 1
        s = self.text[start:self.pos]
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)

    def parse_string(self):
        self.pos += 1
        out = []
        while True:
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                nxt = self.text[self.pos + 1]
                out.append({"n": "\n", '"': '"', "\\": "\\"}[nxt])
                self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def parse_array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.parse())
            self.skip()
            if self.text[self.pos] == ",":
                self.pos += 1
            else:
                self.pos += 1  # ']'
                return result

    def parse_object(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.parse_string()
            self.skip()
            self.pos += 1  # ':'
            result[key] = self.parse()
            self.skip()
            if self.text[self.pos] == ",":
                self.pos += 1
            else:
                self.pos += 1  # '}'
                return result


def make_doc(seed, depth):
    if depth == 0:
        k = seed % 6
        if k == 0:
            return seed * 7 - 300
        if k == 1:
            return seed / 8.0
        if k == 2:
            return 'name "%d"\nline' % seed
        if k == 3:
            return seed % 2 == 0
        if k == 4:
            return None
        return "v%d\\x" % (seed % 100)
    if seed % 3 == 0:
        return [make_doc(seed * 3 + i, depth - 1) for i in range(3 + seed % 3)]
    return {"key%d" % i: make_doc(seed * 5 + i, depth - 1) for i in range(2 + seed % 4)}


def main():
    total = 0
    lines = 0
    same = 0
    for seed in range(1, 121):
        doc = make_doc(seed, 5)
        text = dumps(doc)
        total += len(text)
        lines += text.count("\n")
        back = Parser(text).parse()
        if back == doc:
            same += 1
        if dumps(back, indent=4) != dumps(doc, indent=4):
            print("mismatch at", seed)
    print(total, lines, same)
    print(dumps(make_doc(5, 2)))


main()
