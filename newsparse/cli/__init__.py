"""The `newsparse` command (`python -m newsparse`) and the helpers only it uses.

`command` parses the arguments and runs one page or a batch (exit codes: `EXIT_CODES`);
`inputs` reads the inputs named on the command line (files, folders, `-`, WARC files);
`outdir` writes `--output-dir`, one file per page, safely under the folder; `progress` draws
the progress bar and the closing summary line on standard error.
"""

from newsparse.cli.command import EXIT_CODES, main

__all__ = ["EXIT_CODES", "main"]
