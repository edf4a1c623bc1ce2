"""The command line's output: nothing written out of place, valid UTF-8, write errors reported.

Hostile names (`..`, links, names that are not UTF-8, too long, reserved on Windows) are made
here by hand.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse.cli.command
import newsparse.cli.outdir
from newsparse.cli import main
from newsparse.cli.outdir import NAME_BYTES, OutputDir, safe_part
from tests.warcfiles import CASE_IDS, corpus_page, write_pages_warc

PAGE = corpus_page(CASE_IDS[1])
TITLE = newsparse.parse(PAGE.html).title


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _files(root: Path) -> list[str]:
    """Every file under `root`, relative, sorted."""
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _, names in os.walk(root)
        for name in names
    )


def _run(arguments: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsparse", *arguments], check=False, **options)


def test_warc_names_cannot_lead_out_of_the_output_dir(tmp_path: Path) -> None:
    """A WARC file named `...warc` wrote `out/../000001.json`: now every file is under out/."""
    work = tmp_path / "work"
    work.mkdir()
    names = ["...warc", "..warc.gz", ".warc", "....warc"]
    for name in names:
        write_pages_warc(work / name, [PAGE])
    out = work / "out"
    assert main(["--output-dir", str(out), "--warc", *(str(work / name) for name in names)]) == 0
    written = [path for path in _files(work) if path.endswith(".json")]
    assert len(written) == len(names)
    assert all(path.startswith("out" + os.sep) for path in written)
    assert len({os.path.dirname(path) for path in written}) == len(names)


@pytest.fixture(params=["descriptors", "paths"])
def walk_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of writing: through folder descriptors, and by path (as on Windows)."""
    if request.param == "paths":
        monkeypatch.setattr(os, "supports_dir_fd", set())
    return str(request.param)


def test_links_in_the_output_dir_are_not_followed(tmp_path: Path, walk_by: str) -> None:
    """A link in out/ (to a folder or a file elsewhere) is left alone: the page goes beside."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.json").write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "crawl").symlink_to(outside, target_is_directory=True)
    (out / "a.json").symlink_to(outside / "a.json")
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    warc = tmp_path / "crawl.warc.gz"
    write_pages_warc(warc, [PAGE])
    assert main([str(page), "--warc", str(warc), "--output-dir", str(out)]) == 0
    assert _files(outside) == ["a.json"]
    assert (outside / "a.json").read_text() == "keep"
    assert sorted(path for path in _files(out) if not os.path.islink(out / path)) == [
        "a-2.json",
        os.path.join("crawl-2", "000001.json"),
    ]


def test_a_file_and_a_folder_of_one_name_are_both_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], walk_by: str
) -> None:
    """`a.html` and `a.json/b.html` (and `a.xhtml`) all get a file, each naming its input."""
    folder = tmp_path / "in"
    (folder / "a.json").mkdir(parents=True)
    for name in ("a.html", "a.json/b.html", "a.xhtml"):
        (folder / name).write_bytes(PAGE.html)
    out = tmp_path / "out"
    assert main([str(folder), "--output-dir", str(out)]) == 0
    written = _files(out)
    assert len(written) == 3
    sources = sorted(json.loads((out / path).read_bytes())["source"] for path in written)
    assert sources == sorted(str(folder / name) for name in ("a.html", "a.json/b.html", "a.xhtml"))
    assert "3 pages in" in capsys.readouterr().err


def test_names_that_are_not_utf8_give_valid_utf8(tmp_path: Path) -> None:
    """A file name of undecodable bytes is shown escaped in JSON Lines; output names are UTF-8."""
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9-\xff.html"
    with open(raw, "wb") as stream:
        stream.write(PAGE.html)
    result = _run([str(folder)], capture_output=True)
    assert result.returncode == 0, result.stderr
    (row,) = _lines(result.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
    assert row["source"] == str(folder) + "/caf\\xe9-\\xff.html"
    out = tmp_path / "out"
    assert _run([str(folder), "--output-dir", str(out)], capture_output=True).returncode == 0
    (name,) = os.listdir(os.fsencode(out))
    assert name.decode("utf-8").endswith(".json")


def test_messages_show_control_characters_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name with a newline or a terminal escape gives one plain line on stderr."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname\x1b[31m.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "page.html").write_bytes(PAGE.html)
    assert main([str(folder), "--output-dir", str(tmp_path / "out")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert (
        lines[0]
        == f"newsparse: {folder}/bad\\x0aname\\x1b[31m.pdf: skipped, not HTML: a PDF document"
    )
    assert lines[1].startswith("newsparse: 1 page in")


def test_a_long_name_is_shortened(tmp_path: Path) -> None:
    """An output name over 255 bytes (the input's name plus `.json`) is shortened to fit."""
    page = tmp_path / ("é" * 126 + ".gz")  # 255 bytes, and .gz is not removed from it
    page.write_bytes(PAGE.html)
    out = tmp_path / "out"
    assert main([str(page), "--output-dir", str(out)]) == 0
    (name,) = os.listdir(out)
    assert name.endswith(".json")
    assert len(name.encode()) <= NAME_BYTES


_NAMES = st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300).map(os.fsdecode),
    st.sampled_from(["..", ".", "", "CON", "nul.txt", "a/../../b", "/etc/passwd", "x\x00y"]),
)


