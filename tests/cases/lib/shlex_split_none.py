# shlex.split(None) is deprecated in 3.11: it warns, then splits what sys.stdin
# holds (nothing here: stdin is empty) instead of raising.
import shlex
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(shlex.split(None))
print([(w.category.__name__, str(w.message)) for w in caught])
lexer = shlex.shlex("a 'b c'", posix=True)
print(lexer.instream.__class__.__name__, list(lexer))
