"""dis: disassembly of mempy's bytecode.

mempy runs its own instruction set, not CPython's: the listing `dis.dis` prints is
the one `mempy --dis` prints (the native `_mempy_dis`), instructions named after
CPython 3.11's where they have a counterpart (LOAD_CONST, BINARY_OP, ...) and by
mempy's own names otherwise (LOAD_FAST__LOAD_FAST, COMPARE_AND_BRANCH, ...).
Offsets are twice the instruction index, as in `co_code`.
"""

import sys
import _mempy_dis
from collections import namedtuple
from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts',
           'get_instructions', 'Instruction', 'Bytecode'] + _opcodes_all

Instruction = namedtuple(
    'Instruction',
    'opname opcode arg argval argrepr offset starts_line is_jump_target positions',
    defaults=[None])
Instruction.__module__ = 'dis'

Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                       defaults=[None] * 4)


def _code_of(x):
    """The code object behind x (a function, method, generator, coroutine, code
    object or source text), or None."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    if isinstance(x, str):
        return _compile_source(x)
    if isinstance(x, (bytes, bytearray)):
        return _compile_source(bytes(x).decode())
    if type(x).__name__ == 'code':
        return x
    return None


def _compile_source(source):
    # An expression if it is one, else statements (as CPython's dis does).
    try:
        return compile(source, '<dis>', 'eval')
    except SyntaxError:
        return compile(source, '<dis>', 'exec')


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    print(_mempy_dis.listing(co), end='', file=file)


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and
    source text."""
    if x is None:
        distb(file=file)
        return
    code = _code_of(x)
    if code is not None:
        disassemble(code, file=file)
        return
    namespace = getattr(x, '__dict__', None)
    if namespace is not None:
        for name, value in sorted(namespace.items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if _code_of(value) is not None and not isinstance(value, str):
                print('Disassembly of %s:' % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as e:
                    print('Sorry:', e, file=file)
                print(file=file)
        return
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError('no last traceback to disassemble') from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    code = _code_of(x)
    if code is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    units = code.co_code
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    for name, arg, argval, argrepr, offset, line, target in _mempy_dis.rows(code):
        if line is not None:
            line += shift
        if argrepr.startswith('to '):
            # A jump: the listing counts instructions, offsets count co_code bytes.
            argval = int(argrepr[3:]) * 2
            argrepr = 'to %d' % argval
        elif name in ('BINARY_OP', 'COMPARE_OP'):
            argval = arg
        yield Instruction(name, units[offset], arg, argval, argrepr, offset, line, target,
                          Positions())


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source."""
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            yield start, line


def code_info(x):
    """Formatted details of methods, functions, or code."""
    co = _code_of(x)
    if co is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    lines = [
        'Name:              %s' % co.co_name,
        'Filename:          %s' % co.co_filename,
        'Argument count:    %s' % co.co_argcount,
        'Positional-only arguments: %s' % co.co_posonlyargcount,
        'Kw-only arguments: %s' % co.co_kwonlyargcount,
        'Number of locals:  %s' % co.co_nlocals,
        'Stack size:        %s' % co.co_stacksize,
    ]
    for title, items in (('Constants', co.co_consts), ('Names', co.co_names),
                         ('Variable names', co.co_varnames)):
        if items:
            lines.append(title + ':')
            for i, item in enumerate(items):
                lines.append('%4d: %r' % (i, item) if title == 'Constants'
                             else '%4d: %s' % (i, item))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


class Bytecode:
    """The bytecode operations of a piece of code: iterate for its Instructions,
    `dis()` for the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _code_of(x)
        if co is None:
            raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self.first_line)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._original_object)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _mempy_dis.listing(self.codeobj)