@given(name=_NAMES, suffix=st.sampled_from(["", ".json", ".md"]))
def test_safe_part_is_one_plain_name(name: str, suffix: str) -> None:
    """Any name becomes one valid UTF-8 file name that stays in its folder."""
    part = safe_part(name, suffix)
    assert len(part.encode("utf-8")) <= NAME_BYTES
    assert part.endswith(suffix)
    assert part not in ("", ".", "..")
    assert not set(part) & set('/\\\x00<>:"|?*')
    assert not newsparse.cli.outdir._RESERVED.match(part)


@pytest.mark.parametrize("by_path", [False, True])
@given(parts=st.lists(_NAMES, min_size=1, max_size=4))
def test_output_dir_writes_under_its_root(
    parts: list[str], by_path: bool, tmp_path_factory: Any
) -> None:
    """Whatever the path parts, the file written is under the root, and holds the text
    (through folder descriptors, and by path as on Windows)."""
    root = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as monkeypatch:
        if by_path:
            monkeypatch.setattr(os, "supports_dir_fd", set())
        path = OutputDir(root / "out").write(parts, ".json", "text")
    assert path.resolve().is_relative_to((root / "out").resolve())
    assert path.read_text(encoding="utf-8") == "text"
    assert _files(root) == [os.path.relpath(path, root)]


