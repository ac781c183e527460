//! The .deb that `make bundle` builds, installed into a temporary root with `dpkg -x`: what
//! a user gets after `apt install ./sequel-radar_*.deb` is a binary that works, a menu entry
//! that launches it under the right name and category, icons in every size the entry needs,
//! and a package that describes itself.
//!
//! The package is looked for in SEQUEL_RADAR_DEB_DIR, else in `<target>/release/bundle/deb/`.
//! No package there fails the test with what to run; SEQUEL_RADAR_SKIP_BUNDLE=1 skips it.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// The package installed into a temporary root.
struct Installed {
    deb: PathBuf,
    root: TempDir,
}

impl Installed {
    /// `None` when SEQUEL_RADAR_SKIP_BUNDLE=1 asks to skip.
    fn from_bundle() -> Option<Installed> {
        if std::env::var_os("SEQUEL_RADAR_SKIP_BUNDLE").is_some_and(|v| v == "1") {
            eprintln!("SEQUEL_RADAR_SKIP_BUNDLE=1: bundle test skipped");
            return None;
        }
        let deb = newest_deb(&deb_dir());
        let root = TempDir::new().expect("temporary install root");
        let out = run(Command::new("dpkg").arg("-x").arg(&deb).arg(root.path()));
        assert!(
            out.status.success(),
            "`dpkg -x {}` failed: {}",
            deb.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        Some(Installed { deb, root })
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.path().join(relative)
    }

    /// The one desktop entry the package installs.
    fn desktop_entry(&self) -> (PathBuf, BTreeMap<String, String>) {
        let dir = self.path("usr/share/applications");
        let entries: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("no {} in the package: {e}", dir.display()))
            .map(|e| e.expect("reading usr/share/applications").path())
            .filter(|p| p.extension().is_some_and(|x| x == "desktop"))
            .collect();
        assert_eq!(
            entries.len(),
            1,
            "expected one .desktop file in usr/share/applications, found {entries:?}"
        );
        let text = fs::read_to_string(&entries[0]).expect("reading the desktop entry");
        (entries[0].clone(), desktop_entry_keys(&text))
    }
}

fn deb_dir() -> PathBuf {
    match std::env::var_os("SEQUEL_RADAR_DEB_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => sequel_radar_e2e::target_dir().join("release/bundle/deb"),
    }
}

/// The most recently built .deb in `dir`: an older version may still lie next to it.
fn newest_deb(dir: &Path) -> PathBuf {
    let debs = fs::read_dir(dir).map(|entries| {
        entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "deb"))
            .collect::<Vec<_>>()
    });
    let newest = debs.ok().and_then(|debs| {
        debs.into_iter()
            .max_by_key(|p| fs::metadata(p).and_then(|m| m.modified()).ok())
    });
    newest.unwrap_or_else(|| {
        panic!(
            "no .deb in {}: run `make bundle` first (or point SEQUEL_RADAR_DEB_DIR at the \
             folder that holds it, or set SEQUEL_RADAR_SKIP_BUNDLE=1 to skip this test)",
            dir.display()
        )
    })
}

fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("could not run {command:?}: {e}"))
}

/// The `[Desktop Entry]` group's keys (other groups, such as actions, are left out).
fn desktop_entry_keys(text: &str) -> BTreeMap<String, String> {
    let mut keys = BTreeMap::new();
    let mut in_entry = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
        } else if let (true, Some((key, value))) = (in_entry, line.split_once('=')) {
            keys.insert(key.trim().to_string(), value.trim().to_string());
        }
    }
    keys
}

/// `src-tauri/tauri.conf.json`'s `bundle` object: what the package was asked to say.
fn bundle_config() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/tauri.conf.json");
    let text = fs::read_to_string(&path).expect("reading src-tauri/tauri.conf.json");
    let config: serde_json::Value = serde_json::from_str(&text).expect("tauri.conf.json is JSON");
    config["bundle"].clone()
}

/// Width, height, bit depth and colour type from a PNG's header.
fn png_header(bytes: &[u8]) -> Option<(u32, u32, u8, u8)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 26 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((be(16), be(20), bytes[24], bytes[25]))
}

#[test]
fn installed_binary_runs_the_command_line_without_a_display() {
    let Some(installed) = Installed::from_bundle() else {
        return;
    };
    let binary = installed.path("usr/bin/sequel-radar");
    let meta = fs::metadata(&binary)
        .unwrap_or_else(|e| panic!("{} is not in the package: {e}", binary.display()));
    assert!(meta.is_file(), "usr/bin/sequel-radar is not a file");
    assert_ne!(
        meta.permissions().mode() & 0o111,
        0,
        "usr/bin/sequel-radar is not executable"
    );

    let data = TempDir::new().expect("temporary data dir");
    // No display at all: a subcommand must never start GTK.
    let cli = |args: &[&str]| {
        let mut command = Command::new(&binary);
        command
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("SEQUEL_RADAR_DATA_DIR");
        let out = run(&mut command);
        assert!(
            out.status.success(),
            "`sequel-radar {}` failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("the CLI prints UTF-8")
    };

    assert_eq!(
        cli(&["list", "--json"]).trim(),
        "[]",
        "a new data dir lists no titles"
    );

    cli(&["add", "Purple Hearts", "--year", "2022", "--kind", "movie"]);
    let listed: serde_json::Value =
        serde_json::from_str(&cli(&["list", "--json"])).expect("`list --json` prints JSON");
    let names: Vec<&str> = listed
        .as_array()
        .expect("`list --json` prints an array")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Purple Hearts"],
        "the installed binary keeps what it adds"
    );
}

