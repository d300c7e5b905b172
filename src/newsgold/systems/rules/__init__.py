"""Rule-based reference baselines for events and stance, built from the annotation guidelines.

See ``events.py`` and ``stance.py`` for the rules and ``lexicon.json`` for the word lists,
each entry citing the guideline rule it comes from.
"""

from newsgold.systems.rules.system import RuleSystem

__all__ = ["RuleSystem"]
