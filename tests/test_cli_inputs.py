"""The command line accounts for every input: non-HTML, gzip anywhere, URLs, bad files.

The non-HTML files below are hand-made: a few bytes of each format's signature, enough for
the sniffing rules (the rest of a real file does not change the decision).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.cli import EXIT_CODES, main
from newsparse.cli.inputs import Inputs, Page, Unread, read_page
from newsparse.errors import DocumentTooLargeError
from tests.warcfiles import CASE_IDS, corpus_page

PAGE = corpus_page(CASE_IDS[1])
TITLE = newsparse.parse(PAGE.html).title

# Hand-made stand-ins for files that are no web page, with the reason each gets.
NOT_HTML = {
    "paper.pdf": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
        "a PDF document",
    ),
    "program": (b"\x7fELF\x02\x01\x01" + bytes(200), "an executable (ELF)"),
    "notes.txt": (
        b"Plain prose, no markup at all. It goes on for a while, like a story would.\n" * 20,
        "text without markup",
    ),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "a PNG image"),
}


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _run(arguments: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *arguments], check=False, capture_output=True, **options
    )


@pytest.mark.parametrize("name", sorted(NOT_HTML))
def test_a_single_file_that_is_not_html_is_skipped_with_exit_1(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF, an executable, prose or an image gives no (empty) article: a skip, exit 1."""
    data, reason = NOT_HTML[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert main([str(path)]) == EXIT_CODES["failed"] == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"newsparse: {path}: skipped, not HTML: {reason}\n"


def test_files_that_are_not_html_give_skipped_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In JSON Lines, each file named that is not HTML has a line with its reason; exit 1."""
    paths = []
    for name, (data, _) in sorted(NOT_HTML.items()):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.html)
    assert main([*map(str, paths), str(page)]) == 1
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    reasons = [f"not HTML: {NOT_HTML[path.name][1]}" for path in paths]
    assert [row["skipped"] for row in rows] == [*reasons, None]
    assert [row["error"] for row in rows] == [f"skipped: {reason}" for reason in reasons] + [None]
    assert rows[-1]["title"] == TITLE
    assert "1 page in" in captured.err
    assert "4 files skipped (" in captured.err


def test_a_folder_gives_its_html_files_by_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """HTML files count whatever their names; every other file is named as skipped."""
    folder = tmp_path / "site"
    folder.mkdir()
    for name in ("index.php?id=3", "story", "a.xhtml", "b.HTML"):
        (folder / name).write_bytes(PAGE.html)
    (folder / "logo.png").write_bytes(NOT_HTML["photo.png"][0])
    assert main([str(folder)]) == 0  # a folder's non-HTML files are not failures
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    parsed = sorted(Path(row["source"]).name for row in rows if row["error"] is None)
    assert parsed == ["a.xhtml", "b.HTML", "index.php?id=3", "story"]
    assert all(row["title"] == TITLE for row in rows if row["error"] is None)
    (skipped,) = [row for row in rows if row["skipped"]]
    assert skipped["source"] == str(folder / "logo.png")
    assert "4 pages in" in captured.err
    assert "1 file skipped (1 not HTML: a PNG image)" in captured.err


def test_output_dir_names_skipped_files_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --output-dir, a skipped file is named on standard error, with its reason."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE.html)
    (folder / "paper.pdf").write_bytes(NOT_HTML["paper.pdf"][0])
    assert main([str(folder), "--output-dir", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"newsparse: {folder / 'paper.pdf'}: skipped, not HTML: a PDF document\n" in err
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["a.json"]


def test_gzipped_stdin_is_decompressed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cat page.html.gz | newsparse -` parses the page."""
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(PAGE.html)))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == TITLE


