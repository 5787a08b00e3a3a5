"""The learned part of the aligner: a logistic model that weighs the evidence that two sentences report one fact.

Each candidate pair of sentences is described by fourteen measurements (word cosine, the best match of a clause,
figure agreement and how rare that figure is in each source, fuzzy word overlap, distance in the articles, whether
each sentence is the other's best partner...; see :data:`engine.align.FEATURES`). A logistic model turns them into a
probability. Its weights are fitted by ``benchmarks/train_linker.py`` on our own labelled development cases
(``tests/data/cases*``), never on the held-out sets, and stored in ``engine/data/link_model.json`` with the figures
of the fit; the model is a plain weighted sum, so it runs without numpy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["LinkModel", "default_model"]


@dataclass(frozen=True)
class LinkModel:
    """A logistic model over named pair measurements.

    ``mean`` and ``scale`` standardise each measurement as it was in training; they are folded into the weights
    once, so scoring a pair is one dot product.
    """

    features: tuple[str, ...]
    """Names of the measurements, in the order :meth:`logit` expects them."""
    coef: tuple[float, ...]
    """Weight of each standardised measurement."""
    intercept: float
    """The logit of a pair whose measurements are all at their training mean."""
    mean: tuple[float, ...]
    """Training mean of each measurement."""
    scale: tuple[float, ...]
    """Training standard deviation of each measurement (1 where it was constant)."""
    threshold: float = 0.5
    """Probability at which a pair links."""
    margin: float = 1.0
    """How far (in log-odds) below a sentence's best pair with another source a pair may fall and still count as
    its best (see :func:`engine.align.align`)."""
    info: Mapping[str, Any] | None = field(default=None, compare=False)
    """What the fit was trained on and how it scored (for reports; not used in scoring, nor in comparing or hashing
    models)."""

    def __post_init__(self) -> None:
        if not (len(self.features) == len(self.coef) == len(self.mean) == len(self.scale)):
            raise ValueError("a link model needs one weight, mean and scale per feature")
        weights = tuple(c / (s or 1.0) for c, s in zip(self.coef, self.scale, strict=True))
        bias = self.intercept - sum(w * m for w, m in zip(weights, self.mean, strict=True))
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_bias", bias)

    @property
    def weights(self) -> tuple[float, ...]:
        """The weight of each raw (not standardised) measurement."""
        return self._weights  # type: ignore[attr-defined,no-any-return]

    @property
    def bias(self) -> float:
        """The log-odds of a pair whose raw measurements are all 0."""
        return self._bias  # type: ignore[attr-defined,no-any-return]

    def logit(self, values: Sequence[float]) -> float:
        """The log-odds that a pair with these measurements reports one fact."""
        weights: tuple[float, ...] = self._weights  # type: ignore[attr-defined]
        bias: float = self._bias  # type: ignore[attr-defined]
        return bias + sum([w * v for w, v in zip(weights, values, strict=True)])

    def probability(self, values: Sequence[float]) -> float:
        """The probability that a pair with these measurements reports one fact."""
        z = self.logit(values)
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "threshold": self.threshold,
            "margin": self.margin,
            "info": dict(self.info or {}),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkModel:
        return cls(
            features=tuple(data["features"]),
            coef=tuple(float(x) for x in data["coef"]),
            intercept=float(data["intercept"]),
            mean=tuple(float(x) for x in data["mean"]),
            scale=tuple(float(x) for x in data["scale"]),
            threshold=float(data.get("threshold", 0.5)),
            margin=float(data.get("margin", 1.0)),
            info=data.get("info"),
        )


@lru_cache(maxsize=1)
def default_model() -> LinkModel:
    """The model shipped in ``engine/data/link_model.json``."""
    text = resources.files("engine").joinpath("data", "link_model.json").read_text(encoding="utf-8")
    return LinkModel.from_json(json.loads(text))
