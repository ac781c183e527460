//! Native notifications from the real app: a real notification server (dunst) on each
//! instance's private D-Bus session, the app's own refresh reading real article text from a
//! news outlet on loopback. What the server received is read back from its history.
//!
//! Quiet hours, pause and the digest depend on the clock: they are covered by the engine's
//! table tests with an injected clock (`crates/core/src/alerts/plan_tests.rs`).
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::time::Duration;

use sequel_radar_e2e::notify_server::{self, corpus, Outlet, Shown};
use sequel_radar_e2e::watchlist::ROW;
use sequel_radar_e2e::{add_before_launch, setup, App, DataDir, HarnessError, NewTitle, Result};

/// Long enough for a refresh on loopback and a delivery on a slow 2-core machine.
const NEWS_WAIT: Duration = Duration::from_secs(60);

const PH_SUMMARY: &str = "Purple Hearts 2: in talks";
const PH_BODY: &str = "Sofia Carson to Variety: \"There are conversations. That’s all I’ll say.\"";

fn publish_purple_hearts(outlet: &Outlet) -> Result<()> {
    outlet.publish(
        "/film/purple-hearts-2-update/",
        "Purple Hearts: what Sofia Carson says about a sequel",
        &corpus("000-purple-hearts-2.txt")?,
        "Mon, 17 Mar 2025 12:00:00 GMT",
    );
    Ok(())
}

fn publish_talk_to_me(outlet: &Outlet) -> Result<()> {
    outlet.publish(
        "/film/talk-to-me-sequel-sophie-wilde/",
        "Talk to Me: Sophie Wilde on the A24 sequel",
        &corpus("007-talk-to-me-sequel-a24.txt")?,
        "Mon, 12 Feb 2024 12:00:00 GMT",
    );
    Ok(())
}

fn publish_joker(outlet: &Outlet) -> Result<()> {
    outlet.publish(
        "/film/joker-joaquin-phoenix-sequel/",
        "Joker: Joaquin Phoenix on another film",
        &corpus("014-joker-phoenix-open-to-sequel.txt")?,
        "Tue, 14 Jan 2020 12:00:00 GMT",
    );
    Ok(())
}

/// The derived status `show NAME --json` prints.
async fn status_of(app: &App, name: &str) -> Result<String> {
    let out = app.cli(&["show", name, "--json"]).await?;
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    Ok(json["status"].as_str().unwrap_or_default().to_string())
}

async fn wait_for_status(app: &App, name: &str, status: &str) -> Result<()> {
    app.wait_until(&format!("{name} {status}"), NEWS_WAIT, || async {
        Ok(status_of(app, name).await? == status)
    })
    .await
}

async fn wait_for_notification(app: &App, summary: &str) -> Result<Vec<Shown>> {
    notify_server::wait_for_notification(app, summary, NEWS_WAIT).await
}

fn summaries(shown: &[Shown]) -> Vec<&str> {
    shown.iter().map(|n| n.summary.as_str()).collect()
}

