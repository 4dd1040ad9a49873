"""The web service: every calculator over HTTP, its OpenAPI document and a browser form.

Needs the optional extra ``web`` (``pip install 'qinzhou-calc[web]'``); the core library never
imports this package. Run it with ``qinzhou-calc serve``, or mount :func:`create_app`'s ASGI
application inside another one (FastAPI, Django, Starlette)::

    from qinzhou_calc.web import create_app
    app = create_app(max_body=1 << 20, cors_origins=("https://forms.example.gov.cn",), lang="zh")
"""

from ._app import create_app

__all__ = ["create_app"]
