"""Start and stop the servers of a mirror run (in-process, for the CLI, tests and benchmarks)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from types import TracebackType

from newsarchive.mirror.build import build_catalogs
from newsarchive.mirror.faults import parse_faults
from newsarchive.mirror.manifest import write_manifest
from newsarchive.mirror.options import MirrorOptions
from newsarchive.mirror.server import AccessLog, MirrorServer
from newsarchive.mirror.site import MirrorSite


@dataclass
class RunningMirror:
    servers: list[MirrorServer]
    log: AccessLog
    threads: list[threading.Thread] = field(default_factory=list)

    @property
    def urls(self) -> dict[str, str]:
        """Site id → base URL (``http://127.0.0.1:<port>``, no trailing slash)."""
        return {server.site.site: server.base_url for server in self.servers if server.site}

    @property
    def sites(self) -> list[MirrorSite]:
        return [server.site for server in self.servers if server.site]

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()
        for thread in self.threads:
            thread.join(timeout=5)
        self.log.close()

    def __enter__(self) -> RunningMirror:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def start_mirror(options: MirrorOptions) -> RunningMirror:
    """Bind one server per site on 127.0.0.1, write the manifest, then start serving."""
    catalogs = build_catalogs(options)
    spec = parse_faults(options.faults)
    log = AccessLog(options.access_log)
    servers: list[MirrorServer] = []
    try:
        for position, catalog in enumerate(catalogs.values()):
            server = MirrorServer(0 if options.port == 0 else options.port + position, log)
            servers.append(server)
            server.site = MirrorSite(
                catalog, server.base_url, options.crawl_delay, spec, options.slow_seconds
            )
        if options.manifest is not None:
            write_manifest(options.manifest, [s.site for s in servers if s.site])
    except BaseException:
        for server in servers:
            server.server_close()
        log.close()
        raise
    running = RunningMirror(servers, log)
    for server in servers:
        thread = threading.Thread(
            target=server.serve_forever, name=f"mirror-{server.base_url}", daemon=True
        )
        thread.start()
        running.threads.append(thread)
    return running
