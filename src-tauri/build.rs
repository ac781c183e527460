fn main() {
    // Declaring the app's commands makes each one need an explicit permission,
    // so the capability file is the complete list of what the UI may call.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "list_titles",
            "add_title",
            "edit_title",
            "remove_title",
            "undo_remove",
            "get_title",
            "report_first_paint",
            "report_bench",
            "import_preview",
            "import_commit",
            "import_cancel",
            "open_url",
            "check_now",
            "cancel_refresh",
            "refresh_state",
            "get_notification_settings",
            "set_notification_settings",
            "set_keep_running",
            "set_autostart",
            "away_list",
            "clear_away",
            "preview_article",
            "save_article",
            "list_sources",
            "add_source",
            "remove_source",
            "set_source_enabled",
            "get_refresh_interval",
            "set_refresh_interval",
        ]),
    ))
    .expect("failed to run tauri-build");
}
