"""The system packages (Debian) that a few tests use beside the Python ones: headless Chromium and
its driver for the browser tests, the Noto CJK fonts for the Chinese in pages, screenshots and
figures, and wrk for the load benchmark. ``.ci/run`` installs them when absent; on a machine
without them the tests that need one skip, naming it and the command that installs them all."""

import functools
import os
from collections.abc import Callable

import pytest

from .chromium import CHROMEDRIVER, CHROMIUM
from .docs._pages import load_docs_module

__all__ = ["INSTALL", "needs", "needs_browser", "needs_cjk_font"]

#: The command that installs every system package the tests and benchmarks use.
INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk wrk"


#: How to tell that each package is installed. The font is looked up as the notebooks' figures
#: look it up, which also brings matplotlib's list of fonts up to date (docs/site_notebooks.py).
_CHECKS: dict[str, Callable[[], bool]] = {
    "chromium": lambda: os.path.exists(CHROMIUM),
    "chromium-driver": lambda: os.path.exists(CHROMEDRIVER),
    "fonts-noto-cjk": lambda: load_docs_module("site_notebooks").cjk_font() is not None,
}


@functools.cache
def _present(package: str) -> bool:
    return _CHECKS[package]()


def needs(*packages: str) -> pytest.MarkDecorator:
    """Skip the test unless every one of ``packages`` is installed; the reason names those missing
    and the command that installs them."""
    absent = [name for name in packages if not _present(name)]
    return pytest.mark.skipif(bool(absent), reason=f"needs the system package(s) {', '.join(absent)}: {INSTALL}")


def needs_browser() -> pytest.MarkDecorator:
    """Headless Chromium, its driver, and the CJK font it draws Chinese in."""
    return needs("chromium", "chromium-driver", "fonts-noto-cjk")


def needs_cjk_font() -> pytest.MarkDecorator:
    """The CJK font of the notebooks' figures and the built site."""
    return needs("fonts-noto-cjk")
