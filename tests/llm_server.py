"""A Chat Completions endpoint on 127.0.0.1 that replays scripted responses, for the LLM tests.

``ReplayServer(script)`` answers ``POST /v1/chat/completions``: ``script`` is a list of
``Reply`` (one per request, in order; the last one repeats) or a function of the request
body returning a ``Reply``. Every request body is kept in ``server.requests``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


def completion_body(content: str | None, prompt_tokens: int = 100, completion_tokens: int = 20,
                    model: str = "test-model", finish_reason: str = "stop") -> dict[str, Any]:
    """A Chat Completions response as an OpenAI-compatible server sends it."""
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                     "finish_reason": finish_reason, "logprobs": None}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


@dataclass
class Reply:
    content: str | None = None  # the model's text (a normal 200 answer)
    status: int = 200
    body: bytes | None = None  # the raw HTTP body instead
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    prompt_tokens: int = 100
    completion_tokens: int = 20

    def payload(self) -> bytes:
        if self.body is not None:
            return self.body
        if self.status != 200:
            return json.dumps({"error": {"message": f"status {self.status}", "type": "test", "code": None}}).encode()
        return json.dumps(completion_body(self.content, self.prompt_tokens, self.completion_tokens)).encode()


def user_text(request: dict[str, Any]) -> str:
    """The article of the last user message of a request."""
    content = request["messages"][-1]["content"]
    return content.split("<article>\n", 1)[1].split("\n</article>", 1)[0]


class ReplayServer:
    def __init__(self, script: list[Reply] | Callable[[dict[str, Any]], Reply]):
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                reply = server._next(body)
                if reply.delay:
                    time.sleep(reply.delay)
                data = reply.payload()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(body)
            if callable(self.script):
                return self.script(body)
            return self.script[min(len(self.requests), len(self.script)) - 1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
