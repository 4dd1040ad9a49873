"""Imports every document's subpackage so that its calculators register themselves."""

from . import banking, education, roads, techinno

__all__ = ["banking", "education", "roads", "techinno"]
