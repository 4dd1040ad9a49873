"""Start-up: what ``import qinzhou_calc``, a first calculation and a first ``run`` load, in a
fresh interpreter.

The package answers its public names on first use (the table ``_MODULE_OF`` of its ``__init__.py``,
and likewise the core's and the service's): the import loads the front door and the table of
documents, nothing that evaluates, no document and no optional extra; a first calculation loads
the part of the core it uses and its own document, and not the machinery of batches across
processes, the working-day calendar, the profile checks or replay. The tests keep it so, since a
stray import of a heavy module would silently bring its cost to every script and every CLI call.
"""

import json
import subprocess
import sys

import pytest

import qinzhou_calc as qc

#: All that ``import qinzhou_calc`` loads of the package.
LOADED_BY_IMPORT = {
    "qinzhou_calc",
    "qinzhou_calc._core",
    "qinzhou_calc._core.documents",
    "qinzhou_calc._core.frontdoor",
}

#: Not loaded by ``import qinzhou_calc``.
DEFERRED_BY_IMPORT = (
    "attrs",  # no record is defined before the first name that needs one
    "decimal",
    "subprocess",  # evaluate_many(..., workers=N) starts its own worker processes
    "pickle",
    "chinese_calendar",  # the working-day calendar
    "importlib.resources",  # the law's text is read with the first quotation
    "pkgutil",
    "pathlib",
    "tempfile",
    "html",  # the HTML view of a result (notebooks)
    "dateutil",
    "multiprocessing",
    "concurrent.futures",
    "pandas",  # the notebook extra
    "starlette",  # the web extra
    "icalendar",  # the ical extra
    "tqdm",  # the progress extra
)

#: Not loaded by a first good payload of one document's calculator.
DEFERRED_BY_EVALUATE = (
    "subprocess",
    "pickle",
    "chinese_calendar",
    "dateutil",
    "importlib.resources",
    "multiprocessing",
    "qinzhou_calc._core.batches",  # many payloads
    "qinzhou_calc._core.parallel",  # batches across processes
    "qinzhou_calc._core.worker",
    "qinzhou_calc._core.batchfile",  # batch files
    "qinzhou_calc._core.fileio",
    "qinzhou_calc._core.working_days",  # the working-day calendar, which the contract does not count
    "qinzhou_calc._core.calendar_years",
    "qinzhou_calc._core.provisional",
    "qinzhou_calc._core.catalogue",  # the lists of documents and figures
    "qinzhou_calc.profiles",  # profile checks (政策体检)
    "qinzhou_calc._verify",  # replay
    "qinzhou_calc._readings",
    "qinzhou_calc.service",
    "qinzhou_calc.education",  # other documents
    "qinzhou_calc.roads",
    "qinzhou_calc.banking",
)

#: Not loaded by ``qinzhou-calc run`` on one payload: what other commands, batch files, the
#: working-day calendar and profile checks use.
DEFERRED_BY_RUN = (
    *(name for name in DEFERRED_BY_EVALUATE if name != "qinzhou_calc.service"),
    "qinzhou_calc.service.files",
    "qinzhou_calc.service._calendar",
    "qinzhou_calc.service._catalogue",
    "qinzhou_calc.service._batch",
    "qinzhou_calc.web",
)

CONTRACT = "techinno.contract_registration_subsidy"
DEADLINE = "roads.deadline"
RUN = ["run", CONTRACT, "--json", '{"registered_amount": 1000001, "as_of": "2020-06-30"}']


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


def test_import_loads_the_front_door_only() -> None:
    """``import qinzhou_calc`` loads the table of names and of documents, nothing that evaluates."""
    loaded = _loaded_by("import qinzhou_calc")
    assert {module for module in loaded if module.startswith("qinzhou_calc")} == LOADED_BY_IMPORT
    assert _named(loaded, DEFERRED_BY_IMPORT) == []


def test_a_first_good_payload_loads_its_own_document_only() -> None:
    """The contract-registration subsidy loads 钦政发〔2019〕17号, the part of the core it uses, and
    no other document, no batch, calendar, profile or replay machinery."""
    code = (
        "import qinzhou_calc as qc\n"
        f"r = qc.evaluate({CONTRACT!r}, {{'registered_amount': '1000001', 'as_of': '2020-06-30'}})\n"
        "assert str(r.amount) == '5000.01'\n"
    )
    loaded = _loaded_by(code)
    assert {"qinzhou_calc.techinno", "qinzhou_calc._core.evaluation"} <= loaded
    assert _named(loaded, DEFERRED_BY_EVALUATE) == []


def test_a_run_on_one_payload_loads_what_run_uses() -> None:
    """``qinzhou-calc run NAME --json …`` loads the command line, the service's options and JSON,
    and the calculation: no other command's module, no batch file, calendar or profile machinery."""
    code = (
        "import contextlib, io\n"
        "from qinzhou_calc.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main({RUN!r}) == 0\n"
        "assert '5000.01' in out.getvalue()\n"
    )
    loaded = _loaded_by(code)
    assert {"qinzhou_calc.cli", "qinzhou_calc.service._options", "qinzhou_calc.techinno"} <= loaded
    assert _named(loaded, DEFERRED_BY_RUN) == []


@pytest.mark.parametrize("name", qc.__all__)
def test_every_public_name_resolves(name: str) -> None:
    """``qc.NAME`` and ``from qinzhou_calc import NAME`` give the same object, for every name of ``__all__``."""
    namespace: dict[str, object] = {}
    exec(f"from qinzhou_calc import {name}", namespace)
    assert namespace[name] is getattr(qc, name)


def test_dir_lists_the_public_names_and_an_unknown_name_is_an_attribute_error() -> None:
    assert sorted(qc.__all__) == sorted(dir(qc))
    with pytest.raises(AttributeError, match="no_such_name"):
        qc.no_such_name  # noqa: B018 - the lookup under test


@pytest.mark.parametrize("package", ["qinzhou_calc._core", "qinzhou_calc.service"])
def test_every_name_of_the_core_and_of_the_service_resolves(package: str) -> None:
    """The core's and the service's front doors answer every name of their ``__all__`` in a fresh
    interpreter (a name whose module shadows it, as ``calculator`` could, would fail here)."""
    code = (
        f"import {package} as door\n"
        "import qinzhou_calc as qc\n"
        "qc.evaluate('roads.deadline', {'obligation': 'acceptance_application', 'start': '2019-09-27'})\n"
        "import types\n"
        "found = {name: getattr(door, name, None) for name in door.__all__}\n"
        "missing = [name for name, value in found.items() if value is None]\n"
        "assert not missing, missing\n"
        "modules = [name for name, value in found.items() if isinstance(value, types.ModuleType)]\n"
        "assert set(modules) <= {'files', 'lawtext'}, modules\n"
        "assert sorted(dir(door)) == sorted(door.__all__)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


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
