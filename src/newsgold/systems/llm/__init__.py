"""LLM extractors behind any OpenAI-compatible Chat Completions server (``openai:MODEL``).

Notebook use::

    from newsgold import load_corpus
    from newsgold.systems.llm import LLMSettings, llm_system, write_run_files

    settings = LLMSettings("qwen2.5:7b", base_url="http://127.0.0.1:11434/v1", layers=("entities",))
    system = llm_system(settings)
    records = system.predict(list(load_corpus().select("test")))   # any list of Documents
    system.run.layers["entities"].hallucination_rate

Modules: ``settings`` (what to run), ``prompts`` and ``prompts/*.txt`` (versioned
templates), ``examples`` (few-shot from the dev split), ``answers`` (JSON Schemas, tolerant
parsing), ``grounding`` (text to offsets), ``extract`` (answers to record items),
``client`` and ``cache`` (calling), ``run`` (usage, cost, failures), ``system``.
Needs the optional extra ``llm`` (the official ``openai`` client and rapidfuzz).
"""

from newsgold.systems.llm.grounding import Grounder, Match, candidates, context_around
from newsgold.systems.llm.run import Failure, LayerStats, LLMRun, run_table
from newsgold.systems.llm.settings import LLMSettings, parse_layers, parse_price
from newsgold.systems.llm.system import (
    LLMSystem,
    llm_system,
    side_files,
    write_run_files,
)

__all__ = [
    "Failure",
    "Grounder",
    "LLMRun",
    "LLMSettings",
    "LLMSystem",
    "LayerStats",
    "Match",
    "candidates",
    "context_around",
    "llm_system",
    "parse_layers",
    "parse_price",
    "run_table",
    "side_files",
    "write_run_files",
]
