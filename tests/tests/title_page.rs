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
