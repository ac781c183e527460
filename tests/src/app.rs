//! One running Sequel Radar window, driven over WebDriver, and the helpers tests use on it.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use serde_json::json;

use crate::cli::{self, CliOutput};
use crate::driver::{Driver, DriverConfig};
use crate::error::{HarnessError, Result};
use crate::{paths, procs, tools::Tools, webdriver, x11};

/// The default bound for every wait: generous for a slow 2-core CI machine, finite so a
/// broken app fails the test instead of hanging it.
pub const WAIT: Duration = Duration::from_secs(20);

/// How long creating the WebDriver session (starting the app) may take.
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);

/// How long the app may take to exit after its WebDriver session ends, before the harness
/// ends it.
const QUIT_GRACE: Duration = Duration::from_secs(5);

/// The page marks itself ready once the watchlist rendered the first time.
pub const READY: &str = r#"body[data-ready="1"]"#;

/// A temporary folder holding the app's data dir and a private HOME. Cloning shares it;
/// the folder is deleted when the last clone is dropped, so relaunches can reuse it.
#[derive(Clone)]
pub struct DataDir {
    root: Arc<tempfile::TempDir>,
}

impl DataDir {
    pub fn new() -> Result<DataDir> {
        let root = tempfile::Builder::new()
            .prefix("sequel-radar-e2e-")
            .tempdir()
            .map_err(|e| HarnessError::io("creating a temporary data folder", e))?;
        let data = DataDir {
            root: Arc::new(root),
        };
        for dir in [data.path(), data.home()] {
            std::fs::create_dir_all(&dir)
                .map_err(|e| HarnessError::io(format!("creating {}", dir.display()), e))?;
        }
        Ok(data)
    }

    /// What the app gets as `--data-dir`.
    pub fn path(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// HOME and XDG folders of the app's processes (window state, WebKit caches).
    pub fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }
}

/// Everything needed to start an app instance; cheap to clone.
#[derive(Clone)]
pub struct Launcher {
    pub(crate) tools: Tools,
    pub(crate) display: String,
    pub(crate) binary: PathBuf,
    pub(crate) notification_server: Option<PathBuf>,
    /// Extra environment for the app, its CLI runs and second launches.
    pub(crate) env: Vec<(String, String)>,
    /// CSS selector that means "the window is ready"; [`READY`] for the app.
    pub(crate) ready: String,
    /// Arguments for the app after `--data-dir DIR` (e.g. `--background`).
    pub(crate) args: Vec<String>,
    /// The one-test-at-a-time turn on the display, shared by every app launched from
    /// here: an app keeps it even when the test drops its `E2e` first (a temporary
    /// `e2e.with_outlet(..).launch(..)` once let the next test start beside it).
    pub(crate) _turn: std::sync::Arc<tokio::sync::MutexGuard<'static, ()>>,
}

impl Launcher {
    /// Starts the app on `data` in its own D-Bus session and waits for the watchlist.
    /// `test` names the screenshots and logs.
    pub async fn launch(&self, data: &DataDir, test: &str) -> Result<App> {
        self.launch_instance(data, test, 1).await
    }

    async fn launch_instance(&self, data: &DataDir, test: &str, instance: u32) -> Result<App> {
        let log_name = match instance {
            1 => format!("{test}.log"),
            n => format!("{test}-{n}.log"),
        };
        let log = paths::log_dir()?.join(log_name);
        let _ = std::fs::remove_file(&log);
        if self.notification_server.is_some() {
            crate::notify_server::configure_server(data)?;
        }
        let run_dir = tempfile::Builder::new()
            .prefix("sequel-radar-e2e-run-")
            .tempdir()
            .map_err(|e| HarnessError::io("creating a temporary run folder", e))?;

        // Free ports can be taken by someone else between our probe and the driver's bind;
        // the driver's ownership check catches it and we try fresh ports.
        let mut attempts = 0;
        let driver = loop {
            attempts += 1;
            let home = data.home();
            let data_path = data.path();
            let mut driver = Driver::start(&DriverConfig {
                tools: &self.tools,
                display: &self.display,
                home: &home,
                data_dir: &data_path,
                run_dir: run_dir.path(),
                log: &log,
                notification_server: self.notification_server.as_deref(),
                env: &self.env,
            })?;
            match driver.wait_ready(WAIT).await {
                Ok(()) => break driver,
                Err(HarnessError::PortTaken { .. }) if attempts < 3 => {
                    driver.stop();
                }
                Err(e) => return Err(e),
            }
        };

        let mut app = App {
            launcher: self.clone(),
            test: test.to_string(),
            instance,
            data: data.clone(),
            client: None,
            driver,
            _run_dir: run_dir,
        };
        app.client = Some(app.new_session().await?);
        app.wait_for(&self.ready, WAIT).await?;
        Ok(app)
    }
}

