"""``storyline serve``: a local web app over a store — server-rendered pages and a JSON API.

A thin shell: every page is the pipeline's analysis of a story rendered with the same HTML functions
as the one-file report.  Analyses and pages are kept in the store: :func:`storyline.watch.keep_ready`, run beside the server
by ``storyline serve``, places new articles in stories and analyses and renders every story ahead of
the reader, so a request only reads; a story nobody has analysed yet is analysed on its first view.
No JavaScript; article text escaped everywhere.
"""

from .app import create_app, CSP, fresh_for, Guard, HEADERS, LOOPBACK

__all__ = ["LOOPBACK", "HEADERS", "CSP", "Guard", "fresh_for", "create_app"]
