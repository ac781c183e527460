//! tauri-driver for one app instance, inside its own D-Bus session.
//!
//! Process tree (one process group, ended as a whole):
//!
//! ```text
//! sh (watchdog)
//! └─ dbus-run-session            a private session bus: single-instance and notifications
//!    ├─ dbus-daemon              of one app never meet those of another test
//!    ├─ [dunst]                  optional notification server on that bus
//!    └─ tauri-driver --port P --native-port N --native-driver WebKitWebDriver
//!       └─ WebKitWebDriver --port=N
//!          └─ sequel-radar --data-dir D   (started when the WebDriver session is created)
//!             └─ WebKitWebProcess, WebKitNetworkProcess
//! ```

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{HarnessError, Result};
use crate::group::ProcessGroup;
use crate::procs;
use crate::tools::Tools;
use crate::webdriver::StatusClient;

/// Writes the session bus address to a file (atomically, so it is never read half written),
/// optionally starts the notification server, then becomes tauri-driver.
const IN_SESSION: &str = r#"printf '%s\n' "$DBUS_SESSION_BUS_ADDRESS" > "$0.tmp" && mv "$0.tmp" "$0"
if [ -n "$SEQUEL_RADAR_E2E_DUNST" ]; then "$SEQUEL_RADAR_E2E_DUNST" & fi
exec "$@""#;

/// What one app instance's driver needs to know.
pub struct DriverConfig<'a> {
    pub tools: &'a Tools,
    pub display: &'a str,
    /// Private HOME and XDG folders, so window state and WebKit caches stay in the test.
    pub home: &'a Path,
    pub data_dir: &'a Path,
    /// Folder for the bus address file; lives as long as the instance.
    pub run_dir: &'a Path,
    pub log: &'a Path,
    /// Start this notification server (dunst) on the private bus.
    pub notification_server: Option<&'a Path>,
    /// Extra environment (see `E2e::with_env`).
    pub env: &'a [(String, String)],
}

pub struct Driver {
    group: ProcessGroup,
    pub port: u16,
    pub native_port: u16,
    bus_file: PathBuf,
    log: PathBuf,
}

impl Driver {
    pub fn start(cfg: &DriverConfig<'_>) -> Result<Driver> {
        let (port, native_port) = two_free_ports()?;
        let bus_file = cfg.run_dir.join("bus-address");
        let port_arg = port.to_string();
        let native_port_arg = native_port.to_string();
        let command: Vec<&OsStr> = vec![
            cfg.tools.dbus_run_session.as_os_str(),
            "--".as_ref(),
            "sh".as_ref(),
            "-c".as_ref(),
            IN_SESSION.as_ref(),
            bus_file.as_os_str(),
            cfg.tools.tauri_driver.as_os_str(),
            "--port".as_ref(),
            port_arg.as_ref(),
            "--native-port".as_ref(),
            native_port_arg.as_ref(),
            "--native-driver".as_ref(),
            cfg.tools.webkit_webdriver.as_os_str(),
        ];
        let home = cfg.home;
        let xdg_config = home.join(".config");
        let xdg_data = home.join(".local/share");
        let xdg_cache = home.join(".cache");
        let xdg_state = home.join(".local/state");
        let runtime = home.join("runtime");
        for dir in [&xdg_config, &xdg_data, &xdg_cache, &xdg_state, &runtime] {
            std::fs::create_dir_all(dir)
                .map_err(|e| HarnessError::io(format!("creating {}", dir.display()), e))?;
        }
        set_private(&runtime)?;
        let dunst = cfg
            .notification_server
            .map(Path::as_os_str)
            .unwrap_or_default();
        let envs: Vec<(&str, &OsStr)> = vec![
            ("DISPLAY", cfg.display.as_ref()),
            ("HOME", home.as_os_str()),
            ("XDG_CONFIG_HOME", xdg_config.as_os_str()),
            ("XDG_DATA_HOME", xdg_data.as_os_str()),
            ("XDG_CACHE_HOME", xdg_cache.as_os_str()),
            ("XDG_STATE_HOME", xdg_state.as_os_str()),
            ("XDG_RUNTIME_DIR", runtime.as_os_str()),
            // The contract is `--data-dir`; the variable is set too so a code path that
            // forgets the flag still cannot touch the user's real store.
            ("SEQUEL_RADAR_DATA_DIR", cfg.data_dir.as_os_str()),
            // No accessibility bus: it would be activated on the private bus and add delay.
            ("NO_AT_BRIDGE", "1".as_ref()),
            ("GDK_BACKEND", "x11".as_ref()),
            ("SEQUEL_RADAR_E2E_DUNST", dunst),
        ];
        let mut envs = envs;
        for (k, v) in cfg.env {
            envs.push((k.as_str(), v.as_ref()));
        }
        let remove = ["WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"];
        let group = ProcessGroup::spawn(
            "tauri-driver in a private D-Bus session",
            &command,
            &envs,
            &remove,
            cfg.log,
            false,
        )?;
        Ok(Driver {
            group,
            port,
            native_port,
            bus_file,
            log: cfg.log.to_path_buf(),
        })
    }

