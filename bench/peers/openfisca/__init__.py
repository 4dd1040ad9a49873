"""The peer benchmark: three rules in qinzhou-calc and in OpenFisca, timed side by side in one run.

``.venv/bin/pip install -e '.[bench]'`` then ``.venv/bin/python -m bench.peers.openfisca``.
"""
