//! End-to-end harness for Sequel Radar: the real app binary in a real WebKit window under
//! Xvfb, driven over WebDriver (tauri-driver + WebKitWebDriver) from Rust.
//!
//! # Running
//!
//! ```text
//! cargo build -p sequel-radar          # the tests drive this binary; they never build it
//! cargo test -p sequel-radar-e2e       # or `make test`, which does both
//! ```
//!
//! Needs, on PATH: `Xvfb` (apt `xvfb`), `tauri-driver` (`cargo install tauri-driver
//! --version ^2.0 --locked`; `~/.cargo/bin` is looked at too), `WebKitWebDriver` (apt
//! `webkit2gtk-driver`), `dbus-run-session` (apt `dbus`), and for notification tests `dunst`.
//! A missing tool fails the test with the package to install. `SEQUEL_RADAR_E2E=skip` skips
//! every end-to-end test on purpose. `SEQUEL_RADAR_BIN=/path/to/sequel-radar` tests another
//! build (a release binary, an installed one); by default the binary next to the tests in
//! the same profile (`target/debug/sequel-radar`) is used.
//!
//! Every test saves screenshots to `target/e2e-screenshots/` and the output of its
//! processes (driver, WebKitWebDriver, app) to `target/e2e-logs/<test>.log`. The app runs in
//! the light GTK theme unless a test asks for [`Theme::Dark`] ([`E2e::with_theme`]); WebKit
//! turns the theme into `prefers-color-scheme`, which the stylesheet follows.
//!
//! # Isolation
//!
//! - One Xvfb per test process, on a display it picks itself (`-displayfd`), 1920x1080x24:
//!   room for the window at every size the screens are checked at ([`App::resize`]).
//! - Tests in one process run one at a time ([`setup`] holds a lock), so a 2-core machine
//!   never runs two WebKit windows at once.
//! - Each app instance gets its own temporary data folder and HOME, its own D-Bus session
//!   (`dbus-run-session`), its own tauri-driver on free `--port` / `--native-port`, checked
//!   to be the one answering, and is one process group killed as a whole when the [`App`] is
//!   dropped. A watchdog kills the group even if the test process dies without unwinding.
//!
//! # Writing a test
//!
//! ```no_run
//! use sequel_radar_e2e::{setup, DataDir, Result, WAIT};
//!
//! #[tokio::test]
//! async fn adds_a_title() -> Result<()> {
//!     let Some(e2e) = setup().await? else { return Ok(()) };
//!     let data = DataDir::new()?;
//!     let app = e2e.launch(&data, "adds_a_title").await?;
//!     app.fill("#add-name", "Dune").await?;
//!     app.click("#add-submit").await?;
//!     app.wait_for_count(".title-row", 1, WAIT).await?;
//!     app.screenshot().await?;
//!     assert_eq!(app.cli_names().await?, ["Dune"]);
//!     Ok(())
//! }
//! ```

mod a11y;
mod app;
mod cli;
mod driver;
mod error;
mod group;
pub mod notify_server;
mod paths;
pub mod procs;
mod tools;
pub mod watchlist;
pub mod webdriver;
pub mod x11;
mod xvfb;

pub use app::{App, DataDir, Launcher, READY, WAIT};
pub use cli::{add_before_launch, CliOutput};
pub use error::{HarnessError, Result};
pub use paths::{app_binary, screenshot_dir, target_dir};
pub use tools::skip_requested;
pub use watchlist::NewTitle;

use tokio::sync::Mutex;

/// The app's news sources start empty: no outlet feeds and no per-title news search, so a
/// test never reaches past loopback. A test that wants news points them at its own loopback
/// server with [`E2e::with_env`].
pub const OFFLINE: [(&str, &str); 2] = [
    ("SEQUEL_RADAR_DEFAULT_FEEDS", ""),
    ("SEQUEL_RADAR_SEARCH_TEMPLATE", ""),
];

