"""``python -m bench.peers.openfisca``: the peer benchmark, printed as Markdown."""

from .run import main

main()
