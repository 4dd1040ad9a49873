"""A package's front door: a public name answered the first time it is asked for (PEP 562).

Each front door (``qinzhou_calc``, ``qinzhou_calc._core``, ``qinzhou_calc.service``) declares its names
in a literal table ``_MODULE_OF`` (``{name: module}``) and a module-level ``__getattr__`` that asks
:func:`answer`: the name's module is imported, and the name kept in the package's namespace, so that
the next use is an ordinary attribute.
"""

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["answer"]


def answer(package: str, namespace: dict[str, Any], table: Mapping[str, str], name: str) -> Any:
    """``name`` of ``package`` from the module ``table`` gives for it (the module itself when it is the
    package's submodule of that name), kept in ``namespace``; ``AttributeError`` for a name the table
    does not have."""
    module = table.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    loaded = importlib.import_module(module)
    value = loaded if module == f"{package}.{name}" else getattr(loaded, name)
    namespace[name] = value
    return value
