//! The in-memory watchlist index answers exactly as the SQL path does, and
//! stays right while other connections write (the window's store, the CLI).

#[path = "support/cli_run.rs"]
mod cli_run;

use sequel_radar_core::model::{Kind, NewTitle, SortBy, Status, TitleEdit};
use sequel_radar_core::store::{ListQuery, NewArticle, NewEvidence, Store, WatchlistIndex};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open store");
    (dir, store)
}

fn search(text: &str) -> ListQuery {
    ListQuery {
        search: Some(text.into()),
        ..ListQuery::default()
    }
}

fn names(index: &mut WatchlistIndex, q: &ListQuery) -> Vec<String> {
    let page = index.list_titles(q).expect("index page");
    page.rows.into_iter().map(|t| t.name).collect()
}

/// An article recorded for title `id`: one official sentence at `status`.
fn news(s: &mut Store, id: i64, status: Status, sentence: &str, next: &str) {
    let evidence = NewEvidence {
        status,
        sentence: sentence.into(),
        official: true,
        next: Some(next.into()),
        release: None,
    };
    let article = NewArticle {
        url: format!("https://example.org/news/{id}/{}", status.as_str()),
        published: Some("2025-06-01".into()),
        ..NewArticle::default()
    };
    let now = sequel_radar_core::store::now_iso();
    s.record_article(id, &article, &[evidence], &[], &now)
        .expect("record");
}

/// A watchlist with every case the queries tell apart, written behind the
/// store's back: names that fold alike with and without a year, accents,
/// aliases, platforms in several cases, every status, news, changes seen and
/// not, equal timestamps, removed titles.
fn varied_watchlist(path: &std::path::Path) {
    let mut conn = rusqlite::Connection::open(path).expect("open");
    let tx = conn.transaction().expect("tx");
    let mut rng = fastrand::Rng::with_seed(7);
    let words = [
        "Amélie", "amelie", "Show", "Bear", "Dune", "Chef", "Grey's", "Ñandú", "Zoo", "Éclair",
    ];
    let platforms = [
        Some("Netflix"),
        Some("netflix"),
        Some("NETFLIX"),
        Some("Max"),
        Some("Prime Video"),
        None,
    ];
    let statuses = Status::ALL;
    for i in 0..400 {
        let name = format!(
            "{} {}",
            words[rng.usize(..words.len())],
            words[rng.usize(..words.len())]
        );
        let key = sequel_radar_core::text::name_key(&name);
        let year = if i % 5 == 0 {
            None
        } else {
            Some(1990 + rng.i32(0..20))
        };
        let stamp = |rng: &mut fastrand::Rng| format!("2025-0{}-01T00:00:00.000Z", rng.u8(1..4));
        let added_at = stamp(&mut rng);
        let changed_at = rng.bool().then(|| stamp(&mut rng));
        let seen_at = rng.bool().then(|| stamp(&mut rng));
        let news_at = rng.bool().then(|| stamp(&mut rng));
        let removed_at = (i % 17 == 0).then(|| "2025-05-01T00:00:00.000Z".to_string());
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO titles (name, name_key, year, kind, platform, status, added_at,
                status_changed_at, seen_at, latest_news_at, removed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            rusqlite::params![
                name,
                key,
                year,
                if rng.bool() { "movie" } else { "series" },
                platforms[rng.usize(..platforms.len())],
                statuses[rng.usize(..statuses.len())].as_str(),
                added_at,
                changed_at,
                seen_at,
                news_at,
                removed_at,
            ],
        );
        // Same name and year as a live title: the unique index refuses it.
        if inserted.expect("insert") == 0 {
            continue;
        }
        if i % 3 == 0 {
            let id = tx.last_insert_rowid();
            let alias = format!("Le {} {i}", words[rng.usize(..words.len())]);
            tx.execute(
                "INSERT INTO title_aliases (title_id, alias, alias_key) VALUES (?1, ?2, ?3)",
                rusqlite::params![id, alias, sequel_radar_core::text::name_key(&alias)],
            )
            .expect("alias");
        }
    }
    tx.commit().expect("commit");
}

/// Every combination of search, sort, filter and page the window can ask.
fn queries() -> Vec<ListQuery> {
    let searches = [
        None,
        Some(""),
        Some("a"),
        Some("AMÉLIE"),
        Some("ame"),
        Some("greys"),
        Some("nandu"),
        Some("le chef"),
        Some("  Éclair   zoo "),
        Some("nothing like it"),
    ];
    type Filter = Box<dyn Fn(&mut ListQuery)>;
    let filters: Vec<Filter> = vec![
        Box::new(|_| {}),
        Box::new(|q| q.kind = Some(Kind::Series)),
        Box::new(|q| q.status = Some(Status::Confirmed)),
        Box::new(|q| q.statuses = vec![Status::Confirmed, Status::Released]),
        Box::new(|q| q.platform = Some(" netflix ".into())),
        Box::new(|q| q.platform = Some("max".into())),
        Box::new(|q| q.has_news = true),
        Box::new(|q| q.changed = true),
        Box::new(|q| {
            q.kind = Some(Kind::Movie);
            q.has_news = true;
            q.changed = true;
        }),
    ];
    let pages = [(0, 0), (0, 7), (5, 20), (1000, 10)];
    let sorts = [
        SortBy::RecentlyChanged,
        SortBy::Name,
        SortBy::RecentlyAdded,
        SortBy::Status,
    ];
    let mut out = Vec::new();
    for search in searches {
        for filter in &filters {
            for sort in sorts {
                for (offset, limit) in pages {
                    let mut q = ListQuery {
                        search: search.map(String::from),
                        sort,
                        offset,
                        limit,
                        ..ListQuery::default()
                    };
                    filter(&mut q);
                    out.push(q);
                }
            }
        }
    }
    out
}

