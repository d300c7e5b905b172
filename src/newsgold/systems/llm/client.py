"""Calling an OpenAI-compatible Chat Completions server through the official ``openai`` client.

The client retries 429, 408, 409, 5xx, timeouts and connection errors with exponential
backoff, honouring ``Retry-After`` (``max_retries``), and bounds each attempt with
``timeout``. ``ChatClient`` adds the disk cache, the request budget and the fallback to an
unstructured request when the server refuses ``response_format`` (HTTP 400). It is
thread-safe: requests run concurrently from a thread pool.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from newsgold.systems.base import ModelUnavailable, SystemsError
from newsgold.systems.llm.cache import ResponseCache, cache_key
from newsgold.systems.llm.settings import LLMSettings, host_of

INSTALL_HINT = "install it with: pip install 'newsgold[llm]'"


@dataclass(frozen=True)
class Answer:
    """The model's text for one request, with what it cost when it was made."""

    text: str | None
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    latency: float
    key: str = ""
    cached: bool = False
    requests: int = 0  # requests this run sent for it (0 when cached)
    retries: int = 0

    def stored(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k not in ("key", "cached", "requests", "retries")}


class RequestFailed(Exception):
    """No answer: the server failed, timed out, or could not be reached (``connection``)."""

    def __init__(self, message: str, requests: int = 1, connection: bool = False):
        super().__init__(message)
        self.requests, self.connection = requests, connection


class BudgetExhausted(Exception):
    """``max_requests`` requests were sent; this one was not."""


class ServerRefused(SystemsError):
    """An error no other request will escape: bad API key, no such model, no such endpoint."""


class ChatClient:
    def __init__(self, settings: LLMSettings, cache: ResponseCache | None = None):
        try:
            import openai
        except ImportError:
            raise ModelUnavailable("the openai package is not installed", INSTALL_HINT) from None
        self.settings, self.cache = settings, cache
        self._openai = openai
        self._client = openai.OpenAI(base_url=settings.base_url, api_key=settings.api_key(),
                                     timeout=settings.timeout, max_retries=settings.max_retries)
        self.host = host_of(str(self._client.base_url))
        self._lock = threading.Lock()
        self._sent = 0
        self.unstructured = False  # the server refused response_format once: stop sending it

    @property
    def sent(self) -> int:
        return self._sent

    def parameters(self, response_format: Mapping[str, Any] | None) -> dict[str, Any]:
        """The request parameters that, with the model and the messages, determine an answer."""
        s = self.settings
        params: dict[str, Any] = {"temperature": s.temperature}
        for name, value in (("seed", s.seed), ("max_tokens", s.max_tokens), ("response_format", response_format)):
            if value is not None:
                params[name] = value
        return params

    def complete(self, messages: Sequence[Mapping[str, str]], prompt: str,
                 response_format: Mapping[str, Any] | None = None) -> Answer:
        """The cached answer, or a new one; raises ``RequestFailed``, ``BudgetExhausted``, ``ServerRefused``."""
        params = self.parameters(response_format)
        key = cache_key(self.settings.model, prompt, messages, params)
        stored = self.cache.get(key) if self.cache is not None and self.settings.use_cache else None
        if stored is not None:
            try:
                return Answer(**stored, key=key, cached=True)
            except TypeError:
                pass
        sent = 0
        if response_format is not None and not self.unstructured:
            self._take()
            sent += 1
            try:
                return self._send(messages, params, key, sent)
            except self._openai.BadRequestError:
                self.unstructured = True
        self._take()
        sent += 1
        unstructured = {k: v for k, v in params.items() if k != "response_format"}
        try:
            return self._send(messages, unstructured, key, sent)
        except self._openai.BadRequestError as error:
            raise RequestFailed(f"HTTP 400: {_message(error)}", sent) from None

    def keep(self, answer: Answer) -> None:
        """Store a parsed answer in the cache."""
        if self.cache is not None and self.settings.use_cache and not answer.cached:
            self.cache.put(answer.key, answer.stored())

    def _take(self) -> None:
        with self._lock:
            if self.settings.max_requests is not None and self._sent >= self.settings.max_requests:
                raise BudgetExhausted()
            self._sent += 1

    def _send(self, messages: Sequence[Mapping[str, str]], params: Mapping[str, Any], key: str, sent: int) -> Answer:
        openai = self._openai
        started = time.perf_counter()
        try:
            raw = self._client.chat.completions.with_raw_response.create(
                model=self.settings.model, messages=list(messages), **params)
            completion = raw.parse()
        except openai.BadRequestError:
            raise
        except (openai.AuthenticationError, openai.PermissionDeniedError, openai.NotFoundError) as error:
            raise ServerRefused(f"{self.host}: HTTP {error.status_code}: {_message(error)}; check the model name, "
                                "--base-url and --api-key-env") from None
        except openai.APITimeoutError:
            raise RequestFailed(f"timed out after {self.settings.timeout:g} s "
                                f"({self.settings.max_retries} retries)", sent) from None
        except openai.APIConnectionError as error:
            raise RequestFailed(f"could not connect to {self.host} ({error.__cause__ or error})", sent,
                                connection=True) from None
        except openai.APIStatusError as error:
            raise RequestFailed(f"HTTP {error.status_code} after {self.settings.max_retries} retries: "
                                f"{_message(error)}", sent) from None
        except (openai.OpenAIError, ValueError) as error:
            raise RequestFailed(f"the server's response is not a Chat Completions object ({_message(error)})",
                                sent) from None
        latency = time.perf_counter() - started
        choices = getattr(completion, "choices", None)
        if not choices:
            raise RequestFailed("the server's response has no choices", sent)
        usage = getattr(completion, "usage", None)
        return Answer(
            text=choices[0].message.content, finish_reason=choices[0].finish_reason,
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            latency=round(latency, 4), key=key, requests=sent, retries=int(getattr(raw, "retries_taken", 0)),
        )


def _message(error: Exception) -> str:
    text = " ".join(str(getattr(error, "message", None) or error).split())
    return text if len(text) <= 300 else text[:300] + "..."
