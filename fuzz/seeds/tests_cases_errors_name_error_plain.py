# Checks: uncaught NameError for a global name with no close match (no suggestion).
def helper():
    return undefined_thing_xyz * 2
def run():
    return helper()
run()
