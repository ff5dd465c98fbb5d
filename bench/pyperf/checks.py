"""Result checks for pyperformance benchmarks run through bench/pyperf/pyperf.py.

The pyperf stand-in prints only `NAME: ok`, and most benchmark functions return nothing or
return elapsed seconds, so a wrong answer would look like a fast one. bench/run therefore
splices two optional functions from this file into the script it generates for benchmark
NAME (they run in the benchmark's own globals, which is why they use names this file never
defines):

  pre_NAME()    runs after the benchmark's definitions, just before its
                `if __name__ == "__main__":` block; it wraps a function or class so the
                timed run leaves its result behind in _check_seen (one dict store per
                call or per created object, negligible next to the work timed)
  check_NAME()  runs after the benchmark finished and prints `check NAME: ...`, a value
                derived from the benchmark's result

Together with every function whose name starts with `_check_` (shared helpers).
bench/run compares the whole stdout of mempy and python3, so a differing line fails the
benchmark. A check that recomputes something (marked "re-run" below) adds that small
extra work to both interpreters' time.

What each benchmark's output proves (a listed name with no functions here relies on its
own assert or its own "... failed" print, which bench/run sees as an error or a diff):

  barnes_hut      repr of the system energy at the end of the timed run (pre wraps
                  calculate_system_energy)
  btree           the last tree built in the timed run: its length, keys in order, one
                  lookup (pre wraps make_tree)
  chaos           re-run: a 64x64 image with 2000 iterations from the benchmark's own
                  Chaosgame object, checksummed (needs random's CPython sequence)
  comprehensions  own assert (18 sorted widgets) + the sorted widget ids
  coroutines      re-run: fibonacci(15) driven by send(None) returns 610
  deepcopy        re-run on our own small data: memo sharing, dataclass, __reduce__ paths
  deltablue       own "Chain test failed"/"Projection N failed" prints (no extra check)
  fannkuch        the returned max flip count (30 for n=9)
  float           repr of the returned Point (all three coordinates)
  gc_collect      re-run: 100 cycles of 21 nodes, gc.collect() must find >= 2100 objects
                  (the benchmark's own assert also accepts None)
  gc_traversal    own assert only (collect() finds nothing); traversal is not observable
  generators      re-run: recursive tree generator yields range(1000) in order
  go              the move returned by versus_cpu() (needs random's CPython sequence)
  hexiom          own assert on the solved board (no extra check)
  meteor_contest  own check of all solutions (no extra check)
  nbody           repr of report_energy() on the bodies the timed loops advanced
  nqueens         re-run: the 4 solutions of the 6-queens problem
  pidigits        number of digits and the last 40 of them
  pprint          length, newline count and both ends of the pformat text; the
                  _safe_repr triple's flags and length
  raytrace        checksum of the last canvas the timed run rendered (pre wraps Canvas)
  richards        the returned flag (True when the task counts are right)
  richards_super  the same
  scimark         re-run on small inputs: SOR, LU, FFT, sparse mat-mult, Monte Carlo
  spectral_norm   repr of sqrt(vBv/vv) from the last two vectors of the timed run (pre
                  wraps eval_AtA_times_u)
  unpack_sequence nothing to check (the unpacked values are discarded)
"""

# Names below that this file never defines (pyperf, math, gc, copy, ... and the
# benchmark's own functions) are the benchmark's globals at the point bench/run splices
# the function in.
# flake8: noqa: F821


def _check_weighted(values):
    """Position-weighted sum: equal only if the same values are in the same places."""
    total = 0
    i = 0
    for v in values:
        total += (i % 997 + 1) * v
        i += 1
    return total


def _check_print(name, *parts):
    print("check " + name + ": " + " ".join([str(p) for p in parts]))


# --- barnes_hut -------------------------------------------------------------------

def pre_barnes_hut():
    global calculate_system_energy
    inner = calculate_system_energy

    def recording_energy(particles):
        e = inner(particles)
        _check_seen["energy"] = e
        return e
    calculate_system_energy = recording_energy


