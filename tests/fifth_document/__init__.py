"""A fifth document, made up for the test that a document registers itself in one line
(``tests/test_fifth_document.py``): it is registered only in a subprocess of that test."""
