# Checks: SyntaxError for assignment to a literal ("cannot assign to literal here...").
print("never printed")
1 = x
