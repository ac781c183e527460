//! A command started as its own process group, ended as a whole.
//!
//! The command runs under a tiny `sh` watchdog that leads the group: it waits on a pipe whose
//! only writer is the test process, and kills the whole group when that pipe closes. So even
//! a test process that dies without unwinding (SIGKILL, abort, a CI timeout) leaves nothing
//! behind. The normal path is [`ProcessGroup::stop`]: TERM to the group, a short grace, then
//! KILL to the group and to any descendant that moved to another group.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use rustix::process::{kill_process, kill_process_group, Pid, Signal};

use crate::error::{HarnessError, Result};
use crate::procs;

/// Runs `"$@"` in the background, then blocks reading stdin. EOF (the test process closed the
/// pipe or died) means: TERM the group, then KILL it. The trap comes after the fork so the
/// command itself still dies on TERM.
const WATCHDOG: &str = r#""$@" & trap '' TERM; read -r _; kill -TERM 0; sleep 2; kill -KILL 0"#;

pub struct ProcessGroup {
    what: String,
    leader: Child,
    lifeline: Option<ChildStdin>,
    stdout: Option<ChildStdout>,
}

impl ProcessGroup {
    /// Starts `program args..` under the watchdog, in a new process group, with stdout and
    /// stderr appended to `log`. `envs` are set and `env_remove` removed for the whole group.
    pub fn spawn(
        what: &str,
        command: &[&std::ffi::OsStr],
        envs: &[(&str, &std::ffi::OsStr)],
        env_remove: &[&str],
        log: &Path,
        piped_stdout: bool,
    ) -> Result<Self> {
        let log_file = File::options()
            .create(true)
            .append(true)
            .open(log)
            .map_err(|e| HarnessError::io(format!("opening log {}", log.display()), e))?;
        let log_err = log_file
            .try_clone()
            .map_err(|e| HarnessError::io(format!("opening log {}", log.display()), e))?;

        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(WATCHDOG)
            .arg("sh")
            .args(command)
            .process_group(0)
            .stdin(Stdio::piped())
            .stderr(log_err);
        if piped_stdout {
            cmd.stdout(Stdio::piped());
        } else {
            cmd.stdout(log_file);
        }
        for (k, v) in envs {
            cmd.env(k, v);
        }
        for k in env_remove {
            cmd.env_remove(k);
        }
        let mut leader = cmd.spawn().map_err(|source| HarnessError::Spawn {
            what: what.to_string(),
            source,
        })?;
        let lifeline = leader.stdin.take();
        let stdout = leader.stdout.take();
        Ok(ProcessGroup {
            what: what.to_string(),
            leader,
            lifeline,
            stdout,
        })
    }

    /// The group id, which is the watchdog's pid.
    pub fn pgid(&self) -> i32 {
        self.leader.id() as i32
    }

    pub fn take_stdout(&mut self) -> Option<ChildStdout> {
        self.stdout.take()
    }

    /// Living members of the group other than the watchdog, plus descendants that left it.
    pub fn members(&self) -> Vec<procs::Proc> {
        let pgid = self.pgid();
        let mut members: Vec<procs::Proc> = procs::group(pgid)
            .into_iter()
            .filter(|p| p.pid != pgid)
            .collect();
        for p in procs::descendants(pgid) {
            if !members.iter().any(|m| m.pid == p.pid) {
                members.push(p);
            }
        }
        members
    }

    /// Whether the watchdog's command is still running (the watchdog alone does not count).
    pub fn is_running(&self) -> bool {
        !self.members().is_empty()
    }

    /// Ends every process of the group: TERM, up to `grace` to exit, then KILL. Returns the
    /// processes that were still alive after all that (should be none).
    pub fn stop(&mut self, grace: Duration) -> Vec<procs::Proc> {
        let pgid = Pid::from_raw(self.pgid());
        // Descendants are listed first: once the group dies, their parent links are gone.
        let stragglers = self.members();
        if let Some(pgid) = pgid {
            let _ = kill_process_group(pgid, Signal::TERM);
        }
        let deadline = Instant::now() + grace;
        while Instant::now() < deadline && !self.members().is_empty() {
            std::thread::sleep(Duration::from_millis(50));
        }
        if let Some(pgid) = pgid {
            let _ = kill_process_group(pgid, Signal::KILL);
        }
        for p in &stragglers {
            if let Some(pid) = Pid::from_raw(p.pid) {
                let _ = kill_process(pid, Signal::KILL);
            }
        }
        self.lifeline.take();
        let _ = self.leader.wait();
        // KILL is delivered asynchronously; give the kernel a moment before judging.
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let left: Vec<procs::Proc> = stragglers
                .iter()
                .filter(|s| {
                    procs::all()
                        .iter()
                        .any(|p| p.pid == s.pid && p.comm == s.comm && p.is_alive())
                })
                .cloned()
                .collect();
            if left.is_empty() || Instant::now() > deadline {
                return left;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn what(&self) -> &str {
        &self.what
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        if self.lifeline.is_some() {
            self.stop(Duration::from_secs(2));
        }
    }
}
