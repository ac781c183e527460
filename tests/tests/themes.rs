//! Light and dark: the window follows the desktop's colour scheme, and every
//! screen is saved in both for a person to look at
//! (target/e2e-screenshots/themes_{light,dark}-*.png).
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_core::model::{NewTitle, Status};
use sequel_radar_core::store::{NewArticle, NewEvidence, NewQuote, Store};
use sequel_radar_e2e::{setup, DataDir, HarnessError, Result};

const WAIT: Duration = Duration::from_secs(20);

fn fill(data: &DataDir) {
    let mut store = Store::open(&data.path()).unwrap();
    store
        .add_title(NewTitle {
            name: "Amélie".into(),
            year: Some(2001),
            ..NewTitle::default()
        })
        .unwrap();
    let t = store
        .add_title(NewTitle {
            name: "Purple Hearts".into(),
            year: Some(2022),
            platform: Some("Netflix".into()),
            ..NewTitle::default()
        })
        .unwrap();
    // Words from the seed article (../shared/seed/purple-hearts-2-article.txt).
    let article = NewArticle {
        url: "https://variety.com/purple-hearts-2".into(),
        outlet: Some("Variety".into()),
        published: Some("2025-03-17".into()),
        ..NewArticle::default()
    };
    let evidence = NewEvidence {
        status: Status::InTalks,
        sentence: "There are conversations. That's all I'll say.".into(),
        official: true,
        next: Some("Purple Hearts 2".into()),
        release: None,
    };
    let quote = NewQuote {
        speaker: "Sofia Carson".into(),
        role: Some("star".into()),
        text: "There are conversations. That's all I'll say.".into(),
        outlet: Some("Variety".into()),
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

async fn screens(dark: bool) -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let (e2e, name) = if dark {
        (e2e.with_env("GTK_THEME", "Adwaita:dark"), "themes_dark")
    } else {
        (e2e.with_env("GTK_THEME", "Adwaita"), "themes_light")
    };
    let data = DataDir::new()?;
    fill(&data);
    let app = e2e.launch(&data, name).await?;
    app.client()
        .execute(
            "for (const r of document.querySelectorAll('.title-row')) \
             if (r.querySelector('.title-name').textContent === 'Purple Hearts') r.click();",
            vec![],
        )
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "open Purple Hearts".into(),
            source,
        })?;
    app.wait_for("figure.quote", WAIT).await?;
    let scheme = app
        .client()
        .execute(
            "return [matchMedia('(prefers-color-scheme: dark)').matches, \
             getComputedStyle(document.body).backgroundColor]",
            vec![],
        )
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "read the colour scheme".into(),
            source,
        })?;
    assert_eq!(scheme[0], serde_json::Value::Bool(dark), "{scheme:?}");
    app.screenshot_step("title").await?;
    app.click("#open-settings").await?;
    app.wait_for("dialog.settings", WAIT).await?;
    app.screenshot_step("settings").await?;
    app.click("dialog.settings .dialog-actions button").await?;
    app.click("#open-import").await?;
    app.wait_for("#import-file", WAIT).await?;
    app.screenshot_step("import").await?;
    Ok(())
}

#[tokio::test]
async fn light_screens() -> Result<()> {
    screens(false).await
}

#[tokio::test]
async fn dark_screens() -> Result<()> {
    screens(true).await
}
