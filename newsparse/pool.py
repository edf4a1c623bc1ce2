"""A pool of worker processes that survives its workers: `run_pool()` for `parse_many()`.

Each worker takes chunks of tasks over a socket and sends back the time it starts a chunk and
the result of each task, so the parent always knows which task a worker is on, and since
when. When a worker dies (killed by the out-of-memory killer, a crash in C code, an exit), or
overruns the time budget of its task by `GRACE` seconds (stuck in C code that signals cannot
interrupt), the parent gives that task a failure result, starts a fresh worker, and sends the
worker's other tasks again. The parent never blocks on a worker: it writes without blocking
and waits on every socket at once, with the nearest deadline as its time-out. A worker that
waits (for its next chunk, or for the parent to read its results) is on no task, so it has no
deadline.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.context
import multiprocessing.process
import os
import pickle
import selectors
import signal
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from itertools import islice
from typing import Any, Generic, TypeVar

from newsparse.errors import PageTimeoutError, WorkerDiedError

__all__ = ["GRACE", "run_pool"]

R = TypeVar("R")

#: Seconds a worker may run past its task's time budget before the parent stops it.
GRACE = 1.0
# In-flight chunks per worker: one being worked on, one waiting, so no worker waits for work.
_CHUNKS_PER_WORKER = 2
# Chunks per worker of results held back for input order while an earlier page is slow, so
# that one page spending its time budget does not stall the other workers.
_HELD_CHUNKS_PER_WORKER = 16
_HEADER = struct.Struct("!Q")
_READ_SIZE = 1 << 20


def run_pool(
    numbered: Iterator[tuple[int, Any]],
    task: Callable[[int, Any], R],
    fail: Callable[[int, Any, BaseException], R],
    *,
    workers: int,
    chunksize: int,
    budget: float | None = None,
    setup: Callable[[], None] | None = None,
) -> Generator[R, None, None]:
    """Run `task(index, item)` on `workers` processes; yield the results in input order.

    `numbered` gives `(index, item)` with indices 0, 1, 2...; it is read lazily: at most two
    chunks of `chunksize` tasks per worker are in flight, and at most 16 chunks per worker are
    read ahead of the results yielded (results held back for input order). `task` runs in a
    worker and must not raise; `setup` runs once in each worker. A task whose item cannot be
    pickled, whose worker dies, or that runs `GRACE` seconds past `budget` gets
    `fail(index, item, error)` (`WorkerDiedError`, `PageTimeoutError`) instead. Both
    callables must be picklable (module-level) when workers start from a fork server.
    Closing the generator stops the workers.
    """
    pool = _Pool(task, fail, workers, chunksize, budget, setup)
    try:
        yield from pool.results(numbered)
    finally:
        pool.close()


class _Worker:
    """One worker process, its socket and the tasks sent to it that have no result yet."""

    def __init__(self, process: multiprocessing.process.BaseProcess, sock: socket.socket) -> None:
        self.process = process
        self.sock = sock
        self.tasks: deque[tuple[int, Any]] = deque()
        self.started: float | None = None  # when the task in progress started (monotonic)
        self.outbox = bytearray()
        self.inbox = bytearray()
        self.events = 0


class _Pool(Generic[R]):
    def __init__(
        self,
        task: Callable[[int, Any], R],
        fail: Callable[[int, Any, BaseException], R],
        workers: int,
        chunksize: int,
        budget: float | None,
        setup: Callable[[], None] | None,
    ) -> None:
        self.task = task
        self.fail = fail
        self.size = workers
        self.chunksize = chunksize
        self.budget = budget
        self.setup = setup
        self.live: list[_Worker] = []
        self.backlog: list[tuple[int, Any]] = []  # tasks of dead workers, to send again
        self.done: dict[int, R] = {}
        self.selector = selectors.DefaultSelector()
        self.read = 0
        self.exhausted = False

    def results(self, numbered: Iterator[tuple[int, Any]]) -> Iterator[R]:
        limit = self.size * _HELD_CHUNKS_PER_WORKER * self.chunksize
        given = 0
        while True:
            while given in self.done:
                yield self.done.pop(given)
                given += 1
            self._feed(numbered, limit - (self.read - given))
            if not any(worker.tasks for worker in self.live):
                if self.exhausted and not self.backlog and given not in self.done:
                    return
                continue
            self._step()

    def close(self) -> None:
        """Stop every worker: at once when it still has tasks, else by closing its socket."""
        for worker in self.live:
            if worker.tasks:
                worker.process.kill()
        for worker in self.live:
            worker.sock.close()
        for worker in self.live:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self.live.clear()
        self.selector.close()

    def _feed(self, numbered: Iterator[tuple[int, Any]], room: int) -> None:
        """Send chunks to workers with room, from the backlog first, then from the input."""
        while len(self.live) < self.size or any(
            len(worker.tasks) <= self.chunksize for worker in self.live
        ):
            if self.backlog:
                chunk, self.backlog = (
                    self.backlog[: self.chunksize],
                    self.backlog[self.chunksize :],
                )
            else:
                wanted = min(self.chunksize, room)
                if wanted <= 0 or self.exhausted:
                    return
                chunk = list(islice(numbered, wanted))
                self.read += len(chunk)
                room -= len(chunk)
                if len(chunk) < wanted:
                    self.exhausted = True
                if not chunk:
                    return
            self._send(self._pick(), chunk)

    def _pick(self) -> _Worker:
        """An idle worker, else a new one while the pool is not full, else the least busy."""
        for worker in self.live:
            if not worker.tasks:
                return worker
        if len(self.live) < self.size:
            return self._start()
        return min(self.live, key=lambda worker: len(worker.tasks))

    def _start(self) -> _Worker:
        context = _safe_context()
        parent, child = socket.socketpair()
        inherited = (
            [parent.fileno(), *(worker.sock.fileno() for worker in self.live)]
            if context.get_start_method() == "fork"
            else []
        )
        process = context.Process(
            target=_work,
            args=(child, self.task, self.fail, self.setup, inherited),
            daemon=True,
            name="newsparse-worker",
        )
        with _allow_children():
            process.start()
        child.close()
        parent.setblocking(False)
        worker = _Worker(process, parent)
        self.live.append(worker)
        return worker

    def _send(self, worker: _Worker, chunk: list[tuple[int, Any]]) -> None:
        blobs = []
        for index, item in chunk:
            try:
                blobs.append((index, pickle.dumps(item, pickle.HIGHEST_PROTOCOL)))
            except Exception as error:  # an item that cannot cross to a process
                self.done[index] = self.fail(index, item, error)
                continue
            worker.tasks.append((index, item))
        if blobs:
            message = pickle.dumps(blobs, pickle.HIGHEST_PROTOCOL)
            worker.outbox += _HEADER.pack(len(message)) + message
            self._write(worker)

    def _step(self) -> None:
        """Wait for results, a dead worker or the nearest deadline; handle what happened."""
        for worker in self.live:
            events = selectors.EVENT_READ | (selectors.EVENT_WRITE if worker.outbox else 0)
            if worker.events != events:
                if worker.events:
                    self.selector.modify(worker.sock, events, worker)
                else:
                    self.selector.register(worker.sock, events, worker)
                worker.events = events
        wait = None
        if self.budget is not None:
            deadlines = [
                w.started + self.budget + GRACE for w in self.live if w.started is not None
            ]
            wait = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        dead: list[_Worker] = []
        for key, mask in self.selector.select(wait):
            worker = key.data
            if mask & selectors.EVENT_WRITE:
                self._write(worker)
            if mask & selectors.EVENT_READ and not self._read(worker):
                dead.append(worker)
        for worker in dead:
            self._lost(worker, _death(worker.process))
        if self.budget is not None:
            now = time.monotonic()
            for worker in list(self.live):
                if self._overran(worker, now):
                    self._read(worker)  # a result that came in just now counts
                if self._overran(worker, now):
                    worker.process.kill()
                    self._lost(worker, PageTimeoutError(seconds=self.budget))

    def _overran(self, worker: _Worker, now: float) -> bool:
        return (
            self.budget is not None
            and worker.started is not None
            and now > worker.started + self.budget + GRACE
        )

    def _write(self, worker: _Worker) -> None:
        try:
            sent = worker.sock.send(worker.outbox)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:  # the worker is gone: its socket's end of file tells
            worker.outbox.clear()
            return
        del worker.outbox[:sent]

    def _read(self, worker: _Worker) -> bool:
        """Take in the results a worker sent; False when its socket is closed (it died)."""
        alive = True
        while True:
            try:
                data = worker.sock.recv(_READ_SIZE)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                alive = False
                break
            if not data:
                alive = False
                break
            worker.inbox += data
        while len(worker.inbox) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(worker.inbox)
            if len(worker.inbox) < _HEADER.size + size:
                break
            message = pickle.loads(worker.inbox[_HEADER.size : _HEADER.size + size])
            del worker.inbox[: _HEADER.size + size]
            if isinstance(message, float):  # the worker started a chunk's first task then
                worker.started = message
                continue
            result, more = message
            index, _ = worker.tasks.popleft()
            self.done[index] = result
            # The next task of the chunk started before this moment (at the latest now).
            worker.started = time.monotonic() if more else None
        return alive

    def _lost(self, worker: _Worker, error: BaseException) -> None:
        """Retire a worker: its task in progress fails with `error`, the others go back."""
        if worker.events:
            self.selector.unregister(worker.sock)
        worker.sock.close()
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        self.live.remove(worker)
        if worker.tasks:
            index, item = worker.tasks.popleft()
            self.done[index] = self.fail(index, item, error)
            self.backlog = sorted([*self.backlog, *worker.tasks], key=lambda task: task[0])


def _death(process: multiprocessing.process.BaseProcess) -> WorkerDiedError:
    """Why a worker whose socket closed is gone: the signal that killed it, or its exit code."""
    process.join(5)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return WorkerDiedError(signal=name, exitcode=code)
    return WorkerDiedError(signal=None, exitcode=code)


def _work(
    sock: socket.socket,
    task: Callable[[int, Any], Any],
    fail: Callable[[int, Any, BaseException], Any],
    setup: Callable[[], None] | None,
    inherited: list[int],
) -> None:
    """A worker's life: take chunks of tasks until EOF. For each chunk, send the time its first
    task starts (a float), then `(result, more)` per task, `more` when the chunk goes on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for descriptor in inherited:  # other workers' sockets, copied by fork: they must close
        with contextlib.suppress(OSError):
            os.close(descriptor)
    if setup is not None:
        setup()
    while True:
        message = _receive(sock)
        if message is None:
            return
        tasks = pickle.loads(message)
        _send_message(sock, time.monotonic())
        for number, (index, blob) in enumerate(tasks, 1):
            more = number < len(tasks)
            item = None
            try:
                item = pickle.loads(blob)
            except Exception as error:
                result = fail(index, None, error)
            else:
                result = task(index, item)
            try:
                _send_message(sock, (result, more))
            except Exception as error:  # a result that cannot be pickled
                _send_message(sock, (fail(index, item, error), more))


