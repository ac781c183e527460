//! The watchlist on a real SQLite file in a temp dir.

use sequel_radar_core::model::{Kind, NewTitle, SortBy, Status, TitleEdit};
use sequel_radar_core::store::{ListQuery, Store, StoreError};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open store");
    (dir, store)
}

fn title(name: &str, year: Option<i32>) -> NewTitle {
    NewTitle {
        name: name.into(),
        year,
        ..NewTitle::default()
    }
}

fn names(store: &Store, q: &ListQuery) -> Vec<String> {
    store
        .list_titles(q)
        .expect("list")
        .rows
        .into_iter()
        .map(|t| t.name)
        .collect()
}

#[test]
fn add_then_list_keeps_every_field() {
    let (_dir, mut s) = store();
    let added = s
        .add_title(NewTitle {
            name: "  Purple Hearts ".into(),
            year: Some(2022),
            kind: Kind::Movie,
            platform: Some("Netflix".into()),
            aliases: vec!["Purple Hearts 2".into(), " ".into()],
            notes: Some("with Sofia Carson".into()),
            tags: vec!["romance".into()],
            ..NewTitle::default()
        })
        .expect("add");
    assert_eq!(added.name, "Purple Hearts");
    assert_eq!(added.aliases, vec!["Purple Hearts 2"]);
    assert_eq!(added.status, Status::Unknown);
    let page = s.list_titles(&ListQuery::default()).expect("list");
    assert_eq!(page.total, 1);
    assert_eq!(page.rows[0], added);
}

#[test]
fn duplicate_is_refused_and_one_row_stays() {
    let (_dir, mut s) = store();
    s.add_title(title("Purple Hearts", Some(2022)))
        .expect("first add");
    let err = s
        .add_title(title("purple  HEARTS!", Some(2022)))
        .expect_err("duplicate");
    assert!(matches!(err, StoreError::Duplicate(_)));
    assert_eq!(
        err.to_string(),
        "\"purple  HEARTS!\" (2022) is already on the watchlist"
    );
    assert_eq!(s.list_titles(&ListQuery::default()).expect("list").total, 1);
    // Same name, another year: a remake is another title.
    s.add_title(title("Purple Hearts", Some(2030)))
        .expect("other year");
    // No year twice is a duplicate too.
    s.add_title(title("Heat", None)).expect("no year");
    assert!(s.add_title(title("heat", None)).is_err());
}

#[test]
fn invalid_input_writes_nothing() {
    let (_dir, mut s) = store();
    assert!(matches!(
        s.add_title(title("   ", None)),
        Err(StoreError::EmptyName)
    ));
    assert!(matches!(
        s.add_title(title("?!", None)),
        Err(StoreError::EmptyName)
    ));
    let err = s.add_title(title("Old", Some(1869))).expect_err("1869");
    assert!(err.to_string().contains("1870"), "{err}");
    assert!(s.add_title(title("Future", Some(2101))).is_err());
    s.add_title(title("Edge", Some(1870)))
        .expect("1870 is fine");
    s.add_title(title("Edge", Some(2100)))
        .expect("2100 is fine");
    assert_eq!(names(&s, &ListQuery::default()).len(), 2);
}

#[test]
fn search_ignores_case_accents_and_finds_aliases() {
    let (_dir, mut s) = store();
    s.add_title(title("Amélie", Some(2001))).expect("add");
    let mut dune = title("Dune: Part Two", Some(2024));
    dune.aliases = vec!["Dune 2".into()];
    s.add_title(dune).expect("add");
    s.add_title(title("The Bear", Some(2022))).expect("add");
    let q = |text: &str| ListQuery {
        search: Some(text.into()),
        ..ListQuery::default()
    };
    assert_eq!(names(&s, &q("amelie")), vec!["Amélie"]);
    assert_eq!(names(&s, &q("AMÉL")), vec!["Amélie"]);
    assert_eq!(names(&s, &q("dune 2")), vec!["Dune: Part Two"]);
    assert_eq!(names(&s, &q("dune part")), vec!["Dune: Part Two"]);
    assert!(names(&s, &q("100%_")).is_empty());
    assert_eq!(names(&s, &q("")).len(), 3);
}

