"""Imports run one way: no module of the package imports, through any chain, one that imports it.

Every import statement of ``src/qinzhou_calc`` counts, at any depth (an import inside a function
closes a circle as surely as one at the top), except those under ``if TYPE_CHECKING:``, which
never run. A package's ``__init__`` importing its own submodules is how a package is made, not a
circle. An import of the package's own modules inside a function is there only for an optional
extra: the module it loads imports, at its top, a library that only an extra of ``pyproject.toml``
installs; and the import says why on its line or the line above it.

The one other deferral is declared: a package's ``__init__.py`` (the package's front door) may
answer its names on first use through a module-level ``__getattr__`` (PEP 562), reading them from
its table ``_MODULE_OF``, a literal ``{name: module}`` dict. Each entry is an edge of the graph
(a circle through the table is still a circle), names a module that exists and defines that name
(or is the package's own module of that name), and is imported under ``TYPE_CHECKING`` from that
module, so that a type checker sees it typed. No other module has a ``__getattr__``.
"""

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src"
PACKAGE = "qinzhou_calc"

#: The libraries only an optional extra installs (``pyproject.toml``, ``[project.optional-dependencies]``:
#: web, ical, progress, notebook, dask), by the name they are imported under.
EXTRAS = frozenset({"starlette", "uvicorn", "icalendar", "tqdm", "pandas", "matplotlib", "dask", "distributed"})

#: The name of a package's table of the names it answers on first use.
TABLE = "_MODULE_OF"

#: The linter's code in a comment, which is not a reason.
_NOQA = re.compile(r"noqa:\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*")


def says_why(line: str) -> bool:
    """Whether ``line`` carries a comment saying more than the linter's code."""
    _, hash_mark, comment = line.partition("#")
    return bool(hash_mark) and any(character.isalpha() for character in _NOQA.sub("", comment))


def _modules() -> dict[str, Path]:
    found = {}
    for path in (SOURCE / PACKAGE).rglob("*.py"):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The package's modules an import statement loads (a name imported from a module, that module)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = module.split(".") if _is_package(module) else module.split(".")[:-1]
        if node.level > 1:
            base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
        names = [f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target for alias in node.names]
    for imported in names:
        found = imported
        while found not in MODULES and "." in found:
            found = found.rpartition(".")[0]
        if found in MODULES and found != module:
            yield found


