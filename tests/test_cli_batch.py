"""The `newsparse` command in batch: files, directories, -, WARC files, JSON Lines, --output-dir."""

from __future__ import annotations

import gzip
import io
import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.cli import main
from tests.warcfiles import CASE_IDS, corpus_page, write_pages_warc, write_sample_warc

PAGES = [corpus_page(case_id) for case_id in CASE_IDS]


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A directory of pages: nested, one gzipped, with files that are not pages."""
    root = tmp_path / "pages"
    (root / "b" / "c").mkdir(parents=True)
    (root / "a.html").write_bytes(PAGES[0].html)
    (root / "b" / "page.htm").write_bytes(PAGES[1].html)
    (root / "b" / "c" / "zipped.html.gz").write_bytes(gzip.compress(PAGES[2].html))
    (root / "b" / "notes.txt").write_text("not a page")
    (root / "b" / "c" / "data.json").write_text("{}")
    return root


def test_several_files_give_json_lines_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several files print one JSON object per line, in argument order, with their source."""
    paths = []
    for number, page in enumerate(PAGES[:3]):
        paths.append(tmp_path / f"{number}.html")
        paths[-1].write_bytes(page.html)
    assert main([str(path) for path in paths]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [row["source"] for row in rows] == [str(path) for path in paths]
    assert [row["error"] for row in rows] == [None, None, None]
    assert [row["title"] for row in rows] == [newsparse.parse(p.html).title for p in PAGES[:3]]


def test_directory_is_searched_recursively(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory gives its files at any depth, sorted: HTML pages parsed, the others skipped
    with their reason (which does not make the exit code 1)."""
    assert main([str(tree), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    assert [(os.path.relpath(row["source"], tree), row["skipped"]) for row in rows] == [
        ("a.html", None),
        (os.path.join("b", "c", "data.json"), "not HTML: text without markup"),
        (os.path.join("b", "c", "zipped.html.gz"), None),
        (os.path.join("b", "notes.txt"), "not HTML: text without markup"),
        (os.path.join("b", "page.htm"), None),
    ]
    assert rows[2]["title"] == newsparse.parse(PAGES[2].html).title
    assert [row["error"] is None for row in rows] == [True, False, True, False, True]
    assert "3 pages in" in captured.err
    assert "2 files skipped (2 not HTML: text without markup)" in captured.err


def test_stdin_among_files(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads one page from standard input, at its place among the others."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGES[3].html)))
    assert main(["-", str(tree / "a.html")]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [row["source"] for row in rows] == ["-", str(tree / "a.html")]
    assert rows[0]["title"] == newsparse.parse(PAGES[3].html).title


def test_bad_page_gives_an_error_line_and_exit_1(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty page gives a line with its error; the others parse and the exit code is 1."""
    (tree / "empty.html").write_bytes(b"")
    assert main([str(tree)]) == 1
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    assert len(rows) == 6
    (bad,) = [row for row in rows if row["error"] and not row["skipped"]]
    assert bad["source"] == str(tree / "empty.html")
    assert bad["error"].startswith("EmptyDocumentError")
    assert "4 pages" in captured.err
    assert "1 error" in captured.err


def test_warc_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--warc gives one line per HTML response, with its URL; the summary counts the skips."""
    sample = write_sample_warc(tmp_path / "sample.warc.gz")
    assert main(["--warc", str(sample.path)]) == 0
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    assert [row["url"] for row in rows] == [page.url for page in sample.pages]
    assert {row["source"] for row in rows} == {str(sample.path)}
    summary = captured.err.strip().splitlines()[-1]
    assert summary.startswith(f"newsparse: {len(sample.pages)} pages in ")
    assert "5 WARC records skipped (2 not a response, 2 not HTTP 200, 1 not HTML)" in summary


def test_files_then_warcs_on_two_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 2 gives the same lines, in the same order, as one process."""
    warc = tmp_path / "pages.warc"
    write_pages_warc(warc, PAGES * 3)
    page = tmp_path / "page.html"
    page.write_bytes(PAGES[0].html)
    arguments = [str(page), "--warc", str(warc)]
    assert main(arguments) == 0
    one = capsys.readouterr().out
    assert main([*arguments, "--jobs", "2"]) == 0
    two = capsys.readouterr().out
    assert one == two
    assert len(_lines(two)) == 1 + 3 * len(PAGES)


def test_output_dir_writes_one_file_per_page(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output-dir writes one JSON file per page, named after its input (WARC: numbered)."""
    warc = tmp_path / "crawl.warc.gz"
    write_pages_warc(warc, PAGES[:2])
    out = tmp_path / "out"
    assert main([str(tree), "--warc", str(warc), "--output-dir", str(out)]) == 0
    assert capsys.readouterr().out == ""
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*.json"))
    assert written == sorted(
        ["a.json", "b/page.json", "b/c/zipped.json", "crawl/000001.json", "crawl/000002.json"]
    )
    data = json.loads((out / "crawl" / "000002.json").read_text(encoding="utf-8"))
    source = {key: data.pop(key) for key in ("source", "warc_record_id", "warc_offset")}
    assert data == newsparse.parse(PAGES[1].html, url=PAGES[1].url).to_dict()
    assert source["source"] == str(warc)
    assert source["warc_record_id"].startswith("<urn:uuid:")
    assert source["warc_offset"] > 0


def test_output_dir_markdown(tree: Path, tmp_path: Path) -> None:
    """--output-dir with --format markdown writes .md files."""
    out = tmp_path / "md"
    assert main([str(tree / "a.html"), "--output-dir", str(out), "--format", "markdown"]) == 0
    assert (out / "a.md").read_text(encoding="utf-8") == newsparse.parse(
        PAGES[0].html
    ).to_markdown()


def test_single_gzipped_page(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One .html.gz page is printed as text, like any single page."""
    assert main([str(tree / "b" / "c" / "zipped.html.gz")]) == 0
    assert newsparse.parse(PAGES[2].html).text in capsys.readouterr().out


@pytest.mark.parametrize(
    "arguments",
    [
        ["A", "B", "--format", "markdown"],
        ["A", "--output-dir", "OUT", "--format", "jsonl"],
        ["A", "B", "--url", "https://example.org/"],
        ["A", "B", "--jobs", "-1"],
        [],
    ],
)
def test_usage_errors_exit_2(
    arguments: list[str], tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Contradictory options and no input are usage errors (exit code 2)."""
    names = {"A": str(tree / "a.html"), "B": str(tree / "b" / "page.htm"), "OUT": str(tmp_path)}
    with pytest.raises(SystemExit) as exit_info:
        main([names.get(argument, argument) for argument in arguments])
    assert exit_info.value.code == 2
    assert "newsparse: error:" in capsys.readouterr().err


def _run(arguments: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *arguments], text=True, check=False, **options
    )


def test_no_progress_bar_when_stderr_is_not_a_terminal(tree: Path) -> None:
    """Off a terminal, stderr holds the summary line only, without carriage returns."""
    result = _run([str(tree)], capture_output=True)
    assert result.returncode == 0
    assert "\r" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsparse: 3 pages in ")


def test_progress_bar_on_a_terminal(tree: Path) -> None:
    """On a terminal, stderr shows the redrawn progress line, then the summary."""
    primary, secondary = pty.openpty()
    try:
        result = _run([str(tree)], stdout=subprocess.PIPE, stderr=secondary)
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
    assert result.returncode == 0
    text = shown.decode()
    assert "\r1/5 pages  20%" in text  # files, two of which are skipped
    assert "pages/s" in text
    assert "ETA" in text
    assert text.rstrip().splitlines()[-1].lstrip("\r ").startswith("newsparse: 3 pages in ")


def test_ctrl_c_keeps_finished_lines_and_exits_130(tmp_path: Path) -> None:
    """SIGINT stops the run: exit code 130, every line written is complete JSON."""
    warc = tmp_path / "big.warc.gz"
    write_pages_warc(warc, PAGES * 150)
    with subprocess.Popen(
        [sys.executable, "-m", "newsparse", "--warc", str(warc), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.send_signal(signal.SIGINT)
        rest = process.stdout.read()  # not communicate(): it would skip what readline() buffered
        err = process.stderr.read()
        assert process.wait(timeout=30) == 130
    rows = _lines(first + rest)
    assert 1 <= len(rows) < len(PAGES) * 150
    assert [row["url"] for row in rows] == [page.url for page in PAGES * 150][: len(rows)]
    assert "interrupted after" in err
    assert "Traceback" not in err


def test_closed_output_stops_quietly(tmp_path: Path) -> None:
    """When the reader of the output goes away (`| head -1`), the run stops without a traceback."""
    warc = tmp_path / "pages.warc.gz"
    write_pages_warc(warc, PAGES * 50)
    with subprocess.Popen(
        [sys.executable, "-m", "newsparse", "--warc", str(warc)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        json.loads(process.stdout.readline())
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=30) == 0
    assert "Traceback" not in err
    assert err.startswith("newsparse: ")