/// A running app window under test. Dropping it ends every process of the instance.
pub struct App {
    launcher: Launcher,
    test: String,
    instance: u32,
    data: DataDir,
    client: Option<Client>,
    driver: Driver,
    _run_dir: tempfile::TempDir,
}

impl App {
    async fn new_session(&self) -> Result<Client> {
        let data = self.data.path();
        let mut args = vec![data.display().to_string()];
        args.insert(0, "--data-dir".into());
        args.extend(self.launcher.args.iter().cloned());
        let caps = json!({
            "browserName": "wry",
            "tauri:options": {
                "application": self.launcher.binary,
                "args": args,
            },
        });
        let serde_json::Value::Object(caps) = caps else {
            unreachable!("a json! object literal is an object")
        };
        let url = self.driver.url();
        match tokio::time::timeout(SESSION_TIMEOUT, webdriver::connect(&url, caps)).await {
            Ok(Ok(client)) => Ok(client),
            Ok(Err(e)) => Err(HarnessError::NewSession {
                detail: e.to_string(),
                log: self.driver.log().to_path_buf(),
            }),
            Err(_) => Err(HarnessError::NewSession {
                detail: format!("no session after {}s", SESSION_TIMEOUT.as_secs()),
                log: self.driver.log().to_path_buf(),
            }),
        }
    }

    /// The WebDriver client, for what the helpers below do not cover.
    pub fn client(&self) -> &Client {
        self.client
            .as_ref()
            .unwrap_or_else(|| unreachable!("the session lives as long as the App"))
    }

    pub fn data_dir(&self) -> &DataDir {
        &self.data
    }

    /// The log of this instance's processes (driver, WebKitWebDriver, app).
    pub fn log(&self) -> &Path {
        self.driver.log()
    }

    // ---- finding and waiting ----

    pub async fn find(&self, css: &str) -> Result<Element> {
        self.client()
            .find(Locator::Css(css))
            .await
            .map_err(|e| HarnessError::webdriver(format!("find {css}"), e))
    }

