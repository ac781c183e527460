//! Importing a list through the window: pick a real-format export, see the
//! preview (new, already there, skipped with reasons), import, see the titles.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_e2e::{setup, DataDir, HarnessError, Result};

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test]
async fn a_letterboxd_watchlist_is_previewed_then_imported() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let export = data.path().join("watchlist.csv");
    std::fs::write(
        &export,
        "Date,Name,Year,Letterboxd URI\r\n\
         2024-01-02,Purple Hearts,2022,https://boxd.it/abc1\r\n\
         2024-01-03,Amélie,2001,https://boxd.it/abc2\r\n\
         2024-01-04,Talk to Me,2023,https://boxd.it/abc3\r\n",
    )
    .map_err(|e| HarnessError::Io {
        what: "write the export".into(),
        source: e,
    })?;
    let broken = data.path().join("diary.csv");
    std::fs::write(
        &broken,
        "Date,Name,Year,Letterboxd URI\n2024-01-02,Heat,1995,https://boxd.it/x1\n2024-01-04,,2001,https://boxd.it/x2\n",
    )
    .map_err(|e| HarnessError::Io {
        what: "write the broken export".into(),
        source: e,
    })?;
    let app = e2e.launch(&data, "import_letterboxd").await?;
    app.cli(&["add", "Amélie", "--year", "2001"]).await?;

    // A bad row: the message names the file, the line and the field; nothing is written.
    app.click("#open-import").await?;
    let input = app.wait_for("#import-file", WAIT).await?;
    input
        .send_keys(&broken.display().to_string())
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "choose the broken file".into(),
            source,
        })?;
    app.wait_until("the import error", WAIT, || async {
        Ok(app.text("dialog .form-error").await?.contains("line 3"))
    })
    .await?;
    let message = app.text("dialog .form-error").await?;
    app.screenshot_step("bad-row").await?;
    assert!(
        message.contains("diary.csv") && message.contains("Name"),
        "{message}"
    );
    assert_eq!(app.cli_names().await?, ["Amélie"]);
    app.click("dialog button:not(.primary)").await?;

    app.click("#open-import").await?;
    let input = app.wait_for("#import-file", WAIT).await?;
    input
        .send_keys(&export.display().to_string())
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: "choose the export file".into(),
            source,
        })?;
    app.wait_for(".import-summary", WAIT).await?;
    let summary = app.text(".import-summary").await?;
    app.screenshot_step("preview").await?;
    assert!(summary.contains("2 new"), "{summary}");
    assert!(summary.contains("1 already on your watchlist"), "{summary}");
    // Nothing is written by the preview.
    assert_eq!(app.cli_names().await?.len(), 1);

    app.click("#import-go").await?;
    app.wait_until("the imported title in the list", WAIT, || async {
        Ok(app
            .texts(".title-name")
            .await?
            .iter()
            .any(|n| n == "Purple Hearts"))
    })
    .await?;
    app.screenshot_step("imported").await?;
    let mut names = app.cli_names().await?;
    names.sort();
    assert_eq!(names, ["Amélie", "Purple Hearts", "Talk to Me"]);
    Ok(())
}
