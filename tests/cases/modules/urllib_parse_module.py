# URL handling as a web client or crawler script does it: splitting, joining,
# quoting, query strings, and the bytes forms.
import warnings
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, unquote_to_bytes,
                          quote_from_bytes, urlencode, parse_qs, parse_qsl, ParseResult)
import urllib.parse

u = urlparse("HTTPS://User:Pw@Example.COM:8443/a/b;p=1?q=2&r=%20x#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.params, u.geturl())
print(u._replace(fragment="", query="z=1").geturl(), isinstance(u, tuple), ParseResult.__mro__[1].__name__)
s = urlsplit("//host.example/path?x#y")
print(s, urlunsplit(s), urlunsplit(("mailto", "", "me@example.com", "subject=hi", "")))
print(urlsplit("http://[::1]:80/x").hostname, urlsplit("http://[fe80::1%25eth0]/").hostname)
print(urlunparse(("http", "h", "/p", "a", "b", "c")), urldefrag("http://h/p?q#f"), urldefrag("x").geturl())
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../../../g", "./../g/.",
            "g;x=1/../y", "http:g", "https://other/x", "", "."]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("https://example.com/docs/", "../img/a.png"), urljoin(b"http://a/b/", b"c"))
print(quote("/a b/ç?&=~"), quote("/a b", safe=""), quote_plus("a b+c&d"), quote(b"\x00\xff"), quote_from_bytes(b"a/b", "/"))
print(unquote("%E2%82%AC%20and%zz%2"), unquote_plus("a+b%2Bc"), unquote_to_bytes("%41%4g"), unquote(b"%C3%A9"))
print(urlencode({"q": "mempy memory", "n": 10, "b": b"\xe9"}), urlencode([("a", [1, 2]), ("c", "d e")], doseq=True))
print(urlencode({"k": "a/b c"}, safe="/", quote_via=quote))
print(parse_qs("a=1&a=2&b=&c=%20x+y"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("x=1;y=2", separator=";"), parse_qsl(b"a=b&c=d%20e"), parse_qsl("flag&v=1", keep_blank_values=True))
print(urlparse(b"http://h:1/p?q").port, urlsplit(b"ftp://x/y").decode(), urlsplit("ftp://x/y").encode())
for bad in [lambda: urlsplit("http://[::1/x"), lambda: urlsplit("http://h:99999/").port, lambda: urlsplit("http://h:x/").port,
            lambda: parse_qsl("a", strict_parsing=True), lambda: urljoin("http://a/", b"b"), lambda: urlencode("abc"),
            lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: quote(b"x", encoding="utf-8"),
            lambda: urlsplit("http://[1.2.3.4]/")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(urllib.parse.splittype("http://x"), urllib.parse.splitport("host:80"), urllib.parse.splitnport("h:x"))
print([str(w.message) for w in caught], all(w.filename == __file__ for w in caught))
