//! The title page's main path in the real window: paste a real article onto
//! a title, see what was found before saving, save, and see the status, the
//! evidence and the quotes; then filter the watchlist by what changed.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_e2e::notify_server::corpus;
use sequel_radar_e2e::{setup, DataDir, HarnessError, NewTitle, Result};

const WAIT: Duration = Duration::from_secs(30);

#[tokio::test]
async fn an_article_pasted_onto_a_title_shows_its_status_evidence_and_quotes() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e.launch(&data, "title_page_add_article").await?;
    app.add_title(&NewTitle::named("Amélie").year(2001).kind("movie"))
        .await?;
    app.add_title(
        &NewTitle::named("Purple Hearts")
            .year(2022)
            .kind("movie")
            .platform("Netflix"),
    )
    .await?;
    // The title just added is open.
    app.wait_until("Purple Hearts open", WAIT, || async {
        Ok(app.text("#title-heading").await.unwrap_or_default() == "Purple Hearts")
    })
    .await?;

    app.click("#title-add-article").await?;
    let area = app.wait_for("dialog textarea", WAIT).await?;
    // Paste, as a user would: the whole text at once.
    let text = corpus("000-purple-hearts-2.txt")?;
    app.client()
        .execute(
            "const t = document.querySelector('dialog textarea'); t.value = arguments[0]; \
             t.dispatchEvent(new Event('input'));",
            vec![serde_json::Value::String(text)],
        )
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "paste the article".into(),
            source,
        })?;
    drop(area);
    app.click("dialog button:not(.primary):not([type=submit]):nth-of-type(2)")
        .await?;
    app.wait_for(".preview", WAIT).await?;
    let found = app.text(".preview").await?;
    app.screenshot_step("preview").await?;
    assert!(
        found.contains("Purple Hearts 2") && found.contains("In talks"),
        "{found}"
    );
    assert!(found.contains("Sofia Carson"), "{found}");
    // Nothing saved yet.
    assert_eq!(app.text(".title-row.selected .badge").await?, "No news");

    app.click("dialog button.primary").await?;
    app.wait_until("the status on the page", WAIT, || async {
        Ok(app
            .text(".next-line")
            .await
            .unwrap_or_default()
            .contains("In talks"))
    })
    .await?;
    app.wait_for("figure.quote", WAIT).await?;
    let speakers = app.texts(".quote .speaker").await?;
    assert!(speakers.iter().any(|s| s == "Sofia Carson"), "{speakers:?}");
    assert!(
        speakers.iter().any(|s| s == "Elizabeth Allen Rosenbaum"),
        "{speakers:?}"
    );
    assert!(app.count(".evidence").await? >= 1);
    app.screenshot_step("saved").await?;
    let show = app.cli(&["show", "Purple Hearts", "--json"]).await?;
    assert!(show.stdout.contains("\"in_talks\""), "{}", show.stdout);

    // Filters: only titles with news.
    app.click(".chip[data-filter='has_news']").await?;
    app.wait_until("only the title with news", WAIT, || async {
        Ok(app.texts(".title-name").await? == ["Purple Hearts"])
    })
    .await?;
    assert!(app.text("#count").await?.contains("1 title"));
    app.screenshot_step("filtered").await?;
    app.click(".chip[data-filter='has_news']").await?;
    app.wait_until("both titles again", WAIT, || async {
        Ok(app.texts(".title-name").await?.len() == 2)
    })
    .await?;
    Ok(())
}