def check_barnes_hut():
    _check_print("barnes_hut", "energy=" + repr(_check_seen["energy"]))


# --- btree ------------------------------------------------------------------------

def pre_btree():
    global make_tree
    inner = make_tree

    def recording_make_tree(num_nodes, records):
        tree = inner(num_nodes, records)
        _check_seen["tree"] = tree
        return tree
    make_tree = recording_make_tree


def check_btree():
    tree = _check_seen["tree"]
    prev = -1
    in_order = True
    count = 0
    for key in tree:
        if key <= prev:
            in_order = False
        prev = key
        count += 1
    node = tree.get(12345)
    _check_print("btree", "len=" + str(len(tree)), "iterated=" + str(count),
                 "in_order=" + str(in_order), "get=" + str(node.a))


# --- chaos ------------------------------------------------------------------------

def pre_chaos():
    global Chaosgame
    base = Chaosgame

    class RecordingChaosgame(base):
        def __init__(self, *args):
            base.__init__(self, *args)
            _check_seen["game"] = self
    Chaosgame = RecordingChaosgame


def check_chaos():
    global write_ppm

    def keep_image(im, filename):
        _check_seen["image"] = im
    write_ppm = keep_image
    _check_seen["game"].create_image_chaos(64, 64, 2000, "image", 1234)
    im = _check_seen["image"]
    flat = []
    for column in im:
        flat.extend(column)
    _check_print("chaos", "set=" + str(flat.count(0)), "sum=" + str(_check_weighted(flat)))


# --- comprehensions ---------------------------------------------------------------

def check_comprehensions():
    tray = WidgetTray(1, make_some_widgets())
    _check_print("comprehensions", [w.widget_id for w in tray.sorted_widgets])


# --- coroutines -------------------------------------------------------------------

def check_coroutines():
    coro = fibonacci(15)
    value = None
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        value = e.value
    _check_print("coroutines", "fib15=" + str(value))


# --- deepcopy ---------------------------------------------------------------------

def check_deepcopy():
    shared = [1, 2, 3]
    data = {"a": (shared, shared), "b": [shared] * 3, "s": "text"}
    c = copy.deepcopy(data)
    memo_ok = (c == data and c["a"][0] is c["a"][1] and c["b"][2] is c["a"][0]
               and c["a"][0] is not shared)
    dc = A("hello", [1, 2, 3], True)
    dc2 = copy.deepcopy(dc)
    dc_ok = dc2 == dc and dc2.lst is not dc.lst

    class Reduced:
        def __init__(self):
            self.a = 1
            self.b = [2]

        def __reduce__(self):
            return (Reduced, (), self.__dict__)

        def __setstate__(self, state):
            self.__dict__.update(state)
    r = Reduced()
    r2 = copy.deepcopy(r)
    reduce_ok = r2.a == 1 and r2.b == [2] and r2.b is not r.b
    _check_print("deepcopy", "memo=" + str(memo_ok), "dataclass=" + str(dc_ok),
                 "reduce=" + str(reduce_ok), repr(dc2))


# --- fannkuch ---------------------------------------------------------------------

def check_fannkuch():
    _check_print("fannkuch", "max_flips=" + str(pyperf.results["fannkuch"]))


# --- float ------------------------------------------------------------------------

def check_float():
    _check_print("float", repr(pyperf.results["float"]))


# --- gc_collect -------------------------------------------------------------------

def check_gc_collect():
    gc.collect()
    cycles = create_gc_cycles(CYCLES, LINKS)
    del cycles
    found = gc.collect()
    _check_print("gc_collect", "found_all=" + str(found is not None and found >= CYCLES * (LINKS + 1)))


# --- generators -------------------------------------------------------------------

def check_generators():
    values = list(tree(range(1000)))
    _check_print("generators", "in_order=" + str(values == list(range(1000))),
                 "sum=" + str(sum(values)))


# --- go ---------------------------------------------------------------------------

