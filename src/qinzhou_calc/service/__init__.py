"""The service every face shares: the command line, the web service, the docs' generators and any
face still to come read a request, list the calculators and answer the same way through it.

* **Options** (:class:`Options`, :func:`read_options`, :func:`overrides_of`): what a request asks
  besides its payload (``lang``, ``overrides``, ``explain``, the working-day ``calendar``,
  ``readings``), passed to ``qinzhou_calc.evaluate`` by :meth:`Options.kwargs`; ``CODE=OPTION``
  pairs read by :func:`readings_of` and checked against the declared readings by
  :func:`check_readings`; :data:`LANGUAGES` the languages asked for.
* **JSON and batches** (:func:`parse_json`, :func:`read_payload`, :func:`body_rows`): numbers read
  exactly, nesting bounded, a batch body as a JSON array or JSON Lines; batch files, streamed in
  chunks and across processes, are :mod:`qinzhou_calc.service.files`'.
* **Outcomes** (:func:`outcome_line`, :func:`dumps`): a result or an error as one JSON value.
* **Errors and statuses** (:class:`RequestError`, :func:`status_of`, :func:`error_body`,
  :func:`input_error_body`): every answer that is not a result in one shape, with its status.
* **The catalogue** (:func:`load_all`, :func:`calculator`, :func:`document_keys`): the
  calculators and documents every face lists, from the one registry.

The law's text for the docs' pages is :mod:`qinzhou_calc.service.lawtext`'s.
"""

from .._core.errors import InputError
from .._core.language import get_language, read_language, use_language
from .._core.reading import check_readings
from ._batch import Row, body_rows, outcome_line
from ._catalogue import Calculator, Example, calculator, document_keys, hint, jsonable, load_all, or_list
from ._errors import RequestError, error_body, input_error_body, status_of
from ._json import MAX_DEPTH, dumps, not_json, parse_json, read_payload, read_value, refuse_constant
from ._options import (
    LANGUAGES,
    Options,
    answer_language,
    calendar_in_place,
    overrides_of,
    read_options,
    readings_of,
)

__all__ = [
    "LANGUAGES",
    "MAX_DEPTH",
    "Calculator",
    "Example",
    "InputError",
    "Options",
    "RequestError",
    "Row",
    "answer_language",
    "body_rows",
    "calculator",
    "calendar_in_place",
    "check_readings",
    "document_keys",
    "dumps",
    "error_body",
    "get_language",
    "hint",
    "input_error_body",
    "jsonable",
    "load_all",
    "not_json",
    "or_list",
    "outcome_line",
    "overrides_of",
    "parse_json",
    "read_language",
    "read_options",
    "read_payload",
    "read_value",
    "readings_of",
    "refuse_constant",
    "status_of",
    "use_language",
]
