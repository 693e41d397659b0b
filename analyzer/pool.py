"""Killable worker processes with a per-document time limit.

A native library can hang on a hostile PDF or crash the interpreter (a segfault, the kernel's
out-of-memory killer); neither may take the batch down. Each worker handles one document at a
time over a pipe; the parent kills a worker that overruns the timeout, reports the document as
`timeout` (or `worker-crashed` when the worker dies on its own), starts a replacement and goes on.
The same path is used with one worker, so the timeout always applies.

Workers are forked after the analyzer (library and model) is loaded, so they share it without
loading it again; where fork is unavailable the analyzer is pickled to each worker once.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

_WORKER_STATE: dict[str, Any] = {}


@dataclass(frozen=True)
class Outcome:
    key: Any
    ok: bool
    value: Any = None  # the function's result
    code: str | None = None  # error code when not ok
    message: str | None = None
    #: the worker's private memory (MiB) after the task: what it holds of its own, beyond the
    #: pages it still shares with the parent it was forked from (RSS counts those twice)
    private_mib: float | None = None


def private_mib() -> float | None:
    """This process's private (unshared) resident memory in MiB, where Linux reports it."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
            kib = sum(int(line.split()[1]) for line in fh if line.startswith(("Private_Clean:", "Private_Dirty:")))
        return round(kib / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None


def _worker_main(conn: Connection, func: Callable[[Any, Any], Any], state: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about Ctrl-C
    if state is not None:
        _WORKER_STATE["state"] = state
    st = _WORKER_STATE.get("state")
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        key, item = msg
        try:
            result = func(st, item)
            conn.send((key, True, result, None, None, private_mib()))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, never lost
            code = getattr(exc, "code", None)
            if not isinstance(code, str):
                code = "internal-error"
            message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
            if code == "internal-error":
                message += " | " + traceback.format_exc(limit=3).replace("\n", " ")[-600:]
            try:
                conn.send((key, False, None, code, message, private_mib()))
            except Exception:  # noqa: BLE001 - an unpicklable error: report its text only
                conn.send((key, False, None, "internal-error", message[:2000], None))


class _Lazy:
    """Items pulled one at a time from an iterator (truthy while any remain)."""

    def __init__(self, source: Iterator[Any]):
        self.source = source
        self.head: Any = None
        self.done = False

    def __bool__(self) -> bool:
        return self.peek() is not None

    def peek(self) -> Any:
        if self.head is None and not self.done:
            try:
                self.head = next(self.source)
            except StopIteration:
                self.done = True
        return self.head

    def pop(self) -> Any:
        item = self.peek()
        self.head = None
        return item


class _Worker:
    def __init__(self, ctx: Any, func: Callable[[Any, Any], Any], state: Any, fork: bool):
        self.parent, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, func, None if fork else state), daemon=True)
        # A Dask worker is itself a daemonic process, and multiprocessing refuses to start
        # children from one; this pool kills its children itself, so the guard is lifted here.
        config = mp.current_process()._config  # type: ignore[attr-defined]
        was_daemon = config.get("daemon")
        if was_daemon:
            config["daemon"] = False
        # The forked child inherits the parent's objects (the library, the model) as frozen: its
        # garbage collections then skip them instead of walking, and so copying, every page
        # they sit on. The parent unfreezes at once; only the child keeps them frozen.
        if fork:
            gc.freeze()
        try:
            self.process.start()
        finally:
            if fork:
                gc.unfreeze()
            if was_daemon:
                config["daemon"] = was_daemon
        child.close()
        self.task: tuple[Any, Any] | None = None
        self.started = 0.0

    def send(self, key: Any, item: Any) -> None:
        self.task = (key, item)
        self.started = time.monotonic()
        self.parent.send((key, item))

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, AttributeError):
            pass
        self.process.join(timeout=5)
        self.parent.close()

    def stop(self) -> None:
        try:
            self.parent.send(None)
        except (OSError, BrokenPipeError):
            pass
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.kill()
        else:
            self.parent.close()


def run(func: Callable[[Any, Any], Any], items: Iterable[tuple[Any, Any]], *, state: Any, workers: int,
        timeout: float | None) -> Iterator[Outcome]:
    """Apply func(state, item) to every (key, item) in worker processes; yield outcomes as they
    finish. `state` (the loaded analyzer) reaches workers by fork inheritance when possible.

    The workers are forked once the first item is known and before the rest are produced, so
    work the caller does lazily while producing items (reading and hashing files) neither swells
    the forked processes nor forks any when there is nothing to do (a re-scan from the cache)."""
    if isinstance(items, (list, tuple)):
        workers = min(workers, len(items))
    queue = _Lazy(iter(items))
    if not queue:
        return
    fork = "fork" in mp.get_all_start_methods() and os.name == "posix"
    ctx = mp.get_context("fork" if fork else "spawn")
    if fork:
        _WORKER_STATE["state"] = state
    n = max(1, workers)
    pool = [_Worker(ctx, func, state, fork) for _ in range(n)]
    pending = 0
    try:
        for w in pool:
            if queue:
                w.send(*queue.pop())
                pending += 1
        while pending:
            busy = {w.parent: w for w in pool if w.task is not None}
            now = time.monotonic()
            wait_for = None
            if timeout:
                wait_for = max(0.0, min(w.started + timeout - now for w in busy.values()))
            ready = wait(list(busy), timeout=wait_for)
            for conn in ready:
                w = busy[conn]
                assert w.task is not None
                key = w.task[0]
                try:
                    rkey, ok, value, code, message, mem = conn.recv()
                    outcome = Outcome(rkey, ok, value, code, message, mem)
                except (EOFError, OSError):
                    exitcode = w.process.exitcode
                    w.process.join(timeout=1)
                    exitcode = w.process.exitcode if exitcode is None else exitcode
                    how = f"signal {-exitcode}" if isinstance(exitcode, int) and exitcode < 0 else f"exit code {exitcode}"
                    outcome = Outcome(key, False, None, "worker-crashed", f"the worker process died ({how}) while analysing this file")
                    w.kill()
                    pool[pool.index(w)] = w = _Worker(ctx, func, state, fork)
                w.task = None
                pending -= 1
                if queue:  # the worker's next document first, so it works while the caller handles this one
                    w.send(*queue.pop())
                    pending += 1
                yield outcome
            if timeout:
                now = time.monotonic()
                for i, w in enumerate(pool):
                    if w.task is not None and now - w.started >= timeout and w.parent not in ready:
                        key = w.task[0]
                        w.kill()
                        pool[i] = nw = _Worker(ctx, func, state, fork)
                        pending -= 1
                        yield Outcome(key, False, None, "timeout", f"analysis took longer than {timeout:g} s and was stopped")
                        if queue:
                            nw.send(*queue.pop())
                            pending += 1
    finally:
        for w in pool:
            if w.task is not None:
                w.kill()
            else:
                w.stop()
        _WORKER_STATE.pop("state", None)
