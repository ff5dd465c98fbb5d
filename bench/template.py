# Benchmark: a small string-template engine ({{ var }}, {{ var|filter }}, {% for %} / {% if %} blocks) rendering reports.
class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "money": lambda v: "{:,.2f}".format(v),
    "pad10": lambda v: str(v).ljust(10),
}


def lookup(ctx, path):
    value = ctx
    for part in path.split("."):
        if isinstance(value, dict):
            if part not in value:
                raise TemplateError("missing " + path)
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def compile_template(text):
    """Splits the text into a nested list of nodes: str, ('var', expr), ('for', name, seq, body), ('if', expr, body)."""
    root = []
    stack = [root]
    pos = 0
    while pos < len(text):
        a = text.find("{{", pos)
        b = text.find("{%", pos)
        nxt = min(x for x in (a, b, len(text)) if x >= 0)
        if nxt > pos:
            stack[-1].append(text[pos:nxt])
        if nxt == len(text):
            break
        if nxt == a:
            end = text.index("}}", a)
            stack[-1].append(("var", text[a + 2:end].strip()))
            pos = end + 2
        else:
            end = text.index("%}", b)
            words = text[b + 2:end].split()
            pos = end + 2
            if words[0] == "for":
                body = []
                stack[-1].append(("for", words[1], words[3], body))
                stack.append(body)
            elif words[0] == "if":
                body = []
                stack[-1].append(("if", words[1], body))
                stack.append(body)
            elif words[0] in ("endfor", "endif"):
                stack.pop()
            else:
                raise TemplateError("unknown tag " + words[0])
    return root


def render(nodes, ctx, out):
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node[0] == "var":
            expr, *filters = node[1].split("|")
            value = lookup(ctx, expr.strip())
            for f in filters:
                value = FILTERS[f.strip()](value)
            out.append(value if isinstance(value, str) else str(value))
        elif node[0] == "for":
            _, name, seq, body = node
            items = lookup(ctx, seq)
            for i, item in enumerate(items):
                inner = dict(ctx)
                inner[name] = item
                inner["loop"] = {"index": i + 1, "last": i == len(items) - 1}
                render(body, inner, out)
        else:
            _, expr, body = node
            if lookup(ctx, expr):
                render(body, ctx, out)
    return out


class Customer:
    def __init__(self, name, city, orders):
        self.name = name
        self.city = city
        self.orders = orders
        self.vip = sum(o["total"] for o in orders) > 900


TEMPLATE = """Report for {{ region|upper }}
{% for c in customers %}{{ loop.index }}. {{ c.name|title|pad10 }} ({{ c.city }}){% if c.vip %} [VIP]{% endif %}
{% for o in c.orders %}   - order {{ o.id }}: {{ o.item }} x{{ o.qty }} = {{ o.total|money }}
{% endfor %}{% endfor %}Customers: {{ customers|len }}
"""


def main():
    tpl = compile_template(TEMPLATE)
    cities = ["oslo", "lima", "pune", "kiev", "nome"]
    items = ["widget", "gadget", "doohickey", "sprocket"]
    total_chars = 0
    lines = 0
    digest = 0
    for region in range(900):
        customers = []
        for k in range(25):
            orders = []
            for j in range((region + k) % 6):
                qty = 1 + (region * 7 + k * 3 + j) % 9
                price = 10.5 + (k * 13 + j * 29) % 170
                orders.append({"id": region * 1000 + k * 10 + j, "item": items[(k + j) % 4],
                               "qty": qty, "total": qty * price})
            customers.append(Customer("customer %s %d" % (cities[k % 5], k), cities[(k + region) % 5], orders))
        text = "".join(render(tpl, {"region": "region-%d" % region, "customers": customers}, []))
        total_chars += len(text)
        lines += text.count("\n")
        for ch in text[::7]:
            digest = (digest * 131 + ord(ch)) % 1_000_000_007
    print(total_chars, lines, digest)
    print(text[:400])


main()
