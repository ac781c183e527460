// Tell Rust when the first frame is on screen: the callback of the second
// animation frame runs after the first one has been painted.
requestAnimationFrame(() => {
  requestAnimationFrame(() => {
    window.__TAURI__.core.invoke("report_first_paint");
  });
});
