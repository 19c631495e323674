"""A local mirror of news outlets: generated sites served over HTTP on 127.0.0.1.

``newsarchive mirror --site ID [--site ID …]`` serves each site on its own port: ports
``P, P+1, …`` in ``--site`` order from ``--port P``, or any free port per site with
``--port 0`` (crawl each with ``--base-url SITE=http://127.0.0.1:<port>``). It binds to
loopback only, prints ``serving <site> at http://127.0.0.1:<port>/`` (flushed) per site
once it accepts connections, and runs until interrupted.

Sites are generated, never copied: article ``i`` depends only on (seed, site, i)
(:mod:`.content`), so raising ``--articles`` adds newer articles and leaves older article
pages byte-identical (listings, feeds and sitemaps change). Pages use the template of the
site's CMS family (:mod:`.templates`); links inside pages are root-relative and the
canonical URL is on the outlet's real domain, while feeds and sitemaps list the mirror's
own address. Faults (:mod:`.faults`), scenarios (:mod:`.scenarios`), the manifest
(:mod:`.manifest`) and the access log (:mod:`.server`) are documented in their modules.
"""

from __future__ import annotations

import sys
import threading
from typing import TextIO

from newsarchive.mirror.options import MirrorOptions, add_arguments, options_from_args
from newsarchive.mirror.runner import RunningMirror, start_mirror

__all__ = [
    "MirrorOptions",
    "RunningMirror",
    "add_arguments",
    "options_from_args",
    "run_mirror",
    "start_mirror",
]


def run_mirror(options: MirrorOptions, out: TextIO | None = None) -> None:
    """Serve until interrupted (Ctrl-C), announcing each site on ``out`` (stdout)."""
    stream = out or sys.stdout
    running = start_mirror(options)
    try:
        for site, url in running.urls.items():
            print(f"serving {site} at {url}/", file=stream, flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
