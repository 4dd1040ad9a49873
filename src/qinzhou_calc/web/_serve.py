"""``qinzhou-calc serve``: the application under uvicorn, a production ASGI server.

Several worker processes each build their own application, so the settings travel to them in
environment variables (``QINZHOU_CALC_WEB_*``) read by :func:`app_from_env`.
"""

import copy
import json
import os
from collections.abc import Sequence
from typing import Any

import uvicorn
from starlette.applications import Starlette

from ..service import LANGUAGES
from ._app import create_app
from ._config import MIB
from ._guard import HEADER_TIMEOUT_ENV, HeaderTimeoutProtocol

__all__ = ["app_from_env", "log_config", "serve"]

_ENV = "QINZHOU_CALC_WEB_"


def app_from_env() -> Starlette:
    """The application with the settings that :func:`serve` put in the environment."""
    env = os.environ
    return create_app(
        max_body=int(env.get(_ENV + "MAX_BODY", MIB)),
        cors_origins=json.loads(env.get(_ENV + "CORS_ORIGINS", "[]")),
        lang=env.get(_ENV + "LANG", "zh"),
        timeout=float(env.get(_ENV + "TIMEOUT", "10")),
    )


def log_config() -> dict[str, Any]:
    """uvicorn's logging, with this service's one line per request on standard error and
    uvicorn's own access log (which names the client's address) left off."""
    config: dict[str, Any] = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["formatters"]["request"] = {"format": "%(asctime)s %(message)s"}
    config["handlers"]["request"] = {
        "formatter": "request",
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stderr",
    }
    config["loggers"]["qinzhou_calc.web"] = {"handlers": ["request"], "level": "INFO", "propagate": False}
    return config


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    lang: str = "zh",
    max_body: int = MIB,
    cors_origins: Sequence[str] = (),
    timeout: float = 10.0,
    forwarded_allow_ips: str | None = None,
    root_path: str = "",
    limit_concurrency: int = 200,
    timeout_keep_alive: int = 5,
    header_timeout: float = 10.0,
) -> None:
    """Run the service until interrupted. ``forwarded_allow_ips``: the reverse proxies whose
    ``X-Forwarded-*`` headers are trusted (uvicorn's default: 127.0.0.1 only); ``root_path``: the
    prefix a reverse proxy serves it under (``/calc``), for the pages' links.

    Bounds that keep a few clients from holding the server: ``limit_concurrency`` connections at
    most per worker process (a request beyond it is answered 503), ``timeout_keep_alive``
    seconds an idle connection stays open between two requests, and ``header_timeout`` seconds
    for a request's headers to arrive, counted from the connection's opening or the previous
    answer (the connection is closed otherwise; see :mod:`qinzhou_calc.web._guard`).
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be zh or en, got {lang!r}")
    if limit_concurrency < 1 or timeout_keep_alive <= 0 or header_timeout <= 0:
        raise ValueError("limit_concurrency, timeout_keep_alive and header_timeout must be positive")
    os.environ[_ENV + "MAX_BODY"] = str(max_body)
    os.environ[_ENV + "CORS_ORIGINS"] = json.dumps(list(cors_origins))
    os.environ[_ENV + "LANG"] = lang
    os.environ[_ENV + "TIMEOUT"] = repr(timeout)
    os.environ[HEADER_TIMEOUT_ENV] = repr(header_timeout)
    uvicorn.run(
        "qinzhou_calc.web._serve:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_config=log_config(),
        server_header=False,
        forwarded_allow_ips=forwarded_allow_ips,
        root_path=root_path,
        timeout_graceful_shutdown=max(1, round(timeout)),
        http=HeaderTimeoutProtocol,
        limit_concurrency=limit_concurrency,
        timeout_keep_alive=timeout_keep_alive,
    )
