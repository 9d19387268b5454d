"""The hostile files, as bytes: generated in the test run, nothing large lives in git."""

from __future__ import annotations

#: file name -> (bytes, a word only that document contains, or None when it must be skipped)
HOSTILE: dict[str, tuple[bytes, str | None]] = {
    "binary.txt": (bytes(range(256)) * 64 + b"\x00" * 4096, None),
    "empty.txt": (b"", None),
    "blank.md": (b"  \n\n\t\n", None),
    "invalid-utf8.txt": (
        b"Broken Bytes\n\nThis paragraph has a bad byte \xff\xfe here and the word quokkaword.\n",
        "quokkaword",
    ),
    "cp1252.txt": (
        "Caf\u00e9 Prices\n\nThe caf\u00e9 charged \u201cfive euros\u201d for a "
        "cr\u00e8me br\u00fbl\u00e9e \u2014 says lemurword.\n".encode("cp1252"),
        "lemurword",
    ),
    "gbk.txt": (
        "重庆自由贸易试验区\n\n重庆自贸试验区四年来取得显著成效。pandaword 是一个标记。\n".encode(
            "gbk"
        ),
        "pandaword",
    ),
    "markup.md": (
        b"# Markup [bold]Trap[/]\n\nThis [bold]is[/] not [link=https://x.invalid]markup[/link] "
        b"and [/] must show; [red]ocelotword[/red].\n\n- [italic]item[/]\n",
        "ocelotword",
    ),
    "escapes.txt": (
        b"Escape Room\n\nClear \x1b[2J screen \x1b]0;pwned title\x07 and \x1b[31mred\x1b[0m "
        b"NUL\x00byte \x9b31m c1 and tapirword.\n",
        "tapirword",
    ),
    "rtl.txt": (
        "Scripts \u05e9\u05dc\u05d5\u05dd\n\n\u0645\u0631\u062d\u0628\u0627 "
        "\u05e9\u05dc\u05d5\u05dd e\u0301 n\u0303 \u202eevil\u202c okapiword.\n".encode(),
        "okapiword",
    ),
    "deep.html": (
        b"<html><head><title>Deep Page</title></head><body>"
        + b"<div>" * 5000
        + b"<p>Deeply nested text with narwhalword.</p>"
        + b"</div>" * 5000
        + b"</body></html>",
        "narwhalword",
    ),
    "unclosed.html": (
        b"<html><head><title>Unclosed</title><body><h1>Unclosed tags<p>First para with "
        b"axolotlword<p>Second <b>bold <i>italic <div>never closed",
        "axolotlword",
    ),
    "huge-line.txt": (
        b"Huge Line\n\n" + b"lorem ipsum dolor sit amet " * 190_000 + b"wombatword end.\n",
        "wombatword",
    ),
}