fn assert_same_as_sql(store: &Store, index: &mut WatchlistIndex) {
    for q in queries() {
        let sql = store.list_titles(&q).expect("sql page");
        let memory = index.list_titles(&q).expect("index page");
        assert_eq!(memory, sql, "the index and SQL differ for {q:?}");
    }
}

#[test]
fn index_answers_every_search_filter_sort_and_page_as_sql() {
    let (dir, s) = store();
    varied_watchlist(s.path());
    let mut index = WatchlistIndex::open(s.path()).expect("index");
    assert!(
        index.len() > 300,
        "the varied watchlist has {}",
        index.len()
    );
    // Sanity: the comparison is not between two empty answers.
    let all = s.list_titles(&ListQuery::default()).expect("all");
    assert_eq!(all.total, index.len());
    assert!(s.list_titles(&search("amelie")).expect("search").total > 10);
    assert_same_as_sql(&s, &mut index);
    drop(dir);
}

#[test]
fn index_follows_changes_made_through_the_store() {
    let (_dir, mut s) = store();
    let mut index = WatchlistIndex::open(s.path()).expect("index");
    assert!(index
        .list_titles(&ListQuery::default())
        .expect("empty")
        .rows
        .is_empty());

    let amelie = s
        .add_title(NewTitle {
            name: "Amélie".into(),
            year: Some(2001),
            ..NewTitle::default()
        })
        .expect("add");
    let bear = s
        .add_title(NewTitle {
            name: "The Bear".into(),
            year: Some(2022),
            kind: Kind::Series,
            platform: Some("Hulu".into()),
            ..NewTitle::default()
        })
        .expect("add");
    assert_eq!(names(&mut index, &search("AMELIE")), vec!["Amélie"]);

    // Edit: the new name and alias are found, the old name no longer.
    s.edit_title(
        amelie.id,
        TitleEdit {
            name: Some("Le Fabuleux Destin".into()),
            aliases: Some(vec!["The Fabulous Destiny".into()]),
            ..TitleEdit::default()
        },
    )
    .expect("edit");
    assert_eq!(
        names(&mut index, &search("fabuleux")),
        vec!["Le Fabuleux Destin"]
    );
    assert_eq!(
        names(&mut index, &search("fabulous")),
        vec!["Le Fabuleux Destin"]
    );
    assert!(names(&mut index, &search("amélie ")).is_empty());

    // News: the status change moves The Bear to the top and into the
    // "changed" and "has news" filters; opening it clears "changed".
    news(
        &mut s,
        bear.id,
        Status::Confirmed,
        "FX has renewed The Bear for a fifth season.",
        "Season 5",
    );
    let changed = ListQuery {
        changed: true,
        ..ListQuery::default()
    };
    assert_eq!(names(&mut index, &changed), vec!["The Bear"]);
    let coming = ListQuery {
        statuses: vec![Status::Confirmed],
        has_news: true,
        ..ListQuery::default()
    };
    assert_eq!(names(&mut index, &coming), vec!["The Bear"]);
    assert_eq!(
        names(&mut index, &ListQuery::default()),
        vec!["The Bear", "Le Fabuleux Destin"]
    );
    s.mark_seen(bear.id).expect("seen");
    assert!(names(&mut index, &changed).is_empty());

    // Remove hides at once; undo brings it back.
    s.remove_title(bear.id).expect("remove");
    assert_eq!(
        names(&mut index, &ListQuery::default()),
        vec!["Le Fabuleux Destin"]
    );
    s.undo_remove(bear.id).expect("undo");
    assert_eq!(index.list_titles(&search("bear")).expect("back").total, 1);
    assert_same_as_sql(&s, &mut index);
}

