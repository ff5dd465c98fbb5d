# Benchmark: BFS and Dijkstra (heapq) on a weighted grid graph with walls, plus connected components and path rebuilding.
import heapq
from collections import deque


def build(rows, cols, seed):
    walls = set()
    for r in range(rows):
        for c in range(cols):
            seed = (seed * 1103515245 + 12345) % 2147483648
            if seed % 100 < 22 and (r, c) != (0, 0) and (r, c) != (rows - 1, cols - 1):
                walls.add((r, c))
    graph = {}
    for r in range(rows):
        for c in range(cols):
            if (r, c) in walls:
                continue
            edges = []
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in walls:
                    weight = 1 + (nr * 7 + nc * 13 + r * c) % 9
                    edges.append(((nr, nc), weight))
            graph[(r, c)] = edges
    return graph


def bfs(graph, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt, _ in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, start, goal):
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def components(graph):
    seen = set()
    sizes = []
    for node in graph:
        if node in seen:
            continue
        size = 0
        stack = [node]
        seen.add(node)
        while stack:
            n = stack.pop()
            size += 1
            for nxt, _ in graph[n]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        sizes.append(size)
    return sorted(sizes, reverse=True)


def main():
    for seed in (3, 11):
        graph = build(110, 110, seed)
        start, goal = (0, 0), (109, 109)
        hops = bfs(graph, start)
        dist, prev = dijkstra(graph, start)
        comps = components(graph)
        print(len(graph), len(hops), max(hops.values()), comps[:3], len(comps))
        if goal in dist:
            path = path_to(prev, start, goal)
            print(dist[goal], hops[goal], len(path), path[:4])
        else:
            print("goal unreachable")
        print(sum(dist.values()) % 1_000_003, max(dist.values()))


main()
