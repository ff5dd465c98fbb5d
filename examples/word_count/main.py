# Word count: a small package (wordcount/), a data file (data/lighthouse.txt),
# reading with open(), counting with collections.Counter and re, writing JSON.
# Run from this directory: `mempy main.py` prints what `python3 main.py` prints,
# and leaves nothing behind (the JSON goes to a temporary directory).
import json
import os
import sys
import tempfile

import wordcount
from wordcount import report
from wordcount.stats import WordStats

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data", "lighthouse.txt")


def main(argv):
    path = argv[1] if len(argv) > 1 else DATA
    try:
        text = wordcount.read_text(path)
    except FileNotFoundError as e:
        print(f"word_count: {e.strerror}: {e.filename}", file=sys.stderr)
        return 1

    stats = WordStats.from_text(text)
    print(f"{os.path.basename(path)}: {stats!r}")
    print(f"{len(text.splitlines())} lines, {len(wordcount.sentences(text))} sentences")
    print()
    print(report.table(stats.most_common(8)))
    print()
    print("longest:", ", ".join(stats.longest()))
    for n, ws in stats.by_length().items():
        if n >= 8:
            print(f"  {n} letters: {' '.join(ws)}")

    with tempfile.TemporaryDirectory() as tmp:
        out = report.write_json(stats.summary(), tmp)
        print()
        print(f"wrote {os.path.basename(out)} ({os.path.getsize(out)} bytes)")
        with open(out, encoding="utf-8") as f:
            back = json.load(f)
        assert back == json.loads(json.dumps(stats.summary()))
        print(json.dumps(back, sort_keys=True))
    print("temporary directory removed:", not os.path.exists(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
