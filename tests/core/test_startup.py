"""Start-up: what ``import qinzhou_calc`` and a first calculation load, in a fresh interpreter.

The import loads the whole core, every module at the top of the module that uses it; it loads
no document (each is imported by the registry when first asked for), no optional extra, and
nothing the core does not use. The tests keep it so, since a stray import of a heavy library
would silently bring its cost to every script and every CLI call.
"""

import json
import subprocess
import sys

import pytest

#: Not loaded by ``import qinzhou_calc``.
DEFERRED_BY_IMPORT = (
    "importlib.resources",  # the law's text is read through pkgutil, with the first quotation
    "pathlib",
    "tempfile",
    "html",  # the HTML view of a result (notebooks)
    "dateutil",
    "multiprocessing",  # evaluate_many(..., workers=N) starts its own worker processes
    "concurrent.futures",
    "pandas",  # the notebook extra
    "starlette",  # the web extra
    "icalendar",  # the ical extra
    "tqdm",  # the progress extra
    "qinzhou_calc.web",
    "qinzhou_calc.education",  # a document loads with its first calculator
    "qinzhou_calc.roads",
    "qinzhou_calc.techinno",
    "qinzhou_calc.banking",
)

#: Not loaded by a first good payload of one document's calculator.
DEFERRED_BY_EVALUATE = (
    "dateutil",
    "importlib.resources",
    "multiprocessing",
    "qinzhou_calc.education",
    "qinzhou_calc.roads",
    "qinzhou_calc.banking",
)

CONTRACT = "techinno.contract_registration_subsidy"
DEADLINE = "roads.deadline"


def _loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter loads while it runs ``code`` (those loaded before, by site
    or a coverage hook, are not counted)."""
    script = (
        f"import sys, json\nbefore = set(sys.modules)\n{code}\nprint(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def _named(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    """The names (or their submodules) among ``loaded``."""
    return sorted(m for m in loaded for name in names if m == name or m.startswith(name + "."))


def test_import_loads_none_of_the_deferred_modules() -> None:
    """``import qinzhou_calc`` loads the core and attrs, no document and no extra."""
    loaded = _loaded_by("import qinzhou_calc")
    assert "qinzhou_calc._core.result" in loaded  # the check sees what the import loads
    assert _named(loaded, DEFERRED_BY_IMPORT) == []


def test_a_first_good_payload_loads_its_own_document_only() -> None:
    """The contract-registration subsidy loads 钦政发〔2019〕17号 and no other document."""
    code = (
        "import qinzhou_calc as qc\n"
        f"r = qc.evaluate({CONTRACT!r}, {{'registered_amount': '1000001', 'as_of': '2020-06-30'}})\n"
        "assert str(r.amount) == '5000.01'\n"
    )
    loaded = _loaded_by(code)
    assert "qinzhou_calc.techinno" in loaded
    assert _named(loaded, DEFERRED_BY_EVALUATE) == []


@pytest.mark.parametrize(
    ("code", "module"),
    [
        (f"qc.evaluate({CONTRACT!r}, {{'registered_amount': '1', 'as_of': '2020-06-30'}})", "qinzhou_calc.techinno"),
        ("qc.documents()", "qinzhou_calc.banking"),
        (
            f"qc.evaluate({DEADLINE!r}, {{'obligation': 'acceptance_application', 'start': '2019-09-27'}})",
            "qinzhou_calc.roads",
        ),
    ],
)
def test_each_document_loads_when_first_needed(code: str, module: str) -> None:
    """A document's package is imported by its first calculator or by a list of every document."""
    assert module in _loaded_by(f"import qinzhou_calc as qc\n{code}")


def _compiled_after(code: str) -> int:
    """How many of the calendar's date patterns a fresh interpreter has compiled after ``code``."""
    script = f"{code}\nfrom qinzhou_calc._core import kinds\nprint(kinds.compiled.cache_info().currsize)\n"
    done = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return int(done.stdout.splitlines()[-1])


def test_the_date_time_pattern_is_compiled_when_a_text_is_first_read_by_it() -> None:
    """The date-time pattern (some 0.3 ms to compile) is compiled neither by the import nor by a
    first plain payload, whose ``YYYY-MM-DD`` is read without it."""
    assert 0 == _compiled_after("import qinzhou_calc")
    first = f"import qinzhou_calc as qc\nqc.evaluate({CONTRACT!r}, {{'registered_amount': '1', 'as_of': '2020-06-30'}})"
    assert 0 == _compiled_after(first)
    read = "from qinzhou_calc._core.kinds import read_date, read_datetime\n"
    assert 0 == _compiled_after(read + "read_date('2020-06-30')")
    assert 1 == _compiled_after(read + "read_date('2020-06-30'); read_datetime('2020-06-30T08:00:00')")
