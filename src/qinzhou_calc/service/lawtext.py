"""The shipped law text and the tables the docs' generators print beside it.

Each document ships its text (``qinzhou_calc/<document>/text.md``); :func:`text_of` gives it parsed,
article by article (:class:`LawText`, :class:`Article`, :class:`Clause`), and each calculator's
cross-field rules print as a table with :func:`rules_table`; the declared readings of the law's
open questions are :func:`readings_of`'s, and the notes that only warn :func:`warnings_of`'s
(each listed once its document has loaded: ``qc.readings()`` loads them all).
"""

from .._core.crossfield import markdown_table as rules_table
from .._core.law import Citation
from .._core.lawtext import Article, Clause, LawText, text_of
from .._core.reading import readings_of, warnings_of

__all__ = ["Article", "Citation", "Clause", "LawText", "readings_of", "rules_table", "text_of", "warnings_of"]
