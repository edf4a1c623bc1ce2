"""`--output-dir`: one file per page, under the folder and nowhere else.

Output names are made from input names (file paths, WARC names), which the command line does
not trust: `safe_part()` turns any name into one plain file name (valid UTF-8, no separator,
no `.`/`..`, no control or Windows-reserved character or name, at most `NAME_BYTES` bytes), and
`OutputDir` creates folders and files one level at a time under the root without following a
symbolic link found there. A name already written in this run, or taken by something else
than a plain file (a folder, a link), gets a number: `name-2.json`, `name-3.json`, ...
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["NAME_BYTES", "OutputDir", "OutputError", "display", "printable", "safe_part"]

#: The longest file name (in UTF-8 bytes) written, suffix and number included: the limit of
#: common file systems (ext4, APFS, NTFS: 255).
NAME_BYTES = 255

# Room kept for a "-<number>" before the suffix.
_NUMBER_ROOM = 8
# Characters no file name gets: controls, separators and what Windows forbids.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Names Windows reserves for devices, whatever the extension.
# Control characters, which a terminal would obey.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)")
_OPEN_DIR = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
# No O_TRUNC: a file is emptied once known to be a plain file of ours (see `_open_file`).
_OPEN_FILE = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
# What opening a name taken by a link, a folder or a pipe raises.
_TAKEN = {errno.ELOOP, errno.EISDIR, errno.ENOTDIR, errno.EEXIST, errno.EMLINK, errno.ENXIO}
# Folders are walked through open descriptors where the platform can (no race with a folder
# swapped for a link meanwhile); elsewhere (Windows) by path, each part checked first.
_DIR_FD_FUNCTIONS = {os.open, os.mkdir, os.stat, os.unlink}

#: A folder being written in: an open descriptor, or a path where descriptors cannot be used.
_Parent = int | str


class OutputError(OSError):
    """An output file or folder could not be written (a full disk, no permission, ...)."""


def display(name: str) -> str:
    """A file name (or any text) as valid UTF-8 text: undecodable bytes shown as `\\xNN`."""
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return name.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return raw.decode("utf-8", errors="backslashreplace")


def printable(text: str) -> str:
    """`display(text)` with control characters (newlines, escapes) shown as `\\xNN`: safe
    to print on one line of a terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", display(text))


def safe_part(name: str, suffix: str = "") -> str:
    """`name` as one plain file name, `suffix` appended, at most `NAME_BYTES` bytes long."""
    text = _UNSAFE.sub("_", display(name)).rstrip(". ")
    if text in ("", ".", ".."):
        text = "_" + text
    if _RESERVED.match(text):
        text = "_" + text
    room = NAME_BYTES - _NUMBER_ROOM - len(suffix.encode("utf-8"))
    if len(text.encode("utf-8")) > room:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        cut = text.encode("utf-8")[: room - len(digest) - 1].decode("utf-8", errors="ignore")
        text = f"{cut}~{digest}"
    return text + suffix