#[test]
fn desktop_entry_launches_the_app_under_its_name_and_category() {
    let Some(installed) = Installed::from_bundle() else {
        return;
    };
    let (path, entry) = installed.desktop_entry();
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        !file_name.contains(char::is_whitespace),
        "desktop entry file name {file_name:?} has spaces: some menus and `gtk-launch` cannot use it"
    );

    let key = |k: &str| entry.get(k).map(String::as_str).unwrap_or_default();
    assert_eq!(key("Type"), "Application");
    assert_eq!(key("Name"), "Sequel Radar");
    let program = key("Exec").split_whitespace().next().unwrap_or_default();
    assert_eq!(
        program,
        "sequel-radar",
        "Exec={} does not start sequel-radar",
        key("Exec")
    );
    assert!(!key("Icon").is_empty(), "the desktop entry has no Icon=");

    // Menus file an entry under its freedesktop main category; without one it lands in
    // "Other" or nowhere.
    const MAIN_CATEGORIES: &[&str] = &[
        "AudioVideo",
        "Audio",
        "Video",
        "Development",
        "Education",
        "Game",
        "Graphics",
        "Network",
        "Office",
        "Science",
        "Settings",
        "System",
        "Utility",
    ];
    let categories: Vec<&str> = key("Categories")
        .split(';')
        .filter(|c| !c.is_empty())
        .collect();
    assert!(
        categories.iter().any(|c| MAIN_CATEGORIES.contains(c)),
        "Categories={} names no freedesktop main category",
        key("Categories")
    );
    // Where the configured category is itself a main category, it is the one used.
    if let Some(configured) = bundle_config()["category"].as_str() {
        if MAIN_CATEGORIES.contains(&configured) {
            assert!(
                categories.contains(&configured),
                "Categories={} lacks {configured}, the category tauri.conf.json asks for",
                key("Categories")
            );
        }
    }
}

#[test]
fn desktop_entry_icon_is_installed_as_rgba_png_in_small_and_large_sizes() {
    let Some(installed) = Installed::from_bundle() else {
        return;
    };
    let (_, entry) = installed.desktop_entry();
    let icon = entry.get("Icon").cloned().unwrap_or_default();
    let hicolor = installed.path("usr/share/icons/hicolor");
    let size_dirs = fs::read_dir(&hicolor)
        .unwrap_or_else(|e| panic!("no {} in the package: {e}", hicolor.display()));

    let mut sizes = Vec::new();
    for dir in size_dirs.map(|d| d.expect("reading hicolor").path()) {
        let png = dir.join("apps").join(format!("{icon}.png"));
        let Ok(bytes) = fs::read(&png) else { continue };
        // Folder names are "32x32" or, for double-density icons, "128x128@2".
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let (size, scale) = match name.split_once('@') {
            Some((size, scale)) => (size, scale.parse::<u32>().expect("scale after @")),
            None => (name.as_str(), 1),
        };
        let edge: u32 = size
            .split_once('x')
            .and_then(|(w, _)| w.parse().ok())
            .unwrap_or_else(|| panic!("unexpected icon folder {name}"));
        let (width, height, depth, colour) =
            png_header(&bytes).unwrap_or_else(|| panic!("{} is not a PNG", png.display()));
        assert_eq!(
            (width, height),
            (edge * scale, edge * scale),
            "{} is {width}x{height}, not the size its folder {name} promises",
            png.display()
        );
        // Colour type 6 is RGBA: desktops draw anything else with a box around it.
        assert_eq!(
            (depth, colour),
            (8, 6),
            "{} is not 8-bit RGBA",
            png.display()
        );
        sizes.push(edge * scale);
    }
    assert!(
        sizes.iter().any(|&s| s <= 48),
        "no small icon (48 px or less) for Icon={icon} under {}: panels and menus need one",
        hicolor.display()
    );
    assert!(
        sizes.iter().any(|&s| s >= 128),
        "no large icon (128 px or more) for Icon={icon} under {}: app grids need one",
        hicolor.display()
    );
}

#[test]
fn package_describes_the_app_and_depends_on_webkit_and_appindicator() {
    let Some(installed) = Installed::from_bundle() else {
        return;
    };
    let out = run(Command::new("dpkg-deb").arg("-I").arg(&installed.deb));
    assert!(
        out.status.success(),
        "`dpkg-deb -I` failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| {
        info.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(':')))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };

    assert_eq!(
        field("Package"),
        "sequel-radar",
        "the package name people install and remove"
    );
    let description = field("Description");
    assert!(
        !description.is_empty(),
        "the package has no description:\n{info}"
    );
    if let Some(short) = bundle_config()["shortDescription"].as_str() {
        assert_eq!(
            description, short,
            "the description is not the configured one"
        );
    }
    assert!(
        field("Depends").contains("libwebkit2gtk-4.1"),
        "Depends does not pull in WebKitGTK 4.1, so the app would not start on a fresh system:\n{info}"
    );
    // Tauri's tray loads libayatana-appindicator (or libappindicator) at run time and
    // panics without it; nothing else on a fresh system guarantees it is there.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/Cargo.toml");
    let manifest = fs::read_to_string(manifest).expect("reading src-tauri/Cargo.toml");
    if manifest.contains("tray-icon") {
        assert!(
            field("Depends").contains("appindicator3"),
            "the app has a tray icon but Depends names no appindicator library \
             (libayatana-appindicator3-1), so it would crash at start on a fresh system:\n{info}"
        );
    }
}
