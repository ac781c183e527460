//! How WebKit paints the window.
//!
//! The page is text, boxes and a scrolled list. WebKitGTK 2.46+ rasterises
//! through Skia on the GPU by default, and on a software GL stack (llvmpipe:
//! virtual machines, remote sessions, Xvfb) every new kind of box it meets
//! (rounded borders, shadows, form controls, the SVG icon) is a GL shader that
//! LLVM compiles before the first frame. Measured under Xvfb (release, 1,000
//! titles, a loaded 2-core machine): first paint about 2.2 s with GPU
//! rasterisation, 1.4 s with CPU, hello's 0.8 s either way; the web process
//! about 10 MB smaller. Skia's CPU rasteriser draws the same pixels;
//! compositing, scrolling and WebDriver screenshots stay as they were.
//! (Turning compositing off altogether saved more, but WebKitWebDriver's
//! screenshots then never return, and the e2e tests need them.)

/// WebKit reads this in the web process, which inherits our environment.
const CPU_RENDERING: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Asks WebKit for CPU rasterisation, unless the user's environment already
/// says which to use. Call before the window exists, while `main` is still
/// the only thread (changing the environment later could race a reader).
pub fn prefer_cpu_painting() {
    if std::env::var_os(CPU_RENDERING).is_none() {
        std::env::set_var(CPU_RENDERING, "1");
    }
}
