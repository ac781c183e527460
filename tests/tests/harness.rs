//! The harness keeps its promises: app instances do not share a bus (so single-instance and
//! notifications cannot leak between tests), and ending an instance leaves no process.

use sequel_radar_e2e::{setup, DataDir, NewTitle, Result};

#[tokio::test]
async fn instances_are_isolated_and_leave_nothing_behind() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "instances_are_isolated_and_leave_nothing_behind";

    // Two windows of the same app at once: on a shared bus single-instance would turn the
    // second away; each on its own bus and data folder, both run.
    let first = e2e.launch(&DataDir::new()?, test).await?;
    let second = e2e
        .launch(&DataDir::new()?, &format!("{test}-other"))
        .await?;
    assert_ne!(first.bus_address()?, second.bus_address()?);
    first.add_title(&NewTitle::named("Only here")).await?;
    assert!(
        second.row_names().await?.is_empty(),
        "the data folders are separate"
    );
    first.screenshot().await?;

    let mut pids: Vec<(i32, String)> = first
        .processes()
        .into_iter()
        .map(|p| (p.pid, p.comm))
        .collect();
    let names: Vec<&str> = pids.iter().map(|(_, c)| c.as_str()).collect();
    for expected in ["tauri-driver", "WebKitWebDriver", "dbus-daemon"] {
        assert!(names.contains(&expected), "{expected} runs: {names:?}");
    }
    assert!(first.app_process().is_some(), "the app runs: {names:?}");

    let left = first.kill();
    assert!(left.is_empty(), "still running after the end: {left:?}");
    pids.retain(|(pid, comm)| {
        sequel_radar_e2e::procs::all()
            .iter()
            .any(|p| p.pid == *pid && &p.comm == comm && p.is_alive())
    });
    assert!(pids.is_empty(), "leftovers: {pids:?}");

    // The other instance did not notice.
    assert!(second.row_names().await?.is_empty());
    assert_eq!(second.title().await?, "Sequel Radar");
    Ok(())
}
