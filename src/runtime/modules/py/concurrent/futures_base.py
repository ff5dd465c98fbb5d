"""concurrent.futures._base: where CPython defines Future, Executor, wait and
as_completed; mempy's are in `concurrent.futures` itself, re-exported here."""

from concurrent.futures import *
from concurrent.futures import (
    PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED, LOGGER, Error,
    DoneAndNotDoneFutures)
