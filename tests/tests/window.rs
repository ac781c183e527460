//! The watchlist in the real window: what a user does and sees, checked through the UI's
//! selector contract, with the CLI on the same data folder as a second witness.
//!
//! Run with `cargo build -p sequel-radar && cargo test -p sequel-radar-e2e --test window`.
//! Screenshots: target/e2e-screenshots/<test>*.png.

use std::time::Duration;

use sequel_radar_e2e::notify_server::Outlet;
use sequel_radar_e2e::watchlist::{
    ADD_ERROR, ADD_NAME, COUNT, LIST, ROW, SEARCH, TOAST, TOAST_UNDO,
};
use sequel_radar_e2e::{add_before_launch, setup, DataDir, NewTitle, Result, WAIT};

const REFRESH_TEXT: &str = "#refresh-text";
const HOSTILE: &str = r#"<img src=x onerror="document.title='pwned'">"#;

#[tokio::test]
async fn added_title_shows_in_the_list() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e.launch(&data, "added_title_shows_in_the_list").await?;
    assert_eq!(app.title().await?, "Sequel Radar");
    let windows: Vec<String> = app.windows()?.into_iter().map(|w| w.name).collect();
    assert_eq!(
        windows,
        ["Sequel Radar"],
        "one window, titled for the window manager"
    );
    assert!(
        app.row_names().await?.is_empty(),
        "a new data folder starts empty"
    );

    app.add_title(
        &NewTitle::named("Purple Hearts")
            .year(2022)
            .kind("movie")
            .platform("Netflix"),
    )
    .await?;
    app.screenshot().await?;

    assert_eq!(app.row_names().await?, ["Purple Hearts"]);
    assert_eq!(
        app.value(ADD_NAME).await?,
        "",
        "the name field is cleared after an add"
    );
    assert!(
        app.text(COUNT).await?.contains('1'),
        "the count says one title"
    );
    assert_eq!(app.cli_names().await?, ["Purple Hearts"]);
    Ok(())
}

#[tokio::test]
async fn titles_survive_closing_and_reopening_the_app() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(&data, "titles_survive_closing_and_reopening_the_app")
        .await?;
    app.add_title(&NewTitle::named("The Bear").year(2022).kind("series"))
        .await?;
    app.add_title(&NewTitle::named("Dune").year(2021).kind("movie"))
        .await?;

    let app = app.relaunch().await?;
    app.wait_for_rows(&["The Bear", "Dune"]).await?;
    app.screenshot().await?;
    Ok(())
}

#[tokio::test]
async fn removed_title_is_gone_and_undo_brings_it_back() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(&data, "removed_title_is_gone_and_undo_brings_it_back")
        .await?;
    app.add_title(&NewTitle::named("Severance").kind("series"))
        .await?;
    app.add_title(&NewTitle::named("Arcane").kind("series"))
        .await?;

    app.remove_row("Severance").await?;
    app.wait_for_rows(&["Arcane"]).await?;
    assert!(app.is_visible(TOAST).await?, "a toast offers to undo");
    app.screenshot_step("removed").await?;

    app.click(TOAST_UNDO).await?;
    app.wait_for_rows(&["Severance", "Arcane"]).await?;
    app.screenshot_step("undone").await?;
    let mut names = app.cli_names().await?;
    names.sort();
    assert_eq!(names, ["Arcane", "Severance"]);

    app.remove_row("Severance").await?;
    app.wait_for_rows(&["Arcane"]).await?;
    // Once the undo offer is over, the removal is final on disk too.
    app.wait_until("the undo toast to close", WAIT, || async {
        Ok(!app.is_visible(TOAST).await?)
    })
    .await?;
    app.screenshot().await?;
    assert_eq!(app.cli_names().await?, ["Arcane"]);
    Ok(())
}

#[tokio::test]
async fn duplicate_is_refused_with_a_visible_error() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(&data, "duplicate_is_refused_with_a_visible_error")
        .await?;
    let amelie = NewTitle::named("Amélie").year(2001).kind("movie");
    app.add_title(&amelie).await?;

    app.submit_title(&amelie).await?;
    app.wait_until("an error under the add form", WAIT, || async {
        Ok(!app.add_error().await?.is_empty())
    })
    .await?;
    app.screenshot().await?;
    assert!(app.is_visible(ADD_ERROR).await?);
    assert_eq!(app.row_names().await?, ["Amélie"]);

    // The same name in other letter case is the same title.
    app.submit_title(&NewTitle::named("AMÉLIE").year(2001))
        .await?;
    app.wait_until("an error for the case variant", WAIT, || async {
        Ok(!app.add_error().await?.is_empty())
    })
    .await?;
    assert_eq!(app.row_names().await?, ["Amélie"]);
    assert_eq!(app.cli_names().await?, ["Amélie"]);
    Ok(())
}

