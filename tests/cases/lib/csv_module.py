# csv: writer quoting modes, reader state machine, dialects, DictReader/DictWriter, errors.
import csv, io
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
rows = [['name', 'age', 'note'], ['Ann', 30, 'likes, commas'], ['Bob', 4.5, 'say "hi"'],
        ['Cy', None, 'multi\nline'], ['', '', ''], [' lead', 'trail ', 'tab\there']]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    for r in rows:
        print(repr(w.writerow(r)), end=' ')
    print()
    print(repr(s.getvalue()))
    back = list(csv.reader(io.StringIO(s.getvalue(), newline='') if False else s.getvalue().splitlines(True),
                           quoting=q if q != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL))
    print(back)
s = io.StringIO()
w = csv.writer(s, delimiter=';', quotechar="'", lineterminator='\n')
w.writerows([['a;b', "it's", 'plain'], [1, 2, 3]])
print(repr(s.getvalue()))
print(list(csv.reader(s.getvalue().splitlines(), delimiter=';', quotechar="'")))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f'])
print(repr(s.getvalue()))
print(list(csv.reader([s.getvalue()], quoting=csv.QUOTE_NONE, escapechar='\\')))
s = io.StringIO()
csv.writer(s, doublequote=False, escapechar='\\').writerow(['a"b', 'c,d'])
print(repr(s.getvalue()))
s = io.StringIO(); csv.writer(s).writerow(['']); csv.writer(s).writerow([]); print(repr(s.getvalue()))
print(list(csv.reader(['a,b,c', '', '"x,1","y""z",', ' p, q', 'm,"n\n', 'o",r'])))
print(list(csv.reader([' p, "q"'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"', ',3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['a"b,c', '"x"y,z'])))
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['"abc'])), list(csv.reader(['abc\r\n', 'def\n'])))
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: list(csv.reader(['"x"y,z'], strict=True)))
err(lambda: list(csv.reader(['a\rb'])))
err(lambda: list(csv.reader([b'a'])))
err(lambda: list(csv.reader(['"abc'], strict=True)))
err(lambda: list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)))
err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ['a,b'])
err(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [''])
err(csv.writer(io.StringIO()).writerow, 5)
err(csv.get_dialect, 'nope')
err(csv.unregister_dialect, 'nope')
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quotechar='ab'), dict(quoting=9),
           dict(lineterminator=1), dict(escapechar='ab'), dict(delimiter=''), dict(foo=1)]:
    err(csv.writer, io.StringIO(), **kw)
    err(csv.reader, [], **kw)
err(csv.writer, 5)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
s = io.StringIO(); csv.writer(s, 'pipes').writerow(['a', 1]); print(repr(s.getvalue()))
d = csv.get_dialect('pipes'); print(d.delimiter, d.quoting, repr(d.lineterminator), d.escapechar, d.doublequote, d.quotechar)
csv.unregister_dialect('pipes')
class My(csv.Dialect):
    delimiter = ':'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
s = io.StringIO(); csv.writer(s, My).writerow(['a:b', 'c']); print(repr(s.getvalue()))
s = io.StringIO(); csv.writer(s, dialect=csv.unix_dialect).writerow(['a', 2]); print(repr(s.getvalue()))
# DictReader / DictWriter
text = "name,score\nann,3\nbob,4,extra\n\ncy\n"
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(text.splitlines(), restkey='rest', restval='?')
print(list(dr))
dr = csv.DictReader(['1,2', '3,4'], fieldnames=['a', 'b'])
print(list(dr))
print(csv.DictReader([]).fieldnames)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['name', 'score'])
print(repr(dw.writeheader()))
dw.writerow({'name': 'ann', 'score': 3})
dw.writerows([{'name': 'bob'}, {'score': 5, 'name': 'x,y'}])
print(repr(s.getvalue()))
err(dw.writerow, {'name': 'z', 'bad': 1, 'worse': 2})
dw2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
dw2.writerow({'a': 1, 'b': 2})
err(csv.DictWriter, io.StringIO(), ['a'], extrasaction='nope')
dw3 = csv.DictWriter(s, ['a', 'b'], restval='NA'); s.seek(0); s.truncate(); dw3.writerow({'a': 1}); print(repr(s.getvalue()))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
err(lambda: list(csv.reader(['x' * 11])))
csv.field_size_limit(131072)
# An escaped newline keeps the record open across lines.
for lines in [['a\\\nb', 'c'], ['a\\\n', 'c'], ['a\\', 'c'], ['\\\n,x', 'y'], ['a\\\nb,', 'c'], ['"q\\\nr"', 's']]:
    print(repr(lines), list(csv.reader(lines, escapechar='\\')))
err(lambda: list(csv.reader(['\\\r;."b1', '";1\r";\''], escapechar='\\')))
