//! Text from the network is hostile: a store holding markup and script in
//! every field the window shows (title, quote, speaker, role, outlet,
//! evidence, source name, article address) is rendered as text, runs
//! nothing, and never turns a `javascript:` address into a link.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_core::model::{NewTitle, Status};
use sequel_radar_core::store::{NewArticle, NewEvidence, NewQuote, NewSource, Store};
use sequel_radar_e2e::{setup, DataDir, Result};

const WAIT: Duration = Duration::from_secs(20);
const IMG: &str = r#"<img src=x onerror="document.title='pwned'">"#;
const SCRIPT: &str = "<script>document.title='pwned'</script>";

#[tokio::test]
async fn network_text_in_every_field_is_shown_as_text() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    {
        let mut store = Store::open(&data.path()).unwrap();
        let t = store
            .add_title(NewTitle {
                name: format!("Evil {IMG}"),
                year: Some(2024),
                ..NewTitle::default()
            })
            .unwrap();
        store
            .add_source(NewSource {
                // Loopback, nothing listens: the refresh fails fast and never leaves the machine.
                url: "http://127.0.0.1:9/feed".into(),
                name: Some(format!("Source {SCRIPT}")),
                kind: None,
            })
            .unwrap();
        let article = NewArticle {
            url: "javascript:document.title='pwned'".into(),
            outlet: Some(format!("Outlet {IMG}")),
            headline: Some(format!("Headline {SCRIPT}")),
            published: Some("2025-03-17".into()),
            ..NewArticle::default()
        };
        let evidence = NewEvidence {
            status: Status::Confirmed,
            sentence: format!("Evidence {IMG} {SCRIPT}"),
            official: true,
            next: Some(format!("Next {IMG}")),
            release: None,
        };
        let quote = NewQuote {
            speaker: format!("Speaker {IMG}"),
            role: Some(format!("Role {SCRIPT}")),
            text: format!("Quote {IMG}"),
            outlet: Some(format!("Told {IMG}")),
        };
        store
            .record_article(
                t.id,
                &article,
                &[evidence],
                &[quote],
                "2025-03-17T10:00:00.000Z",
            )
            .unwrap();
    }

    let app = e2e.launch(&data, "hostile_network_text").await?;
    // The app opens on the latest-changed title: the hostile one.
    app.wait_until("the title page", WAIT, || async {
        Ok(app
            .text("#title-heading")
            .await
            .unwrap_or_default()
            .contains("Evil"))
    })
    .await?;
    app.wait_for("figure.quote", WAIT).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.screenshot().await?;

    assert_eq!(app.title().await?, "Sequel Radar", "no script ran");
    assert_eq!(app.text("#title-heading").await?, format!("Evil {IMG}"));
    assert_eq!(app.text(".quote blockquote").await?, format!("Quote {IMG}"));
    assert!(app
        .text(".quote .speaker")
        .await?
        .contains(&format!("Speaker {IMG}")));
    assert!(app
        .text(".quote figcaption")
        .await?
        .contains(&format!("Role {SCRIPT}")));
    assert!(app.text(".evidence .sentence").await?.contains(SCRIPT));
    assert!(app
        .text(".evidence .provenance")
        .await?
        .contains(&format!("Outlet {IMG}")));
    assert!(app
        .text(".next-line")
        .await?
        .contains(&format!("Next {IMG}")));
    assert_eq!(
        app.count("#detail img, #watchlist img").await?,
        0,
        "no markup became an element"
    );
    assert_eq!(
        app.count("script:not([src])").await?,
        0,
        "no inline script was added"
    );
    assert_eq!(
        app.count("a[href^='javascript']").await?,
        0,
        "no javascript: link"
    );

    app.click("#open-settings").await?;
    app.wait_for(".source", WAIT).await?;
    assert!(app
        .text(".source")
        .await?
        .contains(&format!("Source {SCRIPT}")));
    app.screenshot_step("settings").await?;
    assert_eq!(app.title().await?, "Sequel Radar");
    assert_eq!(app.count("dialog img").await?, 0);
    Ok(())
}
