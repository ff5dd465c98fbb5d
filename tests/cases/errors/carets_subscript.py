# Marker lines under a failing subscript (~ value, ^ index), with non-ASCII names.
données = {"é": [1, 2]}
print(données["é"][1])
print(données["é"][5])
