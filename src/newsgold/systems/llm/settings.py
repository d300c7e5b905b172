"""How an LLM extractor is run: server, model, layers, sampling, limits, cache, prices."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newsgold.records import LAYERS
from newsgold.systems.base import SystemsError

DEFAULT_API_KEY_ENV = "OPENAI_API_KEY"
NO_KEY = "no-key"  # local servers (vLLM, Ollama, llama.cpp) accept any key
RESPONSE_FORMATS = ("json_schema", "json_object", "none")


@dataclass(frozen=True)
class LLMSettings:
    """Settings of one LLM run; ``base_url`` None means the client's default (``OPENAI_BASE_URL``
    or OpenAI's API). ``max_requests`` bounds the requests sent (cached answers and the
    client's retries are not counted); ``price_per_mtok`` is (input, output) in dollars per
    million tokens."""

    model: str
    base_url: str | None = None
    api_key_env: str | None = None
    layers: tuple[str, ...] = LAYERS
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int | None = None
    response_format: str = "json_schema"
    few_shot: int = 0
    concurrency: int = 4
    timeout: float = 120.0
    max_retries: int = 4
    max_requests: int | None = None
    price_per_mtok: tuple[float, float] | None = None
    cache_dir: Path | None = None
    use_cache: bool = True

    def __post_init__(self) -> None:
        if not self.model:
            raise SystemsError("openai: no model named; expected openai:MODEL, e.g. openai:gpt-4o-mini")
        object.__setattr__(self, "layers", parse_layers(self.layers))
        if self.response_format not in RESPONSE_FORMATS:
            raise SystemsError(f"response format {self.response_format!r}: expected one of {', '.join(RESPONSE_FORMATS)}")
        for name, low in (("concurrency", 1), ("few_shot", 0), ("max_retries", 0)):
            if getattr(self, name) < low:
                raise SystemsError(f"{name.replace('_', '-')} {getattr(self, name)}: expected an integer >= {low}")
        if self.timeout <= 0:
            raise SystemsError(f"timeout {self.timeout}: expected a number of seconds > 0")
        if self.max_requests is not None and self.max_requests < 0:
            raise SystemsError(f"max-requests {self.max_requests}: expected an integer >= 0")

    @property
    def requested_layers(self) -> tuple[str, ...]:
        """The layers asked of the model: stances need the events they target."""
        wanted = set(self.layers) | ({"events"} if "stances" in self.layers else set())
        return tuple(layer for layer in LAYERS if layer in wanted)

    def api_key(self) -> str:
        name = self.api_key_env or DEFAULT_API_KEY_ENV
        value = os.environ.get(name)
        if value:
            return value
        if self.api_key_env:
            raise SystemsError(f"--api-key-env {name}: the environment variable {name} is not set; "
                               "expected it to hold the server's API key")
        return NO_KEY

    def cache_folder(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "newsgold" / "llm"


def parse_layers(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Layers from ``entities,events,stances`` (or a sequence), in record order."""
    names = [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    unknown = [n for n in names if n not in LAYERS]
    if unknown or not names:
        raise SystemsError(f"layers {','.join(names) or '(none)'}: expected a comma-separated subset of {','.join(LAYERS)}")
    return tuple(layer for layer in LAYERS if layer in names)


def parse_price(value: str) -> tuple[float, float]:
    """``IN,OUT`` dollars per million input and output tokens."""
    parts = value.split(",")
    try:
        prices = tuple(float(p) for p in parts)
    except ValueError:
        prices = ()
    if len(prices) != 2 or any(p < 0 for p in prices):
        raise SystemsError(f"--price-per-mtok {value!r}: expected IN,OUT dollars per million tokens, e.g. 0.15,0.60")
    return prices[0], prices[1]


def host_of(base_url: str) -> str:
    """The host (and port) of a base URL, without credentials: what provenance records."""
    parts = urlsplit(base_url)
    host = parts.hostname or base_url
    return f"{host}:{parts.port}" if parts.port else host
