//! The X windows on the test display, as a window manager would see them: the real window
//! title (not `document.title`) and size, and how many windows an app opened.

use std::process::Command;

use crate::error::{HarnessError, Result};

/// A top-level X window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XWindow {
    pub id: String,
    /// WM_NAME, the title a window manager shows.
    pub name: String,
    /// WM_CLASS instance, e.g. the binary name `sequel-radar`.
    pub class: String,
    pub width: u32,
    pub height: u32,
}

/// Top-level windows on `display`, from `xwininfo -root -children`.
pub fn top_level_windows(display: &str) -> Result<Vec<XWindow>> {
    let xwininfo = which::which("xwininfo").map_err(|_| HarnessError::MissingTool {
        tool: "xwininfo",
        install: "apt-get install x11-utils",
    })?;
    let out = Command::new(xwininfo)
        .args(["-root", "-children", "-display", display])
        .output()
        .map_err(|source| HarnessError::Spawn {
            what: "xwininfo".into(),
            source,
        })?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(parse_line)
        .collect())
}

/// Reads `0x200003 "Title": ("instance" "Class")  1100x720+0+0  +0+0`. Names may hold
/// quotes and colons, so the class part is found from the end.
pub fn parse_line(line: &str) -> Option<XWindow> {
    let line = line.trim();
    let (id, rest) = line.split_once(' ')?;
    if !id.starts_with("0x") {
        return None;
    }
    let class_start = rest.rfind(": (\"")?;
    let name = rest
        .get(..class_start)?
        .strip_prefix('"')?
        .strip_suffix('"')?;
    let after = rest.get(class_start + 4..)?;
    let (class, geometry) = after.split_once('"')?;
    let size = geometry.split(')').nth(1)?.split_whitespace().next()?;
    let (width, rest) = size.split_once('x')?;
    let height = rest.split(['+', '-']).next()?;
    Some(XWindow {
        id: id.to_string(),
        name: name.to_string(),
        class: class.to_string(),
        width: width.parse().ok()?,
        height: height.parse().ok()?,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn reads_a_titled_window() {
        let w = parse_line(
            r#"     0x200003 "Sequel Radar": ("sequel-radar" "Sequel-radar")  1100x720+0+0  +0+0"#,
        )
        .unwrap();
        assert_eq!(w.name, "Sequel Radar");
        assert_eq!(w.class, "sequel-radar");
        assert_eq!((w.width, w.height), (1100, 720));
    }

    #[test]
    fn reads_a_title_with_quotes_and_colons() {
        let w = parse_line(r#"0x1 "A "B": C": ("app" "App")  10x20+-1+-1  +-1+-1"#).unwrap();
        assert_eq!(w.name, r#"A "B": C"#);
        assert_eq!((w.width, w.height), (10, 20));
    }

    #[test]
    fn skips_unnamed_windows() {
        assert_eq!(
            parse_line("0x200009 (has no name): ()  1x1+-1+-1  +-1+-1"),
            None
        );
    }
}