def _walk(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement that runs, and whether it sits inside a function."""
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, in_function = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend((child, in_function) for child in node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, in_function
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))


def _explained(lines: list[str], at: int) -> bool:
    """Whether the import on line ``at`` (from 0), or the run of imports it ends, says why: on one
    of their lines, or in a comment just above them."""
    while at >= 0:
        line = lines[at].strip()
        if line.startswith("#"):
            return True
        if not line.startswith(("from ", "import ")):
            return False
        if says_why(line):
            return True
        at -= 1
    return False


@functools.cache
def _tree(module: str) -> ast.Module:
    return ast.parse(MODULES[module].read_text(encoding="utf-8"))


def _table(module: str) -> dict[str, str]:
    """The package's table of the names it answers on first use (``{}`` when it has none), read
    with ``ast``: a literal dict of strings, or a ``ValueError``."""
    for node in _tree(module).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == TABLE:
            table = ast.literal_eval(value)
            if not isinstance(table, dict) or not all(isinstance(x, str) for item in table.items() for x in item):
                raise ValueError(f"{module}.{TABLE} is not a literal dict of names to modules")
            return table
    return {}


def _bound(module: str) -> set[str]:
    """The names ``module`` binds at its top: its functions, classes, assignments and imports
    (those under ``if TYPE_CHECKING:`` left out, as they never run; those of its ``else:`` kept)."""
    found: set[str] = set()
    for node, in_function in _walk(_tree(module)):
        if not in_function:
            found |= {(alias.asname or alias.name).partition(".")[0] for alias in node.names}
    top = _tree(module).body
    for statement in top + [
        inner
        for node in top
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in node.orelse
    ]:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(statement.name)
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            found |= {target.id for target in targets if isinstance(target, ast.Name)}
    return found


def _typed(module: str) -> dict[str, str]:
    """The names ``module`` imports under ``if TYPE_CHECKING:``, each with the module it names."""
    found: dict[str, str] = {}
    for node in _tree(module).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    for alias in statement.names:
                        found[alias.asname or alias.name] = next(_targets(module, _single(statement, alias)), "")
    return found


def _single(node: ast.ImportFrom, alias: ast.alias) -> ast.ImportFrom:
    return ast.ImportFrom(module=node.module, names=[alias], level=node.level)


def _graph() -> tuple[dict[str, set[str]], list[str], dict[str, set[str]]]:
    """Who imports whom; every inner import of the package's own modules that gives no reason; and
    for each module, the package's modules each of its inner imports loads."""
    edges: dict[str, set[str]] = {module: set() for module in MODULES}
    unexplained = []
    inner: dict[str, set[str]] = {module: set() for module in MODULES}
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node, in_function in _walk(ast.parse("\n".join(lines))):
            targets = set(_targets(module, node))
            edges[module] |= targets
            if targets and in_function:
                inner[module] |= targets
                if not _explained(lines, node.lineno - 1):
                    unexplained.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
        # A name answered on first use imports its module as surely as an import statement.
        edges[module] |= {target for target in _table(module).values() if target in MODULES and target != module}
    return edges, unexplained, inner


def _top_level_libraries(module: str) -> set[str]:
    """The libraries outside the package that ``module`` imports at its top (outside any function)."""
    found = set()
    for node, in_function in _walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if in_function:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name.partition(".")[0] for alias in node.names}
        elif not node.level and node.module:
            found.add(node.module.partition(".")[0])
    return found - {PACKAGE}


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []
    for root, imported in edges.items():
        if root in index:
            continue
        work = [(root, iter(sorted(imported)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def _real(component: list[str]) -> bool:
    """Not a package and only its own submodules, each imported by the ``__init__`` alone."""
    return sum(1 for module in component if not _is_package(module)) > 1 or not any(map(_is_package, component))


def test_no_module_of_the_package_imports_itself_through_another() -> None:
    """Imports run one way: the graph of the package's modules has no circle."""
    edges, _, _ = _graph()
    assert [] == [" <-> ".join(component) for component in _circles(edges) if _real(component)]


def test_an_import_of_the_package_inside_a_function_says_why() -> None:
    """A deferred import of the package's own modules carries its reason beside it."""
    _, unexplained, _ = _graph()
    assert [] == unexplained


def test_an_import_of_the_package_inside_a_function_is_only_for_an_optional_extra() -> None:
    """Each module an inner import loads imports an extra's library at its top: everything else is
    imported at the top of the module that uses it."""
    _, _, inner = _graph()
    deferred = sorted(
        f"{module} -> {target}"
        for module, targets in inner.items()
        for target in targets
        if not _top_level_libraries(target) & EXTRAS
    )
    assert [] == deferred


def _lazy_modules() -> list[str]:
    """The modules with a module-level ``__getattr__``."""
    return sorted(
        module
        for module in MODULES
        if any(isinstance(node, ast.FunctionDef) and node.name == "__getattr__" for node in _tree(module).body)
    )


def test_only_a_package_s_front_door_answers_names_on_first_use() -> None:
    """A module-level ``__getattr__`` only in a package's ``__init__.py``, reading a declared table."""
    lazy = _lazy_modules()
    assert "qinzhou_calc" in lazy  # the check sees the front doors
    assert [] == [module for module in lazy if not _is_package(module) or not _table(module)]
    assert [] == [module for module in MODULES if _table(module) and module not in lazy]


def test_every_name_of_a_table_lives_where_the_table_says() -> None:
    """Each entry names a module that exists and binds that name at its top (or is the package's
    own module of that name); the package lists it in ``__all__`` and imports it under
    ``TYPE_CHECKING`` from the same module."""
    wrong = []
    for package in _lazy_modules():
        listed = _all(package)
        typed = _typed(package)
        for name, module in _table(package).items():
            own = module == f"{package}.{name}"
            if module not in MODULES or not (own or name in _bound(module)):
                wrong.append(f"{package}: {name} is not defined in {module}")
            elif name not in listed or typed.get(name) != module:
                wrong.append(f"{package}: {name} is not in __all__ or not imported from {module} for type checkers")
        wrong += [
            f"{package}: {name} is neither in the table nor defined here"
            for name in listed - _bound(package) - set(_table(package))
        ]
    assert [] == wrong


def _all(module: str) -> set[str]:
    for node in _tree(module).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def test_a_circle_through_a_table_is_a_circle() -> None:
    """The check itself: the front door's table counts as edges (``qinzhou_calc`` names
    ``evaluate`` in ``_core.calls``)."""
    edges, _, _ = _graph()
    assert "qinzhou_calc._core.calls" in edges["qinzhou_calc"]
    assert "qinzhou_calc._core.registry" in edges["qinzhou_calc._core"]


def test_the_extras_named_are_those_of_the_project() -> None:
    """EXTRAS above lists the libraries of ``pyproject.toml``'s optional extras the package uses."""
    project = (SOURCE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert all(f'"{library}' in project or f"{library}[" in project for library in EXTRAS)


def test_the_walk_sees_a_circle_closed_inside_a_function() -> None:
    """The check itself: two modules importing each other, whatever else imports them."""
    assert [["a", "b"]] == _circles({"a": {"b"}, "b": {"a"}, "c": {"a"}})


def test_the_linters_code_alone_is_no_reason() -> None:
    """``# noqa: PLC0415`` says that the import is inside a function, not why."""
    assert [False, True, False] == [
        says_why("    from .x import y  # noqa: PLC0415"),
        says_why("    import tqdm  # noqa: PLC0415 - the progress extra"),
        says_why("    from .x import y"),
    ]
