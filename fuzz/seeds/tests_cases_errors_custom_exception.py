# Checks: uncaught user-defined exception (subclass of a custom base) with a multi-arg message.
class AppError(Exception):
    pass
class ValidationError(AppError):
    pass
def validate(age):
    if age < 0:
        raise ValidationError("age must be >= 0", age)
    return age
def register(name, age):
    print("registering", name)
    validate(age)
register("amy", 3)
register("bob", -1)