#[test]
fn index_follows_the_command_line_while_the_window_is_open() {
    let (dir, mut s) = store();
    s.add_title(NewTitle {
        name: "Purple Hearts".into(),
        ..NewTitle::default()
    })
    .expect("add");
    let mut index = WatchlistIndex::open(s.path()).expect("index");
    assert_eq!(
        index.list_titles(&ListQuery::default()).expect("one").total,
        1
    );

    let run = cli_run::run(
        dir.path(),
        &["add", "Dune", "--year", "2021", "--platform", "Max"],
    );
    assert_eq!(run.code, 0, "add: {}", run.err);
    assert!(run.out.contains("Dune"), "add said: {}", run.out);
    let max = ListQuery {
        platform: Some("MAX".into()),
        ..ListQuery::default()
    };
    assert_eq!(names(&mut index, &max), vec!["Dune"]);

    let watchlist = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/letterboxd/watchlist.csv"
    );
    let run = cli_run::run(dir.path(), &["import", watchlist, "--format", "letterboxd"]);
    assert_eq!(run.code, 0, "import: {}", run.err);
    assert_eq!(
        names(&mut index, &search("crouching")),
        vec!["Crouching Tiger, Hidden Dragon"]
    );
    let everything = s.list_titles(&ListQuery::default()).expect("all");
    assert!(everything.total > 3, "imported: {}", everything.total);
    assert_eq!(index.len(), everything.total);

    let run = cli_run::run(dir.path(), &["remove", "Dune"]);
    assert_eq!(run.code, 0, "remove: {}", run.err);
    assert!(names(&mut index, &max).is_empty());
    assert_same_as_sql(&s, &mut index);
}

/// After each of the window's own writes, the index catches up by reading
/// only the titles written (no full read), and answers every query as SQL.
#[test]
fn own_writes_are_caught_up_title_by_title() {
    let (_dir, mut s) = store();
    varied_watchlist(s.path());
    let mut index = WatchlistIndex::open_for(s.path(), Some(s.data_version().expect("version")))
        .expect("index");
    s.take_touched();
    let builds = index.builds();
    let live = s.list_titles(&ListQuery::default()).expect("all").rows;
    let (first, middle) = (live[0].id, live[live.len() / 2].id);

    let check = |s: &mut Store, index: &mut WatchlistIndex, what: &str| {
        assert!(
            index.catch_up(s).expect("catch up"),
            "{what}: a full read was asked for"
        );
        assert_eq!(index.builds(), builds, "{what}: every title was read again");
        assert_same_as_sql(s, index);
    };

    // Opening a title: only its "changed" flag moves.
    s.mark_seen(first).expect("seen");
    check(&mut s, &mut index, "mark seen");

    // A new title with aliases, found by an alias at once.
    let added = s
        .add_title(NewTitle {
            name: "Zebra Crossing".into(),
            year: Some(2024),
            platform: Some("Apple TV+".into()),
            aliases: vec!["Amélie Returns".into()],
            ..NewTitle::default()
        })
        .expect("add");
    check(&mut s, &mut index, "add");
    assert_eq!(
        names(&mut index, &search("amelie returns")),
        vec!["Zebra Crossing"]
    );

    // Renamed, an alias dropped and another given: the old words no longer match.
    s.edit_title(
        middle,
        TitleEdit {
            name: Some("Quokka Island".into()),
            aliases: Some(vec!["Marsupial Paradise".into()]),
            ..TitleEdit::default()
        },
    )
    .expect("edit");
    check(&mut s, &mut index, "edit");
    assert_eq!(
        names(&mut index, &search("marsupial")),
        vec!["Quokka Island"]
    );
    s.edit_title(
        added.id,
        TitleEdit {
            aliases: Some(vec![]),
            ..TitleEdit::default()
        },
    )
    .expect("drop the alias");
    check(&mut s, &mut index, "alias dropped");
    assert!(names(&mut index, &search("amelie returns")).is_empty());

    // News moves a title in the status and recently-changed orders.
    news(
        &mut s,
        middle,
        Status::InProduction,
        "Filming has begun on the second season.",
        "Season 2",
    );
    check(&mut s, &mut index, "news");
    assert_eq!(names(&mut index, &ListQuery::default())[0], "Quokka Island");

    // Removed, brought back, and deleted for good.
    s.remove_title(first).expect("remove");
    check(&mut s, &mut index, "remove");
    s.undo_remove(first).expect("undo");
    check(&mut s, &mut index, "undo");
    s.delete_title(added.id).expect("delete");
    check(&mut s, &mut index, "delete");
    assert!(names(&mut index, &search("zebra")).is_empty());
}

/// A write by another connection (the refresher, the command line) cannot be
/// followed title by title: the index asks for a full read, and gets it right.
#[test]
fn another_connections_write_asks_for_a_full_read() {
    let (_dir, mut s) = store();
    varied_watchlist(s.path());
    let mut index = WatchlistIndex::open_for(s.path(), Some(s.data_version().expect("version")))
        .expect("index");
    s.take_touched();
    // Our own write first, then the other program's: both must show.
    s.add_title(NewTitle {
        name: "Ours".into(),
        ..NewTitle::default()
    })
    .expect("add ours");
    let mut other = Store::open_file(s.path()).expect("second connection");
    other
        .add_title(NewTitle {
            name: "Theirs".into(),
            ..NewTitle::default()
        })
        .expect("add theirs");
    assert!(
        !index.catch_up(&s).expect("catch up"),
        "another program's write was missed"
    );
    assert_eq!(index.builds(), 1);
    assert_same_as_sql(&s, &mut index);
    assert_eq!(index.builds(), 2, "list_titles reads everything again");
    assert_eq!(names(&mut index, &search("ours")), vec!["Ours"]);
    assert_eq!(names(&mut index, &search("theirs")), vec!["Theirs"]);
}
