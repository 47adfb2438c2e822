"""The rules of the engine, one module per rule, named after its code and name
(``fc102_quote_mismatch.py`` is FC102, quote-mismatch); the other modules hold what several rules
share. Importing this package imports every rule module, which registers the rule
(`factcheck.engine.registry.rule`) and the function that lists its checks that held
(`factcheck.engine.registry.confirms`): a new rule is a new module here, and nothing else."""

from __future__ import annotations

import importlib
import pkgutil

__all__: list[str] = []

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")
