try:
    a
except:
    pass
except ValueError:
    pass
