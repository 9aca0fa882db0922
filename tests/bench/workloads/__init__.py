"""The W suite: the clerk's daily work at scale through the real services (issue #14).

Run it with `python -m tests.bench` (see tests/bench/__main__.py); `suite.py` runs the workloads
in order and prints the summary table.
"""
