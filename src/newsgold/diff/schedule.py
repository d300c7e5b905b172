"""Where a diff runs, on Dask: threads in this process, a local cluster of processes, or a cluster.

- ``local``: Dask's threaded scheduler in this process (the single-process path);
- ``processes:N``: a ``distributed.LocalCluster`` of N single-threaded worker processes,
  started for the run and closed after it;
- ``tcp://HOST:PORT`` (or ``tls://``, ``inproc://``): an existing ``distributed`` scheduler.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from newsgold.diff.errors import DiffInputError

EXPECTED = "expected local, processes:N (N >= 1) or tcp://HOST:PORT"
CONNECT_TIMEOUT = "10s"


@dataclass(frozen=True)
class Scheduler:
    kind: str  # local | processes | cluster
    workers: int | None = None
    address: str | None = None

    def __str__(self) -> str:
        if self.kind == "processes":
            return f"processes:{self.workers}"
        return self.address if self.kind == "cluster" else "local"


def parse_scheduler(spec: str) -> Scheduler:
    """``local``, ``processes:N`` or a scheduler address; ``DiffInputError`` otherwise."""
    spec = spec.strip()
    if spec == "local":
        return Scheduler("local")
    found = re.fullmatch(r"processes:(\d+)", spec)
    if found and int(found.group(1)) >= 1:
        return Scheduler("processes", workers=int(found.group(1)))
    if re.fullmatch(r"(tcp|tls|inproc)://\S+", spec):
        return Scheduler("cluster", address=spec)
    raise DiffInputError(f"--scheduler {spec!r}: {EXPECTED}")


@contextmanager
def connect(scheduler: Scheduler) -> Iterator[Callable[[Any], Any]]:
    """A function that computes a Dask graph on ``scheduler``, for the length of the block."""
    if scheduler.kind == "local":
        import dask

        yield lambda graph: dask.compute(graph, scheduler="threads")[0]
        return
    from distributed import Client, LocalCluster

    if scheduler.kind == "processes":
        with LocalCluster(n_workers=scheduler.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield lambda graph: client.compute(graph).result()
        return
    try:
        client = Client(scheduler.address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise DiffInputError(f"--scheduler {scheduler.address}: cannot reach a Dask scheduler there ({error}); "
                             "expected the address of a running distributed scheduler") from None
    with client:
        yield lambda graph: client.compute(graph).result()
