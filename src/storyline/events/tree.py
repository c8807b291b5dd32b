"""A dependency tree over one sentence's tokens (article-level indices, as nlp gives them).

Helpers answer the questions the events rules ask: children, subtree spans, the case
particles after a word, the compound nouns before it, the auxiliaries after a predicate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.models import Token

#: Dependency labels of the function words that belong to a predicate or an argument.
FUNCTION_DEPS = frozenset({"aux", "cop", "mark", "fixed", "case", "punct"})


@dataclass(slots=True)
class Tree:
    """The tokens of one sentence with their children lists."""

    tokens: dict[int, Token]
    children: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, tokens: Sequence[Token]) -> Tree:
        """Index ``tokens`` (one sentence) by ``i`` and collect each token's children."""
        tree = cls(tokens={t.i: t for t in tokens})
        for t in tokens:
            if t.head != t.i and t.head in tree.tokens:
                tree.children.setdefault(t.head, []).append(t.i)
        return tree

    def kids(self, i: int, *deps: str) -> list[Token]:
        """Children of token ``i`` (only those with a dep in ``deps`` when given), in order."""
        out = [self.tokens[c] for c in self.children.get(i, [])]
        return [t for t in out if not deps or t.dep in deps]

    def head(self, i: int) -> Token | None:
        """The head of token ``i``, or None for the root."""
        t = self.tokens[i]
        return None if t.head == i else self.tokens.get(t.head)

    def subtree(self, i: int) -> list[int]:
        """Indices of ``i`` and all its descendants, sorted."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children.get(j, []))
        return sorted(out)

    def phrase(self, i: int) -> set[int]:
        """The subtree of ``i`` without the branches that hold a verb: the noun phrase itself
        (GiNZA may hang a whole や-coordinated clause under a subject noun)."""
        out, stack = set(), [i]
        while stack:
            j = stack.pop()
            out.add(j)
            for c in self.children.get(j, []):
                if not any(self.tokens[k].pos == "VERB" for k in self.subtree(c)):
                    stack.append(c)
        return out

    def span(self, i: int) -> tuple[int, int]:
        """Character span [start, end) of the subtree of ``i``."""
        ids = self.subtree(i)
        return self.tokens[ids[0]].start, self.tokens[ids[-1]].end

    def particles(self, i: int) -> str:
        """The case/mark particles attached to ``i``, joined (``への``, ``と``, ``に対し``)."""
        out = []
        for t in self.kids(i, "case", "fixed", "mark"):
            out.append(t.surface)
            out.extend(f.surface for f in self.kids(t.i, "fixed"))  # に+よる+と
        return "".join(out)

    def compound_start(self, i: int) -> int:
        """Index of the first of the contiguous compound tokens written before ``i``."""
        start = i
        while (start - 1) in self.tokens:
            prev = self.tokens[start - 1]
            if prev.dep != "compound" or prev.head not in range(start, i + 1):
                break
            start -= 1
        return start

    def tail(self, i: int) -> list[Token]:
        """The function words right after predicate ``i`` (する/た/ない/て/いる ...), in order."""
        out: list[Token] = []
        j = i + 1
        group = {i}
        while j in self.tokens:
            t = self.tokens[j]
            # A subsidiary verb written right after (非難し合っている: 合う) is part of the
            # predicate, whatever label GiNZA gave it (advcl): its て/いる come after it.
            # する after a noun (子会社化する案) is the verb itself, not a subsidiary.
            subsidiary = (
                t.pos == "VERB"
                and t.tag.startswith("動詞-非自立可能")
                and t.lemma not in ("する", "いたす", "致す")
                and t.head in group
            )
            if subsidiary or (
                t.dep in ("aux", "cop", "mark", "fixed") and (t.head in group or t.dep == "fixed")
            ):
                out.append(t)
                group.add(j)
                j += 1
                continue
            break
        return out

    def ancestors(self, i: int) -> list[Token]:
        """The heads above ``i`` up to the root, nearest first."""
        out: list[Token] = []
        seen = {i}
        h = self.head(i)
        while h is not None and h.i not in seen:
            out.append(h)
            seen.add(h.i)
            h = self.head(h.i)
        return out

    def chain(self, i: int) -> list[Token]:
        """The clauses chained with ``i`` by て/し (advcl, conj): the heads above it, then the
        clauses below it. In 「Xは19日、会談し、協議した」 X and 19日 belong to both verbs,
        though the parse hangs each on one of them."""
        group: list[Token] = []
        tok = self.tokens[i]
        while tok.dep in ("advcl", "conj") and self.continuative(tok.i):
            head = self.head(tok.i)
            if head is None:
                break
            group.append(head)
            tok = head
        todo = [self.tokens[i]]
        while todo and len(group) < 8:
            for kid in self.kids(todo.pop().i, "advcl", "conj"):
                if self.continuative(kid.i):
                    group.append(kid)
                    todo.append(kid)
        return group

    def continuative(self, i: int) -> bool:
        """True when the clause of ``i`` runs on into the next one (会談し、 / 会談して) rather
        than contrasting or giving a reason (発表したが / 続ければ / ため)."""
        words = {t.surface for t in self.tail(i)}
        # Calibrated on the corpus gold: と and から ended clauses that still share the
        # subject (…と述べ、 / …から訪れ、); が/ので/ば/ため really change the scene.
        return not words & {"が", "けれど", "けど", "ので", "ば", "なら", "たら", "ため"}
