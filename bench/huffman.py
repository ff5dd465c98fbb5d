# Benchmark: run-length and Huffman coding of generated text: frequency count, heap-built tree, bit strings, round trips.
import heapq


def rle_encode(s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)


def rle_decode(s):
    out = []
    num = 0
    for ch in s:
        if ch.isdigit():
            num = num * 10 + int(ch)
        else:
            out.append(ch * num)
            num = 0
    return "".join(out)


class Leaf:
    def __init__(self, symbol, weight):
        self.symbol = symbol
        self.weight = weight


class Branch:
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.weight = left.weight + right.weight


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = [(w, i, Leaf(ch, w)) for i, (ch, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        w1, _, a = heapq.heappop(heap)
        w2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (w1 + w2, counter, Branch(a, b)))
        counter += 1
    return heap[0][2]


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join([table[ch] for ch in text])


def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


def pack(bits):
    """Bit string to bytes, as a checksum-friendly integer list."""
    padded = bits + "0" * (-len(bits) % 8)
    return [int(padded[i:i + 8], 2) for i in range(0, len(padded), 8)]


def make_text(n):
    words = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "aaaa", "zzz",
             "mississippi", "banana", "committee", "bookkeeper"]
    state = 5
    out = []
    for i in range(n):
        state = (state * 1664525 + 1013904223) % 4294967296
        out.append(words[state % len(words)] * (1 + (state >> 20) % 2))
    return " ".join(out)


def main():
    text = make_text(42000)
    rle = rle_encode(text)
    assert rle_decode(rle) == text
    tree = build_tree(text)
    table = codes(tree)
    bits = encode(text, table)
    back = decode(bits, tree)
    packed = pack(bits)
    print(len(text), len(rle), len(bits), len(packed), back == text)
    print(sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
    print(sum(packed) % 1_000_003, sum(i * b for i, b in enumerate(packed)) % 1_000_003)
    blocks = [text[i:i + 500] for i in range(0, len(text), 500)]
    ratios = []
    for block in blocks:
        t = build_tree(block)
        ratios.append(len(encode(block, codes(t))) * 1000 // (8 * len(block)))
    print(min(ratios), max(ratios), sum(ratios) // len(ratios))


main()
