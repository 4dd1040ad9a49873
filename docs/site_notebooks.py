"""The API reference pages (mkdocstrings), the list of example notebooks, and each notebook
executed as a page."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from site_common import DOCUMENTS

__all__ = [
    "CJK_FAMILY",
    "NOTEBOOKS",
    "Notebook",
    "cjk_font",
    "examples_page",
    "executed_notebook",
    "notebook_page",
    "notebook_title",
    "output_problems",
    "reference_pages",
]

# --- the API reference, the notebooks --------------------------------------------------------

_REFERENCE_INTRO = {
    "zh": {
        "qinzhou_calc": "顶层 API：列出计算器、读取其 JSON Schema、逐个或批量计算输入，以及每个调用者都会用到的 "
        "`Result`、`InputError` 和 `Citation` 类型。（下面的说明文字取自代码的文档字符串，为英文。）",
        "education": "钦政办规〔2019〕11号：民办教育扶持政策的有类型计算器。",
        "roads": "政府令第11号（政府令第12号修改）：道路挖掘修复管理办法的罚款与期限。",
        "techinno": "钦政发〔2019〕17号：科技创新三年行动实施方案的奖励、补助与目标。",
        "banking": "钦市财规〔2019〕3号：银行参与资格、评分表与资金存放规则。",
        "title": "API 参考",
        "each": "各文件的有类型计算器各有一页：",
        "typed": "有类型的计算器以关键字参数调用，参数名即输入字段名，返回 `Result`，与 `evaluate` 完全相同。",
        "pages": "每个计算器的输入与算例见[计算器](../calculators/index.md)。",
    },
    "en": {
        "qinzhou_calc": "The top-level API: list the calculators, read their schemas, evaluate payloads "
        "one at a time or in bulk, and the `Result`, `InputError` and `Citation` types every caller sees.",
        "education": "钦政办规〔2019〕11号: the typed calculators of the education policy.",
        "roads": "政府令第11号 (as amended by 政府令第12号): the fines and deadlines of the roads measures.",
        "techinno": "钦政发〔2019〕17号: rewards, subsidies and targets of the technology-innovation plan.",
        "banking": "钦市财规〔2019〕3号: bank eligibility, the scoring table and the deposit rules.",
        "title": "API reference",
        "each": "Each document's typed calculators are on their own page: ",
        "typed": "A typed calculator is called with keyword arguments named as the payload's fields and "
        "returns a `Result`, exactly as `evaluate` does.",
        "pages": "Each calculator has a page with its inputs and worked examples under "
        "[Calculators](../calculators/index.md).",
    },
}


def reference_pages(lang: str = "zh") -> dict[str, str]:
    """The API reference pages (mkdocstrings directives), by site path (without the language suffix)."""
    words = _REFERENCE_INTRO[lang]
    separator = "、" if lang == "zh" else ", "
    pages = {
        "reference/index.md": "\n".join(
            [
                f"# {words['title']}: `qinzhou_calc`",
                "",
                words["qinzhou_calc"],
                "",
                words["each"]
                + separator.join(f"[`qinzhou_calc.{d}`]({d}.md)" for d in DOCUMENTS)
                + ("。" if lang == "zh" else ". ")
                + words["typed"],
                "",
                "::: qinzhou_calc",
                "",
            ]
        ),
    }
    for document in DOCUMENTS:
        pages[f"reference/{document}.md"] = "\n".join(
            [
                f"# `qinzhou_calc.{document}`",
                "",
                f"{words[document]} {words['pages']}",
                "",
                f"::: qinzhou_calc.{document}",
                "",
            ]
        )
    return pages


#: The example notebooks and what each shows; only those present are linked.
NOTEBOOKS = {
    "bank_scoring.ipynb": {
        "zh": "用 `banking.score_banks` 为一组银行评分，并画出各项指标得分。",
        "en": "Scoring a set of banks with `banking.score_banks` and plotting the indicator breakdown.",
    },
    "education_subsidies.ipynb": {
        "zh": "用 pandas 为一张学校表计算民办教育补助。",
        "en": "Computing the education subsidies for a table of schools with pandas.",
    },
    "school_checkup.ipynb": {
        "zh": "政策体检：100 份学校资料用 `frame.check_many` 一次检查八项规则，画出每项规则的结论分布。",
        "en": "Profile checks: a hundred school profiles checked against the eight rules with `frame.check_many`, "
        "and each rule's answers drawn.",
    },
    "policy_simulation.ipynb": {
        "zh": "政策模拟：约 500 所虚构学校，现行新建补助与两个改革方案的成本和逐校变化。",
        "en": "Policy simulation: about 500 synthetic schools, the cost of the new-build subsidy now and under "
        "two reforms.",
    },
}

_EXAMPLES = {
    "zh": {
        "title": "示例笔记本",
        "intro": "`docs/examples/` 中的 Jupyter 笔记本。每一本在构建网站时从头到尾执行，连同输出、表格和图表成为"
        "一页；测试套件也执行它们。下载后可在 Jupyter 中打开，需要可选依赖 `qinzhou-calc[notebook]`"
        "（pandas 和 matplotlib）。",
        "none": "本次构建中没有笔记本。",
        "download": "下载",
        "separator": "：",
    },
    "en": {
        "title": "Example notebooks",
        "intro": "Jupyter notebooks in `docs/examples/`. Each is run from top to bottom when the site is built and "
        "becomes a page with its outputs, tables and figures; the test suite runs them too. Download one to open "
        "it in Jupyter; it needs the optional extra `qinzhou-calc[notebook]` (pandas and matplotlib).",
        "none": "No notebook is in this build.",
        "download": "download",
        "separator": ": ",
    },
}


def examples_page(folder: Path, lang: str = "zh") -> str:
    """The page listing the example notebooks in ``folder`` (those present): each one's page and file."""
    words = _EXAMPLES[lang]
    lines = [f"# {words['title']}", "", words["intro"], ""]
    present = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    if not present:
        lines.append(words["none"])
    for path in present:
        about = NOTEBOOKS.get(path.name, {}).get(lang, "")
        download = f"（{words['download']} [`{path.name}`](examples/{path.name})）"
        lines.append(
            f"- [{notebook_title(path)}](examples/{path.stem}.md){download}"
            + (words["separator"] + about if about else "")
        )
    lines.append("")
    return "\n".join(lines)


