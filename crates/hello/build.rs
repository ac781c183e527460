fn main() {
    // Declared like the app's commands, so both pay for the same permission check.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["report_first_paint"])),
    )
    .expect("failed to run tauri-build");
}
