"""Mounting inside FastAPI and Django: the code shown in docs/web.md, run as it is written there."""

import re
import sys
import types
from pathlib import Path

import pytest
from starlette.testclient import TestClient

DOCS = Path(__file__).parents[2] / "docs"
EVALUATE = "/calc/calculators/roads.unpermitted_excavation_fine/evaluate"
PAYLOAD = {"points": [35], "violation_date": "2020-05-01"}


def snippet(page: str, name: str) -> str:
    """The Python block of ``page`` whose first line is ``# name`` (the Django one is marked ``py``, not
    ``python``, so that the docs' own test, which runs every ``python`` block, leaves it to this one:
    it needs a Django project's settings)."""
    blocks = re.findall(r"```py(?:thon)?\n(.*?)```", (DOCS / page).read_text(encoding="utf-8"), re.S)
    found = [b for b in blocks if b.startswith(f"# {name}\n")]
    assert 1 == len(found), f"{page} shows {name} {len(found)} times"
    return str(found[0])


@pytest.mark.parametrize("name", ["mount_fastapi.py", "mount_django.py"])
def test_both_languages_show_the_same_code(name: str) -> None:
    """The English page shows the code the Chinese page shows, but for the comments."""

    def code(page: str) -> list[str]:
        return [line for line in snippet(page, name).splitlines() if not line.lstrip().startswith("#")]

    assert code("web.md") == code("web.en.md")


def _run(name: str) -> types.ModuleType:
    module = types.ModuleType(name.removesuffix(".py"))
    exec(compile(snippet("web.md", name), str(DOCS / "web.md"), "exec"), module.__dict__)
    return module


def test_mounted_in_fastapi() -> None:
    """The FastAPI app keeps its own routes; the calculators answer under /calc, pages link there."""
    app = _run("mount_fastapi.py").app
    with TestClient(app) as client:
        assert {"status": "up"} == client.get("/status").json()
        response = client.post(EVALUATE, json=PAYLOAD)
        assert (200, "10000.00") == (response.status_code, response.json()["maximum"])
        assert "unknown_calculator" in client.post("/calc/calculators/x.y/evaluate", json={}).text
        assert 'href="/calc/form/roads.deadline"' in client.get("/calc/").text
        assert 200 == client.get("/calc/openapi.json").status_code


def test_mounted_beside_django(monkeypatch: pytest.MonkeyPatch) -> None:
    """Django answers its own URLs; /calc goes to the calculators."""
    from django.conf import settings  # noqa: PLC0415 - configured here, for this test alone
    from django.http import HttpRequest, HttpResponse  # noqa: PLC0415
    from django.urls import path  # noqa: PLC0415

    def hello(request: HttpRequest) -> HttpResponse:
        return HttpResponse("django here")

    urls = types.ModuleType("qinzhou_calc_test_urls")
    urls.urlpatterns = [path("hello/", hello)]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, urls.__name__, urls)
    if not settings.configured:
        settings.configure(ROOT_URLCONF=urls.__name__, ALLOWED_HOSTS=["testserver"], SECRET_KEY="test", DEBUG=False)
    application = _run("mount_django.py").application
    with TestClient(application) as client:
        assert "django here" == client.get("/hello/").text
        response = client.post(EVALUATE, json=PAYLOAD)
        assert (200, "3000.00") == (response.status_code, response.json()["minimum"])
        assert 404 == client.get("/calc/nowhere").status_code
