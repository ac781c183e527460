//! How WebKit paints the window.
//!
//! The page is text, boxes and a scrolled list. WebKitGTK 2.46+ rasterises
//! through Skia on the GPU by default, and on a software GL stack (llvmpipe:
//! virtual machines, remote sessions, Xvfb) every new kind of box it meets
//! (rounded borders, shadows, form controls, the SVG icon) is a GL shader that
//! LLVM compiles before the first frame. Measured under Xvfb (release, 1,000
//! titles, a loaded 2-core machine): first paint about 2.2 s with GPU
//! rasterisation, 1.4 s with CPU, hello's 0.8 s either way; the web process
//! about 10 MB smaller. Skia's CPU rasteriser draws the same pixels.
//!
//! With no GPU at all, compositing still runs through GL, that is on
//! llvmpipe, which by default rasterises on one thread per core: those
//! threads then fight the web process and the UI thread for the same cores,
//! and every frame (a keystroke's new rows, the search box's caret) delays
//! what a command's answer needs. Measured under Xvfb, 50,000 titles,
//! release, same session, 2 cores: a do-nothing command between keystrokes
//! p95 5-9 ms with llvmpipe's default, 3-5 ms with one thread; a keystroke
//! p95 15.5-18 ms against 12.5-13 ms; keys one per frame 20-23 against
//! 13-17. So with no GPU render node, llvmpipe gets one thread (our frames
//! are small: the list's rows, not a game). With a GPU nothing changes.
//!
//! Turning compositing off (WEBKIT_DISABLE_COMPOSITING_MODE) measured better
//! still (2-3 ms and 9 ms), but then WebKitWebDriver's screenshots of the
//! tray tests (background.rs) never return, and the e2e suite needs them.

use std::path::Path;

/// WebKit reads these in the web process, which inherits our environment.
const CPU_RENDERING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
/// Mesa's llvmpipe reads this; GPU drivers ignore it.
const GL_THREADS: &str = "LP_NUM_THREADS";

/// Chooses how WebKit paints, unless the user's environment already says.
/// Call before the window exists, while `main` is still the only thread
/// (changing the environment later could race a reader).
pub fn prefer_cpu_painting() {
    let gpu = has_gpu(Path::new("/dev/dri"));
    for (name, value) in painting_env(gpu, |name| std::env::var_os(name).is_some()) {
        std::env::set_var(name, value);
    }
}

/// The variables to set: CPU rasterisation always, and without a GPU one
/// thread for software GL; never one the user set (`is_set`), so these
/// switches still work for anyone chasing a drawing bug.
fn painting_env(gpu: bool, is_set: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    let mut wanted = vec![(CPU_RENDERING, "1")];
    if !gpu {
        wanted.push((GL_THREADS, "1"));
    }
    wanted.retain(|(name, _)| !is_set(name));
    wanted
}

/// Whether a GPU render node (`renderD128`...) exists in `dri`: without one,
/// GL can only be software.
fn has_gpu(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_gpu_software_gl_gets_one_thread() {
        assert_eq!(
            painting_env(false, |_| false),
            vec![(CPU_RENDERING, "1"), (GL_THREADS, "1")]
        );
        assert_eq!(painting_env(true, |_| false), vec![(CPU_RENDERING, "1")]);
    }

    #[test]
    fn what_the_user_set_is_left_alone() {
        let env = painting_env(false, |name| name == GL_THREADS);
        assert_eq!(env, vec![(CPU_RENDERING, "1")]);
        assert!(painting_env(false, |_| true).is_empty());
    }

    #[test]
    fn a_render_node_means_a_gpu() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_gpu(dir.path()));
        assert!(!has_gpu(&dir.path().join("missing")));
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(
            !has_gpu(dir.path()),
            "a card without a render node is a display, not a GPU"
        );
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_gpu(dir.path()));
    }
}
