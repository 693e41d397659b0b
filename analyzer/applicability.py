"""Applicability expressions: which requirements apply to a vendor relationship.

A requirement says when it applies as one boolean expression over the relationship, e.g.
`role in ["recipient", "both"] and overseas`. The expression is parsed with Python's `ast`
module and evaluated by walking the tree with a closed set of node types and names: nothing in a
library file is ever executed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

ROLES = ("processor", "recipient", "both")
NAMES = {"role", "overseas", "pseudonymised", "beyond_eea", "located"}
#: The EU and EEA states (ISO 3166 alpha-2; "EU" as the analyzer names the Union itself): the reach of the PIPC's
#: equivalency recognition of 2025-09-16, the Art. 28-8(1)5 transfer basis (reference S12)
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO EU".split())
_CONSTANTS = {"true": True, "false": False, "True": True, "False": False}


class ExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class Relationship:
    """What the analyzer knows of a vendor when deciding applicability."""

    role: str = "processor"
    overseas: bool = False
    pseudonymised: bool = False
    #: the data goes to at least one named country outside the EU/EEA
    beyond_eea: bool = False
    #: the documents say somewhere where the data is kept, handled or accessed from
    located: bool = False

    def names(self) -> dict[str, Any]:
        return {"role": self.role, "overseas": self.overseas, "pseudonymised": self.pseudonymised,
                "beyond_eea": self.beyond_eea, "located": self.located}


@dataclass(frozen=True)
class Applicability:
    source: str
    tree: ast.Expression

    def evaluate(self, relationship: Relationship) -> bool:
        return bool(_eval(self.tree.body, relationship.names()))


def parse(source: str | bool) -> Applicability:
    if isinstance(source, bool):
        source = "true" if source else "false"
    if not isinstance(source, str) or not source.strip():
        raise ExpressionError("the expression is empty")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression ({exc.msg})") from None
    _check(tree.body)
    return Applicability(source.strip(), tree)


def _check(node: ast.AST) -> None:
    if isinstance(node, ast.BoolOp):
        for v in node.values:
            _check(v)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        _check(node.operand)
    elif isinstance(node, ast.Compare):
        if not all(isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)) for op in node.ops):
            raise ExpressionError("only ==, !=, in and not in are allowed")
        _check(node.left)
        for c in node.comparators:
            _check(c)
        if isinstance(node.left, ast.Name) and node.left.id == "role":
            for c in node.comparators:
                for value in _literal_values(c):
                    if value not in ROLES:
                        raise ExpressionError(f"role is one of {', '.join(ROLES)}, not {value!r}")
    elif isinstance(node, ast.Name):
        if node.id not in NAMES and node.id not in _CONSTANTS:
            raise ExpressionError(f"unknown name {node.id!r} (allowed: {', '.join(sorted(NAMES))}, true, false)")
    elif isinstance(node, ast.Constant):
        if not isinstance(node.value, (str, bool)):
            raise ExpressionError(f"unexpected constant {node.value!r}")
    elif isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            if not (isinstance(e, ast.Constant) and isinstance(e.value, str)):
                raise ExpressionError("lists may only hold quoted strings")
    else:
        raise ExpressionError(f"{type(node).__name__} is not allowed in an applicability expression")


def _literal_values(node: ast.AST) -> list[Any]:
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant)]
    return []


def _eval(node: ast.AST, names: dict[str, Any]) -> Any:
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return all(_eval(v, names) for v in node.values)
        return any(_eval(v, names) for v in node.values)
    if isinstance(node, ast.UnaryOp):
        return not _eval(node.operand, names)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, names)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, names)
            if isinstance(op, ast.Eq):
                ok = left == right
            elif isinstance(op, ast.NotEq):
                ok = left != right
            elif isinstance(op, ast.In):
                ok = left in right
            else:
                ok = left not in right
            if not ok:
                return False
            left = right
        return True
    if isinstance(node, ast.Name):
        if node.id in _CONSTANTS:
            return _CONSTANTS[node.id]
        return names[node.id]
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e.value for e in node.elts]  # type: ignore[attr-defined]
    raise ExpressionError(type(node).__name__)