/// Opens the title's page and picks its notification threshold, as a user does.
async fn set_threshold(app: &App, name: &str, value: &str) -> Result<()> {
    app.wait_for_rows_containing(name).await?;
    let id = app
        .rows()
        .await?
        .into_iter()
        .find(|(_, n)| n == name)
        .map(|(id, _)| id)
        .unwrap();
    app.click(&format!(r#"{ROW}[data-id="{id}"]"#)).await?;
    app.wait_until(
        &format!("{name}'s page"),
        sequel_radar_e2e::WAIT,
        || async { Ok(app.text("#title-heading").await? == name) },
    )
    .await?;
    // The page re-renders from the store once the choice is saved: pick it, then read it
    // back afresh.
    let select = app
        .wait_for("#title-threshold", sequel_radar_e2e::WAIT)
        .await?;
    select
        .select_by_value(value)
        .await
        .map_err(|e| app_error(format!("choosing {value}: {e}")))?;
    app.wait_until(
        &format!("{name} notifying {value}"),
        sequel_radar_e2e::WAIT,
        || async {
            let now = app
            .client()
            .execute(
                "const s = document.querySelector('#title-threshold'); return s ? s.value : null;",
                vec![],
            )
            .await
            .map_err(|e| app_error(e.to_string()))?;
            Ok(now.as_str() == Some(value))
        },
    )
    .await
}

fn app_error(what: String) -> HarnessError {
    HarnessError::Cli {
        command: "WebDriver".into(),
        problem: what,
        stdout: String::new(),
        stderr: String::new(),
    }
}

trait RowsContaining {
    async fn wait_for_rows_containing(&self, name: &str) -> Result<()>;
}

impl RowsContaining for App {
    async fn wait_for_rows_containing(&self, name: &str) -> Result<()> {
        self.wait_until(
            &format!("a row {name:?}"),
            sequel_radar_e2e::WAIT,
            || async { Ok(self.row_names().await?.iter().any(|n| n == name)) },
        )
        .await
    }
}

#[tokio::test]
async fn a_status_change_pops_up_once_with_who_said_it_and_where() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "a_status_change_pops_up_once_with_who_said_it_and_where";
    let outlet = Outlet::start().await?;
    publish_purple_hearts(&outlet)?;
    let data = DataDir::new()?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    let e2e = e2e.with_notification_server()?.with_outlet(&outlet);

    // Started on a folder with a title and a source never checked: the app reads the news
    // at once and taps the user on the shoulder without being asked.
    let app = e2e.launch(&data, test).await?;
    let shown = wait_for_notification(&app, PH_SUMMARY).await?;
    app.screenshot().await?;
    assert_eq!(summaries(&shown), [PH_SUMMARY], "exactly one notification");
    assert_eq!(shown[0].body, PH_BODY, "who said it, to whom");
    assert!(
        shown[0].icon.ends_with("notification-icon.png"),
        "the app icon: {:?}",
        shown[0].icon
    );
    assert_eq!(status_of(&app, "Purple Hearts").await?, "in_talks");

    // More news later: only the new change is told, the old one is not told again.
    publish_talk_to_me(&outlet)?;
    app.add_title(&NewTitle::named("Talk to Me").year(2023).kind("movie"))
        .await?;
    check_now(&app).await?;
    let shown = wait_for_notification(&app, "Talk to Me 2: confirmed").await?;
    assert_eq!(summaries(&shown), [PH_SUMMARY, "Talk to Me 2: confirmed"]);
    assert!(
        shown[1].body.starts_with("Sophie Wilde to GamesRadar+: \"")
            || shown[1].body.contains("A24"),
        "the quote or the evidence: {:?}",
        shown[1].body
    );

    // A new start (and a new server with an empty history): nothing from before comes back.
    let app = app.relaunch().await?;
    publish_joker(&outlet)?;
    app.add_title(&NewTitle::named("Joker").year(2019).kind("movie"))
        .await?;
    check_now(&app).await?;
    let shown = wait_for_notification(&app, "Joker 2: rumored").await?;
    app.screenshot_step("relaunched").await?;
    assert_eq!(summaries(&shown), ["Joker 2: rumored"], "never twice");
    Ok(())
}

#[tokio::test]
async fn muted_and_confirmed_or_later_titles_stay_quiet_about_lesser_news() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "muted_and_confirmed_or_later_titles_stay_quiet_about_lesser_news";
    let outlet = Outlet::start().await?;
    let data = DataDir::new()?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    add_before_launch(&data, "Joker", 2019).await?;
    add_before_launch(&data, "Talk to Me", 2023).await?;
    let e2e = e2e.with_notification_server()?.with_outlet(&outlet);
    let app = e2e.launch(&data, test).await?;

    set_threshold(&app, "Purple Hearts", "nothing").await?;
    set_threshold(&app, "Joker", "confirmed_or_later").await?;
    set_threshold(&app, "Talk to Me", "confirmed_or_later").await?;
    app.screenshot_step("thresholds").await?;

    publish_purple_hearts(&outlet)?;
    publish_joker(&outlet)?;
    publish_talk_to_me(&outlet)?;
    check_now(&app).await?;
    wait_for_status(&app, "Purple Hearts", "in_talks").await?;
    wait_for_status(&app, "Joker", "rumored").await?;
    // The confirmed one gets through, in the same delivery as the two that must not.
    let shown = wait_for_notification(&app, "Talk to Me 2: confirmed").await?;
    app.screenshot().await?;
    assert_eq!(
        summaries(&shown),
        ["Talk to Me 2: confirmed"],
        "muted Purple Hearts and a rumor about Joker (confirmed or later) are not told"
    );
    Ok(())
}

