"""concurrent.futures.thread: where CPython defines ThreadPoolExecutor; mempy's is
in `concurrent.futures` itself, re-exported here."""

from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
