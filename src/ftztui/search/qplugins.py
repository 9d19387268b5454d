"""Whoosh query-parser plugins that mend two crashes of its own on queries a user can type.

whoosh-reloaded 2.7.5 raises `IndexError: list index out of range` on

- a comparison with nothing before it (`<5`, `<h4 harbour`, `(<5)`): `GtLtPlugin.do_gtlt` looks
  at the previous node of a group that has none yet;
- an operator left with nothing to apply to (`NOT NOT NOT x`, `"NOT " * 500`): the operators
  filter leaves an empty `NOT` group, whose `query()` takes its first child.

The mends keep Whoosh's meaning wherever it had one: a comparison that follows no field name is
dropped (as Whoosh drops `x <5`'s `<`), and an operator with nothing to apply to is dropped
(`NOT NOT x` is `x`, as in logic; `NOT NOT NOT x` is `NOT x`).
"""

from __future__ import annotations

from typing import Any

from whoosh.qparser import plugins, syntax

#: After Whoosh's operators filter (priority 600), before the parser builds the query.
_AFTER_OPERATORS = 700


class SafeGtLtPlugin(plugins.GtLtPlugin):  # type: ignore[misc]  # Whoosh is untyped
    """`GtLtPlugin` (`value:>1000`, `value:<=5`) that survives a comparison opening a group."""

    def do_gtlt(self, parser: Any, group: Any) -> Any:
        newgroup = group.empty_copy()
        last = len(group) - 1
        i = 0
        while i < len(group):
            node = group[i]
            if isinstance(node, self.GtLtNode):
                after = group[i + 1] if i < last else None
                before = newgroup[-1] if len(newgroup) else None
                if (
                    isinstance(before, syntax.FieldnameNode)
                    and after is not None
                    and after.has_text
                ):
                    newgroup.append(self.make_range(after, node.rel))
                    i += 1
            elif isinstance(node, syntax.GroupNode):
                newgroup.append(self.do_gtlt(parser, node))
            else:
                newgroup.append(node)
            i += 1
        return newgroup


class DropEmptyOperatorsPlugin(plugins.Plugin):  # type: ignore[misc]
    """Removes operator groups (`NOT`, `AND`, ...) left with fewer parts than they need."""

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.drop_empty, _AFTER_OPERATORS)]

    def drop_empty(self, parser: Any, group: Any) -> Any:
        kept = group.empty_copy()
        for node in group:
            if isinstance(node, syntax.GroupNode):
                node = self.drop_empty(parser, node)
                # A wrapper (NOT) with no part, or a binary operator (ANDNOT, ANDMAYBE,
                # REQUIRE) short of its two: `query()` would index past its parts.
                if isinstance(node, syntax.Wrapper) and len(node) == 0:
                    continue
                if isinstance(node, syntax.BinaryGroup) and len(node) != 2:
                    kept.extend(node)  # what it had, without the operator
                    continue
            kept.append(node)
        return kept
