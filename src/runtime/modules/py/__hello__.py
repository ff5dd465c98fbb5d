# `__hello__`: the small module CPython ships to show that importing a frozen
# module works. Importing it prints nothing; main() greets. Compiled from this
# source at first import.

initialized = True


class TestFrozenUtf8_1:
    """\u00b6"""


class TestFrozenUtf8_2:
    """\u03c0"""


class TestFrozenUtf8_4:
    """\U0001f600"""


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
