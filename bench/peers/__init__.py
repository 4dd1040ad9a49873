"""Peer benchmarks: the same rules modelled in another rules-as-code engine, timed side by side."""