def check_go():
    _check_print("go", "move=" + str(pyperf.results["go"]))


# --- nbody ------------------------------------------------------------------------

def check_nbody():
    _check_print("nbody", "energy=" + repr(report_energy()))


# --- nqueens ----------------------------------------------------------------------

def check_nqueens():
    _check_print("nqueens", list(n_queens(6)))


# --- pidigits ---------------------------------------------------------------------

def check_pidigits():
    digits = pyperf.results["pidigits"]
    _check_print("pidigits", "n=" + str(len(digits)),
                 "tail=" + "".join([str(d) for d in digits[-40:]]))


# --- pprint -----------------------------------------------------------------------

def check_pprint():
    text = pyperf.results["pprint_pformat"]
    parts = ["len=" + str(len(text)), "lines=" + str(text.count("\n") + 1),
             "head=" + repr(text[:60]), "tail=" + repr(text[-60:])]
    if "pprint_safe_repr" in pyperf.results:
        r = pyperf.results["pprint_safe_repr"]
        parts.append("safe_repr=" + str((len(r[0]), r[1], r[2])))
    _check_print("pprint", *parts)


# --- raytrace ---------------------------------------------------------------------

def pre_raytrace():
    global Canvas
    base = Canvas

    class RecordingCanvas(base):
        def __init__(self, width, height):
            base.__init__(self, width, height)
            _check_seen["canvas"] = self
    Canvas = RecordingCanvas


def check_raytrace():
    canvas = _check_seen["canvas"]
    _check_print("raytrace", str(canvas.width) + "x" + str(canvas.height),
                 "sum=" + str(_check_weighted(canvas.bytes)))


# --- richards, richards_super -----------------------------------------------------

def check_richards():
    _check_print("richards", "result=" + str(pyperf.results["richards"]))


def check_richards_super():
    _check_print("richards_super", "result=" + str(pyperf.results["richards_super"]))


# --- scimark ----------------------------------------------------------------------

def check_scimark():
    g = Random(7).RandomMatrix(Array2D(12, 12))
    SOR_execute(1.25, g, 10, Array2D)
    sor = _check_weighted(g.data)

    a = Random(7).RandomMatrix(ArrayList(12, 12))
    lu = ArrayList(12, 12)
    pivot = array('i', [0]) * 12
    LU(lu, a, pivot)
    lu_sum = 0.0
    for row in lu.data:
        lu_sum += _check_weighted(row)

    x = Random(7).RandomVector(64)
    FFT_transform(64, x)
    fft = _check_weighted(x)
    FFT_inverse(64, x)
    back = _check_weighted(x)

    # 3x3 sparse matrix in compressed rows: [[1, 0, 2], [0, 3, 0], [4, 0, 5]]
    val = array('d', [1.0, 2.0, 3.0, 4.0, 5.0])
    col = array('i', [0, 2, 1, 0, 2])
    row = array('i', [0, 2, 3, 5])
    vec = array('d', [1.0, 10.0, 100.0])
    y = array('d', [0]) * 3
    SparseCompRow_matmult(3, y, val, row, col, vec, 1)

    _check_print("scimark", "sor=" + repr(sor), "lu=" + repr(lu_sum),
                 "pivot=" + str(list(pivot)), "fft=" + repr(fft), "ifft=" + repr(back),
                 "sparse=" + str(list(y)), "monte_carlo=" + repr(MonteCarlo(10000)))


# --- spectral_norm ----------------------------------------------------------------

def pre_spectral_norm():
    global eval_AtA_times_u
    inner = eval_AtA_times_u
    _check_seen["last"] = []

    def recording_AtA(u):
        r = inner(u)
        last = _check_seen["last"]
        last.append(r)
        if len(last) > 2:
            del last[0]
        return r
    eval_AtA_times_u = recording_AtA


def check_spectral_norm():
    v, u = _check_seen["last"]
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    _check_print("spectral_norm", "norm=" + repr((vBv / vv) ** 0.5))
