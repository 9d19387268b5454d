"""Is the reader usable while a library is indexed? Key → repainted text, while indexing vs after.

Run: `python benchmarks/bench_indexing_view.py [--docs N] [--dir DIR] [--keys K]` (venv active,
tmux installed). Writes N small Markdown notes (default 2,000, eight paragraphs each) plus the
article into DIR (default a temp dir), starts `ftztui` on them with no index in a real terminal
(tmux, 100x30), and while the index is being built presses j / k, timing each key from
`tmux send-keys` to the moment the reader's text on screen has moved (polled with
`tmux capture-pane` every 5 ms; the status line is left out, as the progress repaints it). Then
the same once the index is ready: the baseline, measured in the same run. Polling tmux costs a
few ms of its own, in both rows alike.

(Textual's headless pilot is no good here: `pilot.pause()` waits for every message queue to be
idle, which with a busy indexer thread took ~3 s a key, while the terminal showed the key in
well under 0.1 s.)
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "corpus" / "chongqing-ftz-four-years.txt"
SESSION = "ftztui-bench-indexing"


def generate(root: Path, docs: int) -> Path:
    corpus = root / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    shutil.copy2(SEED, corpus / SEED.name)
    for n in range(docs):
        paragraphs = (
            f"Paragraph {p} of note {n}: the zone handled {n * p + 7} containers, "
            f"12% more than the year before, worth {n + p}.5 million yuan."
            for p in range(8)
        )
        (corpus / f"note-{n:04d}.md").write_text(
            f"# Generated note {n}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    return corpus


def screen() -> list[str]:
    out = subprocess.run(
        ["tmux", "capture-pane", "-t", SESSION, "-p"], capture_output=True, text=True, check=True
    ).stdout
    return out.splitlines()


def time_keys(count: int, still: str | None) -> tuple[list[float], str]:
    """Seconds from each key to the text moving; stops early when `still` leaves the status."""
    times: list[float] = []
    said = ""
    for n in range(count):
        before = screen()
        if still is not None and still not in before[0]:
            break
        said = said or before[0].strip()
        started = time.perf_counter()
        subprocess.run(["tmux", "send-keys", "-t", SESSION, "jk"[n % 2]], check=True)
        while screen()[1:] == before[1:]:
            if time.perf_counter() - started > 10:
                break
            time.sleep(0.005)
        times.append(time.perf_counter() - started)
        time.sleep(0.15)
    return times, said


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument("--dir", type=Path, help="where to write the notes (default: temp)")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux is not installed")
        return 1
    ftztui = Path(sys.executable).with_name("ftztui")
    with tempfile.TemporaryDirectory() as tmp:
        root = args.dir or Path(tmp)
        corpus = generate(root, args.docs)
        index = root / "index"
        shutil.rmtree(index, ignore_errors=True)
        env = " ".join(
            f"{var}={shlex.quote(str(Path(tmp) / var))}"
            for var in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
        )
        command = f"{env} {shlex.quote(str(ftztui))} --corpus {corpus} --index {index}"
        subprocess.run(["tmux", "kill-session", "-t", SESSION], stderr=subprocess.DEVNULL)
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30", command],
            check=True,
            env=dict(os.environ),
        )
        try:
            started = time.perf_counter()
            while "indexing" not in screen()[0]:
                if time.perf_counter() - started > 60:
                    print("no 'indexing' in the status line within 60 s")
                    return 1
                time.sleep(0.02)
            during, said = time_keys(args.keys, still="indexing")
            while "indexing" in screen()[0]:
                time.sleep(0.1)
            built = time.perf_counter() - started
            time.sleep(1.0)
            after, _ = time_keys(args.keys, still=None)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", SESSION], stderr=subprocess.DEVNULL)
    if not during:
        print("the index was built before a key could be timed: use more --docs")
        return 1
    base = statistics.median(after)
    print(
        f"reader while indexing {args.docs + 1} documents in tmux 100x30: indexing took "
        f"about {built:.1f} s; the status line said {' '.join(said.split()[:4])!r} at first"
    )
    print(
        f"{'key j/k → reader text moved':34} {'keys':>5} {'p50 ms':>8} {'p95 ms':>8} {'ratio':>7}"
    )
    for name, times in (("after indexing (baseline)", after), ("while indexing", during)):
        median = statistics.median(times)
        print(
            f"{name:34} {len(times):5} {median * 1000:8.1f} {p95(times) * 1000:8.1f} "
            f"{median / base:6.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
