#!/usr/bin/env python3
"""Fills a data folder with a demo watchlist whose news comes through the real
pipeline: a loopback outlet serves an RSS feed of real articles from the
extractor's corpus, and `sequel-radar refresh` reads them.

Usage: scripts/demo.py DATA_DIR [BINARY]
"""
import html, json, pathlib, subprocess, sys, threading
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "crates/core/tests/corpus"
TITLES = [  # name, year, kind, platform
    ("Purple Hearts", 2022, "movie", "Netflix"),
    ("Wayward Pines", 2015, "series", "Fox"),
    ("Talk to Me", 2023, "movie", "A24"),
    ("Sinners", 2025, "movie", "Warner Bros."),
    ("Shadow and Bone", 2021, "series", "Netflix"),
    ("Wednesday", 2022, "series", "Netflix"),
    ("Heat", 1995, "movie", None),
    ("Amélie", 2001, "movie", None),
]
ARTICLES = ["001-purple-hearts-open-to-sequel", "000-purple-hearts-2", "045-wayward-pines-still-possible",
            "044-wayward-pines-not-renewed", "007-talk-to-me-sequel-a24", "004-sinners-no-sequel",
            "009-shadow-and-bone-s2-filming", "062-wednesday-s3-not-until-2027", "054-heat-2-mann-plans"]


def main():
    data, binary = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "target/debug/sequel-radar"))
    items = []
    for i, slug in enumerate(ARTICLES):
        meta = json.loads((CORPUS / f"{slug}.json").read_text())
        text = (CORPUS / f"{slug}.txt").read_text()
        # An undated passage is dated the year after its title came out (a
        # sequel rumour for a 2022 film cannot be from 2015).
        date = meta.get("published") or f"{(meta.get('year') or 2023) + 1}-0{1 + i % 9}-15"
        items.append((slug, meta, text, date))

    class Outlet(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/feed.xml":
                entries = "".join(
                    f"<item><title>{html.escape(m['title'])}: {slug}</title>"
                    f"<link>http://{self.headers['Host']}/news/{slug}.html</link>"
                    f"<pubDate>{format_datetime(datetime.fromisoformat(d).replace(tzinfo=timezone.utc))}</pubDate>"
                    f"<description>{html.escape(t[:300])}</description></item>"
                    for slug, m, t, d in items)
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Demo outlet</title>{entries}</channel></rss>'
                kind = "application/rss+xml"
            else:
                slug = self.path.rsplit("/", 1)[-1].removesuffix(".html")
                found = [t for s, m, t, d in items if s == slug]
                if not found:
                    self.send_error(404)
                    return
                paras = "".join(f"<p>{html.escape(p)}</p>" for p in found[0].split("\n\n"))
                body = f"<html><body><nav>Home | TV | Film</nav><article>{paras}</article></body></html>"
                kind = "text/html; charset=utf-8"
            data_bytes = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data_bytes)))
            self.end_headers()
            self.wfile.write(data_bytes)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Outlet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {"SEQUEL_RADAR_DEFAULT_FEEDS": "", "SEQUEL_RADAR_SEARCH_TEMPLATE": ""}
    run = lambda *a: subprocess.run([binary, "--data-dir", data, *a], check=True,
                                    env={**__import__("os").environ, **env})
    for name, year, kind, platform in TITLES:
        run("add", name, "--year", str(year), "--kind", kind, *(["--platform", platform] if platform else []))
    run("sources", "add", f"http://127.0.0.1:{server.server_port}/feed.xml", "--name", "Demo outlet")
    run("refresh")
    server.shutdown()


if __name__ == "__main__":
    main()
