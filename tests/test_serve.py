"""`ftztui serve`: the reader in a real headless browser, and the loopback rule."""

from __future__ import annotations

import os

import pytest

from ftztui.cli.serve_cmd import is_loopback
from ftztui.library import Library

from .browser import chromium_path
from .helpers import run_cli


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("example.invalid", False),
    ],
)
def test_which_hosts_are_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_a_reachable_host_needs_public(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "serve", "--host", "0.0.0.0", "--port", "8999")
    assert code == 2
    assert "--public" in err and "anyone who can reach the port can read the library" in err
    assert err.count("\n") == 1 and not out


def test_public_warns_before_listening(
    seed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    # 192.0.2.1 (TEST-NET-1) is nobody's address here: the warning comes, then binding fails.
    code, _out, err = run_cli(capsys, "serve", "--host", "192.0.2.1", "--port", "8999", "--public")
    assert code == 1
    first, second = err.splitlines()[:2]
    assert "warning" in first and "anyone who can reach this port can read" in first
    assert "cannot listen on 192.0.2.1:8999" in second


def test_a_bad_port_is_one_line(seed_library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(capsys, "serve", "--port", "70000")
    assert code == 2
    assert err == "ftztui: --port 70000: not a port number (1-65535)\n"


needs_chromium = pytest.mark.skipif(
    chromium_path() is None, reason="chromium is not installed (apt-get install chromium)"
)


@pytest.mark.browser
@needs_chromium
def test_the_page_loads_and_a_search_shows_results(seed_library: Library, tmp_path: object) -> None:
    pytest.importorskip("playwright.sync_api")
    from .browser import browser, free_port, open_page, serving, wait_for_text

    port = free_port()
    with serving(port, dict(os.environ)) as url, browser() as chrome:
        page = open_page(chrome, url)
        # The article's first screen: its title, and the footer's keys.
        assert wait_for_text(page, "In Four Years, Chongqing FTZ") is not None
        assert wait_for_text(page, "Search") is not None
        before = len(page.evaluate("window.__frames"))
        page.click("#terminal")
        page.keyboard.type("/porsches")
        # The results list answers, and the hit is counted in the reader's status line.
        assert wait_for_text(page, "1 passage", since=before, timeout=20) is not None
        assert wait_for_text(page, "1 hit", since=before, timeout=20) is not None


def test_allowed_origins() -> None:
    from ftztui.cli.serve_cmd import allowed_origins

    assert allowed_origins("127.0.0.1", 8000, None) == {
        "http://127.0.0.1:8000",
        "http://localhost:8000",
        "http://[::1]:8000",
    }
    assert allowed_origins("0.0.0.0", 80, "https://books.example") == {
        "http://0.0.0.0:80",
        "https://books.example",
    }


def test_a_page_from_another_origin_cannot_open_a_session(seed_library: Library) -> None:
    """Loopback is reachable from any web page in the user's browser: the socket checks Origin."""
    import asyncio

    import aiohttp

    from .browser import free_port, serving

    async def handshake(url: str, origin: str) -> int:
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(url, headers={"Origin": origin}) as ws:
                    await ws.close()
                    return 101
            except aiohttp.WSServerHandshakeError as error:
                return error.status

    port = free_port()
    with serving(port, dict(os.environ)):
        socket_url = f"http://127.0.0.1:{port}/ws?width=80&height=24"
        assert asyncio.run(handshake(socket_url, "http://evil.example")) == 403
        assert asyncio.run(handshake(socket_url, f"http://localhost:{port}")) == 101
