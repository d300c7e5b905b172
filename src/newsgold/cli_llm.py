"""Command-line options and output of LLM systems (``openai:MODEL``) for ``predict`` and ``benchmark``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

PANEL = "LLM systems (openai:MODEL)"
SHOWN_FAILURES = 5

BaseUrlOption = Annotated[str | None, typer.Option(
    help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 (vLLM), http://127.0.0.1:11434/v1 (Ollama). "
         "Default: $OPENAI_BASE_URL, else OpenAI's API.", rich_help_panel=PANEL)]
ApiKeyEnvOption = Annotated[str | None, typer.Option(
    help="Environment variable holding the API key. Default: OPENAI_API_KEY if set (local servers need none).",
    rich_help_panel=PANEL)]
LayersOption = Annotated[str, typer.Option(
    help="Layers to ask for, comma-separated (stances bring their events).", rich_help_panel=PANEL)]
MaxRequestsOption = Annotated[int | None, typer.Option(
    help="Send at most this many requests (answers from the cache are free); rerun to continue.", rich_help_panel=PANEL)]
PriceOption = Annotated[str | None, typer.Option(
    "--price-per-mtok", help="IN,OUT dollars per million input and output tokens: cost per layer in the report.",
    rich_help_panel=PANEL)]
ConcurrencyOption = Annotated[int, typer.Option(help="Requests in flight at once.", rich_help_panel=PANEL)]
TimeoutOption = Annotated[float, typer.Option(help="Seconds per request attempt.", rich_help_panel=PANEL)]
RetriesOption = Annotated[int, typer.Option(
    help="Retries of a request on 429, 5xx, timeouts and connection errors (exponential backoff, Retry-After honoured).",
    rich_help_panel=PANEL)]
TemperatureOption = Annotated[float, typer.Option(help="Sampling temperature.", rich_help_panel=PANEL)]
SeedOption = Annotated[int, typer.Option(help="Sampling seed sent with each request.", rich_help_panel=PANEL)]
FewShotOption = Annotated[int, typer.Option(
    help="Few-shot examples per prompt, from the dev split (never the predicted document).", rich_help_panel=PANEL)]
CacheDirOption = Annotated[Path | None, typer.Option(
    help="Answer cache. Default: $XDG_CACHE_HOME/newsgold/llm (~/.cache/newsgold/llm).", rich_help_panel=PANEL)]
CacheOption = Annotated[bool, typer.Option(
    help="Reuse and keep answers in the cache (a rerun sends no request).", rich_help_panel=PANEL)]


def llm_options(base_url: str | None = None, api_key_env: str | None = None, layers: str | None = None,
                max_requests: int | None = None, price_per_mtok: str | None = None, **fields: Any) -> dict[str, Any]:
    """``LLMSettings`` fields (other than the model) from command-line values; raises ``SystemsError``."""
    from newsgold.systems.llm.settings import parse_layers, parse_price

    options: dict[str, Any] = {"base_url": base_url, "api_key_env": api_key_env, "max_requests": max_requests}
    if layers is not None:
        options["layers"] = parse_layers(layers)
    if price_per_mtok is not None:
        options["price_per_mtok"] = parse_price(price_per_mtok)
    options.update({k: v for k, v in fields.items() if v is not None})
    return options


def report_run(system: Any, predictions: Path, out: Console, err: Console) -> None:
    """Print an LLM run's table, write its side files beside the predictions; exit 1 when a
    document or layer has no answer (failed, or left out by --max-requests)."""
    from newsgold.systems.llm import run_table, write_run_files

    run = system.run
    out.print(run_table(run))
    written = write_run_files(run, predictions)
    out.print("wrote " + ", ".join(str(p) for p in written), markup=False, highlight=False)
    for failure in run.failures[:SHOWN_FAILURES]:
        err.print(f"newsgold: {failure.doc_id}: {failure.layer}: {failure.error}", markup=False, highlight=False)
    if len(run.failures) > SHOWN_FAILURES:
        err.print(f"newsgold: ... and {len(run.failures) - SHOWN_FAILURES} more failure(s) in {written[2]}",
                  markup=False, highlight=False)
    if not run.complete:
        failed = sum(s.failures for s in run.layers.values())
        left = sum(s.skipped for s in run.layers.values())
        err.print(f"newsgold: error: incomplete predictions: {failed} document-layer(s) failed (raw answers in "
                  f"{written[2]}), {left} not requested; rerun to ask again (answers already parsed come from "
                  "the cache)", markup=False, highlight=False)
        raise typer.Exit(1)
