"""Formatting the statistics as a table and as JSON."""
import json
import os


def table(pairs, width=12):
    lines = []
    for word, count in pairs:
        bar = "#" * count
        lines.append(f"{word:<{width}} {count:>3} {bar}")
    return "\n".join(lines)


def write_json(summary, directory, name="summary.json"):
    """Writes `summary` to directory/name and returns the path."""
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, sort_keys=True)
        f.write("\n")
    return path