# --- the font of the figures ----------------------------------------------------------------

#: The family the notebooks' figures draw Chinese in (docs/examples/matplotlibrc): Noto Sans CJK,
#: Debian's package fonts-noto-cjk, whose files are named NotoSansCJK-*.
CJK_FAMILY = "Noto Sans CJK SC"
_CJK_FILE = "NotoSansCJK"


def cjk_font() -> Path | None:
    """The file matplotlib draws :data:`CJK_FAMILY` from, or None when the system has no such font.

    matplotlib lists the system's fonts once and keeps the list in its cache folder
    (``fontlist-v*.json``); a list made before the font was installed lacks it, and every kernel
    started afterwards would draw the Chinese as boxes. So when the family resolves to another
    file but a NotoSansCJK file is on the system, the list is made again and written over the old
    one, where the kernels started next read it.
    """
    import matplotlib  # noqa: PLC0415 - only the notebooks and their checks need matplotlib
    from matplotlib import font_manager  # noqa: PLC0415

    def lookup(manager: font_manager.FontManager) -> Path | None:
        try:
            found = manager.findfont(font_manager.FontProperties(family=CJK_FAMILY), fallback_to_default=False)
        except ValueError:  # no font of the family in the list
            return None
        return Path(found) if _CJK_FILE in Path(found).name else None

    if found := lookup(font_manager.fontManager):
        return found
    if not any(_CJK_FILE in Path(path).name for path in font_manager.findSystemFonts()):
        return None
    manager = font_manager.FontManager()
    font_manager.json_dump(manager, Path(matplotlib.get_cachedir(), f"fontlist-v{manager.__version__}.json"))
    font_manager.fontManager = manager
    return lookup(manager)


# --- the notebooks as pages ------------------------------------------------------------------


@dataclass(frozen=True)
class Notebook:
    """An example notebook executed for the site: its page and the figures it drew."""

    name: str  #: the file's name, e.g. ``bank_scoring.ipynb``
    body: str  #: the notebook as markdown (nbconvert), its figures linked as ``<stem>_files/…``
    figures: dict[str, bytes]  #: the figures, by path relative to the notebook's folder
    problems: tuple[str, ...] = ()  #: what its outputs show that a page must not (:func:`output_problems`)

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".ipynb")


#: Each notebook is executed once per build process (mkdocs builds both languages in one).
_EXECUTED: dict[tuple[str, int], Notebook] = {}


