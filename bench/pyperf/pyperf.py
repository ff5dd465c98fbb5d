"""A small stand-in for the `pyperf` package, so pyperformance's benchmark scripts
(bm_NAME/run_benchmark.py) run under mempy and python3 alike. Our own code: it copies
nothing from pyperf or pyperformance, and implements only what those scripts call.

What it does differently from pyperf: no worker processes, no calibration, no warm-up, no
statistics and no command-line parsing. Each bench call runs its function a fixed number
of times and prints one deterministic line `NAME: ok`; the caller (bench/run) times the
whole process from outside.

  Runner(**kwargs)       keyword arguments (add_cmdline_args, processes, loops, values,
                         warmups, min_time, ...) are accepted and ignored
  runner.metadata        a plain dict
  runner.argparser       records add_argument() defaults; runner.parse_args() and
                         runner.args give a namespace holding those defaults (sys.argv is
                         not read, so every run does the same work)
  runner.bench_func(name, func, *args, inner_loops=None)
                         calls func(*args) `loops` times; the last result is kept in
                         results[name] for bench/pyperf/checks.py
  runner.bench_time_func(name, func, *args, inner_loops=None)
                         calls func(loops, *args) once (func times itself and returns
                         seconds); the returned seconds go to times[name]
  runner.bench_command   not provided: none of the benchmarks bench/run drives uses it
  perf_counter           time.perf_counter (also as runner.perf_counter)

The loop count: MEMPY_PYPERF_LOOPS is either a number for every bench call, or a comma
list `NAME=N,...` with an optional bare number as the default for other names
(e.g. "deepcopy=20,deepcopy_memo=200,5"). Without it every call runs once. The value is
read from the environment when the interpreter has `os`; mempy has no `os` module, so
bench/run also bakes the same text into LOOPS_SPEC below in the script it generates.
"""

import time as _pyperf_time

__all__ = ["Runner", "perf_counter", "results", "times", "LOOPS_SPEC"]

perf_counter = _pyperf_time.perf_counter

# Replaced by bench/run (the line must stay exactly `LOOPS_SPEC = None`).
LOOPS_SPEC = None

# name -> the last value bench_func's function returned / seconds bench_time_func reported.
# The _pyperf_ names are what the code below uses: when bench/run inlines this file into a
# benchmark script, a benchmark global named `results` or `times` cannot redirect them.
_pyperf_results = {}
_pyperf_times = {}
results = _pyperf_results
times = _pyperf_times


def _pyperf_loops_spec():
    if LOOPS_SPEC is not None:
        return LOOPS_SPEC
    try:
        import os
    except ImportError:
        return None
    return os.environ.get("MEMPY_PYPERF_LOOPS")


def _pyperf_loops_for(name):
    spec = _pyperf_loops_spec()
    if spec is None:
        return 1
    default = 1
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        if "=" in item:
            key, value = item.split("=", 1)
            if key.strip() == name:
                return int(value)
        else:
            default = int(item)
    return default


class _PyperfNamespace:
    """What parse_args() returns: one attribute per recorded argument."""

    def __repr__(self):
        keys = sorted(self.__dict__)
        return "Namespace(" + ", ".join([k + "=" + repr(self.__dict__[k]) for k in keys]) + ")"


class _PyperfArgParser:
    """Records add_argument() calls; only their defaults matter."""

    def __init__(self):
        self.defaults = {}

    def add_argument(self, *names, **kwargs):
        dest = kwargs.get("dest")
        if dest is None:
            dest = names[0]
            for n in names:
                if n.startswith("--"):
                    dest = n
                    break
            dest = dest.lstrip("-").replace("-", "_")
        if "default" in kwargs:
            value = kwargs["default"]
        elif kwargs.get("action") == "store_true":
            value = False
        elif kwargs.get("action") == "store_false":
            value = True
        else:
            value = None
        self.defaults[dest] = value

    def parse_args(self, args=None):
        ns = _PyperfNamespace()
        for key in self.defaults:
            setattr(ns, key, self.defaults[key])
        return ns


class Runner:
    def __init__(self, **kwargs):
        self.metadata = {}
        self.argparser = _PyperfArgParser()
        self.args = None
        self.perf_counter = _pyperf_time.perf_counter

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(args)
        return self.args

    def _ensure_args(self):
        if self.args is None:
            self.parse_args()

    def bench_func(self, name, func, *args, inner_loops=None):
        self._ensure_args()
        loops = _pyperf_loops_for(name)
        result = None
        i = 0
        while i < loops:
            result = func(*args)
            i += 1
        _pyperf_results[name] = result
        print(name + ": ok")
        return None

    def bench_time_func(self, name, func, *args, inner_loops=None):
        self._ensure_args()
        loops = _pyperf_loops_for(name)
        _pyperf_times[name] = func(loops, *args)
        print(name + ": ok")
        return None
