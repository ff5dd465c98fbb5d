# _operator._compare_digest: ASCII strs or bytes-like objects, with its type errors.
import _operator as o
for a,b in [('a','a'),(b'a',b'a'),(b'ab',bytearray(b'ab')),('a',b'a'),('é','é'),(1,1),('ab','abc'),(memoryview(b'x'),b'x'),
            (b'a','a'),(1,'a'),('a',1),(b'a',1),(1,b'a'),([1],[1]),('é','a'),('a','é'), (bytearray(b'\xff'), b'\xff'), ('', ''), (b'abc', b'abd'), (b'abc', b'ab')]:
    try: print(o._compare_digest(a,b))
    except Exception as e: print(type(e).__name__, e)
for bad in [('a',), ('a', 'b', 'c')]:
    try: o._compare_digest(*bad)
    except TypeError as e: print(e)
try: o._compare_digest(a='a',b='b')
except Exception as e: print(type(e).__name__, e)
print(o._compare_digest.__name__, o._compare_digest.__module__)
