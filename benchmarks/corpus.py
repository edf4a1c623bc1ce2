"""Where the benchmarks find the development corpus, and one line when it is absent."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
"""`../shared/corpus` beside the repository: 616 real pages with expected outputs."""


def corpus_dir(value: str) -> Path:
    """An argparse `type=` for `--corpus`: the folder, if it holds `cases.jsonl`."""
    path = Path(value)
    if not (path / "cases.jsonl").is_file():
        raise argparse.ArgumentTypeError(
            f"no corpus at {path} (a folder with cases.jsonl; the development corpus lives "
            "in ../shared/corpus beside the repository)"
        )
    return path


def add_corpus_argument(parser: argparse.ArgumentParser) -> None:
    """Add `--corpus DIR` (default `DEFAULT_CORPUS`), checked before the benchmark starts."""
    parser.add_argument(
        "--corpus",
        type=corpus_dir,
        default=str(DEFAULT_CORPUS),
        metavar="DIR",
        help=f"the corpus folder (default: {DEFAULT_CORPUS})",
    )
