#!/usr/bin/env python3
#
# inspect: trailing comments indented like a block's body belong to its source;
# getcomments() finds the comment lines above an object (or atop its module).
#
import inspect


# A class with commented methods.
#
class A:
    # Comment for f,
    # two lines.
    def f(self):
        x = 1
        # inside
        return x
        # trailing deep
      # trailing shallow but deeper than def
    # at def level
    def g(self):
        # only a comment before the first statement
        pass
    # after g
# module level

#
# h's comment
#
def h():
    return 2
    # end h


def no_comment():
    pass


print(inspect.getsource(A.f), end='--\n')
print(inspect.getsource(A.g), end='--\n')
print(inspect.getsource(h), end='--\n')
print(inspect.getsource(A), end='--\n')
import sys
for obj in (sys.modules[__name__], A, A.f, A.g, h, no_comment, list,
            compile('x=1', '_no_such_file.py', 'exec')):
    print(repr(inspect.getcomments(obj)))
