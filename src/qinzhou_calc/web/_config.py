"""The settings one application runs with, fixed when :func:`~qinzhou_calc.web.create_app` builds it."""

import attrs

__all__ = ["MIB", "Settings"]

MIB = 1 << 20


@attrs.frozen
class Settings:
    """Limits and defaults of one web application.

    ``max_body``: largest request body in bytes (413 above it); ``max_batch_body`` the same for
    ``/batch``. ``timeout``: seconds for a body to arrive (408) and for a computation (503).
    ``lang``: the language of messages when a request names none. ``log_payloads``: also log
    each payload (off by default: applicants' data is personal).
    """

    max_body: int = MIB
    max_batch_body: int = 16 * MIB
    timeout: float = 10.0
    lang: str = "zh"
    log_payloads: bool = False
