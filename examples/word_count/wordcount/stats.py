"""Counting: word frequencies, lengths and the longest words."""
from collections import Counter, defaultdict

from . import text


class WordStats:
    """Statistics over a list of words."""

    def __init__(self, words):
        self.words = list(words)
        self.counts = Counter(self.words)

    def __len__(self):
        return len(self.words)

    def __repr__(self):
        return f"WordStats({len(self)} words, {len(self.counts)} distinct)"

    def most_common(self, n):
        # Ties are broken alphabetically so the order never depends on
        # insertion order.
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def by_length(self):
        """Distinct words grouped by their length, each group sorted."""
        groups = defaultdict(set)
        for w in self.counts:
            groups[len(w)].add(w)
        return {n: sorted(ws) for n, ws in sorted(groups.items())}

    def longest(self):
        groups = self.by_length()
        return groups[max(groups)] if groups else []

    def mean_length(self):
        if not self.words:
            return 0.0
        return sum(map(len, self.words)) / len(self.words)

    def summary(self, top=5):
        return {
            "words": len(self),
            "distinct": len(self.counts),
            "mean_length": round(self.mean_length(), 3),
            "longest": self.longest(),
            "top": [{"word": w, "count": c} for w, c in self.most_common(top)],
        }

    @classmethod
    def from_text(cls, s):
        return cls(text.words(s))