/// The engine misread an article (another film's sequel, counted as this
/// title's): the user dismisses it on the title page, the status falls back
/// to what the other news says, the toast's Undo brings it back, and the
/// "Dismissed by you" list restores it too.
#[tokio::test]
async fn a_misread_article_is_dismissed_and_brought_back() -> Result<()> {
    use sequel_radar_core::model::Status;
    use sequel_radar_core::store::{NewArticle, NewEvidence, Store};
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    // Real sentences: the seed article's, and a box-office report about
    // another sequel (corpus 592) that a reading could pin on this title.
    let talks = "There are conversations. That's all I'll say.";
    let misread = "Christmas came early for STX as A Bad Moms Christmas, the holiday sequel to \
                   last year's hit comedy, scored a five-day total of $21.5M.";
    {
        let mut store = Store::open(&data.path()).unwrap();
        let t = store
            .add_title(sequel_radar_core::model::NewTitle {
                name: "Purple Hearts".into(),
                year: Some(2022),
                ..Default::default()
            })
            .unwrap();
        let article = |url: &str, outlet: &str, published: &str| NewArticle {
            url: url.into(),
            outlet: Some(outlet.into()),
            published: Some(published.into()),
            ..NewArticle::default()
        };
        let claim = |status, sentence: &str, official, next: &str| NewEvidence {
            status,
            sentence: sentence.into(),
            official,
            next: Some(next.into()),
            release: None,
        };
        store
            .record_article(
                t.id,
                &article("https://variety.example/talks", "Variety", "2024-12-24"),
                &[claim(Status::InTalks, talks, true, "Purple Hearts 2")],
                &[],
                "2024-12-24T10:00:00.000Z",
            )
            .unwrap();
        store
            .record_article(
                t.id,
                &article(
                    "https://deadline.example/bad-moms",
                    "Deadline",
                    "2025-01-05",
                ),
                &[claim(Status::Released, misread, false, "Purple Hearts 2")],
                &[],
                "2025-01-05T10:00:00.000Z",
            )
            .unwrap();
        // An article that gave only a release year, no status sentence.
        store
            .record_article(
                t.id,
                &article("https://news.example/window", "Collider", "2024-05-01"),
                &[NewEvidence {
                    status: Status::Unknown,
                    sentence: String::new(),
                    official: false,
                    next: None,
                    release: Some("2026".into()),
                }],
                &[],
                "2024-05-01T10:00:00.000Z",
            )
            .unwrap();
        // An article that gave only a quote, credited to someone it was not
        // (corpus 577: the engine once gave Zoya Akhtar's words to Abhay Deol).
        store
            .record_article(
                t.id,
                &article("https://news.example/znmd", "Mid-Day", "2024-06-01"),
                &[],
                &[sequel_radar_core::store::NewQuote {
                    speaker: "Abhay Deol".into(),
                    role: Some("star".into()),
                    text: "Batman (The Dark Knight, 2008) is a great film to have a sequel.".into(),
                    outlet: None,
                }],
                "2024-06-01T10:00:00.000Z",
            )
            .unwrap();
    }
    let app = e2e.launch(&data, "title_page_dismiss").await?;
    let status_is = |want: &'static str| {
        let app = &app;
        move || async move {
            Ok(app
                .text(".next-line")
                .await
                .unwrap_or_default()
                .contains(want))
        }
    };
    app.wait_until("the misread status", WAIT, status_is("Released"))
        .await?;
    // Newest first: the misread article heads "Why we think so".
    let first = app.text(".evidence:first-child .sentence").await?;
    assert!(first.contains("Bad Moms"), "{first}");

    app.click(".evidence:first-child button.dismiss").await?;
    app.wait_until("the status without it", WAIT, status_is("In talks"))
        .await?;
    assert_eq!(app.texts(".evidence .sentence").await?, [talks]);
    assert_eq!(app.text(".title-row.selected .badge").await?, "In talks");
    let summary = app.text("details.dismissed summary").await?;
    assert_eq!(summary, "Dismissed by you (1)");
    let toast = app.text("#toast-text").await?;
    assert_eq!(toast, "Dismissed the Deadline article: now In talks");
    // The step reached on its word leaves the timeline, with no repeat.
    let steps = app.texts(".timeline strong").await?;
    assert_eq!(
        steps.iter().filter(|s| *s == "In talks").count(),
        1,
        "{steps:?}"
    );
    assert!(!steps.iter().any(|s| s == "Released"), "{steps:?}");
    app.screenshot_step("dismissed").await?;

    // Undo from the toast.
    app.click("#toast-undo").await?;
    app.wait_until("back as it was", WAIT, status_is("Released"))
        .await?;
    app.wait_gone("details.dismissed", WAIT).await?;
    assert_eq!(app.count(".evidence").await?, 2);

    // Dismissed again, then restored from the "Dismissed by you" list.
    app.click(".evidence:first-child button.dismiss").await?;
    app.wait_until("dismissed again", WAIT, status_is("In talks"))
        .await?;
    // The keyboard goes on from the toast's Undo.
    let focused = app
        .client()
        .execute(
            "return document.activeElement && document.activeElement.id",
            vec![],
        )
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "the focused element".into(),
            source,
        })?;
    assert_eq!(focused, serde_json::json!("toast-undo"));
    let show = app.cli(&["show", "Purple Hearts", "--json"]).await?;
    let v: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(v["status"], "in_talks", "{}", show.stdout);
    assert_eq!(
        v["dismissed"][0]["url"],
        "https://deadline.example/bad-moms"
    );
    app.click("details.dismissed summary").await?;
    app.click("details.dismissed button.restore").await?;
    app.wait_until("restored from the list", WAIT, status_is("Released"))
        .await?;
    app.wait_gone("details.dismissed", WAIT).await?;

    // A quote is set aside by its own button: its article goes, the status
    // stays, and it is listed with what was dismissed.
    assert_eq!(app.texts(".quote .speaker").await?, ["Abhay Deol"]);
    app.click("figure.quote button.dismiss").await?;
    app.wait_gone("figure.quote", WAIT).await?;
    let toast = app.text("#toast-text").await?;
    assert_eq!(
        toast,
        "Dismissed the article quoting Abhay Deol: the status is unchanged"
    );
    assert!(app.text(".next-line").await?.contains("Released"));
    // The list was left open by the restore above: it stays open.
    assert_eq!(app.count("details.dismissed[open]").await?, 1);
    let listed = app.text("details.dismissed").await?;
    assert!(listed.contains("Batman (The Dark Knight"), "{listed}");
    app.click("details.dismissed button.restore").await?;
    app.wait_for("figure.quote", WAIT).await?;

    // A bare release year set aside (from the command line) is listed as one.
    let out = app
        .cli(&["dismiss", "Purple Hearts", "https://news.example/window"])
        .await?;
    assert!(out.stdout.starts_with("Dismissed"), "{}", out.stdout);
    app.click(".title-row.selected").await?;
    app.wait_until("the window listed", WAIT, || async {
        Ok(app
            .text("details.dismissed")
            .await
            .unwrap_or_default()
            .contains("A release date or window"))
    })
    .await?;
    Ok(())
}
