# linecache: getline/getlines (a last line without newline gets one), the cache
# entries (size, mtime, lines, full path), checkcache dropping changed files,
# pseudo-file and missing names, a relative name found along sys.path, clearcache
# and lazycache.
import linecache, os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'm.py')
with open(p, 'w') as f: f.write('one\ntwo\nthree')
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 0)), repr(linecache.getline(p, 4)), repr(linecache.getline(p, -1)))
print(linecache.getlines(p))
print(p in linecache.cache, len(linecache.cache[p]), linecache.cache[p][2], linecache.cache[p][3] == p)
with open(p, 'w') as f: f.write('changed contents here\n')
print(linecache.getline(p, 1))
linecache.checkcache(p)
print(repr(linecache.getline(p, 1)))
linecache.checkcache()
linecache.checkcache('nope')
print(linecache.getlines('<string>'), linecache.getlines(''), linecache.getlines('/no/such/file.py'))
sys.path.insert(0, d)
print(linecache.getline('m.py', 1))
print(linecache.updatecache('m.py'))
linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache(p, None), linecache.lazycache(p, {}))
os.remove(p)
print(linecache.getline(p, 1) == '')
print(linecache.__all__)
print(linecache.getline(p, 1, {}), linecache.updatecache("<x>"))
