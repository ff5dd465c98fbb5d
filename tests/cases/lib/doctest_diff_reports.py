# doctest: the REPORT_UDIFF / REPORT_CDIFF / REPORT_NDIFF failure reports (ndiff for
# any size, unified and context diffs only beyond two lines, <BLANKLINE> in the
# output, intraline hints), alone, combined and as example directives.
import doctest, sys
c = doctest.OutputChecker()
E = doctest.Example
cases = [('a\nB\n', 'a\nb\n'), ('', 'x\n'), ('x\n', ''), ('a\nb\nc\n', 'a\n\nc\n'), ('a\n<BLANKLINE>\nc\n', 'a\n\nd\n'), ('a  \nb\nc\n', 'a\nb\nc  \n'),
         ('abcdefgh xyz\n', 'abcdefgh xya\n'), ('a\nb\n c\n', 'a\nb\n'), ('1\n2\n3\n4\n5\n6\n7\n8\n', '1\n2\n3\nX\n5\n6\n7\nY\n')]
for fl in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF, doctest.REPORT_UDIFF|doctest.REPORT_NDIFF, doctest.REPORT_UDIFF|doctest.DONT_ACCEPT_BLANKLINE, doctest.REPORT_CDIFF|doctest.REPORT_NDIFF):
    for w, g in cases:
        print(fl, repr(w), repr(g)); print(c.output_difference(E('x', w), g, fl), end='|\n')
t = doctest.DocTestParser().get_doctest('>>> print("a\\nb\\nc\\nd")  # doctest: +REPORT_UDIFF\na\nB\nc\nD\n>>> print("x")  # doctest: +REPORT_NDIFF\ny\n', {}, 'n', 'f.py', 0)
r = doctest.DocTestRunner(optionflags=doctest.REPORT_CDIFF)
r.run(t, out=sys.stdout.write)
