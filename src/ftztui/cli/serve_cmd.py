"""`ftztui serve [--host H] [--port N] [--public]`: the reader in a web browser (textual-serve).

This process imports textual_serve (and aiohttp), never Textual itself: the reader runs in the
child process textual-serve starts for each browser tab (a test in test_architecture says so).

Each browser tab that connects starts its own `ftztui` reader on the same library, drawn in the
page by textual-serve's terminal. It listens on loopback unless told otherwise: a host another
machine can reach needs `--public`, and a warning says that anyone who can reach the port can
read the library (there is no login). The page loads nothing from elsewhere (no web fonts).

Loopback alone does not keep other web pages out: any page open in the user's browser may try a
WebSocket to 127.0.0.1 (browsers allow it across origins), or reach it by DNS rebinding. So the
session socket is refused (403) to a browser whose page came from another origin than this
server.
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ftztui.cli.output import error, safe_text

if TYPE_CHECKING:
    from ftztui.library import Library

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="serve the reader to a web browser",
        description=(
            "Serve the reader to a web browser (for a phone, or a machine without a terminal): "
            "open the printed address. Listens on 127.0.0.1 unless --host names another address, "
            "which needs --public: anyone who can reach the port can read the library."
        ),
    )
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on ({DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    p.add_argument(
        "--public",
        action="store_true",
        help="allow a --host other machines can reach (there is no password)",
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when it is not http://HOST:PORT (a proxy, 0.0.0.0)",
    )
    p.set_defaults(run=run)


def is_loopback(host: str) -> bool:
    """Whether only this machine can connect to `host` ("localhost" or a loopback address)."""
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may resolve to any address


def reader_command(library: Library) -> str:
    """The command each browser session runs: this Python's reader, on this library."""
    return shlex.join(
        [
            sys.executable,
            "-m",
            "ftztui",
            "--corpus",
            str(library.corpus),
            "--index",
            str(library.index),
        ]
    )


def warning_for(host: str, port: int) -> str:
    return (
        f"warning: serving on {host}:{port}, which other machines may reach: anyone who can "
        "reach this port can read the whole library (there is no password)"
    )


def run(args: argparse.Namespace, library: Library) -> int:
    host: str = args.host
    if not 0 < args.port < 65536:
        error(f"--port {args.port}: not a port number (1-65535)")
        return 2
    if not is_loopback(host):
        if not args.public:
            error(
                f"--host {host} is not a loopback address: add --public to serve it to other "
                "machines (anyone who can reach the port can read the library)"
            )
            return 2
        error(warning_for(host, args.port))
    server = make_server(library, host, args.port, args.public_url)
    print(f"ftztui: serving {safe_text(str(library.corpus))} on {server.public_url}", flush=True)
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        error(f"cannot listen on {host}:{args.port}: {exc.strerror or exc}")
        return 1
    return 0


def allowed_origins(host: str, port: int, public_url: str | None) -> set[str]:
    """The origins a page of this server can have: its public URL's, and for loopback the
    other names of this machine the user may have typed."""
    from urllib.parse import urlsplit

    origins = {f"http://{host}:{port}"}
    if public_url:
        parts = urlsplit(public_url)
        origins.add(f"{parts.scheme}://{parts.netloc}")
    if is_loopback(host):
        origins |= {f"http://{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")}
    return origins


def make_server(library: Library, host: str, port: int, public_url: str | None = None) -> Any:
    """A textual-serve `Server` for the reader on `library`, with its socket guarded."""
    import textual_serve
    from aiohttp import web
    from textual_serve.server import Server

    origins = allowed_origins(host, port, public_url)

    class GuardedServer(Server):
        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            origin = request.headers.get("Origin")
            if origin is not None and origin.rstrip("/") not in origins:
                raise web.HTTPForbidden(text="ftztui: this page is not from this server")
            return await super().handle_websocket(request)

    statics = Path(textual_serve.__file__).with_name("static")
    templates = Path(__file__).resolve().parent.parent / "web"
    return GuardedServer(
        reader_command(library),
        host=host,
        port=port,
        title="ftztui",
        public_url=public_url,
        statics_path=statics,
        templates_path=templates,
    )
