"""The YAML loader of schemadiff.yaml and schema/data/*.yaml: safe, and without aliases.

An alias (``*name``, also a merge key ``<<: *name``) lets a few lines stand for an
exponentially large value ("billion laughs"); the files schemadiff reads never need one, so
an alias is refused when it is met, before anything is built, with its line.
"""

from __future__ import annotations

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node


class NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (anchors alone are harmless and allowed)."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(
                None,
                None,
                f"found the alias *{event.anchor}: YAML aliases are not accepted here (write the value out)",
                event.start_mark,
            )
        return super().compose_node(parent, index)
