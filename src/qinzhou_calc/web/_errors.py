"""Every answer that is not a result has one shape, the service's (:mod:`qinzhou_calc.service`):
``{"error": {"type": ..., "errors": [{"field", "code", "message"}]}}``, with its HTTP status.

A handler raises :class:`WebError` (the service's :class:`~qinzhou_calc.service.RequestError`) for
what is wrong with the request; the application's error handlers write it in the language the
request asked for (:data:`LANGS`).
"""

from ..service import LANGUAGES as LANGS
from ..service import RequestError as WebError
from ..service import error_body, input_error_body, status_of

__all__ = ["LANGS", "WebError", "error_body", "input_error_body", "status_of"]
