# Checks: the SyntaxErrors of except* and parenthesised with-items: bare except*, mixing except and except*, break/continue/return in an except* block (also without a loop, and before a later 'return' outside function), unparenthesised exception types, with (a as b) as c.
cases = [
    "try:\n  pass\nexcept*:\n  pass\n",
    "try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n",
    "try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    break\n",
    "while 1:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return\n",
    "try:\n  pass\nexcept* ValueError:\n  try:\n    pass\n  except ValueError:\n    break\n",
    "for i in x:\n  try:\n    pass\n  except* E:\n    break\n  finally:\n    return 0\n",
    "try:\n  pass\nexcept* A, B:\n  pass\n",
    "try:\n  pass\nexcept A, B as e:\n  pass\n",
    "with (a as b) as c:\n  pass\n",
    "with (a as b, c as d) as e:\n  pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} col {e.offset}-{e.end_offset} | {e.text!r}")
# Valid: nested functions and loops inside an except* block.
src = "for i in x:\n  try:\n    pass\n  except* E:\n    def f():\n      return 1\n    for j in x:\n      break\n"
compile(src, "<ok>", "exec")
print("ok")
