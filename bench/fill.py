#!/usr/bin/env python3
"""Fills a data folder with N synthetic titles for `make bench`, fast: the
schema comes from the app itself (`list` creates it), the rows from one
SQLite transaction. Usage: bench/fill.py BINARY DATA_DIR N"""
import sqlite3, subprocess, sys

binary, data, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
subprocess.run([binary, "--data-dir", data, "list", "--json"], check=True, stdout=subprocess.DEVNULL)
db = sqlite3.connect(f"{data}/sequel-radar.sqlite3")
statuses = ["unknown", "rumored", "in_talks", "confirmed", "in_production", "release_date_set", "released", "cancelled", "denied"]
with db:
    db.executemany(
        "INSERT INTO titles (name, name_key, year, kind, platform, status, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((f"Title {i}", f"title {i}", 1950 + i % 75, "movie" if i % 3 else "series",
          ["Netflix", "Hulu", "Max", None][i % 4], statuses[i % 9], f"2025-01-01T00:00:{i % 60:02d}.000Z")
         for i in range(n)))
db.close()