class OutputDir:
    """Writes files under `root`, never outside it, never twice to one name in a run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._folders: dict[tuple[str, ...], str] = {}  # folder path asked -> name used
        self._subfolders: dict[tuple[str, ...], set[str]] = {}  # folder used -> names used in it
        self._written: set[tuple[str, ...]] = set()

    def write(self, parts: Sequence[str], suffix: str, text: str) -> Path:
        """Write `text` (as UTF-8) to `root/parts[0]/.../parts[-1]<suffix>`; returns the path.

        Each part is made safe with `safe_part()`. Raises `OutputError` when the file cannot be
        written; a partly written file is removed.
        """
        try:
            return self._write(parts, suffix, text.encode("utf-8", errors="backslashreplace"))
        except OutputError:
            raise
        except OSError as error:
            where = self.root.joinpath(*map(safe_part, parts[:-1]), safe_part(parts[-1], suffix))
            raise OutputError(error.errno, error.strerror, os.fspath(where)) from error

    def _write(self, parts: Sequence[str], suffix: str, data: bytes) -> Path:
        os.makedirs(self.root, exist_ok=True)
        root = os.fspath(self.root)
        folder: _Parent = root
        if os.supports_dir_fd >= _DIR_FD_FUNCTIONS:
            folder = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        names: list[str] = []
        try:
            for depth in range(len(parts) - 1):
                name = self._folder_name(tuple(parts[: depth + 1]), folder)
                inner = _open_folder(name, folder)
                _close(folder)
                folder = inner
                names.append(name)
            used = self._write_file(tuple(names), parts[-1], suffix, data, folder)
        finally:
            _close(folder)
        return self.root.joinpath(*names, used)

    def _folder_name(self, asked: tuple[str, ...], parent: _Parent) -> str:
        """The name of the folder standing for `asked`: its own, or numbered when taken."""
        if asked in self._folders:
            return self._folders[asked]
        base = safe_part(asked[-1])
        used = self._used(asked[:-1])
        siblings = self._subfolders.setdefault(used, set())
        for name in _numbered(base, ""):
            if name in siblings:
                continue
            if (*used, name) in self._written or not _is_folder_or_free(name, parent):
                continue
            self._folders[asked] = name
            siblings.add(name)
            return name
        raise AssertionError("unreachable")  # pragma: no cover

    def _used(self, asked: tuple[str, ...]) -> tuple[str, ...]:
        """The names used for the folders of the path `asked`."""
        return tuple(self._folders[asked[: depth + 1]] for depth in range(len(asked)))

    def _write_file(
        self, folder: tuple[str, ...], part: str, suffix: str, data: bytes, parent: _Parent
    ) -> str:
        base = safe_part(part)
        taken = self._subfolders.get(folder, set())
        for name in _numbered(base, suffix):
            if name in taken or (*folder, name) in self._written:
                continue
            handle = _open_file(name, parent)
            if handle is None:  # a link, a folder, a pipe...: not ours to replace
                continue
            self._written.add((*folder, name))
            _write_all(handle, data, name, parent)
            return name
        raise AssertionError("unreachable")  # pragma: no cover


def _numbered(base: str, suffix: str) -> Iterator[str]:
    """`base+suffix`, then `base-2+suffix`, `base-3+suffix`, ... (endless)."""
    yield base + suffix
    for number in itertools.count(2):
        yield f"{base}-{number}{suffix}"


def _at(name: str, parent: _Parent) -> tuple[str, dict[str, int]]:
    """The path and `dir_fd=` argument naming `name` in `parent`."""
    if isinstance(parent, int):
        return name, {"dir_fd": parent}
    return os.path.join(parent, name), {}


def _close(folder: _Parent) -> None:
    if isinstance(folder, int):
        os.close(folder)


def _kind(name: str, parent: _Parent) -> int | None:
    """The file type bits of `name` in `parent` (of a link itself, not what it points to)."""
    path, where = _at(name, parent)
    try:
        return stat.S_IFMT(os.stat(path, follow_symlinks=False, **where).st_mode)
    except FileNotFoundError:
        return None


def _is_folder_or_free(name: str, parent: _Parent) -> bool:
    """Whether `name` in `parent` is a real folder (not a link to one) or does not exist."""
    return _kind(name, parent) in (None, stat.S_IFDIR)


def _open_file(name: str, parent: _Parent) -> int | None:
    """Open `name` in `parent` for writing, emptied; None when it is no plain file of its own.

    A symbolic link, folder, pipe or device is not opened through, nor a file with other hard
    links (writing it would change a file elsewhere).
    """
    if _kind(name, parent) not in (None, stat.S_IFREG):  # without O_NOFOLLOW (Windows)
        return None
    path, where = _at(name, parent)
    try:
        handle = os.open(path, _OPEN_FILE, 0o666, **where)
    except OSError as error:
        if error.errno in _TAKEN:
            return None
        raise
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1:
        os.close(handle)
        return None
    os.ftruncate(handle, 0)
    return handle


def _open_folder(name: str, parent: _Parent) -> _Parent:
    """Open (making it first if needed) the folder `name` in `parent`, not through a link."""
    path, where = _at(name, parent)
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, **where)
    if isinstance(parent, int):
        return os.open(path, _OPEN_DIR, **where)
    if _kind(name, parent) != stat.S_IFDIR:
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), path)
    return path


def _write_all(handle: int, data: bytes, name: str, parent: _Parent) -> None:
    """Write `data` to the open file and close it; on failure remove the partial file, raise."""
    try:
        try:
            _write_data(handle, data)
        finally:
            os.close(handle)
    except OSError:
        path, where = _at(name, parent)
        with contextlib.suppress(OSError):
            os.unlink(path, **where)
        raise


def _write_data(handle: int, data: bytes) -> None:
    """Write all of `data` to the file descriptor `handle`."""
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]