def notebook_title(path: Path) -> str:
    """The first heading of the notebook's markdown cells (read, not executed)."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        cells = []
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            source = "".join(cell.get("source", ""))
            for line in source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


#: A warning's name in an output's text: ``UserWarning``, ``FutureWarning``…
_WARNING = re.compile(r"\b[A-Z]\w*Warning\b")
#: The build's messages go to mkdocs' logger: in strict mode (``mkdocs build --strict``, as CI
#: builds) a warning logged there fails the build.
_LOG = logging.getLogger("mkdocs.plugins.qinzhou_calc.notebooks")


def _text(value: object) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def output_problems(name: str, cells: Iterable[Mapping[str, Any]], cjk_font: bool) -> list[str]:
    """What the executed notebook ``name`` would show that no page may: anything written to stderr
    (matplotlib's "Glyph … missing from font(s)", which draws a box, or any Python warning), any
    output naming a warning, and a figure when the system has no CJK font (``cjk_font`` false) to
    draw its Chinese in."""
    problems: list[str] = []
    drew = False
    for number, cell in enumerate(cells, 1):
        for output in cell.get("outputs", ()):
            data = output.get("data", {})
            drew = drew or "image/png" in data
            text = _text(output.get("text")) + _text(data.get("text/plain"))
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                problems.append(f"{name}, cell {number}: writes to stderr: {first}")
            elif match := _WARNING.search(text):
                problems.append(f"{name}, cell {number}: shows a {match[0]}: {first}")
    if drew and not cjk_font:
        problems.append(
            f"{name}: draws a figure, and the system has no {CJK_FAMILY} to draw its Chinese in "
            "(apt-get install fonts-noto-cjk)"
        )
    return problems


def executed_notebook(path: Path) -> Notebook:
    """Run ``path`` from top to bottom in its own folder and convert it, outputs and figures, to markdown.

    The kernel is ``python3`` (this interpreter, with the library installed) started in the
    notebook's folder, so it reads its data files and ``matplotlibrc`` (the CJK font) there, as
    the test suite runs it. Each of :func:`output_problems` is logged as a warning, which fails
    the strict build.
    """
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _EXECUTED:
        import nbformat  # noqa: PLC0415 - only the site build needs Jupyter
        from nbclient import NotebookClient  # noqa: PLC0415
        from nbconvert import MarkdownExporter  # noqa: PLC0415

        font = cjk_font()  # before the kernel starts: it reads matplotlib's list of fonts
        notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
        client = NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        )
        client.execute()
        body, resources = MarkdownExporter().from_notebook_node(  # type: ignore[no-untyped-call]
            notebook, resources={"output_files_dir": f"{path.stem}_files"}
        )
        problems = tuple(output_problems(path.name, notebook.cells, font is not None))
        _EXECUTED[key] = Notebook(path.name, body, dict(resources.get("outputs", {})), problems)
    for problem in _EXECUTED[key].problems:
        _LOG.warning("example notebook %s", problem)
    return _EXECUTED[key]


_NOTEBOOK_PAGE = {
    "zh": {
        "about": "本页是笔记本 [`{name}`]({name}) 在构建网站时从头到尾执行的结果，含全部输出、表格和图表；"
        "笔记本中的说明为中英双语。下载后可在 Jupyter 中打开（需要 `qinzhou-calc[notebook]`）。",
        "title": "笔记本",
    },
    "en": {
        "about": "This page is the notebook [`{name}`]({name}) run from top to bottom when the site was built, "
        "with all its outputs, tables and figures; the notebook explains itself in Chinese and English. "
        "Download it to open it in Jupyter (it needs `qinzhou-calc[notebook]`).",
        "title": "Notebook",
    },
}


def _in_language(heading: str, lang: str) -> str:
    """A notebook's heading "中文 · English" in ``lang``: the part before the dot in Chinese, after it
    in English; a heading in one language is kept whole."""
    chinese, dot, english = heading.partition(" · ")
    return (chinese if lang == "zh" else english) if dot else heading


def notebook_page(notebook: Notebook, lang: str = "zh") -> str:
    """The page of an executed notebook, led in the page's language: its own first heading in that
    language, what it shows (:data:`NOTEBOOKS`), a note on where it comes from, then the notebook."""
    words = _NOTEBOOK_PAGE[lang]
    body = notebook.body.lstrip()
    heading, rest = [*body.split("\n", 1), ""][:2] if body.startswith("# ") else [f"# {notebook.stem}", body]
    heading = "# " + _in_language(heading.removeprefix("# ").strip(), lang)
    lead = NOTEBOOKS.get(notebook.name, {}).get(lang)
    about = words["about"].format(name=notebook.name)
    return "\n".join(
        [
            heading,
            "",
            *([lead, ""] if lead else []),
            f'!!! note "{words["title"]}"',
            "",
            f"    {about}",
            "",
            rest.lstrip("\n"),
            "",
        ]
    )
