# csv dialect parameter errors: optional characters say "string or None".
import csv, io
for kw in [dict(quotechar=1), dict(quotechar=b'x'), dict(escapechar=b'x'), dict(escapechar=1), dict(delimiter=1), dict(lineterminator=1), dict(quotechar=None), dict(quotechar='ab'), dict(escapechar='ab'), dict(delimiter=None), dict(lineterminator=None)]:
    try: csv.writer(io.StringIO(), **kw); print('ok', kw)
    except Exception as e: print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ';'
    quotechar = 4
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
try: D()
except csv.Error as e: print('Error', e)
D.quotechar = '"'; D.escapechar = b'*'
try: D()
except csv.Error as e: print('Error', e)
