//! The Settings panel in the real window: news sources (list, add a feed on loopback and
//! see it read, a broken one with its error in words next to it, off and on, remove), the
//! refresh interval and the notification options kept across a restart, where the data
//! lives, and the version and licences. The CLI on the same data folder is the second
//! witness. Screenshots: target/e2e-screenshots/settings_*.png.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_e2e::notify_server::{corpus, Outlet};
use sequel_radar_e2e::{add_before_launch, setup, App, DataDir, Result, WAIT};

/// A refresh on loopback on a slow, shared 2-core machine.
const NEWS_WAIT: Duration = Duration::from_secs(60);

const OPEN: &str = "#open-settings";
const DIALOG: &str = "dialog.settings";
const DONE: &str = "dialog.settings .dialog-actions button";

/// One source as the panel shows it.
#[derive(Debug, Clone, PartialEq)]
struct SourceRow {
    id: String,
    name: String,
    /// The address, shown under the name once the source has one.
    url: String,
    /// The words about its last check ("Checked …", "Could not be read …", "Off: …").
    state: String,
    /// Whether the state is shown as an error.
    failing: bool,
    enabled: bool,
}

/// The source rows the panel shows now, top to bottom, read in one go (the list is rebuilt
/// when a refresh ends).
async fn sources(app: &App) -> Result<Vec<SourceRow>> {
    let rows = app
        .run_script(
            "reading the sources",
            "return Array.from(document.querySelectorAll('dialog.settings .source'), (li) => {
                const state = li.querySelector('.source-state');
                const url = li.querySelector('.source-url');
                return [li.dataset.id, li.querySelector('.source-name').innerText,
                        url ? url.innerText : li.querySelector('.source-name').innerText,
                        state ? state.innerText : '',
                        !!state && state.classList.contains('source-error'),
                        li.querySelector('input.source-enabled').checked];
            });",
            vec![],
        )
        .await?;
    Ok(rows
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|r| SourceRow {
            id: r[0].as_str().unwrap_or_default().to_string(),
            name: r[1].as_str().unwrap_or_default().to_string(),
            url: r[2].as_str().unwrap_or_default().to_string(),
            state: r[3].as_str().unwrap_or_default().to_string(),
            failing: r[4].as_bool().unwrap_or(false),
            enabled: r[5].as_bool().unwrap_or(false),
        })
        .collect())
}

/// Waits until the panel shows the source at address `url` for which `check` holds; returns it.
async fn wait_for_source(
    app: &App,
    url: &str,
    what: &str,
    wait: Duration,
    check: impl Fn(&SourceRow) -> bool,
) -> Result<SourceRow> {
    let found = std::cell::RefCell::new(None);
    app.wait_until(&format!("source {url}: {what}"), wait, || async {
        let row = sources(app).await?.into_iter().find(|s| s.url == url);
        let ok = row.as_ref().is_some_and(&check);
        *found.borrow_mut() = row;
        Ok(ok)
    })
    .await?;
    Ok(found.into_inner().unwrap())
}

/// "Checked 27 Nov 2026, 21:40": words, a date and a time of day.
fn says_checked_with_time(state: &str) -> bool {
    let has_time = state
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    state.starts_with("Checked ") && has_time
}

/// `sources list --json` on the app's data folder: (url, enabled) of each source.
async fn cli_sources(app: &App) -> Result<Vec<(String, bool)>> {
    let out = app.cli(&["sources", "list", "--json"]).await?;
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    Ok(json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["url"].as_str().unwrap().to_string(),
                s["enabled"].as_bool().unwrap(),
            )
        })
        .collect())
}

async fn status_of(app: &App, name: &str) -> Result<String> {
    let out = app.cli(&["show", name, "--json"]).await?;
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    Ok(json["status"].as_str().unwrap_or_default().to_string())
}

