"""Start-up: what ``import qinzhou_calc`` and a first calculation load, in a fresh interpreter.

Each module below was deferred to the first call that needs it; the tests keep it so, since a
stray top-level import would silently bring its cost back to every script and every CLI call.
"""

import json
import subprocess
import sys

import pytest

#: Not loaded by ``import qinzhou_calc``: each is loaded by the first call that needs it.
DEFERRED_BY_IMPORT = (
    "importlib.resources",  # the law's text, read only when a quotation is checked or shown
    "pathlib",
    "tempfile",
    "json",  # a what-if's step, the HTML view, the CLI
    "html",  # the HTML view of a result (notebooks)
    "chinese_calendar",  # working days and periods
    "dateutil",
    "multiprocessing",  # evaluate_many(..., workers=N)
    "concurrent.futures",
    "qinzhou_calc._core.parallel",
    "qinzhou_calc._core.transport",
    "qinzhou_calc._core.periods",
    "qinzhou_calc._core.working_days",
    "qinzhou_calc._core.lawtext",  # the law's parsed text, with the first text read
    "qinzhou_calc._core.dated",  # documents and dated parameters, with the first document loaded
    "qinzhou_calc.techinno",  # a document loads with its first calculator
)

#: Not loaded by a first good payload of a flat calculator that counts no day.
DEFERRED_BY_EVALUATE = (
    "chinese_calendar",
    "dateutil",
    "importlib.resources",
    "multiprocessing",
    "qinzhou_calc._core.working_days",
    "qinzhou_calc._core.lawtext",  # a result cites by anchor, reading no text
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
    """``import qinzhou_calc`` loads the core and attrs only."""
    loaded = _loaded_by("import qinzhou_calc")
    assert "qinzhou_calc._core.result" in loaded  # the check sees what the import loads
    assert _named(loaded, DEFERRED_BY_IMPORT) == []


def test_a_first_good_payload_loads_no_calendar() -> None:
    """The contract-registration subsidy needs no working-day calendar."""
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
        (
            "from qinzhou_calc._core import text_of; import qinzhou_calc.techinno; text_of('钦政发〔2019〕17号')",
            "importlib.resources",
        ),
        (
            "from qinzhou_calc._core import text_of; import qinzhou_calc.techinno; text_of('钦政发〔2019〕17号')",
            "qinzhou_calc._core.lawtext",
        ),
        ("from qinzhou_calc._core import LawText", "qinzhou_calc._core.lawtext"),
        ("from qinzhou_calc._core import Parameter", "qinzhou_calc._core.dated"),
        ("from qinzhou_calc._core import Declaration", "qinzhou_calc._core.dated"),
        (f"qc.evaluate({CONTRACT!r}, {{'registered_amount': '1', 'as_of': '2020-06-30'}})", "qinzhou_calc._core.dated"),
        ("qc.documents()", "qinzhou_calc.banking"),
        ("from qinzhou_calc._core import GUANGXI", "chinese_calendar"),
        (
            f"qc.evaluate({DEADLINE!r}, {{'obligation': 'acceptance_application', 'start': '2019-09-27'}})",
            "chinese_calendar",
        ),
    ],
)
def test_each_deferred_module_loads_when_first_needed(code: str, module: str) -> None:
    """A text loads importlib.resources, the periods the calendar: deferred, not removed."""
    assert module in _loaded_by(f"import qinzhou_calc as qc\n{code}")


@pytest.mark.parametrize("name", ["techinno.incubator_subsidy", "techinno.transformation_targets"])
def test_a_count_by_the_civil_code_alone_loads_no_working_day_calendar(name: str) -> None:
    """附件4 二（三）'s year after graduation and 附件4 三's "超过" count and cite by 民法典 alone
    (``periods``, the standard library only): the working-day calendar and its data stay unloaded."""
    code = (
        "import qinzhou_calc as qc\nfrom qinzhou_calc._core.registry import get\n"
        f"c = get({name!r})\n[qc.evaluate(c.name, e.payload) for e in c.examples]"
    )
    loaded = _loaded_by(code)
    assert "qinzhou_calc._core.periods" in loaded
    assert [] == _named(loaded, ("qinzhou_calc._core.working_days", "chinese_calendar", "dateutil"))


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