#[test]
fn sorts_by_name_added_and_status() {
    let (_dir, mut s) = store();
    for n in ["Charlie", "alpha", "Bravo"] {
        s.add_title(title(n, None)).expect("add");
    }
    let by = |sort| ListQuery {
        sort,
        ..ListQuery::default()
    };
    assert_eq!(
        names(&s, &by(SortBy::Name)),
        vec!["alpha", "Bravo", "Charlie"]
    );
    assert_eq!(
        names(&s, &by(SortBy::RecentlyAdded)),
        vec!["Bravo", "alpha", "Charlie"]
    );
    let page = ListQuery {
        sort: SortBy::Name,
        offset: 1,
        limit: 1,
        ..ListQuery::default()
    };
    let got = s.list_titles(&page).expect("page");
    assert_eq!(
        (got.total, got.rows.len(), got.rows[0].name.as_str()),
        (3, 1, "Bravo")
    );
}

#[test]
fn edit_validates_and_keeps_the_rest() {
    let (_dir, mut s) = store();
    let a = s.add_title(title("Severance", Some(2022))).expect("add");
    s.add_title(title("Andor", Some(2022))).expect("add");
    let edited = s
        .edit_title(
            a.id,
            TitleEdit {
                kind: Some(Kind::Series),
                platform: Some(Some("Apple TV+".into())),
                aliases: Some(vec!["Severance S3".into()]),
                ..TitleEdit::default()
            },
        )
        .expect("edit");
    assert_eq!(
        (edited.kind, edited.platform.as_deref()),
        (Kind::Series, Some("Apple TV+"))
    );
    assert_eq!(edited.year, Some(2022));
    let clash = TitleEdit {
        name: Some("andor".into()),
        ..TitleEdit::default()
    };
    assert!(matches!(
        s.edit_title(a.id, clash),
        Err(StoreError::Duplicate(_))
    ));
    assert_eq!(s.get_title(a.id).expect("get").name, "Severance");
}

#[test]
fn remove_hides_undo_restores_purge_deletes() {
    let (_dir, mut s) = store();
    let t = s
        .add_title(title("Wayward Pines", Some(2015)))
        .expect("add");
    s.remove_title(t.id).expect("remove");
    assert!(names(&s, &ListQuery::default()).is_empty());
    assert!(matches!(
        s.find_title("Wayward Pines", None),
        Err(StoreError::UnknownTitle(_))
    ));
    s.undo_remove(t.id).expect("undo");
    assert_eq!(names(&s, &ListQuery::default()), vec!["Wayward Pines"]);
    s.remove_title(t.id).expect("remove again");
    assert_eq!(
        s.purge_removed(chrono::Duration::hours(1)).expect("purge"),
        0
    );
    assert_eq!(s.purge_removed(chrono::Duration::zero()).expect("purge"), 1);
    assert!(s.undo_remove(t.id).is_err());
}

#[test]
fn find_by_alias_and_ambiguous_names() {
    let (_dir, mut s) = store();
    let mut t = title("Purple Hearts", Some(2022));
    t.aliases = vec!["Corazones Malheridos".into()];
    s.add_title(t).expect("add");
    assert_eq!(
        s.find_title("corazones malheridos", None)
            .expect("alias")
            .name,
        "Purple Hearts"
    );
    s.add_title(title("Heat", Some(1995))).expect("add");
    s.add_title(title("Heat", Some(2025))).expect("add");
    let err = s.find_title("heat", None).expect_err("ambiguous");
    assert!(
        err.to_string().contains("(1995)") && err.to_string().contains("(2025)"),
        "{err}"
    );
    assert_eq!(
        s.find_title("Heat", Some(2025)).expect("by year").year,
        Some(2025)
    );
    assert_eq!(
        s.find_title("Nope", None).expect_err("unknown").to_string(),
        "no title named \"Nope\" on the watchlist"
    );
}

#[test]
fn the_data_survives_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut s = Store::open(dir.path()).expect("open");
        s.add_title(title("Arcane", Some(2021))).expect("add");
    }
    let s = Store::open(dir.path()).expect("reopen");
    assert_eq!(names(&s, &ListQuery::default()), vec!["Arcane"]);
}

