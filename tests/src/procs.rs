//! What Linux's /proc says about our processes: who is in a process group, who descends
//! from whom, and which process owns a listening TCP port.
//!
//! The harness starts every app instance as one process group (driver, WebKitWebDriver, the
//! app, its WebKit children, dbus-daemon). /proc lets it prove that the driver answering on a
//! port is its own and that nothing is left behind when a test ends.

use std::fs;
use std::path::PathBuf;

/// One line of `/proc/<pid>/stat`, the fields the harness needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proc {
    pub pid: i32,
    pub ppid: i32,
    pub pgrp: i32,
    /// `Z` for a zombie: dead, only waiting to be reaped, so not a leftover.
    pub state: char,
    /// The kernel's short name (at most 15 bytes), e.g. `WebKitWebDriver` or `sequel-radar`.
    pub comm: String,
}

impl Proc {
    pub fn is_alive(&self) -> bool {
        self.state != 'Z' && self.state != 'X'
    }

    /// The executable, when it still exists and we may read it.
    pub fn exe(&self) -> Option<PathBuf> {
        fs::read_link(format!("/proc/{}/exe", self.pid)).ok()
    }
}

/// Parses `/proc/<pid>/stat`. The name is in parentheses and may itself hold spaces and
/// parentheses, so the fields after it are read from the last `)`.
pub fn parse_stat(line: &str) -> Option<Proc> {
    let open = line.find('(')?;
    let close = line.rfind(')')?;
    let pid = line[..open].trim().parse().ok()?;
    let comm = line.get(open + 1..close)?.to_string();
    let mut rest = line.get(close + 1..)?.split_whitespace();
    let state = rest.next()?.chars().next()?;
    let ppid = rest.next()?.parse().ok()?;
    let pgrp = rest.next()?.parse().ok()?;
    Some(Proc {
        pid,
        ppid,
        pgrp,
        state,
        comm,
    })
}

/// Every process visible now. A process that exits while we read is skipped.
pub fn all() -> Vec<Proc> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|e| fs::read_to_string(e.path().join("stat")).ok())
        .filter_map(|s| parse_stat(&s))
        .collect()
}

/// Living members of process group `pgid`.
pub fn group(pgid: i32) -> Vec<Proc> {
    all()
        .into_iter()
        .filter(|p| p.pgrp == pgid && p.is_alive())
        .collect()
}

/// Living processes below `root` (not `root` itself), following parent links. Catches a
/// child that moved to its own process group or session.
pub fn descendants(root: i32) -> Vec<Proc> {
    let procs = all();
    let mut found: Vec<Proc> = Vec::new();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for p in procs.iter().filter(|p| p.ppid == parent) {
            if !found.iter().any(|f| f.pid == p.pid) {
                frontier.push(p.pid);
                found.push(p.clone());
            }
        }
    }
    found.retain(Proc::is_alive);
    found
}

/// The socket inode of a TCP socket listening on `port` (IPv4 or IPv6), from
/// `/proc/net/tcp{,6}`.
pub fn listening_inode(port: u16) -> Option<u64> {
    ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|path| fs::read_to_string(path).ok())
        .find_map(|table| listening_inode_in(&table, port))
}

/// Reads one `/proc/net/tcp` table: `sl local_address rem_address st ... uid timeout inode`.
pub fn listening_inode_in(table: &str, port: u16) -> Option<u64> {
    const LISTEN: &str = "0A";
    table.lines().skip(1).find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let local_port = fields.get(1)?.rsplit(':').next()?;
        let local_port = u16::from_str_radix(local_port, 16).ok()?;
        if local_port != port || *fields.get(3)? != LISTEN {
            return None;
        }
        fields.get(9)?.parse().ok()
    })
}

/// Whether process `pid` holds the socket with `inode` open.
pub fn holds_socket(pid: i32, inode: u64) -> bool {
    let wanted = format!("socket:[{inode}]");
    let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.filter_map(|fd| fd.ok())
        .filter_map(|fd| fs::read_link(fd.path()).ok())
        .any(|target| target.as_os_str() == wanted.as_str())
}

/// The members of `candidates` that hold the socket listening on `port`.
pub fn listeners_among(port: u16, candidates: &[Proc]) -> Vec<Proc> {
    let Some(inode) = listening_inode(port) else {
        return Vec::new();
    };
    candidates
        .iter()
        .filter(|p| holds_socket(p.pid, inode))
        .cloned()
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn stat_with_spaces_and_parentheses_in_the_name() {
        let p = parse_stat("4242 (Web Content (x)) S 17 4200 4200 0 -1 4194560 ...").unwrap();
        assert_eq!(p.pid, 4242);
        assert_eq!(p.comm, "Web Content (x)");
        assert_eq!((p.state, p.ppid, p.pgrp), ('S', 17, 4200));
    }

    #[test]
    fn zombie_is_not_alive() {
        let p = parse_stat("7 (sh) Z 1 7 7 0").unwrap();
        assert!(!p.is_alive());
    }

    #[test]
    fn finds_the_listening_socket_and_ignores_connections_on_the_same_port() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n\
   0: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 111 1\n\
   1: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 222 1\n";
        assert_eq!(listening_inode_in(table, 8080), Some(222));
        assert_eq!(listening_inode_in(table, 8081), None);
    }

    #[test]
    fn sees_our_own_listener() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let me = all()
            .into_iter()
            .find(|p| p.pid == std::process::id() as i32)
            .unwrap();
        assert_eq!(listeners_among(port, &[me]).len(), 1);
    }
}
