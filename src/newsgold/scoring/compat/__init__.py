"""Compatibility profiles: the figures of seqeval, nervaluate, conlleval and spaCy, number for number.

Each profile computes the reference tool's numbers with newsgold's matching core and the
tool's own counting and arithmetic; tests run the tools themselves and compare.
"""
