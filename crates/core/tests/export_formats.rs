//! The watchlist as CSV and release dates as iCalendar.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::export::{self, ExportFormat};
use sequel_radar_core::import::{self, Input};
use sequel_radar_core::store::Store;
use support::*;

fn titled(
    name: &str,
    year: i32,
    kind: &str,
    status: &str,
    release: Option<&str>,
) -> serde_json::Value {
    serde_json::json!({
        "name": name, "year": year, "kind": kind, "platform": null, "watch_state": "watched",
        "notes": null, "muted": false, "threshold": "everything",
        "next": format!("{name} 2"), "status": status, "release": release,
        "added_at": "2026-01-01T00:00:00.000Z", "status_changed_at": "2026-03-04T05:06:07.000Z",
        "latest_news_at": null, "seen_at": null
    })
}

/// A store whose titles have release dates and windows, built from a backup.
fn store_with_releases() -> (tempfile::TempDir, Store) {
    let backup = serde_json::json!({
        "format": "sequel-radar-backup", "version": 1,
        "titles": [
            titled("Purple Hearts", 2022, "movie", "release_date_set", Some("2026-07-17")),
            titled("The Bear", 2022, "series", "confirmed", Some("summer 2026")),
            titled("Wayward Pines", 2015, "series", "cancelled", Some("2026-05-01")),
            titled("Heat", 1995, "movie", "in_talks", None),
            titled("Severance, Lumon; Cut", 2022, "series", "confirmed", Some("2027-03")),
        ]
    });
    let text = backup.to_string();
    let (dir, mut s) = store();
    let p = import::preview(
        Input::Bytes {
            name: "b.json",
            bytes: text.as_bytes(),
        },
        None,
    )
    .expect("preview");
    import::commit(&mut s, &p).expect("commit");
    (dir, s)
}

fn export(s: &Store, f: ExportFormat) -> String {
    let mut out = Vec::new();
    export::write(s, f, &mut out).expect("export");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn csv_lists_the_watchlist_with_ids_and_quoted_fields() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("imdb/watchlist.csv"), None);
    let text = export(&s, ExportFormat::Csv);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        &header[..6],
        ["Name", "Year", "Kind", "Platform", "Watch State", "Status"]
    );
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 5);
    let amelie = rows.iter().find(|r| &r[0] == "Amélie").expect("Amélie");
    assert_eq!(&amelie[1], "2001");
    assert_eq!(&amelie[8], "Le fabuleux destin d'Amélie Poulain");
    assert_eq!(&amelie[11], "tt0211915");
    let witcher = rows
        .iter()
        .find(|r| &r[0] == "The Witcher")
        .expect("Witcher");
    assert_eq!(&witcher[2], "series");
}

#[test]
fn ics_has_all_day_events_for_dates_and_windows() {
    let (_dir, s) = store_with_releases();
    let text = export(&s, ExportFormat::Ics);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{text}"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.lines().all(|l| l.len() <= 75 + 1), "lines are folded");
    let unfolded = text.replace("\r\n ", "");
    let events: Vec<&str> = unfolded.split("BEGIN:VEVENT").skip(1).collect();
    assert_eq!(
        events.len(),
        3,
        "no event for a cancelled or undated title: {unfolded}"
    );

    let bear = events
        .iter()
        .find(|e| e.contains("SUMMARY:The Bear 2"))
        .expect("window event");
    assert!(bear.contains("DTSTART;VALUE=DATE:20260601\r\n"), "{bear}");
    assert!(bear.contains("DTEND;VALUE=DATE:20260901\r\n"), "{bear}");
    assert!(
        bear.contains("Release window as reported: summer 2026."),
        "{bear}"
    );

    let hearts = events
        .iter()
        .find(|e| e.contains("SUMMARY:Purple Hearts 2 comes out"))
        .expect("date event");
    assert!(
        hearts.contains("DTSTART;VALUE=DATE:20260717\r\nDTEND;VALUE=DATE:20260718\r\n"),
        "{hearts}"
    );
    assert!(hearts.contains("DTSTAMP:20260304T050607Z"), "{hearts}");
    assert!(
        hearts.contains("UID:purple-hearts-2022-release@sequel-radar"),
        "{hearts}"
    );

    let sev = events
        .iter()
        .find(|e| e.contains("Severance"))
        .expect("month event");
    assert!(
        sev.contains("SUMMARY:Severance\\, Lumon\\; Cut 2 expected (2027-03)"),
        "{sev}"
    );
    assert!(
        sev.contains("DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270401"),
        "{sev}"
    );
    assert!(!unfolded.contains("Wayward"));
}

#[test]
fn the_cli_writes_files_and_reads_the_format_from_the_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let r = run(
        &data,
        &[
            "import",
            fixture("trakt/watchlist.json").to_str().expect("path"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let csv_path = dir.path().join("watchlist.csv");
    let r = run(&data, &["export", "-o", csv_path.to_str().expect("path")]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = std::fs::read_to_string(&csv_path).expect("csv written");
    assert!(text.starts_with("Name,Year,Kind"), "{text}");
    assert!(text.contains("Severance,2022,series"), "{text}");

    let ics = dir.path().join("releases.ics");
    let r = run(
        &data,
        &[
            "export",
            "--format",
            "ics",
            "-o",
            ics.to_str().expect("path"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(std::fs::read_to_string(&ics)
        .expect("ics")
        .contains("BEGIN:VCALENDAR"));

    let r = run(&data, &["export", "--format", "xml"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("json, csv, ics"), "{}", r.err);

    let r = run(
        &data,
        &[
            "export",
            "-o",
            dir.path()
                .join("no/such/dir/x.json")
                .to_str()
                .expect("path"),
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.err.contains("cannot write"), "{}", r.err);
}
