# Checks: for/while with else, break skipping else, continue, nested loops with break, loop over strings.
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 1:
        break
print("while break", n)
odds = []
for i in range(10):
    if i % 2 == 0:
        continue
    odds.append(i)
print("continue", odds)
for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()
for ch in "hey":
    print(ch, end="")
print()
for i in []:
    print("never")
else:
    print("empty for else")