/// The desktop's colour scheme the app is started in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// `light` or `dark`, for file names.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The GTK theme that gives this scheme: WebKitGTK reports `prefers-color-scheme: dark`
    /// when the GTK theme is a dark variant.
    fn gtk_theme(self) -> &'static str {
        match self {
            Theme::Light => "Adwaita",
            Theme::Dark => "Adwaita:dark",
        }
    }
}

/// One end-to-end test at a time per test process.
static SERIAL: Mutex<()> = Mutex::const_new(());

/// A test's ticket to launch app instances: tools found, display up, binary built, and the
/// lock that keeps the other tests of this process waiting until this one ends.
pub struct E2e {
    launcher: Launcher,
}

/// Prepares an end-to-end test. `Ok(None)` when SEQUEL_RADAR_E2E=skip asks to skip (the test
/// should return at once); an error when a tool or the app binary is missing.
pub async fn setup() -> Result<Option<E2e>> {
    if tools::skip_requested() {
        eprintln!("SEQUEL_RADAR_E2E=skip: end-to-end test skipped");
        return Ok(None);
    }
    let serial = SERIAL.lock().await;
    let tools = tools::Tools::find()?;
    let binary = paths::app_binary()?;
    let display = xvfb::display(&tools)?;
    Ok(Some(E2e {
        launcher: Launcher {
            tools,
            display,
            binary,
            notification_server: None,
            env: OFFLINE
                .iter()
                .chain([&("GTK_THEME", Theme::Light.gtk_theme())])
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ready: READY.to_string(),
            args: Vec::new(),
            _turn: std::sync::Arc::new(serial),
        },
    }))
}

impl E2e {
    /// Starts the app on `data` and waits for its watchlist. `test` names the screenshots
    /// and logs (use the test function's name).
    pub async fn launch(&self, data: &DataDir, test: &str) -> Result<App> {
        self.launcher.launch(data, test).await
    }

    /// From now on, app instances get a real notification server (dunst) on their private
    /// session bus, configured to keep every notification apart
    /// ([`notify_server::configure_server`], written into each instance's HOME at launch).
    pub fn with_notification_server(mut self) -> Result<E2e> {
        self.launcher.notification_server = Some(tools::dunst()?);
        Ok(self)
    }

    /// Sets an environment variable for the app instances launched from now on, their CLI
    /// runs and second launches, replacing an earlier value of the same variable (e.g.
    /// `SEQUEL_RADAR_DEFAULT_FEEDS` to a loopback feed URL).
    pub fn with_env(mut self, key: &str, value: &str) -> E2e {
        self.launcher.env.retain(|(k, _)| k != key);
        self.launcher.env.push((key.to_string(), value.to_string()));
        self
    }

    /// App instances launched from now on read the news from `outlet` only (its feed is
    /// their one default source; the per-title news search stays off).
    pub fn with_outlet(self, outlet: &notify_server::Outlet) -> E2e {
        self.with_env("SEQUEL_RADAR_DEFAULT_FEEDS", &outlet.feed_url())
    }

    /// App instances launched from now on see the desktop in `theme`.
    pub fn with_theme(self, theme: Theme) -> E2e {
        self.with_env("GTK_THEME", theme.gtk_theme())
    }

    /// App instances launched from now on get `args` after `--data-dir DIR` (e.g.
    /// `--background`, as the login start runs it).
    pub fn with_args(mut self, args: &[&str]) -> E2e {
        self.launcher.args = args.iter().map(|a| a.to_string()).collect();
        self
    }

    /// Waits for `css` instead of [`READY`] after each launch: for driving another binary
    /// (SEQUEL_RADAR_BIN), such as the hello-world baseline.
    pub fn with_ready_selector(mut self, css: &str) -> E2e {
        self.launcher.ready = css.to_string();
        self
    }

    /// The X display the apps run on (`:N`).
    pub fn display(&self) -> &str {
        &self.launcher.display
    }

    /// The launcher, for helpers that start instances themselves.
    pub fn launcher(&self) -> &Launcher {
        &self.launcher
    }
}