    pub async fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        self.client()
            .find_all(Locator::Css(css))
            .await
            .map_err(|e| HarnessError::webdriver(format!("find all {css}"), e))
    }

    pub async fn count(&self, css: &str) -> Result<usize> {
        Ok(self.find_all(css).await?.len())
    }

    /// Polls until an element matches `css`; on timeout saves `<test>-timeout.png`.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Result<Element> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(element) = self.client().find(Locator::Css(css)).await {
                return Ok(element);
            }
            if Instant::now() > deadline {
                return Err(self.timed_out(format!("`{css}`"), timeout).await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Polls `check` until it returns `Ok(true)`. A WebDriver error counts as "not yet"
    /// (the list re-renders under our feet: an element found a moment ago can be gone); any
    /// other error ends the wait at once. `what` says what was awaited, for the message.
    pub async fn wait_until<F, Fut>(
        &self,
        what: &str,
        timeout: Duration,
        mut check: F,
    ) -> Result<()>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<bool>>,
    {
        let deadline = Instant::now() + timeout;
        let mut last_error = None;
        loop {
            match check().await {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                Err(e @ HarnessError::WebDriver { .. }) => last_error = Some(e),
                Err(e) => return Err(e),
            }
            if Instant::now() > deadline {
                let what = match last_error {
                    Some(e) => format!("{what} (last error: {e})"),
                    None => what.to_string(),
                };
                return Err(self.timed_out(what, timeout).await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until exactly `n` elements match `css`.
    pub async fn wait_for_count(&self, css: &str, n: usize, timeout: Duration) -> Result<()> {
        self.wait_until(
            &format!("{n} element(s) matching `{css}`"),
            timeout,
            || async { Ok(self.count(css).await? == n) },
        )
        .await
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str, timeout: Duration) -> Result<()> {
        self.wait_for_count(css, 0, timeout).await
    }

    /// An error for something the page did that it should not have, with a screenshot of
    /// the moment (`<test>-unexpected.png`).
    pub async fn unexpected(&self, what: String) -> HarnessError {
        let screenshot = match self.screenshot_step("unexpected").await {
            Ok(path) => path,
            Err(e) => PathBuf::from(format!("(none: {e})")),
        };
        HarnessError::Unexpected {
            what,
            screenshot,
            log: self.log().to_path_buf(),
        }
    }

    pub(crate) async fn timed_out(&self, what: String, waited: Duration) -> HarnessError {
        let screenshot = match self.screenshot_step("timeout").await {
            Ok(path) => path,
            Err(e) => PathBuf::from(format!("(none: {e})")),
        };
        HarnessError::Timeout {
            what,
            waited,
            screenshot,
            log: self.log().to_path_buf(),
        }
    }

    // ---- reading ----

    /// The rendered text of the first element matching `css` (waits for it to exist).
    pub async fn text(&self, css: &str) -> Result<String> {
        let text = std::cell::RefCell::new(String::new());
        self.wait_until(&format!("the text of `{css}`"), WAIT, || async {
            let element = self.find(css).await?;
            *text.borrow_mut() = rendered_text(&element, css).await?;
            Ok(true)
        })
        .await?;
        Ok(text.into_inner())
    }

    /// The rendered texts of every element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Result<Vec<String>> {
        let mut texts = Vec::new();
        for element in self.find_all(css).await? {
            texts.push(rendered_text(&element, css).await?);
        }
        Ok(texts)
    }

    /// The value of an input.
    pub async fn value(&self, css: &str) -> Result<String> {
        let element = self.wait_for(css, WAIT).await?;
        Ok(element
            .prop("value")
            .await
            .map_err(|e| HarnessError::webdriver(format!("value of {css}"), e))?
            .unwrap_or_default())
    }

    /// Whether the first element matching `css` exists and a user can see it: the page's
    /// own `checkVisibility()` (display, `hidden`, visibility, opacity) and a non-empty box.
    /// WebDriver's "is displayed" is not used: WebKitWebDriver calls a plainly visible
    /// ellipsised title hidden.
    pub async fn is_visible(&self, css: &str) -> Result<bool> {
        const VISIBLE: &str = "const el = document.querySelector(arguments[0]);
            if (!el) return false;
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0
                && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });";
        let answer = self
            .client()
            .execute(VISIBLE, vec![serde_json::Value::from(css)])
            .await
            .map_err(|e| HarnessError::webdriver(format!("visibility of {css}"), e))?;
        Ok(answer.as_bool().unwrap_or(false))
    }

    /// `document.title`.
    pub async fn title(&self) -> Result<String> {
        self.client()
            .title()
            .await
            .map_err(|e| HarnessError::webdriver("document.title", e))
    }

    // ---- acting ----

    /// Clicks the first element matching `css` (waits for it to exist).
    pub async fn click(&self, css: &str) -> Result<()> {
        let element = self.wait_for(css, WAIT).await?;
        element
            .click()
            .await
            .map_err(|e| HarnessError::webdriver(format!("click {css}"), e))
    }

    /// Types `text` into the input matching `css`, as keystrokes, after what it holds.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let element = self.wait_for(css, WAIT).await?;
        element
            .send_keys(text)
            .await
            .map_err(|e| HarnessError::webdriver(format!("type into {css}"), e))
    }

    /// Empties the input matching `css` as a user would (select all, Backspace, so the page
    /// sees `input` events, which WebDriver's own clear does not send), then types `text`.
    pub async fn fill(&self, css: &str, text: &str) -> Result<()> {
        use fantoccini::key::Key;
        let element = self.wait_for(css, WAIT).await?;
        let current = element
            .prop("value")
            .await
            .map_err(|e| HarnessError::webdriver(format!("value of {css}"), e))?
            .unwrap_or_default();
        if !current.is_empty() {
            let select_all_delete = format!(
                "{}a{}{}",
                char::from(Key::Control),
                char::from(Key::Null),
                char::from(Key::Backspace)
            );
            element
                .send_keys(&select_all_delete)
                .await
                .map_err(|e| HarnessError::webdriver(format!("empty {css}"), e))?;
        }
        if !text.is_empty() {
            element
                .send_keys(text)
                .await
                .map_err(|e| HarnessError::webdriver(format!("type into {css}"), e))?;
        }
        Ok(())
    }

    /// Picks the `<option>` with `value` in the select matching `css`, by clicking it as
    /// WebDriver does; checks that the select took it.
    pub async fn select(&self, css: &str, value: &str) -> Result<()> {
        let element = self.wait_for(css, WAIT).await?;
        element
            .select_by_value(value)
            .await
            .map_err(|e| HarnessError::webdriver(format!("select {value} in {css}"), e))?;
        let now = self.value(css).await?;
        if now == value {
            Ok(())
        } else {
            Err(self
                .unexpected(format!("{css} did not take {value:?} (it holds {now:?})"))
                .await)
        }
    }

    // ---- window size and colour scheme ----

    /// Resizes the window to `width` x `height` and waits until the page's viewport has
    /// that size (the test display has no window manager, so no frame is added) and the
    /// page laid itself out again.
    pub async fn resize(&self, width: u32, height: u32) -> Result<()> {
        self.client()
            .set_window_size(width, height)
            .await
            .map_err(|e| HarnessError::webdriver(format!("resize to {width}x{height}"), e))?;
        self.wait_until(&format!("a {width}x{height} viewport"), WAIT, || async {
            let size = self
                .client()
                .execute("return [innerWidth, innerHeight];", vec![])
                .await
                .map_err(|e| HarnessError::webdriver("reading the viewport size", e))?;
            Ok(size[0].as_u64() == Some(width.into()) && size[1].as_u64() == Some(height.into()))
        })
        .await
    }

    /// Whether the page sees `prefers-color-scheme: dark`, which is what the stylesheet
    /// follows.
    pub async fn prefers_dark(&self) -> Result<bool> {
        let answer = self
            .client()
            .execute(
                "return matchMedia('(prefers-color-scheme: dark)').matches;",
                vec![],
            )
            .await
            .map_err(|e| HarnessError::webdriver("reading prefers-color-scheme", e))?;
        Ok(answer.as_bool().unwrap_or(false))
    }

    /// Runs `script` in the page (WebDriver "execute script": `arguments` holds `args`, a
    /// `return` gives the answer). `what` names it in errors.
    pub async fn run_script(
        &self,
        what: &str,
        script: &str,
        args: Vec<serde_json::Value>,
    ) -> Result<serde_json::Value> {
        self.client()
            .execute(script, args)
            .await
            .map_err(|e| HarnessError::webdriver(what, e))
    }

    // ---- screenshots ----

    /// Saves the window as `target/e2e-screenshots/<test>.png`.
    pub async fn screenshot(&self) -> Result<PathBuf> {
        self.save_screenshot(format!("{}.png", self.test)).await
    }

    /// Saves the window as `target/e2e-screenshots/<test>-<step>.png`.
    pub async fn screenshot_step(&self, step: &str) -> Result<PathBuf> {
        self.save_screenshot(format!("{}-{step}.png", self.test))
            .await
    }

    async fn save_screenshot(&self, name: String) -> Result<PathBuf> {
        let png = self.settled_screenshot().await?;
        let path = paths::screenshot_dir()?.join(name);
        std::fs::write(&path, png)
            .map_err(|e| HarnessError::io(format!("writing {}", path.display()), e))?;
        Ok(path)
    }

    /// A screenshot of what the page shows now. WebKitWebDriver returns the last frame the
    /// window painted, which under Xvfb on a busy machine can lag the DOM by a second (a
    /// form error already in the DOM, not yet in the picture). So: let the page render two
    /// frames, then take pictures until two in a row are the same.
    async fn settled_screenshot(&self) -> Result<Vec<u8>> {
        const TWO_FRAMES: &str = "const done = arguments[arguments.length - 1];
            requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
        let take = || async {
            self.client()
                .screenshot()
                .await
                .map_err(|e| HarnessError::webdriver("screenshot", e))
        };
        // A page that cannot render a frame still gets its picture taken.
        let _ = tokio::time::timeout(
            Duration::from_secs(5),
            self.client().execute_async(TWO_FRAMES, vec![]),
        )
        .await;
        let mut last = take().await?;
        for _ in 0..20 {
            tokio::time::sleep(Duration::from_millis(150)).await;
            let next = take().await?;
            if next == last {
                break;
            }
            last = next;
        }
        Ok(last)
    }

    // ---- processes ----

    /// Every living process of this instance.
    pub fn processes(&self) -> Vec<procs::Proc> {
        self.driver.processes()
    }

    /// The app's own process (not its WebKit children), once WebKitWebDriver started it.
    pub fn app_process(&self) -> Option<procs::Proc> {
        let binary = &self.launcher.binary;
        self.processes()
            .into_iter()
            .find(|p| p.exe().is_some_and(|exe| &exe == binary))
    }

    /// The app's visible top-level X windows (its binary's WM_CLASS, larger than GTK's 10x10
    /// hidden leader windows). With one app on the display: the windows a user would see.
    pub fn windows(&self) -> Result<Vec<x11::XWindow>> {
        let binary_name = self
            .launcher
            .binary
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(x11::top_level_windows(&self.launcher.display)?
            .into_iter()
            .filter(|w| w.class == binary_name && w.width > 10 && w.height > 10)
            .collect())
    }

    /// `DBUS_SESSION_BUS_ADDRESS` of this instance's private bus.
    pub fn bus_address(&self) -> Result<String> {
        self.driver.bus_address()
    }

    /// Ends the WebDriver session (which closes the app as a user closing the window
    /// would), waits for the app to exit, then ends every process of the instance. Returns
    /// the data folder, for a relaunch or a CLI check.
    pub async fn quit(mut self) -> Result<DataDir> {
        if let Some(client) = self.client.take() {
            // Ending the session is what closes the app; an error here means it was gone.
            let _ = tokio::time::timeout(WAIT, client.close()).await;
        }
        // An app that keeps running in the tray after its window closes is ended below.
        let deadline = Instant::now() + QUIT_GRACE;
        while self.app_process().is_some() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.driver.stop();
        Ok(self.data.clone())
    }

    /// Quits and starts the app again on the same data folder, in a fresh D-Bus session.
    pub async fn relaunch(self) -> Result<App> {
        let launcher = self.launcher.clone();
        let test = self.test.clone();
        let instance = self.instance + 1;
        let data = self.quit().await?;
        launcher.launch_instance(&data, &test, instance).await
    }

    /// Ends every process of the instance now and returns those that survived (should be
    /// none); used to prove that a test leaves nothing behind.
    pub fn kill(mut self) -> Vec<procs::Proc> {
        self.client.take();
        self.driver.stop()
    }

    // ---- the same binary from outside the window ----

    /// Runs the CLI on this app's data folder: `sequel-radar --data-dir D <args>`.
    pub async fn cli(&self, args: &[&str]) -> Result<CliOutput> {
        cli::run(&self.launcher.binary, &self.data, &self.launcher.env, args).await
    }

    /// The names `sequel-radar --data-dir D list --json` prints, in its order.
    pub async fn cli_names(&self) -> Result<Vec<String>> {
        cli::list_names(&self.launcher.binary, &self.data, &self.launcher.env).await
    }

    /// Launches the binary (no subcommand, same data folder) a second time on this
    /// instance's display and D-Bus session, as a user double-clicking the icon again
    /// would, and returns how it exited. Fails if it is still running after `timeout`.
    pub async fn launch_second_instance(&self, timeout: Duration) -> Result<ExitStatus> {
        let bus = self.bus_address()?;
        let log = paths::log_dir()?.join(format!("{}-second-instance.log", self.test));
        cli::run_second_instance(&cli::SecondInstance {
            binary: &self.launcher.binary,
            data: &self.data,
            display: &self.launcher.display,
            env: &self.launcher.env,
            bus: &bus,
            log: &log,
            timeout,
        })
        .await
    }
}

/// The element's text as the page renders it (`innerText`: what CSS shows, without what it
/// hides). WebDriver's own element text is not used: WebKitWebDriver returns "" for text it
/// wrongly thinks hidden (an ellipsised title in a visible row).
pub(crate) async fn rendered_text(element: &Element, css: &str) -> Result<String> {
    Ok(element
        .prop("innerText")
        .await
        .map_err(|e| HarnessError::webdriver(format!("text of {css}"), e))?
        .unwrap_or_default())
}
