# A NameError's hint looks at the globals of the frame that raised it; str() has none.
some_global_name = 1
try:
    some_global_nme
except NameError as e:
    print(e)
some_global_nme
