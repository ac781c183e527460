//! Life in the background, on the real app: closing the window (as a window manager's close
//! button does: WM_DELETE_WINDOW) leaves the process running with its tray icon (a
//! StatusNotifierItem exported on the session bus), the tray's menu still works over D-Bus as
//! a tray host would use it, and news found then is still notified. Quit in the tray exits.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::process::Command;
use std::time::Duration;

use sequel_radar_e2e::notify_server::{self, corpus, Outlet};
use sequel_radar_e2e::{add_before_launch, setup, App, DataDir, HarnessError, Result};

const NEWS_WAIT: Duration = Duration::from_secs(60);
const ITEM_ROOT: &str = "/org/ayatana/NotificationItem";

fn fail(what: impl Into<String>) -> HarnessError {
    HarnessError::Cli {
        command: "background test".into(),
        problem: what.into(),
        stdout: String::new(),
        stderr: String::new(),
    }
}

/// `dbus-send --print-reply` on the instance's bus.
fn dbus_send(bus: &str, args: &[&str]) -> Result<String> {
    let out = Command::new("dbus-send")
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .args(["--session", "--print-reply"])
        .args(args)
        .output()
        .map_err(|source| HarnessError::Spawn {
            what: "dbus-send".into(),
            source,
        })?;
    if !out.status.success() {
        return Err(HarnessError::Cli {
            command: format!("dbus-send {}", args.join(" ")),
            problem: format!("failed ({})", out.status),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The strings of a `--print-reply` answer, in order.
fn strings(reply: &str) -> Vec<String> {
    reply
        .lines()
        .filter_map(|l| l.trim().strip_prefix("string \""))
        .map(|s| s.trim_end_matches('"').to_string())
        .collect()
}

/// The app's tray icon on the bus: (connection, object path) of the StatusNotifierItem its
/// process exports.
fn tray_item(bus: &str, pid: i32) -> Result<Option<(String, String)>> {
    let names = strings(&dbus_send(
        bus,
        &[
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.ListNames",
        ],
    )?);
    for name in names.iter().filter(|n| n.starts_with(':')) {
        let Ok(owner) = dbus_send(
            bus,
            &[
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                &format!("string:{name}"),
            ],
        ) else {
            continue;
        };
        if !owner.contains(&format!("uint32 {pid}")) {
            continue;
        }
        let Ok(xml) = dbus_send(
            bus,
            &[
                &format!("--dest={name}"),
                ITEM_ROOT,
                "org.freedesktop.DBus.Introspectable.Introspect",
            ],
        ) else {
            continue;
        };
        let child = xml
            .split("<node name=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next());
        let Some(child) = child else { continue };
        let path = format!("{ITEM_ROOT}/{child}");
        let item = dbus_send(
            bus,
            &[
                &format!("--dest={name}"),
                &path,
                "org.freedesktop.DBus.Introspectable.Introspect",
            ],
        )?;
        if item.contains("org.kde.StatusNotifierItem") {
            return Ok(Some((name.clone(), path)));
        }
    }
    Ok(None)
}

/// Clicks the tray menu entry labelled `label` the way a tray host does: the dbusmenu
/// `Event(id, "clicked")` on the item's menu.
fn click_tray(bus: &str, item: &(String, String), label: &str) -> Result<()> {
    let (name, path) = item;
    let dest = format!("--dest={name}");
    let menu = format!("{path}/Menu");
    let layout = dbus_send(
        bus,
        &[
            &dest,
            &menu,
            "com.canonical.dbusmenu.GetLayout",
            "int32:0",
            "int32:-1",
            "array:string:label",
        ],
    )?;
    let mut last_id = None;
    let mut id = None;
    for line in layout.lines().map(str::trim) {
        if let Some(n) = line.strip_prefix("int32 ") {
            last_id = n.parse::<i32>().ok();
        }
        if line.ends_with(&format!("string \"{label}\"")) {
            id = last_id;
            break;
        }
    }
    let id = id.ok_or_else(|| fail(format!("no tray entry {label:?} in {layout}")))?;
    dbus_send(
        bus,
        &[
            &dest,
            &menu,
            "com.canonical.dbusmenu.Event",
            &format!("int32:{id}"),
            "string:clicked",
            "variant:string:",
            "uint32:0",
        ],
    )?;
    Ok(())
}

/// Sends WM_DELETE_WINDOW to `window`, as a window manager does for the close button, over
/// the X protocol itself (the test display has no window manager).
fn close_like_a_user(display: &str, window: u32) -> std::io::Result<()> {
    let number = display
        .trim_start_matches(':')
        .split('.')
        .next()
        .unwrap_or("0");
    let mut x = UnixStream::connect(format!("/tmp/.X11-unix/X{number}"))?;
    x.set_read_timeout(Some(Duration::from_secs(10)))?;
    // Connection set-up, little-endian, protocol 11.0, no authorisation.
    x.write_all(&[b'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0])?;
    let mut head = [0u8; 8];
    x.read_exact(&mut head)?;
    if head[0] != 1 {
        return Err(std::io::Error::other("the X server refused the connection"));
    }
    let mut rest = vec![0u8; usize::from(u16::from_le_bytes([head[6], head[7]])) * 4];
    x.read_exact(&mut rest)?;
    let protocols = intern_atom(&mut x, "WM_PROTOCOLS")?;
    let delete = intern_atom(&mut x, "WM_DELETE_WINDOW")?;
    // SendEvent (25) of a ClientMessage (33, format 32) to the window's own client.
    let mut request = vec![25u8, 0];
    request.extend(11u16.to_le_bytes());
    request.extend(window.to_le_bytes());
    request.extend(0u32.to_le_bytes());
    request.extend([33u8, 32, 0, 0]);
    request.extend(window.to_le_bytes());
    request.extend(protocols.to_le_bytes());
    request.extend(delete.to_le_bytes());
    request.extend([0u8; 16]);
    x.write_all(&request)?;
    // GetInputFocus (43) as a round trip: once it answers, the event was sent.
    x.write_all(&[43, 0, 1, 0])?;
    reply(&mut x).map(|_| ())
}

fn intern_atom(x: &mut UnixStream, name: &str) -> std::io::Result<u32> {
    let pad = (4 - name.len() % 4) % 4;
    let length = u16::try_from(2 + (name.len() + pad) / 4).unwrap_or(u16::MAX);
    let mut request = vec![16u8, 0];
    request.extend(length.to_le_bytes());
    request.extend(u16::try_from(name.len()).unwrap_or(0).to_le_bytes());
    request.extend([0u8, 0]);
    request.extend(name.as_bytes());
    request.extend(std::iter::repeat_n(0u8, pad));
    x.write_all(&request)?;
    let answer = reply(x)?;
    Ok(u32::from_le_bytes([
        answer[8], answer[9], answer[10], answer[11],
    ]))
}

/// The next reply, skipping events; an X error is an error.
fn reply(x: &mut UnixStream) -> std::io::Result<[u8; 32]> {
    loop {
        let mut packet = [0u8; 32];
        x.read_exact(&mut packet)?;
        match packet[0] {
            0 => return Err(std::io::Error::other(format!("X error {}", packet[1]))),
            1 => {
                let extra = u32::from_le_bytes([packet[4], packet[5], packet[6], packet[7]]);
                let mut rest = vec![0u8; extra as usize * 4];
                x.read_exact(&mut rest)?;
                return Ok(packet);
            }
            _ => continue,
        }
    }
}

/// Whether X shows the window (`Map State: IsViewable`).
fn is_viewable(display: &str, id: &str) -> Result<bool> {
    let out = Command::new("xwininfo")
        .args(["-id", id, "-display", display])
        .output()
        .map_err(|source| HarnessError::Spawn {
            what: "xwininfo".into(),
            source,
        })?;
    Ok(String::from_utf8_lossy(&out.stdout).contains("IsViewable"))
}

/// The app's private bus, its process id and its tray item.
fn tray_of(app: &App) -> Result<(String, i32, (String, String))> {
    let bus = app.bus_address()?;
    let pid = app
        .app_process()
        .ok_or_else(|| fail("the app is not running"))?
        .pid;
    let tray = tray_item(&bus, pid)?.ok_or_else(|| fail("no tray icon on the bus"))?;
    Ok((bus, pid, tray))
}

async fn wait_for_summary(app: &App, summary: &str) -> Result<Vec<String>> {
    Ok(
        notify_server::wait_for_notification(app, summary, NEWS_WAIT)
            .await?
            .into_iter()
            .map(|n| n.summary)
            .collect(),
    )
}

#[tokio::test]
async fn closing_the_window_keeps_the_app_in_the_tray_and_notifying() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "closing_the_window_keeps_the_app_in_the_tray_and_notifying";
    let outlet = Outlet::start().await?;
    let data = DataDir::new()?;
    add_before_launch(&data, "Purple Hearts", 2022).await?;
    let e2e = e2e.with_notification_server()?.with_outlet(&outlet);
    let display = e2e.display().to_string();
    let app = e2e.launch(&data, test).await?;
    app.screenshot().await?;
    let (bus, pid, tray) = tray_of(&app)?;

    let windows = app.windows()?;
    let window = windows
        .iter()
        .find(|w| is_viewable(&display, &w.id).unwrap_or(false))
        .ok_or_else(|| fail(format!("no visible window among {windows:?}")))?
        .clone();
    let id = u32::from_str_radix(window.id.trim_start_matches("0x"), 16)
        .map_err(|e| fail(format!("window id {}: {e}", window.id)))?;
    close_like_a_user(&display, id)
        .map_err(|e| fail(format!("closing window {}: {e}", window.id)))?;

    // Hidden, not gone: the process and its tray icon stay; the first close says so, once.
    app.wait_until(
        "the window to be hidden",
        sequel_radar_e2e::WAIT,
        || async { Ok(!is_viewable(&display, &window.id)?) },
    )
    .await?;
    let told = wait_for_summary(&app, "Sequel Radar is still running").await?;
    assert_eq!(told, ["Sequel Radar is still running"]);
    assert_eq!(app.app_process().map(|p| p.pid), Some(pid), "still running");
    assert!(tray_item(&bus, pid)?.is_some(), "the tray icon stays");

    // News while the window is closed: the tray's "Check now" reads it, and it is told.
    outlet.publish(
        "/film/purple-hearts-2-update/",
        "Purple Hearts: what Sofia Carson says about a sequel",
        &corpus("000-purple-hearts-2.txt")?,
        "Mon, 17 Mar 2025 12:00:00 GMT",
    );
    click_tray(&bus, &tray, "Check now")?;
    let told = wait_for_summary(&app, "Purple Hearts 2: in talks").await?;
    assert_eq!(
        told,
        ["Sequel Radar is still running", "Purple Hearts 2: in talks"]
    );

    // Closing again says nothing more.
    click_tray(&bus, &tray, "Open Sequel Radar")?;
    app.wait_until("the window to be shown", sequel_radar_e2e::WAIT, || async {
        is_viewable(&display, &window.id)
    })
    .await?;
    app.screenshot_step("reopened").await?;
    close_like_a_user(&display, id).map_err(|e| fail(format!("closing again: {e}")))?;
    app.wait_until(
        "the window to be hidden again",
        sequel_radar_e2e::WAIT,
        || async { Ok(!is_viewable(&display, &window.id)?) },
    )
    .await?;

    // Quit in the tray ends the process.
    click_tray(&bus, &tray, "Quit")?;
    app.wait_until("the app to exit", sequel_radar_e2e::WAIT, || async {
        Ok(app.app_process().is_none())
    })
    .await?;
    let told: Vec<String> = notify_server::received(&bus)
        .await?
        .into_iter()
        .map(|n| n.summary)
        .collect();
    assert_eq!(
        told,
        ["Sequel Radar is still running", "Purple Hearts 2: in talks"],
        "the second close told nothing"
    );
    Ok(())
}

/// The login entries in the app's private XDG config (what "Start at login" writes).
fn login_entries(data: &DataDir) -> Vec<std::path::PathBuf> {
    let dir = data.home().join(".config/autostart");
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    found.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "desktop"));
    found
}

/// "Start at login" writes a login entry that starts the app in the background; started
/// that way it waits in the tray with no window until the tray's "Open Sequel Radar".
#[tokio::test]
async fn started_at_login_the_app_waits_in_the_tray() -> Result<()> {
    let Some(e2e) = setup().await? else {
        return Ok(());
    };
    let test = "started_at_login_the_app_waits_in_the_tray";
    let display = e2e.display().to_string();
    let data = DataDir::new()?;
    let app = e2e.launch(&data, test).await?;
    app.click("#open-settings").await?;
    app.wait_for("#autostart", sequel_radar_e2e::WAIT).await?;
    app.click("#autostart").await?;
    app.wait_until("a login entry", sequel_radar_e2e::WAIT, || async {
        Ok(login_entries(&data).len() == 1)
    })
    .await?;
    let entry = std::fs::read_to_string(&login_entries(&data)[0])
        .map_err(|e| fail(format!("reading the login entry: {e}")))?;
    let exec = entry
        .lines()
        .find(|l| l.starts_with("Exec="))
        .ok_or_else(|| fail(format!("no Exec line in the login entry:\n{entry}")))?;
    assert!(
        exec.contains("sequel-radar") && exec.ends_with("--background"),
        "the login entry starts the app in the background: {exec}"
    );
    app.screenshot_step("autostart-on").await?;
    app.click("#autostart").await?;
    app.wait_until("the login entry gone", sequel_radar_e2e::WAIT, || async {
        Ok(login_entries(&data).is_empty())
    })
    .await?;
    let data = app.quit().await?;

    // Started as the login entry starts it. Its list is not painted while nobody can see
    // it, so the launch waits for the page, not the painted list.
    let e2e = e2e
        .with_args(&["--background"])
        .with_ready_selector("#search");
    let app = e2e.launch(&data, &format!("{test}-at-login")).await?;
    let (bus, _, tray) = tray_of(&app)?;
    let windows = app.windows()?;
    assert!(!windows.is_empty(), "the window exists, hidden");
    for w in &windows {
        assert!(
            !is_viewable(&display, &w.id)?,
            "a window showed at login: {w:?}"
        );
    }

    click_tray(&bus, &tray, "Open Sequel Radar")?;
    app.wait_until("the window to be shown", sequel_radar_e2e::WAIT, || async {
        for w in app.windows()? {
            if is_viewable(&display, &w.id)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
    .await?;
    app.wait_for(sequel_radar_e2e::READY, sequel_radar_e2e::WAIT)
        .await?;
    app.screenshot().await?;
    Ok(())
}
