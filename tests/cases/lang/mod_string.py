# Checks: string constants and capwords.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("  hello   wORLD  again "), string.capwords("a-b-c", "-"))
print([c for c in "Hi, you 2!" if c in string.ascii_letters])
print(sum(c in string.punctuation for c in "a.b,c!"))
