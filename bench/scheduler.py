# Benchmark: a discrete-event task scheduler on a heapq priority queue (tuples, classes, generators as tasks).
import heapq


class Task:
    def __init__(self, tid, name, priority, work):
        self.tid = tid
        self.name = name
        self.priority = priority
        self.remaining = work
        self.finished_at = None
        self.slices = 0

    def run(self, quantum):
        used = min(quantum, self.remaining)
        self.remaining -= used
        self.slices += 1
        return used


def worker(task, quantum):
    """A task as a generator: yields the time it used in each slice."""
    while task.remaining > 0:
        yield task.run(quantum)


class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.clock = 0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.done = []

    def submit(self, task, at=0):
        self.seq += 1
        if at > self.clock:
            heapq.heappush(self.timers, (at, self.seq, task))
        else:
            heapq.heappush(self.ready, (task.priority, self.seq, task, worker(task, self.quantum)))

    def wake(self):
        while self.timers and self.timers[0][0] <= self.clock:
            _, _, task = heapq.heappop(self.timers)
            self.submit(task)

    def run(self):
        while self.ready or self.timers:
            self.wake()
            if not self.ready:
                self.clock = self.timers[0][0]
                continue
            prio, _, task, gen = heapq.heappop(self.ready)
            try:
                self.clock += next(gen)
            except StopIteration:
                task.finished_at = self.clock
                self.done.append(task)
                continue
            # aging: a task that ran gets a slightly worse priority
            self.seq += 1
            heapq.heappush(self.ready, (prio + 1, self.seq, task, gen))


def main():
    sched = Scheduler(quantum=5)
    state = 2024
    for tid in range(20000):
        state = (state * 69069 + 1) % 4294967296
        name = "job-%d" % tid
        priority = state % 10
        work = 1 + (state >> 8) % 60
        arrival = (state >> 16) % 50000
        sched.submit(Task(tid, name, priority, work), at=arrival)
    sched.run()
    turnaround = sorted(t.finished_at for t in sched.done)
    slices = sum(t.slices for t in sched.done)
    by_prio = {}
    for t in sched.done:
        by_prio.setdefault(t.priority, []).append(t.finished_at)
    avg = {p: sum(v) // len(v) for p, v in sorted(by_prio.items())}
    print(len(sched.done), sched.clock, slices, turnaround[len(turnaround) // 2])
    print(avg)
    print([t.name for t in sched.done[:5]])


main()
