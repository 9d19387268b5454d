"""What a page says about itself: title, site name, canonical URL, publication date.

Read from <meta> tags (Open Graph, article:published_time, Dublin Core...), <link
rel=canonical>, JSON-LD and <time datetime>, before any furniture is removed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ftztui.loaders.dates import find_date

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "citation_publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
_MAX_JSON_LD = 256 * 1024
# "Headline | Site", "Headline - Site", "Headline_Site" (common on Chinese sites).
TITLE_SEPARATOR = re.compile(r"\s+[\-–—·»]\s+|\s*[|_]\s*")


@dataclass(frozen=True)
class PageMeta:
    title: str | None
    site_name: str | None
    url: str | None
    date: str | None


def read_metadata(root: Any) -> PageMeta:
    metas = _meta_values(root)
    ld = _json_ld(root)
    site_name = metas.get("og:site_name") or ld.get("publisher") or metas.get("application-name")
    page_title, title_site = _page_title(root)
    title = metas.get("og:title") or metas.get("twitter:title") or ld.get("headline")
    if not title and not (site_name and page_title.casefold() == site_name.casefold()):
        title = page_title or None
    return PageMeta(
        title=title,
        site_name=site_name or title_site,
        url=_url(root, metas),
        date=_date(root, metas, ld),
    )


def _meta_values(root: Any) -> dict[str, str]:
    """The first value of each <meta name/property/itemprop>, keyed in lower case."""
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), content.strip())
    return values


def _page_title(root: Any) -> tuple[str, str | None]:
    """(headline, site) from <title>: "Headline | Site" -> ("Headline", "Site")."""
    element = root.find(".//title")
    if element is None:
        return "", None
    title = " ".join("".join(element.itertext()).split())
    parts = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title, None
    # "Headline | Site": the site name is the short last part.
    site = parts[-1].strip()
    if len(site.split()) > 5:
        return title, None
    return " | ".join(p.strip() for p in parts[:-1]), site


def _url(root: Any, metas: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    url = metas.get("og:url", "")
    return url if url.startswith(("http://", "https://")) else None


def _date(root: Any, metas: dict[str, str], ld: dict[str, str]) -> str | None:
    for key in _DATE_META:
        if key in metas:
            date = find_date(metas[key])
            if date:
                return date
    if "datePublished" in ld:
        date = find_date(ld["datePublished"])
        if date:
            return date
    for time in root.iter("time"):
        date = find_date(time.get("datetime") or "")
        if date:
            return date
    return None


def _json_ld(root: Any) -> dict[str, str]:
    """headline, datePublished and publisher (its name) from the page's JSON-LD, if any."""
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        _collect_ld(data, found)
    return found


def _collect_ld(data: Any, found: dict[str, str]) -> None:
    stack = [data]
    seen = 0
    while stack and seen < 10_000:
        seen += 1
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            for key in ("headline", "datePublished"):
                value = item.get(key)
                if isinstance(value, str) and key not in found:
                    found[key] = value
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("publisher", publisher["name"])
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
