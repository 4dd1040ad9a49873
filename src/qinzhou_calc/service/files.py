"""Batch files: JSON Lines, a JSON array or one JSON object in, one JSON line out per case, in order.

The same machinery as :func:`qinzhou_calc.evaluate_file`: the input opened as bytes
(:func:`open_input`, ``"-"`` for standard input), told apart and cut into chunks (:class:`Source`),
and each chunk parsed, evaluated and written by :func:`write_cases`, in this process or in
``workers`` processes, with the options :func:`file_options` checked before any case is read.
Each line is ``{"result": …}`` or ``{"error": …, "line": N}`` (``"item": N`` in a JSON array).
"""

from .._core.batchfile import FileReport, Source, bad_file, write_cases
from .._core.fileio import open_input
from .._core.fileio import options_for as file_options

__all__ = ["FileReport", "Source", "bad_file", "file_options", "open_input", "write_cases"]