def test_output_dir_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output-dir naming an existing file exits with 2 and one line, before any work."""
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    with pytest.raises(SystemExit) as exit_info:
        main([str(page), "--output-dir", str(page)])
    assert exit_info.value.code == 2
    assert "exists and is no folder" in capsys.readouterr().err


def test_a_full_disk_stops_the_run_with_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write that fails (ENOSPC, from a fake writer) stops the run: one line, exit 3, and
    no partly written file."""

    write = os.write

    def full(handle: int, data: bytes) -> int:  # writes half, then the disk is full
        write(handle, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    out = tmp_path / "out"
    assert main([str(page), str(page), "--output-dir", str(out)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"newsparse: cannot write {out / 'a.json'}: No space left on device"
    assert err[1].startswith("newsparse: stopped after 0 pages in")
    assert _files(out) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("arguments", [["PAGE"], ["PAGE", "PAGE"], ["PAGE", "--format", "json"]])
def test_a_full_standard_output_exits_3(arguments: list[str], tmp_path: Path) -> None:
    """Standard output on a full disk: one line, exit code 3, in one-page and batch modes."""
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    with open("/dev/full", "wb") as full:
        result = _run(
            [str(page) if argument == "PAGE" else argument for argument in arguments],
            stdout=full,
            stderr=subprocess.PIPE,
        )
    err = result.stderr.decode()
    assert result.returncode == 3, err
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert err.splitlines()[0] == "newsparse: cannot write standard output: No space left on device"


@pytest.mark.parametrize("arguments", [["PAGE"], ["PAGE", "PAGE"]])
def test_a_closed_standard_output_exits_3(arguments: list[str], tmp_path: Path) -> None:
    """Started with standard output closed (`>&-`): one line, exit code 3."""
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    command = [sys.executable, "-m", "newsparse"]
    command += [str(page) if argument == "PAGE" else argument for argument in arguments]
    result = subprocess.run(
        ["sh", "-c", '"$@" >&-', "sh", *command], capture_output=True, check=False
    )
    err = result.stderr.decode()
    assert result.returncode == 3, err
    assert "Traceback" not in err
    assert (
        err.splitlines()[0] == "newsparse: cannot write standard output: standard output is closed"
    )


def test_a_closed_pipe_in_one_page_mode_is_quiet(tmp_path: Path) -> None:
    """When the reader is gone before the page is printed, no traceback, exit code 0."""
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    read, write = os.pipe()
    os.close(read)
    try:
        result = _run([str(page)], stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert result.stderr == b""
    assert result.returncode == 0


def test_every_json_output_names_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines, --output-dir files and --format json carry source, WARC record ID, offset."""
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    warc = tmp_path / "crawl.warc"
    write_pages_warc(warc, [PAGE])
    assert main([str(page), "--warc", str(warc)]) == 0
    rows = _lines(capsys.readouterr().out)
    keys = ("source", "warc_record_id", "warc_offset")
    assert [row["source"] for row in rows] == [str(page), str(warc)]
    assert rows[0]["warc_record_id"] is None
    assert rows[0]["warc_offset"] is None
    assert rows[1]["warc_record_id"].startswith("<urn:uuid:")
    with open(warc, "rb") as stream:
        stream.seek(rows[1]["warc_offset"])
        assert stream.read(5) == b"WARC/"
    out = tmp_path / "out"
    assert main([str(page), "--warc", str(warc), "--output-dir", str(out)]) == 0
    written = [json.loads((out / path).read_bytes()) for path in _files(out)]
    assert [{key: data[key] for key in keys} for data in written] == [
        {key: row[key] for key in keys} for row in rows
    ]
    capsys.readouterr()
    assert main([str(page), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == str(page)


def _record_parse_many(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Make the CLI's `parse_many` record its keyword arguments (the list returned) and parse
    without a memory ceiling, which these tests only check is passed on."""
    seen: list[dict[str, Any]] = []

    def recording(items: Any, **options: Any) -> Any:
        seen.append(dict(options))
        options.pop("max_memory", None)
        return newsparse.parse_many(items, **options)

    monkeypatch.setattr(newsparse.cli.command, "parse_many", recording)
    return seen


@pytest.mark.parametrize(
    ("text", "size"),
    [("512M", 512 * 2**20), ("2G", 2 * 2**30), ("1.5GiB", 3 * 2**29), ("100000", 100_000)],
)
def test_max_memory_is_passed_to_parse_many(
    text: str, size: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--max-memory SIZE gives `parse_many(max_memory=bytes)`; without it, no such argument."""
    seen = _record_parse_many(monkeypatch)
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    assert main([str(page), str(page), "--max-memory", text]) == 0
    assert main([str(page), str(page)]) == 0
    assert seen[0]["max_memory"] == size
    assert "max_memory" not in seen[1]


def test_one_page_gets_its_time_and_memory_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--timeout and --max-memory apply to a single page too (--timeout was ignored)."""
    seen = _record_parse_many(monkeypatch)
    page = tmp_path / "a.html"
    page.write_bytes(PAGE.html)
    assert main([str(page), "--timeout", "5", "--max-memory", "1G"]) == 0
    assert TITLE in capsys.readouterr().out
    assert seen == [{"workers": 1, "timeout": 5.0, "max_memory": 2**30}]


@pytest.mark.parametrize("text", ["lots", "12Q", "0", "-1"])
def test_a_bad_max_memory_is_a_usage_error(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A size that is not one exits with 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["-", "--max-memory", text])
    assert exit_info.value.code == 2
    assert f"--max-memory: {text!r} is no size" in capsys.readouterr().err


# A tiny hand-made page, for the property test below (many runs).
_TINY = b"<html><head><title>Tiny</title></head><body><p>A hand-made page.</p></body></html>"
_FILE_NAMES = st.binary(min_size=1, max_size=255).filter(
    lambda name: b"/" not in name and b"\x00" not in name and name not in (b".", b"..")
)


@given(names=st.lists(_FILE_NAMES, min_size=1, max_size=5, unique=True))
def test_any_file_names_give_one_file_each_under_out(
    names: list[bytes], tmp_path_factory: Any
) -> None:
    """Whatever the input names (any bytes a POSIX name can hold), each page gives one file,
    under out/, with a valid UTF-8 name, naming its input."""
    work = tmp_path_factory.mktemp("work")
    folder = os.path.join(os.fsencode(work), b"in")
    os.mkdir(folder)
    for name in names:
        with open(os.path.join(folder, name), "wb") as stream:
            stream.write(_TINY)
    out = work / "out"
    assert main([os.fsdecode(folder), "--output-dir", str(out)]) == 0
    written = [
        os.path.join(top, name) for top, _, files in os.walk(os.fsencode(work)) for name in files
    ]
    assert len(written) == 2 * len(names)
    made = [path for path in written if not path.startswith(folder + b"/")]
    assert all(path.startswith(os.fsencode(out) + b"/") for path in made)
    for path in made:
        path.decode("utf-8")  # raises for a name that is not UTF-8
        assert len(os.path.basename(path)) <= NAME_BYTES
    sources = sorted(json.loads(Path(os.fsdecode(path)).read_bytes())["source"] for path in made)
    expected = [os.path.join(os.fsdecode(folder), os.fsdecode(name)) for name in names]
    assert sources == sorted(newsparse.cli.outdir.display(path) for path in expected)


def test_format_html_and_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--format html` prints the clean HTML of the article; `--front-matter` puts the metadata
    first in Markdown, and goes with Markdown only."""
    page = tmp_path / "page.html"  # hand-made
    page.write_text(
        "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>"
        "<p>The council <a href='/budget'>approved the budget</a> for the bridge on Monday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    url = ["--url", "https://example.org/news/bridge"]
    assert main([str(page), *url, "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert '<a href="https://example.org/budget">approved the budget</a>' in html
    assert html.startswith("<article>\n<h1>Bridge</h1>")
    assert main([str(page), *url, "--format", "markdown", "--front-matter"]) == 0
    assert capsys.readouterr().out.startswith('---\ntitle: "Bridge"\n')
    with pytest.raises(SystemExit):
        main([str(page), "--front-matter"])
