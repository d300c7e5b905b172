"""The account of an LLM run: provenance, and per layer the requests, failures, tokens,
latency, cost and how the returned mentions were grounded.

Tokens and latency are those recorded when each answer was made (a cached answer keeps
them), so they are the same on a rerun; ``requests``, ``cached`` and ``retries`` describe
this run. The hallucination rate is the share of returned mentions found nowhere in the
text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rich.table import Table

from newsgold.systems.llm.extract import Unplaced


@dataclass(frozen=True)
class Failure:
    """A document and layer without an answer; ``raw`` is the model's text when it was unparsable."""

    doc_id: str
    layer: str
    error: str
    raw: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class LayerStats:
    documents: int = 0
    answers: int = 0
    failures: int = 0
    skipped: int = 0  # not requested: --max-requests reached, or no events to target
    requests: int = 0
    cached: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency: float = 0.0
    mentions: int = 0
    ungrounded: int = 0
    invalid: int = 0
    exact: int = 0
    normalised: int = 0
    fuzzy: int = 0

    @property
    def hallucination_rate(self) -> float | None:
        return self.ungrounded / self.mentions if self.mentions else None

    def cost(self, price: tuple[float, float] | None) -> float | None:
        if price is None:
            return None
        return (self.prompt_tokens * price[0] + self.completion_tokens * price[1]) / 1_000_000

    def to_dict(self, price: tuple[float, float] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out["latency"] = round(self.latency, 3)
        out["mean_latency"] = round(self.latency / self.answers, 3) if self.answers else None
        out["hallucination_rate"] = self.hallucination_rate
        out["cost"] = self.cost(price)
        return out


@dataclass
class LLMRun:
    provenance: dict[str, str]
    price_per_mtok: tuple[float, float] | None = None
    layers: dict[str, LayerStats] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every document and layer has an answer."""
        return not any(s.failures or s.skipped for s in self.layers.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "provenance": self.provenance,
            "price_per_mtok": list(self.price_per_mtok) if self.price_per_mtok else None,
            "layers": {name: s.to_dict(self.price_per_mtok) for name, s in self.layers.items()},
            "failures": len(self.failures),
            "notes": self.notes,
        }

    def summary(self, layer: str) -> str:
        """One line of a layer's figures that do not change on a rerun (for reports and signatures)."""
        s = self.layers[layer]
        parts = [f"{s.answers}/{s.documents} answered", f"{s.failures} failed"]
        if s.skipped:
            parts.append(f"{s.skipped} not requested")
        parts.append(f"{s.prompt_tokens} in + {s.completion_tokens} out tokens")
        if s.answers:
            parts.append(f"{s.latency / s.answers:.2f} s per answer")
        cost = s.cost(self.price_per_mtok)
        if cost is not None:
            parts.append(f"${cost:.4f}")
        rate = s.hallucination_rate
        parts.append(f"{s.ungrounded}/{s.mentions} mentions ungrounded" + (f" ({rate:.1%})" if rate is not None else ""))
        if s.invalid:
            parts.append(f"{s.invalid} off-schema")
        return "; ".join(parts)


def run_table(run: LLMRun) -> Table:
    """The run's figures per layer, for the terminal."""
    p = run.provenance
    table = Table(title=f"{p.get('model')} at {p.get('host')}, prompts {p.get('prompts')}, "
                        f"temperature {p.get('temperature')}, seed {p.get('seed')}", title_justify="left")
    for name in ("layer", "answered", "failed", "not requested", "sent", "cached", "retries", "tokens in/out",
                 "s/answer", "cost", "ungrounded", "off-schema"):
        table.add_column(name, justify="left" if name == "layer" else "right")
    for layer, s in run.layers.items():
        cost = s.cost(run.price_per_mtok)
        rate = s.hallucination_rate
        table.add_row(layer, f"{s.answers}/{s.documents}", str(s.failures), str(s.skipped), str(s.requests),
                      str(s.cached), str(s.retries), f"{s.prompt_tokens}/{s.completion_tokens}",
                      f"{s.latency / s.answers:.2f}" if s.answers else "-", f"${cost:.4f}" if cost is not None else "-",
                      f"{s.ungrounded}/{s.mentions}" + (f" ({rate:.1%})" if rate is not None else ""), str(s.invalid))
    return table
