# mempy.growth(): the types that grew since the previous call (the first call counts
# everything); mempy.snapshot() + mempy.diff(): what was allocated since and is still
# alive, by type and by the line that allocated it. Known answers: 50 Item objects made
# on line 18 and 50 lists on line 19, kept in `kept`; 25 strs and the list holding them
# on line 20; the temporary lists of line 22 are freed and do not show. The second
# growth() has nothing new; the second diff (since the same, last snapshot) is the same.
import mempy


class Item:
    def __init__(self, n):
        self.n = n


kept = []
mempy.growth()
mark = mempy.snapshot()
kept.extend(Item(i) for i in range(50))
kept.extend([i] for i in range(50))
names = [str(i) * 3 for i in range(1000, 1025)]
for i in range(100):
    tmp = [i, i]
del tmp
mempy.growth()
mempy.diff(mark)
mempy.growth()
mempy.diff()
