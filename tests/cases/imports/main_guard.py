import _helper
print(_helper.__name__)
if __name__ == "__main__":
    print("main")
