print("_raises running")
def helper():
    return {}["missing"]
value = helper()