    /// The WebDriver endpoint of this instance's tauri-driver.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn log(&self) -> &Path {
        &self.log
    }

    /// Waits until our own tauri-driver answers `GET /status` as ready, and proves it is ours:
    /// the sockets listening on both ports belong to processes of our group (tauri-driver
    /// does not exit when its port is taken; it would silently leave someone else answering).
    pub async fn wait_ready(&self, timeout: Duration) -> Result<()> {
        let client = StatusClient::new();
        let begun = Instant::now();
        let deadline = begun + timeout;
        let mut last;
        loop {
            // The watchdog forks the command a moment after it starts itself.
            if begun.elapsed() > Duration::from_secs(2) && !self.group.is_running() {
                return Err(self.not_ready(timeout, "tauri-driver exited".into()));
            }
            match client.ready(&self.url()).await {
                Ok(true) if self.bus_file.is_file() => {
                    let members = self.group.members();
                    let driver = procs::listeners_among(self.port, &members);
                    let native = procs::listeners_among(self.native_port, &members);
                    if driver.is_empty() {
                        return Err(HarnessError::PortTaken {
                            port: self.port,
                            log: self.log.clone(),
                        });
                    }
                    if native.is_empty() {
                        return Err(HarnessError::PortTaken {
                            port: self.native_port,
                            log: self.log.clone(),
                        });
                    }
                    return Ok(());
                }
                Ok(_) => last = "the driver answered but is not ready".into(),
                Err(e) => last = e,
            }
            if Instant::now() > deadline {
                return Err(self.not_ready(timeout, last));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// `DBUS_SESSION_BUS_ADDRESS` of this instance's private session bus.
    pub fn bus_address(&self) -> Result<String> {
        std::fs::read_to_string(&self.bus_file)
            .map(|s| s.trim().to_string())
            .map_err(|e| HarnessError::io(format!("reading {}", self.bus_file.display()), e))
    }

    /// Every living process of this instance (driver, WebKitWebDriver, app, dbus-daemon...).
    pub fn processes(&self) -> Vec<procs::Proc> {
        self.group.members()
    }

    /// Ends the instance. Returns the processes that survived (should be none).
    pub fn stop(&mut self) -> Vec<procs::Proc> {
        self.group.stop(Duration::from_secs(3))
    }

    fn not_ready(&self, waited: Duration, detail: String) -> HarnessError {
        HarnessError::NotReady {
            what: self.group.what().to_string(),
            waited,
            detail,
            log: self.log.clone(),
        }
    }
}

/// Two distinct free loopback ports. Both listeners are held until both are known, so the
/// kernel cannot hand out the same port twice; the race with other processes after they
/// close is caught by the ownership check in [`Driver::wait_ready`].
fn two_free_ports() -> Result<(u16, u16)> {
    let bind = || {
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| Ok((l.local_addr()?.port(), l)))
            .map_err(|e| HarnessError::io("finding a free loopback port", e))
    };
    let (a, _la) = bind()?;
    let (b, _lb) = bind()?;
    Ok((a, b))
}

fn set_private(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| HarnessError::io(format!("making {} private", dir.display()), e))
}
