"""Report signatures, as sacreBLEU prints them: the exact configuration behind a number.

Two scores are comparable when their signatures agree on the corpus version, the schema
version, the layer, the mode, the options and the label mapping. The newsgold version and
the resampling settings are recorded too; they change the intervals, not the scores.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

COMPARABLE_FIELDS = ("corpus", "schema", "layer", "mode", "options", "mapping")


class SignatureMismatch(ValueError):
    """Two reports were produced under different configurations and cannot be compared."""


@dataclass(frozen=True)
class Signature:
    corpus: str
    schema: str
    layer: str
    mode: str
    newsgold: str = ""
    options: tuple[tuple[str, str], ...] = ()
    mapping: str = "none"
    resampling: str = "none"
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.newsgold:
            from newsgold import __version__

            object.__setattr__(self, "newsgold", __version__)
        object.__setattr__(self, "options", tuple(sorted((str(k), str(v)) for k, v in self.options)))

    def __str__(self) -> str:
        opts = ",".join(f"{k}={v}" for k, v in self.options) or "none"
        return (
            f"newsgold:{self.newsgold}|corpus:{self.corpus}|schema:{self.schema}|layer:{self.layer}"
            f"|mode:{self.mode}|opts:{opts}|map:{self.mapping}|ci:{self.resampling}"
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["options"] = dict(self.options)
        data["string"] = str(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Signature:
        return cls(
            corpus=data["corpus"],
            schema=data["schema"],
            layer=data["layer"],
            mode=data["mode"],
            newsgold=data.get("newsgold", ""),
            options=tuple(data.get("options", {}).items()),
            mapping=data.get("mapping", "none"),
            resampling=data.get("resampling", "none"),
        )

    def differences(self, other: Signature) -> list[str]:
        """The comparable fields on which two signatures disagree, described."""
        return [
            f"{name}: {_show(getattr(self, name))} vs {_show(getattr(other, name))}"
            for name in COMPARABLE_FIELDS
            if getattr(self, name) != getattr(other, name)
        ]

    def require_comparable(self, other: Signature) -> None:
        diffs = self.differences(other)
        if diffs:
            raise SignatureMismatch(
                "these scores are not comparable: their signatures differ in "
                + "; ".join(diffs)
                + ". Rescore both under one configuration."
            )


def _show(value: Any) -> str:
    if isinstance(value, tuple):
        return ",".join(f"{k}={v}" for k, v in value) or "none"
    return str(value)
