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
    let export = write_export(
        &data,
        "watchlist.csv",
        "Date,Name,Year,Letterboxd URI\r\n\
         2024-01-02,Purple Hearts,2022,https://boxd.it/abc1\r\n\
         2024-01-03,Amélie,2001,https://boxd.it/abc2\r\n\
         2024-01-04,Talk to Me,2023,https://boxd.it/abc3\r\n",
    )?;
    let broken = write_export(
        &data,
        "diary.csv",
        "Date,Name,Year,Letterboxd URI\n2024-01-02,Heat,1995,https://boxd.it/x1\n2024-01-04,,2001,https://boxd.it/x2\n",
    )?;
    let app = e2e.launch(&data, "import_letterboxd").await?;
    app.cli(&["add", "Amélie", "--year", "2001"]).await?;

    // A bad row: the message names the file, the line and the field; nothing is written.
    choose(&app, &broken).await?;
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

    choose_and_preview(&app, &export).await?;
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

/// A Letterboxd watchlist of `rows` films named "Film 0", "Film 1" ...
fn big_watchlist(data: &DataDir, rows: usize) -> Result<std::path::PathBuf> {
    let mut text = String::from("Date,Name,Year,Letterboxd URI\n");
    for i in 0..rows {
        text.push_str(&format!(
            "2024-01-01,Film {i},{},https://boxd.it/f{i}\n",
            2001 + i % 20
        ));
    }
    write_export(data, "watchlist.csv", &text)
}

/// Writes an export named `name` into the test's data folder.
fn write_export(data: &DataDir, name: &str, text: &str) -> Result<std::path::PathBuf> {
    let path = data.path().join(name);
    std::fs::write(&path, text).map_err(|e| HarnessError::Io {
        what: format!("write the export {name}"),
        source: e,
    })?;
    Ok(path)
}

/// Opens the import dialog and picks `path` in its file field.
async fn choose(app: &sequel_radar_e2e::App, path: &std::path::Path) -> Result<()> {
    app.click("#open-import").await?;
    let input = app.wait_for("#import-file", WAIT).await?;
    input
        .send_keys(&path.display().to_string())
        .await
        .map_err(|source| HarnessError::WebDriver {
            what: format!("choose {}", path.display()),
            source,
        })
}

async fn choose_and_preview(app: &sequel_radar_e2e::App, path: &std::path::Path) -> Result<()> {
    choose(app, path).await?;
    app.wait_for(".import-summary", WAIT).await?;
    Ok(())
}

/// Starts the previewed import and waits until its progress line says
/// `expected` ("of 1,200 titles"); returns the line.
async fn start_and_see_progress(app: &sequel_radar_e2e::App, expected: &str) -> Result<String> {
    app.click("#import-go").await?;
    app.wait_until("the import's progress", WAIT, || async {
        Ok(app.text("#import-progress-text").await?.contains(expected))
    })
    .await?;
    app.text("#import-progress-text").await
}

// SEQUEL_RADAR_IMPORT_PAUSE_MS makes the shell pause after each progress
// report (every 500 titles), so the import lasts long enough to be watched
// and cancelled without racing it.

#[tokio::test]
async fn a_long_import_shows_n_of_m_then_the_titles() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let e2e = e2e.with_env("SEQUEL_RADAR_IMPORT_PAUSE_MS", "700");
    let data = DataDir::new()?;
    let export = big_watchlist(&data, 1_200)?;
    let app = e2e.launch(&data, "import_progress").await?;
    choose_and_preview(&app, &export).await?;
    let progress = start_and_see_progress(&app, "of 1,200 titles").await?;
    app.screenshot_step("progress").await?;
    assert!(progress.starts_with("Importing "), "{progress}");
    assert!(app.is_visible("#import-progress").await?);
    app.wait_gone("dialog", Duration::from_secs(60)).await?;
    assert_eq!(app.cli_names().await?.len(), 1_200);
    Ok(())
}

#[tokio::test]
async fn a_cancelled_import_leaves_the_watchlist_as_it_was() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let e2e = e2e.with_env("SEQUEL_RADAR_IMPORT_PAUSE_MS", "3000");
    let data = DataDir::new()?;
    let export = big_watchlist(&data, 1_200)?;
    let app = e2e.launch(&data, "import_cancel").await?;
    app.cli(&["add", "Film 0", "--year", "2001"]).await?;
    choose_and_preview(&app, &export).await?;
    start_and_see_progress(&app, "of 1,200 titles").await?;
    app.click("dialog button:not(.primary)").await?;
    app.wait_until("the cancelled message", WAIT, || async {
        Ok(app.text("dialog .form-error").await?.contains("cancelled"))
    })
    .await?;
    let message = app.text("dialog .form-error").await?;
    app.screenshot_step("cancelled").await?;
    assert!(message.contains("nothing was changed"), "{message}");
    assert_eq!(app.cli_names().await?, ["Film 0"]);
    // The dialog is still open and the import can be started again.
    assert!(app.is_visible("#import-go").await?);
    Ok(())
}