#[test]
fn filters_by_kind_platform_statuses_news_and_changes() {
    use sequel_radar_core::store::{NewArticle, NewEvidence};
    let (_dir, mut s) = store();
    let mut bear = title("The Bear", Some(2022));
    bear.kind = Kind::Series;
    bear.platform = Some("Hulu".into());
    let bear = s.add_title(bear).expect("add");
    let mut ph = title("Purple Hearts", Some(2022));
    ph.platform = Some("Netflix".into());
    s.add_title(ph).expect("add");
    let article = NewArticle {
        url: "https://example.org/bear-renewed".into(),
        published: Some("2025-06-01".into()),
        ..NewArticle::default()
    };
    let evidence = NewEvidence {
        status: Status::Confirmed,
        sentence: "FX has renewed The Bear for a fifth season.".into(),
        official: true,
        next: Some("Season 5".into()),
        release: None,
    };
    s.record_article(
        bear.id,
        &article,
        &[evidence],
        &[],
        "2025-06-01T10:00:00.000Z",
    )
    .expect("record");

    fn q(s: &Store, f: &dyn Fn(&mut ListQuery)) -> Vec<String> {
        let mut q = ListQuery::default();
        f(&mut q);
        names(s, &q)
    }
    assert_eq!(q(&s, &|q| q.kind = Some(Kind::Series)), vec!["The Bear"]);
    assert_eq!(
        q(&s, &|q| q.platform = Some("netflix".into())),
        vec!["Purple Hearts"]
    );
    assert_eq!(q(&s, &|q| q.has_news = true), vec!["The Bear"]);
    assert_eq!(q(&s, &|q| q.changed = true), vec!["The Bear"]);
    assert_eq!(
        q(&s, &|q| q.statuses =
            vec![Status::Confirmed, Status::Released]),
        vec!["The Bear"]
    );
    assert_eq!(
        s.list_platforms().expect("platforms"),
        vec!["Hulu", "Netflix"]
    );
    s.mark_seen(bear.id).expect("seen");
    assert!(
        q(&s, &|q| q.changed = true).is_empty(),
        "opened: no longer changed"
    );
}

#[test]
fn search_pages_in_order_with_few_and_many_hits() {
    let (dir, mut s) = store();
    drop(s);
    // Thousands of rows in one transaction, written behind the store's back
    // the way an import would, to reach the many-hits path quickly.
    {
        let mut conn =
            rusqlite::Connection::open(dir.path().join("sequel-radar.sqlite3")).expect("open");
        let tx = conn.transaction().expect("tx");
        for i in 0..2500 {
            let name = format!("Show {i:04}");
            tx.execute(
                "INSERT INTO titles (name, name_key, kind, added_at) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![
                    name,
                    name.to_lowercase(),
                    if i % 2 == 0 { "movie" } else { "series" },
                    format!("2024-01-01T00:00:00.{:03}Z", i % 1000)
                ],
            )
            .expect("insert");
        }
        tx.commit().expect("commit");
    }
    s = Store::open(dir.path()).expect("reopen");
    s.add_title(title("Showgirls", Some(1995))).expect("add");
    let mut bear = title("The Bear", Some(2022));
    bear.aliases = vec!["Le Show du Chef".into()];
    s.add_title(bear).expect("add");

    let q = |search: &str, kind, offset, limit| ListQuery {
        search: Some(search.into()),
        sort: SortBy::Name,
        kind,
        offset,
        limit,
        ..ListQuery::default()
    };
    // Many hits: 2,500 shows, Showgirls, and The Bear by its alias.
    let page = s.list_titles(&q("SHOW", None, 2499, 5)).expect("page");
    assert_eq!(page.total, 2502);
    let got: Vec<&str> = page.rows.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(got, vec!["Show 2499", "Showgirls", "The Bear"]);
    assert_eq!(
        names(&s, &q("show", None, 0, 2))[..],
        ["Show 0000", "Show 0001"]
    );
    let page = s
        .list_titles(&q("show", Some(Kind::Series), 0, 3))
        .expect("series");
    assert_eq!(page.total, 1250);
    assert_eq!(page.rows[2].name, "Show 0005");
    // Few hits: sorted on their own, same contract.
    let page = s.list_titles(&q("show 24", None, 1, 3)).expect("few");
    assert_eq!(page.total, 100);
    let got: Vec<&str> = page.rows.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(got, vec!["Show 2401", "Show 2402", "Show 2403"]);
    let page = s.list_titles(&q("chef", None, 0, 0)).expect("alias");
    assert_eq!((page.total, page.rows[0].name.as_str()), (1, "The Bear"));
    assert_eq!(page.rows[0].aliases, vec!["Le Show du Chef"]);
}
