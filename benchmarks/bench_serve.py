"""`ftztui serve` in a real browser: how long until the first page is painted.

Run: `python benchmarks/bench_serve.py [--runs N] [--corpus DIR]` (from the checkout, venv active,
Debian's chromium installed). Prints one table. Each run opens a new page in headless chromium
(Playwright, `executable_path=/usr/bin/chromium`), so textual-serve starts a new reader process;
the time is from the page's navigation start to the painted frame that holds the app's first
screen (its title text, two animation frames after the websocket delivered it: see
tests/browser.py). Baseline, measured in the same run on the same server code: a bare Textual
app (a Header, a Static and a Footer) served by textual-serve. Target (issue 14): ftztui's first
page painted in under 2 s here. Also: a word typed into the search box to its results painted
(the 0.12 s debounce included).
Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from tests.browser import (  # noqa: E402
    browser,
    chromium_path,
    free_port,
    open_page,
    serving,
    wait_for_text,
)

TITLE = "In Four Years, Chongqing FTZ"
BARE_TEXT = "bare textual app"
BARE_APP = textwrap.dedent(
    f"""
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        BINDINGS = [("q", "quit", "Quit")]
        def compose(self):
            yield Header()
            yield Static({BARE_TEXT!r})
            yield Footer()

    Bare().run()
    """
)


def bare_server(port: int, script: Path) -> list[str]:
    code = (
        "import sys; from textual_serve.server import Server; "
        f"Server({sys.executable + ' ' + str(script)!r}, host='127.0.0.1', port={port}).serve()"
    )
    return [sys.executable, "-c", code]


def first_paints(url: str, text: str, runs: int) -> list[float]:
    times: list[float] = []
    with browser() as chrome:
        for _ in range(runs):
            page = open_page(chrome, url)
            at = wait_for_text(page, text, timeout=60)
            if at is None:
                raise SystemExit(f"{url}: {text!r} never painted")
            times.append(at / 1000)
            page.close()
            time.sleep(0.3)  # let the app process exit before the next run
    return times


def search_latency(url: str, runs: int) -> list[float]:
    times: list[float] = []
    with browser() as chrome:
        page = open_page(chrome, url)
        wait_for_text(page, TITLE, timeout=60)
        page.wait_for_timeout(1500)  # the index opens after the first frame
        page.click("#terminal")
        for n in range(runs):
            before = len(page.evaluate("window.__frames"))
            word = ["porsches", "customs", "logistics", "bonded", "mail"][n % 5]
            # Typed at once (a few ms): the 0.12 s debounce runs one search, for the whole word.
            sent = page.evaluate("performance.now()")
            page.keyboard.type("/" + word)
            at = wait_for_text(page, "passage", since=before, timeout=20)
            if at is not None:
                times.append((at - sent) / 1000)
            page.keyboard.press("Escape")
            page.keyboard.press("Escape")
            page.wait_for_timeout(300)
        page.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, help="a corpus folder (default: the bundled one)")
    args = parser.parse_args()
    if chromium_path() is None:
        print("chromium is not installed (apt-get install chromium)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["FTZTUI_CORPUS"] = str(args.corpus or HERE.parent / "corpus")
        env["FTZTUI_INDEX"] = str(Path(tmp) / "index")
        for var in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(tmp) / var)  # a fresh reader state, not the user's
        script = Path(tmp) / "bare.py"
        script.write_text(BARE_APP, encoding="utf-8")
        port = free_port()
        with serving(port, env, bare_server(port, script)) as url:
            first_paints(url, BARE_TEXT, 1)  # warm-up: imports in the page cache
            bare = first_paints(url, BARE_TEXT, args.runs)
        port = free_port()
        with serving(port, env) as url:
            first_paints(url, TITLE, 1)  # warm-up, and builds the index
            ours = first_paints(url, TITLE, args.runs)
            typed = search_latency(url, args.runs)
    base = statistics.median(bare)
    print(f"ftztui serve, first page painted in headless chromium ({args.runs} runs each)")
    print(f"{'measure':44} {'median s':>9} {'max s':>7} {'ratio':>7}")
    rows = [
        ("bare Textual app via textual-serve (baseline)", bare),
        ("ftztui serve: the article's first screen", ours),
    ]
    for name, times in rows:
        median = statistics.median(times)
        print(f"{name:44} {median:9.3f} {max(times):7.3f} {median / base:6.2f}x")
    if typed:
        print(
            f"{'typed word → results painted (w/ debounce)':44} {statistics.median(typed):9.3f} "
            f"{max(typed):7.3f} {'':>7}"
        )
    verdict = "meets" if statistics.median(ours) < 2.0 else "MISSES"
    print(f"target: first page painted < 2 s: {verdict} (median {statistics.median(ours):.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
