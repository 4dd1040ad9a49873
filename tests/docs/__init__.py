"""The documentation: its examples run, and its generated pages cover the code."""