@pytest.mark.parametrize("name", ["page.html", "page"])  # (.gz names: test_cli_batch.py)
def test_gzip_files_are_decompressed_whatever_their_name(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gzipped page is read as its page, by its bytes, not its name."""
    path = tmp_path / name
    path.write_bytes(gzip.compress(PAGE.html))
    assert main([str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == TITLE


class _Counting(io.BytesIO):
    """A stream that counts the bytes read from it."""

    taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


def test_gzip_is_decompressed_with_a_bound() -> None:
    """A gzip bomb stops at `max_bytes` of output: most of the compressed data is never read."""
    member = gzip.compress(b" " * 10_000_000, compresslevel=9)  # about 10 kB
    bomb = gzip.compress(b"<p>") + member * 100  # 1 GB of spaces once decompressed
    stream = _Counting(bomb)
    with pytest.raises(DocumentTooLargeError):
        read_page(stream, max_bytes=1_000_000)
    assert stream.taken < len(bomb) / 4


def test_plain_input_is_read_with_a_bound() -> None:
    """An endless stream of markup is read to `max_bytes` + 1, then refused."""
    stream = _Counting(b"<p>" + b"x" * 5_000_000)
    with pytest.raises(DocumentTooLargeError):
        read_page(stream, max_bytes=1_000_000)
    assert stream.taken <= 1_000_001


def test_not_html_is_read_no_further_than_its_head() -> None:
    """A large file that is not HTML is told from its first bytes (a video is not read)."""
    stream = _Counting(b"\x1aE\xdf\xa3" + bytes(10_000_000))
    assert read_page(stream) == "not HTML: a WebM or Matroska video"
    assert stream.taken <= 65_536


@pytest.mark.parametrize("mode", ["single", "batch"])
@pytest.mark.parametrize(
    ("content", "error"),
    [
        (gzip.compress(PAGE.html)[:-100], "EOFError"),  # cut short
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\xff" * 64, "error"),  # a corrupt deflate stream
        (b"\x1f\x8b\x07\x00" + bytes(30), "BadGzipFile"),  # an unknown compression method
    ],
)
def test_corrupt_gzip_is_one_line_and_exit_1(
    mode: str, content: bytes, error: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A corrupt .gz file is an error for that input, not a traceback; the others are parsed."""
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(content)
    good = tmp_path / "good.html"
    good.write_bytes(PAGE.html)
    arguments = [str(bad)] if mode == "single" else [str(bad), str(good)]
    assert main(arguments) == 1
    captured = capsys.readouterr()
    if mode == "single":
        assert captured.err.startswith(f"newsparse: {bad}: ")
        assert error in captured.err
        assert captured.err.count("\n") == 1
    else:
        rows = _lines(captured.out)
        assert error in rows[0]["error"]
        assert rows[1]["title"] == TITLE


def test_missing_file_exits_1_in_both_modes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file gives exit code 1, alone or among other files (which are parsed)."""
    good = tmp_path / "good.html"
    good.write_bytes(PAGE.html)
    missing = str(tmp_path / "missing.html")
    assert main([missing]) == 1
    assert "No such file or directory" in capsys.readouterr().err
    assert main([missing, str(good)]) == 1
    rows = _lines(capsys.readouterr().out)
    assert rows[0]["error"].startswith("FileNotFoundError")
    assert rows[1]["title"] == TITLE


def test_missing_warc_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing WARC file is an error line of its own, and exit code 1."""
    assert main(["--warc", str(tmp_path / "missing.warc.gz")]) == 1
    (row,) = _lines(capsys.readouterr().out)
    assert row["error"].startswith("FileNotFoundError")


@pytest.mark.parametrize(
    "arguments",
    [
        ["https://example.org/news/1"],
        ["http://example.org/a", "http://example.org/b"],
        ["--warc", "https://data.commoncrawl.org/crawl-data/x.warc.gz"],
    ],
)
def test_a_url_says_newsparse_does_not_fetch(
    arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A URL is a usage error that says newsparse does not fetch and shows what does."""
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "does not fetch pages" in err
    assert "curl -sL " in err
    if "--warc" not in arguments:
        assert f"| newsparse - --url {arguments[0]}" in err


def test_the_command_holds_only_the_head_of_a_plain_page(tmp_path: Path) -> None:
    """A plain HTML file goes to the parsing process as its path (read there); gzip data is
    decompressed here, and a file over the size limit is refused from its size."""
    plain = tmp_path / "plain.html"
    plain.write_bytes(PAGE.html)
    zipped = tmp_path / "zipped.html"
    zipped.write_bytes(gzip.compress(PAGE.html))
    large = tmp_path / "large.html"
    large.write_bytes(b"<p>" + b"x" * 200_000)
    entries = list(Inputs([str(plain), str(zipped), str(large)], [], max_bytes=100_000))
    assert isinstance(entries[0], Page)
    assert entries[0].item == (plain, None)
    assert isinstance(entries[1], Page)
    assert entries[1].item == (PAGE.html, None)
    assert isinstance(entries[2], Unread)
    assert entries[2].error.startswith("DocumentTooLargeError: document too large: 200,003 bytes")


def test_a_folder_that_cannot_be_listed_is_an_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subfolder os.walk cannot list (a fake walk: root reads every folder) is an error
    line with its name; the rest of the folder is parsed, exit code 1."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE.html)
    walk = os.walk

    def failing_walk(top: str, onerror: Any = None, **options: Any) -> Any:
        locked = os.path.join(top, "locked")
        onerror(PermissionError(13, "Permission denied", locked))
        return walk(top, onerror=onerror, **options)

    monkeypatch.setattr(os, "walk", failing_walk)
    assert main([str(folder)]) == 1
    rows = _lines(capsys.readouterr().out)
    assert rows[0]["source"] == str(folder / "locked")
    assert rows[0]["error"] == "PermissionError: [Errno 13] Permission denied: " + repr(
        str(folder / "locked")
    )
    assert rows[1]["title"] == TITLE
