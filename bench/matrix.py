# Benchmark: dense matrix code with floats: products, transposes, Gaussian elimination and a determinant.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def generate(cls, n, m, seed):
        rows = []
        for i in range(n):
            row = []
            for j in range(m):
                seed = (seed * 1103515245 + 12345) % 2147483648
                row.append((seed % 2000) / 1000.0 - 1.0)
            rows.append(row)
        return cls(rows)

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __mul__(self, other):
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def scale(self, k):
        return Matrix([[k * x for x in row] for row in self.rows])

    def trace(self):
        return sum(self.rows[i][i] for i in range(min(self.n, self.m)))

    def solve(self, b):
        """Gaussian elimination with partial pivoting; returns x with self * x = b."""
        n = self.n
        a = [row[:] + [b[i]] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                raise ValueError("singular matrix")
            a[col], a[pivot] = a[pivot], a[col]
            pivot_row = a[col]
            for r in range(col + 1, n):
                row = a[r]
                f = row[col] / pivot_row[col]
                if f:
                    for c in range(col, n + 1):
                        row[c] -= f * pivot_row[c]
        x = [0.0] * n
        for i in range(n - 1, -1, -1):
            s = a[i][n] - sum(a[i][j] * x[j] for j in range(i + 1, n))
            x[i] = s / a[i][i]
        return x

    def determinant(self):
        n = self.n
        a = [row[:] for row in self.rows]
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if a[pivot][col] == 0:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return det


def main():
    a = Matrix.generate(130, 130, 1)
    b = Matrix.generate(130, 130, 2)
    c = a * b + Matrix.identity(130).scale(0.5)
    d = c * a.transpose()
    print("trace", round(c.trace(), 6), round(d.trace(), 6))
    worst = 0.0
    for k in range(12):
        m = Matrix.generate(50, 50, 10 + k)
        rhs = [float(i % 7) - 3.0 for i in range(50)]
        x = m.solve(rhs)
        residual = max(abs(sum(m.rows[i][j] * x[j] for j in range(50)) - rhs[i]) for i in range(50))
        worst = max(worst, residual)
    print("residual ok", worst < 1e-8)
    dets = [Matrix.generate(30, 30, 100 + k).determinant() for k in range(8)]
    print("dets", [float("%.6g" % v) for v in dets])


main()
