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
* **Profile checks** (:func:`find_subject`, :func:`decision_day`): the subject and the decision
  date of a check request, read as :func:`qinzhou_calc.check` reads them.

Batch files are :mod:`qinzhou_calc.service.files`'; the law's text for the docs' pages is
:mod:`qinzhou_calc.service.lawtext`'s.

Each name lives in the module that does its work; :data:`_MODULE_OF` says which (``files`` and
``lawtext`` are this package's own modules), and the module is imported when the name is first
asked for, so that a face loads only what the request in hand needs.
"""

from typing import TYPE_CHECKING, Any

from .._core.frontdoor import answer

if TYPE_CHECKING:
    from .._core.definition import Calculator, Example
    from .._core.documents import document_keys
    from .._core.errors import InputError
    from .._core.jsontext import not_json, refuse_constant
    from .._core.language import LANGUAGES, get_language, read_language, use_language
    from .._core.reading import check_readings
    from .._core.registry import load_all
    from .._core.render import jsonable
    from .._core.suggest import hint
    from ..profiles import decision_day, find_subject
    from . import files, lawtext
    from ._batch import Row, body_rows, outcome_line
    from ._calendar import calendar_in_place
    from ._catalogue import calculator
    from ._errors import RequestError, error_body, input_error_body, or_list, status_of
    from ._json import MAX_DEPTH, dumps, parse_json, read_payload, read_value
    from ._options import Options, answer_language, overrides_of, read_options, readings_of

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
    "decision_day",
    "document_keys",
    "dumps",
    "error_body",
    "files",
    "find_subject",
    "get_language",
    "hint",
    "input_error_body",
    "jsonable",
    "lawtext",
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

#: The module that defines each name of the service, or the service's own module of that name.
_MODULE_OF: dict[str, str] = {
    "LANGUAGES": "qinzhou_calc._core.language",
    "MAX_DEPTH": "qinzhou_calc.service._json",
    "Calculator": "qinzhou_calc._core.definition",
    "Example": "qinzhou_calc._core.definition",
    "InputError": "qinzhou_calc._core.errors",
    "Options": "qinzhou_calc.service._options",
    "RequestError": "qinzhou_calc.service._errors",
    "Row": "qinzhou_calc.service._batch",
    "answer_language": "qinzhou_calc.service._options",
    "body_rows": "qinzhou_calc.service._batch",
    "calculator": "qinzhou_calc.service._catalogue",
    "calendar_in_place": "qinzhou_calc.service._calendar",
    "check_readings": "qinzhou_calc._core.reading",
    "decision_day": "qinzhou_calc.profiles",
    "document_keys": "qinzhou_calc._core.documents",
    "dumps": "qinzhou_calc.service._json",
    "error_body": "qinzhou_calc.service._errors",
    "files": "qinzhou_calc.service.files",
    "find_subject": "qinzhou_calc.profiles",
    "get_language": "qinzhou_calc._core.language",
    "hint": "qinzhou_calc._core.suggest",
    "input_error_body": "qinzhou_calc.service._errors",
    "jsonable": "qinzhou_calc._core.render",
    "lawtext": "qinzhou_calc.service.lawtext",
    "load_all": "qinzhou_calc._core.registry",
    "not_json": "qinzhou_calc._core.jsontext",
    "or_list": "qinzhou_calc.service._errors",
    "outcome_line": "qinzhou_calc.service._batch",
    "overrides_of": "qinzhou_calc.service._options",
    "parse_json": "qinzhou_calc.service._json",
    "read_language": "qinzhou_calc._core.language",
    "read_options": "qinzhou_calc.service._options",
    "read_payload": "qinzhou_calc.service._json",
    "read_value": "qinzhou_calc.service._json",
    "readings_of": "qinzhou_calc.service._options",
    "refuse_constant": "qinzhou_calc._core.jsontext",
    "status_of": "qinzhou_calc.service._errors",
    "use_language": "qinzhou_calc._core.language",
}


def __getattr__(name: str) -> Any:
    """A name of the service, its module imported the first time it is asked for (PEP 562)."""
    return answer(__name__, globals(), _MODULE_OF, name)


def __dir__() -> list[str]:
    return list(__all__)
