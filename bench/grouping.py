# Benchmark: dict-of-lists grouping and sorting with keys over sales records (setdefault, defaultdict, sorted, itemgetter).
from collections import defaultdict
from operator import itemgetter

REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = ["apple", "banana", "cherry", "date", "elder", "fig", "grape", "honeydew"]
REPS = ["ana", "ben", "cai", "dia", "eli", "fox", "gil", "hao", "ivy", "jon", "kim", "lou"]


def make_sales(n):
    sales = []
    state = 99
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        sales.append({
            "id": i,
            "region": REGIONS[state % 5],
            "product": PRODUCTS[(state >> 4) % 8],
            "rep": REPS[(state >> 8) % 12],
            "qty": 1 + (state >> 12) % 20,
            "price": 50 + (state >> 16) % 450,
            "month": 1 + (state >> 20) % 12,
        })
    return sales


def group_by(rows, key):
    groups = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


def main():
    sales = make_sales(80000)
    for s in sales:
        s["revenue"] = s["qty"] * s["price"]

    by_region = group_by(sales, "region")
    region_totals = sorted(((r, sum(s["revenue"] for s in rows)) for r, rows in by_region.items()),
                           key=itemgetter(1), reverse=True)
    print(region_totals)

    per_rep_month = defaultdict(lambda: defaultdict(int))
    for s in sales:
        per_rep_month[s["rep"]][s["month"]] += s["revenue"]
    best_months = {rep: max(months.items(), key=lambda kv: (kv[1], -kv[0]))[0]
                   for rep, months in per_rep_month.items()}
    print(sorted(best_months.items()))

    ranked = sorted(sales, key=lambda s: (-s["revenue"], s["region"], s["id"]))
    print([s["id"] for s in ranked[:8]])
    by_product_then_qty = sorted(sales, key=itemgetter("product", "qty", "id"))
    print([(s["product"], s["qty"]) for s in by_product_then_qty[::11000]])

    pairs = defaultdict(list)
    for s in sales:
        pairs[(s["region"], s["product"])].append(s["qty"])
    medians = {}
    for key, qtys in pairs.items():
        qtys.sort()
        medians[key] = qtys[len(qtys) // 2]
    top_pairs = sorted(medians.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:5]
    print(top_pairs)

    leaderboard = []
    for rep, rows in sorted(group_by(sales, "rep").items()):
        revenue = sum(r["revenue"] for r in rows)
        products = sorted({r["product"] for r in rows}, key=lambda p: (len(p), p))
        leaderboard.append((revenue, rep, len(rows), products[0]))
    leaderboard.sort(reverse=True)
    for rank, (revenue, rep, n, p) in enumerate(leaderboard[:4], 1):
        print("{:>2}. {:<4} {:>10,} {:>5} {}".format(rank, rep, revenue, n, p))


main()
