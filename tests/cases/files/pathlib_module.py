from pathlib import Path, PurePath, PurePosixPath
p = Path('data') / 'sub' / 'file.tar.gz'
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.parent.parent, p.is_absolute())
print(list(p.parents), Path('/a/b').parents[0], Path('/').name, Path('/').parent, Path('.'), Path(''), Path('a//b/./c/'))
print(PurePath('/usr') / 'lib', 'x' / PurePosixPath('y'), Path('/a/b/c').relative_to('/a'), Path('a').joinpath('b', 'c'))
print(p.with_name('x.txt'), p.with_suffix('.zip'), p.with_stem('other'), Path('a.txt').with_suffix(''))
print(Path('a/b.py').match('*.py'), Path('/a/b.py').match('a/*.py'), Path('a/b.py').match('/*.py'))
print(Path('a') == Path('a/'), Path('a') < Path('b'), hash(Path('a')) == hash(Path('a')), sorted([Path('b'), Path('a')]))
try:
    Path('/a/b').relative_to('/c')
except ValueError as e:
    print(e)
try:
    Path('a').with_suffix('txt')
except ValueError as e:
    print(e)
try:
    Path('/').with_name('x')
except ValueError as e:
    print(e)
d = Path('pl_dir')
d.mkdir()
print(d.exists(), d.is_dir(), d.is_file())
f = d / 'notes.txt'
print(f.write_text('line one\nline two\n'), f.read_text(), f.read_text().splitlines(), f.stat().st_size)
(d / 'b.bin').write_bytes(b'\x00\x01')
print((d / 'b.bin').read_bytes())
(d / 'deep' / 'er').mkdir(parents=True)
(d / 'deep' / 'er' / 'x.txt').touch()
(d / 'deep' / 'y.txt').write_text('y')
print(sorted(x.name for x in d.iterdir()))
print(sorted(str(x) for x in d.glob('*.txt')), sorted(str(x) for x in d.glob('**/*.txt')), sorted(str(x) for x in d.rglob('*.txt')))
print(sorted(str(x) for x in d.glob('*/*.txt')))
with f.open() as fh:
    print(fh.readline().strip())
with open(f) as fh:
    print(fh.read().count('line'))
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
d.mkdir(exist_ok=True)
try:
    Path('nope/x').mkdir()
except FileNotFoundError as e:
    print(e)
try:
    Path('nope.txt').read_text()
except FileNotFoundError as e:
    print(e)
try:
    f.write_text(5)
except TypeError as e:
    print(e)
g = f.rename(d / 'renamed.txt')
print(g, g.exists(), f.exists())
g.unlink()
Path('missing').unlink(missing_ok=True)
for x in [d / 'b.bin', d / 'deep' / 'er' / 'x.txt', d / 'deep' / 'y.txt']:
    x.unlink()
(d / 'deep' / 'er').rmdir()
(d / 'deep').rmdir()
d.rmdir()
print(d.exists(), Path.cwd() == Path('.').absolute(), Path('x').absolute().name, Path('a/../b').resolve() == Path.cwd() / 'b')