async fn click_in_row(app: &App, id: &str, css: &str) -> Result<()> {
    app.click(&format!(r#"{DIALOG} .source[data-id="{id}"] {css}"#))
        .await
}

#[tokio::test]
async fn settings_sources_are_added_checked_switched_off_and_removed() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "settings_sources";
    let outlet = Outlet::start().await?;
    outlet.publish(
        "/film/purple-hearts-2-update/",
        "Purple Hearts: what Sofia Carson says about a sequel",
        &corpus("000-purple-hearts-2.txt")?,
        "Mon, 17 Mar 2025 12:00:00 GMT",
    );
    let data = DataDir::new()?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    // No default sources (the harness starts the app offline): the user adds the feed.
    let app = e2e.launch(&data, test).await?;
    app.click(OPEN).await?;
    app.wait_for(DIALOG, WAIT).await?;
    let empty = app.text(&format!("{DIALOG} .sources")).await?;
    assert!(empty.contains("No sources"), "{empty:?}");

    // A working feed: added, read at once, and shown as checked, with the time.
    let feed = outlet.feed_url();
    app.fill("#source-url", &feed).await?;
    app.click("#source-add").await?;
    let good = wait_for_source(&app, &feed, "checked", NEWS_WAIT, |s| {
        says_checked_with_time(&s.state)
    })
    .await?;
    assert!(good.enabled && !good.failing, "{good:?}");
    // Added by address alone, it is named after the feed's own title.
    assert_eq!(good.name, "Loopback Outlet", "{good:?}");
    assert_eq!(app.value("#source-url").await?, "", "the field is emptied");
    assert_eq!(
        status_of(&app, "Purple Hearts").await?,
        "in_talks",
        "the feed was really read"
    );
    app.screenshot_step("checked").await?;

    // A broken one: its error, in words a user can act on, next to it.
    let gone = feed.replace("/feed.xml", "/gone.xml");
    app.fill("#source-url", &gone).await?;
    app.click("#source-add").await?;
    let broken = wait_for_source(&app, &gone, "failing", NEWS_WAIT, |s| s.failing).await?;
    assert!(
        broken.state.starts_with("Could not be read ")
            && broken.state.contains("404")
            && broken.state.contains("check it or remove the source")
            // The row already names the address; its message does not repeat it.
            && !broken.state.contains(&gone),
        "{broken:?}"
    );
    let good_now = wait_for_source(&app, &feed, "still fine", WAIT, |s| !s.failing).await?;
    assert!(says_checked_with_time(&good_now.state), "{good_now:?}");
    app.screenshot_step("failing").await?;

    // Off and on again.
    click_in_row(&app, &good.id, "input.source-enabled").await?;
    let off = wait_for_source(&app, &feed, "off", WAIT, |s| s.state == "Off: not checked").await?;
    assert!(!off.enabled, "{off:?}");
    assert!(cli_sources(&app).await?.contains(&(feed.clone(), false)));
    app.screenshot_step("off").await?;
    // On again from the keyboard: Space on the switch. The row is rebuilt with its new
    // state, and the focus stays on the switch, so a keyboard user is not thrown out.
    let switch = app
        .find(&format!(
            r#"{DIALOG} .source[data-id="{}"] input.source-enabled"#,
            good.id
        ))
        .await?;
    switch
        .send_keys(" ")
        .await
        .map_err(|e| sequel_radar_e2e::HarnessError::WebDriver {
            what: "Space on the source's switch".into(),
            source: e,
        })?;
    let on = wait_for_source(&app, &feed, "on", WAIT, |s| {
        s.enabled && says_checked_with_time(&s.state)
    })
    .await?;
    assert!(!on.failing, "{on:?}");
    let focused = app
        .run_script(
            "the focused control",
            "const a = document.activeElement;
             return [a.closest('.source')?.dataset.id ?? null, a.className, a.isConnected];",
            vec![],
        )
        .await?;
    assert_eq!(
        focused,
        serde_json::json!([good.id, "source-enabled", true]),
        "the focus stays on the source's switch"
    );
    assert!(cli_sources(&app).await?.contains(&(feed.clone(), true)));

    // Remove the broken one.
    click_in_row(&app, &broken.id, ".source-remove").await?;
    app.wait_until("the broken source gone", WAIT, || async {
        Ok(sources(&app).await?.iter().all(|s| s.url != gone))
    })
    .await?;
    let urls: Vec<String> = sources(&app).await?.into_iter().map(|s| s.url).collect();
    assert_eq!(urls, std::slice::from_ref(&feed));
    assert_eq!(cli_sources(&app).await?, [(feed, true)]);
    app.screenshot().await?;
    Ok(())
}

#[tokio::test]
async fn settings_interval_and_notifications_survive_a_restart_data_and_about_shown() -> Result<()>
{
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "settings_kept";
    let data = DataDir::new()?;
    let app = e2e.launch(&data, test).await?;
    app.click(OPEN).await?;
    app.wait_for(DIALOG, WAIT).await?;

    // Where the data lives, and what this is.
    assert_eq!(
        app.text("#data-dir").await?,
        data.path().display().to_string()
    );
    let version = app.cli(&["--version"]).await?.stdout;
    let version = version
        .trim()
        .trim_start_matches("sequel-radar ")
        .to_string();
    let about = app.text("#about").await?;
    assert!(
        about.contains(&format!("Sequel Radar {version}")),
        "{about:?}"
    );
    for licence in ["MIT licence", "Apache-2.0", "SQLite (public domain)"] {
        assert!(about.contains(licence), "{licence} in {about:?}");
    }

    // Defaults, then the user's choices.
    assert_eq!(app.value("#refresh-interval").await?, "6");
    app.wait_for("#notify-status", WAIT).await?;
    assert!(checked(&app, "#notify-status").await?);
    assert!(!checked(&app, "#quiet-hours").await?);
    app.select("#refresh-interval", "24").await?;
    app.click("#notify-status").await?;
    app.click("#quiet-hours").await?;
    app.screenshot_step("changed").await?;
    app.click(DONE).await?;
    app.wait_gone(DIALOG, WAIT).await?;

    let app = app.relaunch().await?;
    app.click(OPEN).await?;
    app.wait_for("#notify-status", WAIT).await?;
    app.screenshot_step("after-restart").await?;
    assert_eq!(
        app.value("#refresh-interval").await?,
        "24",
        "once a day, still"
    );
    assert!(
        !checked(&app, "#notify-status").await?,
        "status changes stay off"
    );
    assert!(checked(&app, "#quiet-hours").await?, "quiet hours stay on");
    assert_eq!(app.value("#quiet-start").await?, "22:00");
    assert_eq!(app.value("#quiet-end").await?, "08:00");
    Ok(())
}

async fn checked(app: &App, css: &str) -> Result<bool> {
    let element = app.wait_for(css, WAIT).await?;
    let on =
        element
            .prop("checked")
            .await
            .map_err(|e| sequel_radar_e2e::HarnessError::WebDriver {
                what: format!("checked of {css}"),
                source: e,
            })?;
    Ok(on.as_deref() == Some("true"))
}
