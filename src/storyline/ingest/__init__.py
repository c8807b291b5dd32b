"""The ingest stage: command-line inputs -> :class:`~storyline.models.RawDocument` or
:class:`~storyline.models.Rejected`.

Supported inputs (see :mod:`storyline.ingest.inputs` for details):

- files: ``.txt`` (a flat text dump of a page -> ``text/plain``), ``.html``/``.htm``/``.xhtml``
  (``text/html``); a file named explicitly with another extension is sniffed;
- folders, walked recursively in sorted order, other extensions ignored;
- WARC files ``.warc``/``.warc.gz``: every 2xx HTML response record (:mod:`.warcs`);
- RSS/Atom feeds (``.xml``/``.rss``/``.atom``, or any file or URL that sniffs as one): each
  item's link is fetched, at most ``max_feed_items`` (:mod:`.feeds`);
- ``http(s)://`` URLs, fetched politely with retries, a streaming size cap and per-host delay
  (:mod:`.fetching`);
- ``-``: standard input, sniffed as HTML or plain text.

Decoding (:func:`decode_page`): BOM, HTTP charset, ``<meta>`` charset, Japanese-aware detection
(CP932 for Shift_JIS), then UTF-8 (:mod:`.decoding`).

Every problem is a Rejected with a code from ``models.REJECTION_REASONS``; nothing raises out of
:func:`iter_inputs`.
"""

from storyline.ingest.decoding import decode_page
from storyline.ingest.fetching import fetch_url
from storyline.ingest.inputs import iter_inputs

__all__ = ["decode_page", "fetch_url", "iter_inputs"]