def _send_message(sock: socket.socket, message: object) -> None:
    payload = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(payload)) + payload)


def _receive(sock: socket.socket) -> bytes | None:
    """One framed message from the socket, or None at its end."""
    header = _exactly(sock, _HEADER.size)
    if header is None:
        return None
    return _exactly(sock, _HEADER.unpack(header)[0])


def _exactly(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = sock.recv_into(view[got:])
        if count == 0:
            return None
        got += count
    return bytes(buffer)


def _safe_context() -> (
    multiprocessing.context.DefaultContext | multiprocessing.context.ForkServerContext
):
    """Forking a process that runs threads can deadlock the child: start workers from a clean
    fork server then. Else the platform's default (fork on Linux before Python 3.14: fast, and
    what the parent registered, site parsers included, carries over to the workers).
    """
    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


class _allow_children:
    """Let a daemonic process (a Dask worker) start workers, which it stops itself.

    multiprocessing refuses because a daemonic process is ended without waiting for its
    children; the pool's workers end when their socket closes, so none is left behind.
    """

    def __enter__(self) -> None:
        self.config = multiprocessing.process.current_process()._config  # type: ignore[attr-defined]
        self.daemon = self.config.get("daemon", False)
        self.config["daemon"] = False

    def __exit__(self, *exc: object) -> None:
        self.config["daemon"] = self.daemon
