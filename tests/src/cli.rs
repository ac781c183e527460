//! The same binary run from outside the window: the CLI on an instance's data folder, and a
//! second launch of the window that single-instance must turn away.

use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use crate::app::DataDir;
use crate::error::{HarnessError, Result};

const CLI_TIMEOUT: Duration = Duration::from_secs(30);

/// What one CLI run printed and how it exited.
#[derive(Debug)]
pub struct CliOutput {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

/// `<binary> --data-dir <data> <args>`, without a display or a session bus: a subcommand
/// must never need GTK, so giving it none proves it.
pub async fn run(
    binary: &Path,
    data: &DataDir,
    env: &[(String, String)],
    args: &[&str],
) -> Result<CliOutput> {
    let command = describe(binary, data, args);
    let mut cmd = tokio::process::Command::new(binary);
    cmd.arg("--data-dir")
        .arg(data.path())
        .args(args)
        .env("HOME", data.home())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        // The flag is the contract under test; an inherited variable could mask it.
        .env_remove("SEQUEL_RADAR_DATA_DIR")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .kill_on_drop(true);
    let output = tokio::time::timeout(CLI_TIMEOUT, cmd.output())
        .await
        .map_err(|_| HarnessError::Cli {
            command: command.clone(),
            problem: format!("did not finish within {}s", CLI_TIMEOUT.as_secs()),
            stdout: String::new(),
            stderr: String::new(),
        })?
        .map_err(|source| HarnessError::Spawn {
            what: command.clone(),
            source,
        })?;
    Ok(CliOutput {
        status: output.status,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// The `name` of every title `list --json` prints, in its order. The command must exit 0
/// and print a JSON array of objects with a string `name`.
pub async fn list_names(
    binary: &Path,
    data: &DataDir,
    env: &[(String, String)],
) -> Result<Vec<String>> {
    let out = run(binary, data, env, &["list", "--json"]).await?;
    let fail = |problem: String| HarnessError::Cli {
        command: describe(binary, data, &["list", "--json"]),
        problem,
        stdout: out.stdout.clone(),
        stderr: out.stderr.clone(),
    };
    if !out.status.success() {
        return Err(fail(format!("exited with {}", out.status)));
    }
    let json: serde_json::Value = serde_json::from_str(&out.stdout)
        .map_err(|e| fail(format!("printed something that is not JSON: {e}")))?;
    let rows = json
        .as_array()
        .ok_or_else(|| fail("printed JSON that is not an array".into()))?;
    rows.iter()
        .map(|row| {
            row["name"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| fail(format!("printed a row without a string name: {row}")))
        })
        .collect()
}

/// `sequel-radar --data-dir D add NAME --year Y --kind movie` on a data folder no app runs
/// on yet: a watchlist that exists before the first launch, as after an upgrade.
pub async fn add_before_launch(data: &DataDir, name: &str, year: u16) -> Result<()> {
    let binary = crate::paths::app_binary()?;
    let year = year.to_string();
    let args = ["add", name, "--year", &year, "--kind", "movie"];
    let out = run(&binary, data, &[], &args).await?;
    if out.status.success() {
        Ok(())
    } else {
        Err(HarnessError::Cli {
            command: describe(&binary, data, &args),
            problem: format!("failed ({})", out.status),
            stdout: out.stdout,
            stderr: out.stderr,
        })
    }
}

pub struct SecondInstance<'a> {
    pub binary: &'a Path,
    pub data: &'a DataDir,
    pub display: &'a str,
    pub env: &'a [(String, String)],
    pub bus: &'a str,
    pub log: &'a Path,
    pub timeout: Duration,
}

/// Starts the window a second time on the first one's display, bus and data folder and waits
/// for it to exit. Still running after the timeout: killed, and an error.
pub async fn run_second_instance(s: &SecondInstance<'_>) -> Result<ExitStatus> {
    let what = format!(
        "second launch of {} --data-dir {}",
        s.binary.display(),
        s.data.path().display()
    );
    let log = std::fs::File::create(s.log)
        .map_err(|e| HarnessError::io(format!("creating {}", s.log.display()), e))?;
    let log_err = log
        .try_clone()
        .map_err(|e| HarnessError::io(format!("opening {}", s.log.display()), e))?;
    let home = s.data.home();
    let mut child = tokio::process::Command::new(s.binary)
        .arg("--data-dir")
        .arg(s.data.path())
        .env("DISPLAY", s.display)
        .env("DBUS_SESSION_BUS_ADDRESS", s.bus)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_STATE_HOME", home.join(".local/state"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env("SEQUEL_RADAR_DATA_DIR", s.data.path())
        .env("NO_AT_BRIDGE", "1")
        .env("GDK_BACKEND", "x11")
        .env_remove("WAYLAND_DISPLAY")
        .envs(s.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        .kill_on_drop(true)
        .spawn()
        .map_err(|source| HarnessError::Spawn {
            what: what.clone(),
            source,
        })?;
    match tokio::time::timeout(s.timeout, child.wait()).await {
        Ok(status) => status.map_err(|e| HarnessError::io(format!("waiting for {what}"), e)),
        Err(_) => {
            let _ = child.kill().await;
            Err(HarnessError::Cli {
                command: what,
                problem: format!(
                    "was still running after {}s: single instance did not turn it away \
                     (log: {})",
                    s.timeout.as_secs(),
                    s.log.display()
                ),
                stdout: String::new(),
                stderr: String::new(),
            })
        }
    }
}

fn describe(binary: &Path, data: &DataDir, args: &[&str]) -> String {
    format!(
        "{} --data-dir {} {}",
        binary.display(),
        data.path().display(),
        args.join(" ")
    )
}
