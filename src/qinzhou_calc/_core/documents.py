"""The documents registered, by key, in the order registered: the first thing the package does.

A document's package is registered by :func:`register_document`, by module or by its importable
name, and nothing more happens here: its declaration is read by :mod:`.registry` when it is first
needed, so that registering the four documents the package ships costs a few dictionary entries
and a calculation loads only its own document.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["document_keys", "register_document", "registered"]

#: What a document's key may be made of: a lower-case name (``[a-z][a-z0-9_]*``).
_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz")
_REST = _FIRST | frozenset("0123456789_")

#: The registered documents by key, in the order registered (the order every list shows them in):
#: the package, or its importable name until it is first needed.
_DOCUMENTS: "dict[str, ModuleType | str]" = {}


def register_document(module: "ModuleType | str") -> None:
    """Register a document's package (or its importable name, imported when first needed).

    The package's ``__init__.py`` declares the document once, as ``DECLARATION``
    (:class:`~.dated.Declaration`), read and checked when the document is first needed; its name
    (the last part of a dotted name) is the document's key. Registering the same package again
    changes nothing; another package under a key already taken is a ``ValueError``.
    """
    name = module if isinstance(module, str) else module.__name__
    key = name.rpartition(".")[2]
    if not key or key[0] not in _FIRST or not set(key) <= _REST:
        raise ValueError(f"a document's key is a lower-case name: {key!r}")
    held = _DOCUMENTS.setdefault(key, module)
    taken = held if isinstance(held, str) else held.__name__
    if taken != name:
        raise ValueError(f"document {key!r} is already registered by {taken}")
    if not isinstance(module, str):
        _DOCUMENTS[key] = module


def document_keys() -> list[str]:
    """The key of every registered document, in the order registered, without loading any."""
    return list(_DOCUMENTS)


def registered() -> "dict[str, ModuleType | str]":
    """The registered documents by key: each package, or its importable name."""
    return _DOCUMENTS