#[tokio::test]
async fn without_a_notification_server_nothing_is_lost_and_it_goes_out_once_later() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "without_a_notification_server_nothing_is_lost_and_it_goes_out_once_later";
    let outlet = Outlet::start().await?;
    publish_purple_hearts(&outlet)?;
    let data = DataDir::new()?;
    notify_server::no_server(&data)?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    let e2e = e2e.with_outlet(&outlet);

    // A server is registered for the bus name but cannot start: nobody can show anything.
    let app = e2e.launch(&data, test).await?;
    wait_for_status(&app, "Purple Hearts", "in_talks").await?;
    let log = app.log().to_path_buf();
    app.wait_until("the app to find no server", NEWS_WAIT, || async {
        Ok(std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("no notification server answered"))
    })
    .await?;
    app.screenshot().await?;
    let data = app.quit().await?;

    // Next start, a server is there: the change waiting since is told, once.
    notify_server::allow_server(&data)?;
    let e2e = e2e.with_notification_server()?;
    let app = e2e.launch(&data, &format!("{test}-with-server")).await?;
    let shown = wait_for_notification(&app, PH_SUMMARY).await?;
    app.screenshot().await?;
    assert_eq!(summaries(&shown), [PH_SUMMARY]);
    assert_eq!(shown[0].body, PH_BODY);
    Ok(())
}

#[tokio::test]
async fn clicking_a_notification_opens_its_title() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "clicking_a_notification_opens_its_title";
    let outlet = Outlet::start().await?;
    publish_purple_hearts(&outlet)?;
    let data = DataDir::new()?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    let e2e = e2e.with_notification_server()?.with_outlet(&outlet);
    let app = e2e.launch(&data, test).await?;
    let bus = app.bus_address()?;
    app.wait_until("a notification on screen", NEWS_WAIT, || async {
        Ok(notify_server::displayed(&bus).await? == 1)
    })
    .await?;
    // The user is looking at another title when they click the notification.
    app.add_title(&NewTitle::named("Joker").year(2019).kind("movie"))
        .await?;
    app.wait_until("Joker's page", sequel_radar_e2e::WAIT, || async {
        Ok(app.text("#title-heading").await? == "Joker")
    })
    .await?;
    notify_server::click_newest(&bus).await?;
    app.wait_until("Purple Hearts' page", sequel_radar_e2e::WAIT, || async {
        Ok(app.text("#title-heading").await? == "Purple Hearts")
    })
    .await?;
    app.screenshot().await?;
    Ok(())
}

/// Clicks "Check now" once no check is running: a check that started before
/// the news was published would swallow the click (the button is hidden while
/// a check runs) and end without the news, under load (seen in CI).
async fn check_now(app: &App) -> Result<()> {
    app.wait_until("the running check to end", NEWS_WAIT, || async {
        Ok(!app.text("#refresh-text").await?.starts_with("Checking"))
    })
    .await?;
    app.click("#check-now").await
}
