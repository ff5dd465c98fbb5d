# Benchmark: a backtracking sudoku solver with constraint sets (sets, lists, recursion).
PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "2...8.3...6..7..84.3.5..2.9...1.54.8.........4.27.6...3.1..7.4.72..4..6...4.1...3",
    "......9.7...42.18....7.5.261..9.4....5.....4....5.7..992.1.8....34.59...5.7......",
    ".3..5..4...8.1.5..46.....12.7.5.2.8....6.3....4.1.9.3.25.....98..1.2.6...8..6..2.",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
         for br in range(3) for bc in range(3)]
PEERS = []
for cell in range(81):
    r, c = divmod(cell, 9)
    b = (r // 3) * 3 + c // 3
    PEERS.append(sorted(set(ROWS[r] + COLS[c] + BOXES[b]) - {cell}))

DIGITS = set(range(1, 10))


class Solver:
    def __init__(self, text):
        self.grid = [0 if ch == "." else int(ch) for ch in text]
        self.guesses = 0

    def candidates(self, cell):
        grid = self.grid
        return DIGITS - {grid[p] for p in PEERS[cell]}

    def solve(self):
        best, best_cands = -1, None
        for cell in range(81):
            if self.grid[cell] == 0:
                cands = self.candidates(cell)
                if not cands:
                    return False
                if best_cands is None or len(cands) < len(best_cands):
                    best, best_cands = cell, cands
                    if len(cands) == 1:
                        break
        if best < 0:
            return True
        for d in sorted(best_cands):
            self.guesses += 1
            self.grid[best] = d
            if self.solve():
                return True
        self.grid[best] = 0
        return False

    def valid(self):
        for unit in ROWS + COLS + BOXES:
            if sorted(self.grid[i] for i in unit) != list(range(1, 10)):
                return False
        return True

    def render(self):
        lines = []
        for r in range(9):
            row = "".join(str(d) for d in self.grid[r * 9:(r + 1) * 9])
            lines.append(" ".join([row[0:3], row[3:6], row[6:9]]))
        return "\n".join(lines)


def main():
    total_guesses = 0
    signature = 0
    for rnd in range(70):
        for text in PUZZLES:
            s = Solver(text)
            ok = s.solve() and s.valid()
            total_guesses += s.guesses
            signature = (signature * 7 + sum(d * (i + 1) for i, d in enumerate(s.grid))) % 999_983
            if not ok:
                print("unsolved:", text)
    print(total_guesses, signature)
    print(s.render())


main()
