# Benchmark: generator and comprehension pipelines over a synthetic web-server log (parse, filter, aggregate).
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/users", "/api/orders", "/static/app.js", "/login", "/api/items"]
STATUSES = [200, 200, 200, 200, 304, 404, 500, 301]


def generate(n):
    state = 1
    for i in range(n):
        state = (state * 214013 + 2531011) % 4294967296
        ip = "10.%d.%d.%d" % ((state >> 8) % 4, (state >> 12) % 16, (state >> 16) % 256)
        method = METHODS[(state >> 4) % len(METHODS)]
        path = PATHS[(state >> 20) % len(PATHS)]
        status = STATUSES[(state >> 24) % len(STATUSES)]
        size = (state >> 3) % 5000
        yield "%s - - [t%d] \"%s %s HTTP/1.1\" %d %d" % (ip, i, method, path, status, size)


def parse(lines):
    for line in lines:
        head, _, rest = line.partition(' "')
        request, _, tail = rest.partition('" ')
        method, path, _ = request.split(" ")
        status, size = tail.split()
        yield {"ip": head.split(" ")[0], "method": method, "path": path,
               "status": int(status), "size": int(size)}


def only(records, **conditions):
    return (r for r in records if all(r[k] == v for k, v in conditions.items()))


def window(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


def main():
    records = list(parse(generate(90000)))
    get_ok = sum(1 for _ in only(records, method="GET", status=200))
    bytes_by_path = {p: sum(r["size"] for r in records if r["path"] == p) for p in PATHS}
    errors = [r for r in records if r["status"] >= 500]
    ips = {r["ip"] for r in records}
    subnets = sorted({ip.rsplit(".", 1)[0] for ip in ips})[:3]
    api = [r["path"].split("/")[2] for r in records if r["path"].startswith("/api/")]
    api_counts = {name: api.count(name) for name in sorted(set(api))}
    sizes = (r["size"] for r in records)
    rolling = max(sum(w) for w in window(sizes, 5))
    top = sorted(bytes_by_path.items(), key=lambda kv: -kv[1])[:3]
    squares = sum(x * x for x in (r["size"] % 100 for r in records) if x % 3 == 0)
    nested = [[r["status"] for r in records[i:i + 10]] for i in range(0, 2000, 10)]
    flat_500 = sum(1 for row in nested for s in row if s == 500)
    print(len(records), get_ok, len(errors), len(ips), subnets)
    print(top, api_counts)
    print(rolling, squares, flat_500)


main()