#[tokio::test]
async fn hostile_title_is_shown_as_text_and_runs_nothing() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(&data, "hostile_title_is_shown_as_text_and_runs_nothing")
        .await?;
    app.add_title(&NewTitle::named(HOSTILE)).await?;
    // Had the markup become an element, its image would fail to load at once and the
    // handler would run; a second round trip through the list gives it every chance to.
    app.add_title(&NewTitle::named("After")).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.screenshot().await?;

    let names = app.row_names().await?;
    assert!(
        names.iter().any(|n| n == HOSTILE),
        "the name shows literally: {names:?}"
    );
    assert_eq!(app.title().await?, "Sequel Radar", "the handler never ran");
    assert_eq!(
        app.count(&format!("{LIST} img")).await?,
        0,
        "no image in the list"
    );
    assert_eq!(
        app.count(r#"img[src="x"]"#).await?,
        0,
        "no injected image anywhere"
    );
    assert!(app.cli_names().await?.iter().any(|n| n == HOSTILE));
    Ok(())
}

#[tokio::test]
async fn search_ignores_accents_and_case() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e.launch(&data, "search_ignores_accents_and_case").await?;
    app.add_title(&NewTitle::named("Amélie").year(2001).kind("movie"))
        .await?;
    app.add_title(&NewTitle::named("The Bear").kind("series"))
        .await?;

    app.type_into(SEARCH, "amelie").await?;
    app.wait_for_rows(&["Amélie"]).await?;
    app.screenshot().await?;

    app.fill(SEARCH, "").await?;
    app.wait_for_rows(&["Amélie", "The Bear"]).await?;
    Ok(())
}

#[tokio::test]
async fn second_launch_exits_and_the_first_window_stays() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(&data, "second_launch_exits_and_the_first_window_stays")
        .await?;
    app.add_title(&NewTitle::named("Andor").kind("series"))
        .await?;
    let first = app.app_process().expect("the app runs under the driver");

    let status = app.launch_second_instance(WAIT).await?;
    assert_eq!(
        status.code(),
        Some(0),
        "the second launch hands over and exits cleanly"
    );

    // The first window is still there, still answering, with its data.
    assert_eq!(app.app_process().map(|p| p.pid), Some(first.pid));
    assert_eq!(app.title().await?, "Sequel Radar");
    app.wait_for_rows(&["Andor"]).await?;
    assert_eq!(app.count(ROW).await?, 1);
    assert_eq!(
        app.windows()?.len(),
        1,
        "the second launch opened no window"
    );
    app.screenshot().await?;
    Ok(())
}

#[tokio::test]
async fn a_title_added_from_the_command_line_shows_in_the_open_window() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let data = DataDir::new()?;
    let app = e2e
        .launch(
            &data,
            "a_title_added_from_the_command_line_shows_in_the_open_window",
        )
        .await?;
    app.add_title(&NewTitle::named("Dune").year(2021).kind("movie"))
        .await?;
    // Another program writes to the same store while the window is open.
    app.cli(&["add", "Severance", "--year", "2022", "--kind", "series"])
        .await?;
    app.wait_until("the title added elsewhere listed", WAIT, || async {
        Ok(app.row_names().await?.iter().any(|n| n == "Severance"))
    })
    .await?;
    app.cli(&["remove", "Dune"]).await?;
    app.wait_until("the title removed elsewhere gone", WAIT, || async {
        Ok(app.row_names().await? == ["Severance"])
    })
    .await?;
    assert!(app.text(COUNT).await?.contains('1'), "the count follows");
    app.screenshot().await?;
    Ok(())
}

/// The window is told of other programs' writes by a watcher that stays quiet while a
/// refresh runs (the refresher writes too). A title the command line adds during a
/// refresh must show once the refresh ends: the outlet holds its feed so the refresh is
/// surely running when the command line writes.
#[tokio::test]
async fn a_title_added_elsewhere_during_a_refresh_shows_when_it_ends() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let outlet = Outlet::start().await?;
    outlet.hold_feed();
    let data = DataDir::new()?;
    add_before_launch(&data, "Dune", 2021).await?;
    // Kept in a binding: the E2e holds the display for this test alone.
    let e2e = e2e.with_outlet(&outlet);
    let app = e2e
        .launch(
            &data,
            "a_title_added_elsewhere_during_a_refresh_shows_when_it_ends",
        )
        .await?;
    let checking = || async { Ok(app.text(REFRESH_TEXT).await?.starts_with("Checking")) };
    app.wait_until("the start-up refresh running", WAIT, checking)
        .await?;
    app.cli(&["add", "Severance", "--year", "2022", "--kind", "series"])
        .await?;
    // Two rounds of the watcher (every 2 s) pass while the refresh still runs.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert!(
        checking().await?,
        "the refresh ended before the feed was released: the overlap was not tested"
    );
    outlet.release_feed();
    app.wait_until(
        "the title added during the refresh listed",
        WAIT,
        || async { Ok(app.row_names().await?.iter().any(|n| n == "Severance")) },
    )
    .await?;
    app.screenshot().await?;
    Ok(())
}
