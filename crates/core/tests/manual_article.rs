//! "Add an article" by hand: pasted text and a URL served on loopback, read,
//! previewed, saved once, and reflected in the title's derived status.

use sequel_radar_core::manual::{preview, save, ArticleInput, ManualError};
use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::news::FetchConfig;
use sequel_radar_core::store::Store;

const SEED: &str = include_str!("corpus/000-purple-hearts-2.txt");

fn with_title() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("store");
    let t = store
        .add_title(NewTitle {
            name: "Purple Hearts".into(),
            year: Some(2022),
            kind: Kind::Movie,
            ..NewTitle::default()
        })
        .expect("add");
    (dir, store, t.id)
}

#[tokio::test]
async fn pasted_text_is_previewed_then_saved_once() {
    let (_dir, mut store, id) = with_title();
    let p = preview(
        &store.get_title(id).expect("title"),
        ArticleInput::Text(SEED.into()),
        FetchConfig::default(),
    )
    .await
    .expect("preview");
    assert_eq!(p.extraction.next.as_deref(), Some("Purple Hearts 2"));
    assert_eq!(p.extraction.status, Status::InTalks);
    // Nothing is written by a preview.
    assert_eq!(store.get_title(id).expect("title").status, Status::Unknown);

    let first = save(&mut store, &p).expect("save");
    assert!(first.added);
    assert_eq!(first.changes.len(), 1);
    let detail = store.title_detail(id).expect("detail");
    assert_eq!(detail.title.status, Status::InTalks);
    assert!(detail.quotes.iter().any(|q| q.speaker == "Sofia Carson"));
    assert_eq!(detail.history.len(), 1);

    let again = save(&mut store, &p).expect("save again");
    assert!(!again.added, "the same article twice adds nothing");
    assert_eq!(
        store.title_detail(id).expect("detail").evidence.len(),
        detail.evidence.len()
    );
}

#[tokio::test]
async fn a_url_is_fetched_and_read_out_of_its_page() {
    let (_dir, store, id) = with_title();
    let server = tiny_http::Server::http("127.0.0.1:0").expect("server");
    let addr = server.server_addr().to_ip().expect("ip addr");
    let page = format!(
        "<html><head><title>x</title><script>var a = 'There are conversations';</script></head>\
         <body><nav>Home | Movies</nav><article><p>{}</p></article></body></html>",
        SEED.replace("\n\n", "</p><p>")
    );
    let handle = std::thread::spawn(move || {
        if let Ok(req) = server.recv() {
            let header = tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8")
                .expect("header");
            let _ = req.respond(tiny_http::Response::from_string(page).with_header(header));
        }
    });
    let url = format!("http://{addr}/movies/purple-hearts-2");
    let p = preview(
        &store.get_title(id).expect("title"),
        ArticleInput::Url(url.clone()),
        FetchConfig::default(),
    )
    .await
    .expect("preview");
    handle.join().expect("server thread");
    assert_eq!(p.url, url);
    assert_eq!(p.extraction.status, Status::InTalks);
    assert!(!p.text.contains("var a"), "scripts are not article text");
}

#[tokio::test]
async fn bad_input_is_explained() {
    let (_dir, store, id) = with_title();
    let empty = preview(
        &store.get_title(id).expect("title"),
        ArticleInput::Text("   ".into()),
        FetchConfig::default(),
    )
    .await;
    assert!(matches!(empty, Err(ManualError::Empty)));
    let file = preview(
        &store.get_title(id).expect("title"),
        ArticleInput::Url("file:///etc/passwd".into()),
        FetchConfig::default(),
    )
    .await
    .expect_err("file: is refused");
    assert!(file.to_string().contains("file:///etc/passwd"), "{file}");
}

#[tokio::test]
async fn a_bare_release_window_is_kept_and_then_narrowed() {
    use sequel_radar_core::extract::Extraction;
    use sequel_radar_core::manual::Preview;
    let (_dir, mut store, id) = with_title();
    let window = |url: &str, release: &str| Preview {
        title_id: id,
        url: url.into(),
        outlet: None,
        text: format!("text of {url}"),
        extraction: Extraction {
            title: "Purple Hearts".into(),
            mentioned: true,
            next: Some("Purple Hearts 2".into()),
            status: Status::Unknown,
            evidence: None,
            release: Some(release.into()),
            quotes: Vec::new(),
            official: false,
        },
    };
    save(&mut store, &window("https://example.org/a", "2027")).expect("save");
    let t = store.get_title(id).expect("title");
    assert_eq!(
        (t.status, t.release.as_deref()),
        (Status::Unknown, Some("2027"))
    );
    save(&mut store, &window("https://example.org/b", "2027-03-14")).expect("save");
    assert_eq!(
        store.get_title(id).expect("title").release.as_deref(),
        Some("2027-03-14")
    );
}
