# mempy's `graphlib` module: TopologicalSorter and CycleError, written for mempy
# from the documented behaviour of CPython 3.11's graphlib. Compiled from this
# source at first import.
#
# Each node keeps how many of its predecessors are not yet done (or one of the two
# markers below once it has been handed out by get_ready() or marked done) and the
# list of its successors, in the order add() saw them; get_ready() hands out nodes
# in the order they became ready, and the cycle prepare() reports is the first one
# a depth-first walk over the nodes (in insertion order) and their successors meets,
# which is what CPython reports.

__all__ = ["TopologicalSorter", "CycleError"]

# A node's pending-count once get_ready() has returned it, and once done() saw it.
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle; args[1]
    is the cycle as a list of nodes whose first and last items are the same."""
    pass


class _Node:
    __slots__ = ("node", "pending", "successors")

    def __init__(self, node):
        self.node = node
        self.pending = 0
        self.successors = []


class TopologicalSorter:
    """Sorts the nodes of a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.pending += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n.node for n in self._nodes.values() if n.pending == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _cycle(self):
        # Iterative depth-first walk; `path` is the current chain of nodes and
        # `on_path` maps each of them to its index in it.
        nodes = self._nodes
        visited = set()
        for start in nodes:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            on_path = {start: 0}
            iters = [iter(nodes[start].successors)]
            while iters:
                nxt = next(iters[-1], _FINISHED_SENTINEL)
                if nxt is _FINISHED_SENTINEL:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(nodes[nxt].successors))
        return None

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        nodes = self._nodes
        for node in result:
            nodes[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        table = self._nodes
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.pending
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.pending = _FINISHED
            for succ in info.successors:
                sinfo = table[succ]
                sinfo.pending -= 1
                if sinfo.pending == 0:
                    self._ready.append(succ)
            self._finished += 1

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_FINISHED_SENTINEL = object()

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    def _GenericAlias(cls, item):
        return cls

CycleError.__module__ = "graphlib"
TopologicalSorter.__module__ = "graphlib"
