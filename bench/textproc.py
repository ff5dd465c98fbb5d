# Benchmark: text processing with str methods: word counts, line wrapping, justification, case rules, a tiny index.
WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco "
         "laboris nisi aliquip ex ea commodo consequat Duis aute irure in reprehenderit voluptate").split()


def make_document(paragraphs, seed):
    paras = []
    for p in range(paragraphs):
        sentences = []
        for s in range(3 + p % 4):
            seed = (seed * 1103515245 + 12345) % 2147483648
            n = 5 + seed % 12
            words = [WORDS[(seed >> (k % 20)) % len(WORDS)] for k in range(n)]
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ("." if s % 3 else ","))
        paras.append(" ".join(sentences))
    return "\n\n".join(paras)


def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        if line and length + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            length += len(word) + (1 if line else 0)
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def justify(line, width):
    words = line.split(" ")
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = []
    for i, w in enumerate(words[:-1]):
        out.append(w + " " * (q + (1 if i < r else 0)))
    out.append(words[-1])
    return "".join(out)


def word_counts(text):
    counts = {}
    for word in text.lower().replace(",", " ").replace(".", " ").split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def index(paragraphs):
    idx = {}
    for n, para in enumerate(paragraphs):
        for word in set(para.lower().translate({ord(","): None, ord("."): None}).split()):
            idx.setdefault(word, []).append(n)
    return idx


def main():
    doc = make_document(7000, 17)
    paragraphs = doc.split("\n\n")
    counts = word_counts(doc)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(doc), len(paragraphs), len(counts), top)
    out_lines = []
    for para in paragraphs:
        lines = wrap(para, 60)
        out_lines.extend(justify(l, 60) for l in lines[:-1])
        out_lines.append(lines[-1])
        out_lines.append("")
    widths = {len(l) for l in out_lines if l}
    print(len(out_lines), min(widths), max(widths))
    print("\n".join(out_lines[:4]))
    idx = index(paragraphs)
    both = set(idx["lorem"]) & set(idx["dolor"])
    print(len(idx), len(both), idx["aliqua"][:5])
    title = " ".join(w.capitalize() for w in paragraphs[3].split()[:8])
    snake = "_".join(w.lower().strip(".,") for w in paragraphs[4].split()[:6])
    centered = "[" + title[:30].center(40, "*") + "]"
    print(title, snake, centered, sep="\n")
    table = ["{:<12}|{:>6}|{:^8}".format(w, c, "#" * (c % 7)) for w, c in sorted(counts.items())[:6]]
    print("\n".join(table))
    digest = 0
    for l in out_lines:
        digest = (digest * 33 + hash(l.count(" ")) + len(l)) % 1_000_000_007
    print(digest, doc.count("Ut"), doc.find("nisi"), doc.rfind("ex "))


main()
