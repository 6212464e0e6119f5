"""Rows for a lazy table model: ids in display order, rows fetched a page at a time and kept
in a small LRU cache. The segment grid and the term base manager both page this way."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

R = TypeVar("R")

PAGE = 200  # rows per query: a screen shows ~30, so scrolling fetches a page ahead
CACHE_PAGES = 20  # at most ~4,000 rows in memory


class PagedRows(Generic[R]):
    def __init__(
        self,
        fetch: Callable[[list[int]], dict[int, R]],
        *,
        page: int = PAGE,
        cache_pages: int = CACHE_PAGES,
    ) -> None:
        self._fetch = fetch
        self._page_size = page
        self._cache_pages = cache_pages
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self.on_fetch: Callable[[int], None] | None = None  # tests count page fetches

    def reset(self, ids: list[int]) -> None:
        self._ids = ids
        self._row_of = {item_id: row for row, item_id in enumerate(ids)}
        self._pages.clear()

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def get(self, row: int) -> R | None:
        """The row's data; None outside the range or for an id the fetch no longer finds."""
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self._page_size).get(self._ids[row])

    def forget(self, ids: Iterable[int]) -> list[int]:
        """Drop the cached pages holding these ids; returns their rows (to repaint)."""
        rows = sorted({r for i in ids if (r := self._row_of.get(i)) is not None})
        for page in {r // self._page_size for r in rows}:
            self._pages.pop(page, None)
        return rows

    def _page(self, page: int) -> dict[int, R]:
        cached = self._pages.get(page)
        if cached is not None:
            self._pages.move_to_end(page)
            return cached
        rows = self._fetch(self._ids[page * self._page_size : (page + 1) * self._page_size])
        if self.on_fetch is not None:
            self.on_fetch(page)
        self._pages[page] = rows
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)
        return rows
