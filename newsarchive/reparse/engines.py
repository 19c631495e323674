"""Where re-extraction runs: in this process, in worker processes, or on a Dask cluster.

Each engine maps :func:`~newsarchive.reparse.work.reextract` over the places of archived
lines and yields the results as they come; the caller alone writes to the archive.
Workers read the JSONL and WARC files themselves, so a Dask cluster beyond this machine
needs the output root on a filesystem every worker mounts at the same path.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any

from newsarchive.reparse.plan import Place
from newsarchive.reparse.work import Result, reextract

CHUNK = 64
"""Lines handed to a worker at a time: enough to hide the hand-over, small enough that
the progress line moves."""
DASK_PARTITION = 256


def run_here(root: str, places: list[Place]) -> Iterator[Result]:
    for place in places:
        yield reextract(root, place)


def run_workers(root: str, places: list[Place], workers: int) -> Iterator[Result]:
    if workers <= 1:
        yield from run_here(root, places)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(reextract, root), places, chunksize=CHUNK)


def run_dask(root: str, places: list[Place], scheduler: str, workers: int) -> Iterator[Result]:
    """On the Dask scheduler at ``scheduler``, or on a ``LocalCluster`` of ``workers``
    processes when it is ``local`` (needs the ``dask`` extra)."""
    from dask import bag
    from distributed import Client, LocalCluster, as_completed

    cluster: Any = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
    try:
        with Client(cluster or scheduler) as client:
            parts = (bag.from_sequence(places, partition_size=DASK_PARTITION)
                     .map(partial(reextract, root)).to_delayed())
            for future in as_completed(client.compute(parts)):
                yield from future.result()
    finally:
        if cluster is not None:
            cluster.close()
