# opcode: CPython 3.11's instruction tables; dis re-exports them, and the numbers
# in co_code name instructions through dis.opname.
import opcode
import dis

print(len(opcode.opmap), opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
print(opcode.opmap['LOAD_CONST'], opcode.opmap['RETURN_VALUE'], opcode.opmap['COPY_FREE_VARS'])
print(opcode.hasconst, opcode.hasname, opcode.haslocal, opcode.hasfree, opcode.hascompare)
print(opcode.hasjrel, opcode.hasjabs, opcode.hasnargs)
print(opcode.opname[0], opcode.opname[3], opcode.opname[255], len(opcode.opname))
print(opcode._nb_ops[0], opcode._nb_ops[-1], len(opcode._nb_ops))
print(opcode._specializations['LOAD_FAST'], len(opcode._specialized_instructions))
print(sum(opcode._inline_cache_entries), opcode._cache_format['BINARY_OP'])
print(dis.opmap is opcode.opmap, dis.opname is opcode.opname, 'opmap' in dis.__all__)
print(all(opcode.opname[v] == k for k, v in opcode.opmap.items()))


def f():
    return 1


# The last instruction of f is a RETURN_VALUE in both interpreters.
print(dis.opname[f.__code__.co_code[-2]])
