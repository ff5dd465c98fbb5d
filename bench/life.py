# Benchmark: Conway's game of life on a torus, list-of-lists grid and a set-of-cells variant, compared.
def parse(pattern):
    return [(r, c) for r, line in enumerate(pattern.strip().split("\n")) for c, ch in enumerate(line) if ch == "#"]


GLIDER_GUN = """
........................#...........
......................#.#...........
............##......##............##
...........#...#....##............##
##........#.....#...##..............
##........#...#.##....#.#...........
..........#.....#.......#...........
...........#...#....................
............##......................
"""


class Grid:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.cells = [[0] * cols for _ in range(rows)]

    def place(self, cells, dr, dc):
        for r, c in cells:
            self.cells[(r + dr) % self.rows][(c + dc) % self.cols] = 1

    def neighbours(self, r, c):
        cells, rows, cols = self.cells, self.rows, self.cols
        up, down = cells[(r - 1) % rows], cells[(r + 1) % rows]
        row = cells[r]
        left, right = (c - 1) % cols, (c + 1) % cols
        return (up[left] + up[c] + up[right] + row[left] + row[right]
                + down[left] + down[c] + down[right])

    def step(self):
        new = [[0] * self.cols for _ in range(self.rows)]
        for r in range(self.rows):
            row = self.cells[r]
            new_row = new[r]
            for c in range(self.cols):
                n = self.neighbours(r, c)
                if n == 3 or (n == 2 and row[c]):
                    new_row[c] = 1
        self.cells = new

    def population(self):
        return sum(map(sum, self.cells))

    def live(self):
        return {(r, c) for r in range(self.rows) for c in range(self.cols) if self.cells[r][c]}


def step_set(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def main():
    rows, cols = 48, 64
    grid = Grid(rows, cols)
    grid.place(parse(GLIDER_GUN), 2, 2)
    grid.place([(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 30, 40)  # a glider
    grid.place([(0, 0), (0, 1), (0, 2)], 40, 10)  # a blinker
    live = grid.live()
    history = []
    for gen in range(200):
        grid.step()
        live = step_set(live, rows, cols)
        history.append(grid.population())
    agree = grid.live() == live
    print(agree, history[:10], history[-1])
    for gen in range(300):
        live = step_set(live, rows, cols)
    print(len(live), min(live), max(live))
    print("\n".join("".join("#" if x else "." for x in row[:40]) for row in grid.cells[:10]))


main()
