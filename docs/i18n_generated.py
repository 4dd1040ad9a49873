"""MkDocs hook: the pages mkdocs-gen-files generates are sorted by language like the written ones.

mkdocs-static-i18n only localizes pages whose source lies in ``docs/``; gen-files writes its
pages (``calculators/foo.md`` and ``calculators/foo.en.md`` ...) to a temporary folder, so i18n
would drop them ("Unhandled file case"). Between the two plugins this hook keeps each generated
page's text and presents the page as if it were in ``docs/``; once i18n has rebuilt its files
for the language being built, it hands the text back to them, in memory, before any page is read. Nothing is written
into ``docs/``. A written page the generator fills in (a document's page, with its cross-field rules) is handed its
generated text in the same way.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

#: The text of each generated page, by its path in the docs (``calculators/foo.en.md``).
_GENERATED: dict[str, bytes] = {}
#: The generated pages that replace a written page of ``docs/`` (a document's page with its rules filled in).
_REPLACED: set[str] = set()


@event_priority(-50)  # after gen-files (priority 0), before i18n (-100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Keep the text of each generated page and make it look like a page of ``docs/``."""
    docs = Path(config.docs_dir).resolve()
    for file in files:
        if not file.is_documentation_page() or file.abs_src_path is None:
            continue
        source = Path(file.abs_src_path).resolve()
        if not source.is_relative_to(docs):
            _GENERATED[file.src_uri] = file.content_bytes
            file.abs_src_path = str(docs / file.src_path)
            if Path(file.abs_src_path).exists():
                _REPLACED.add(file.src_uri)
    return files


@event_priority(-150)  # after i18n has rebuilt the files and the navigation, before any page is read
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Give each generated page of this language's build its text back, in memory."""
    for file in files:
        if (
            file.src_uri in _GENERATED
            and file.abs_src_path is not None
            and (file.src_uri in _REPLACED or not Path(file.abs_src_path).exists())
        ):
            file.content_bytes = _GENERATED[file.src_uri]
    return nav
