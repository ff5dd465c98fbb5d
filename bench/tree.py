# Benchmark: a tree of objects (a simulated file system) built, walked recursively, searched and summarised.
class Entry:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


class File(Entry):
    def __init__(self, name, size, parent=None):
        super().__init__(name, parent)
        self.size = size

    def total_size(self):
        return self.size

    def walk(self, depth=0):
        yield depth, self


class Directory(Entry):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.children = {}

    def add(self, entry):
        entry.parent = self
        self.children[entry.name] = entry
        return entry

    def total_size(self):
        return sum(child.total_size() for child in self.children.values())

    def walk(self, depth=0):
        yield depth, self
        for name in sorted(self.children):
            yield from self.children[name].walk(depth + 1)

    def find(self, predicate):
        found = []
        for child in self.children.values():
            if predicate(child):
                found.append(child)
            if isinstance(child, Directory):
                found.extend(child.find(predicate))
        return found

    def depth(self):
        return 1 + max((c.depth() for c in self.children.values() if isinstance(c, Directory)), default=0)


EXTS = [".py", ".txt", ".rs", ".md", ".json"]


def build(dirname, level, seed):
    d = Directory(dirname)
    for i in range(3 + seed % 4):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        d.add(File("f%d%s" % (i, EXTS[seed % 5]), seed % 10000))
    if level > 0:
        for i in range(2 + seed % 3):
            seed = (seed * 22695477 + 1) % 4294967296
            d.add(build("d%d" % i, level - 1, seed))
    return d


def main():
    root = build("", 8, 42)
    entries = list(root.walk())
    files = [e for _, e in entries if isinstance(e, File)]
    dirs = [e for _, e in entries if isinstance(e, Directory)]
    print(len(files), len(dirs), root.total_size(), root.depth())
    by_ext = {}
    for f in files:
        ext = f.name[f.name.rindex("."):]
        by_ext[ext] = by_ext.get(ext, 0) + f.size
    print(sorted(by_ext.items()))
    big = root.find(lambda e: isinstance(e, File) and e.size > 9990)
    print(len(big), sorted(e.path() for e in big)[:3])
    sizes = {}
    for rnd in range(3):
        for _, e in root.walk():
            if isinstance(e, Directory):
                sizes[e.path()] = e.total_size()
    deepest = max(entries, key=lambda de: (de[0], de[1].path()))
    print(len(sizes), max(sizes.values()), deepest[0], deepest[1].path())
    listing = []
    for depth, e in root.walk():
        if depth <= 2:
            listing.append("  " * depth + e.name + ("/" if isinstance(e, Directory) else ""))
    print("\n".join(listing[:12]))


main()
