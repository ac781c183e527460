//! The watchlist screen as a user works it, through the selectors the UI promises (the
//! contract between ui/ and these tests; nothing else of the page is relied on).

use crate::app::{App, WAIT};
use crate::error::{HarnessError, Result};

pub const ADD_FORM: &str = "form#add-form";
pub const ADD_NAME: &str = "input#add-name";
pub const ADD_YEAR: &str = "input#add-year";
pub const ADD_KIND: &str = "select#add-kind";
pub const ADD_PLATFORM: &str = "input#add-platform";
pub const ADD_SUBMIT: &str = "button#add-submit";
pub const ADD_ERROR: &str = "#add-error";
pub const SEARCH: &str = "input#search";
pub const LIST: &str = "#watchlist";
/// A title row that shows a title (the virtual list may also hold placeholder rows).
pub const ROW: &str = "#watchlist .title-row[data-id]";
pub const ROW_NAME: &str = ".title-name";
pub const REMOVE: &str = ".remove-btn";
pub const COUNT: &str = "#count";
pub const TOAST: &str = "#toast";
pub const TOAST_UNDO: &str = "#toast-undo";

/// What the add form is filled with; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct NewTitle<'a> {
    pub name: &'a str,
    pub year: Option<u16>,
    /// `movie` or `series`.
    pub kind: Option<&'a str>,
    pub platform: Option<&'a str>,
}

impl<'a> NewTitle<'a> {
    pub fn named(name: &'a str) -> Self {
        NewTitle {
            name,
            ..Default::default()
        }
    }

    pub fn year(mut self, year: u16) -> Self {
        self.year = Some(year);
        self
    }

    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = Some(kind);
        self
    }

    pub fn platform(mut self, platform: &'a str) -> Self {
        self.platform = Some(platform);
        self
    }
}

impl App {
    /// Fills the add form and submits it. Does not wait for the outcome: a test waits for
    /// the row it expects, or for the error.
    pub async fn submit_title(&self, title: &NewTitle<'_>) -> Result<()> {
        self.fill(ADD_NAME, title.name).await?;
        if let Some(year) = title.year {
            self.fill(ADD_YEAR, &year.to_string()).await?;
        }
        if let Some(kind) = title.kind {
            self.select(ADD_KIND, kind).await?;
        }
        if let Some(platform) = title.platform {
            self.fill(ADD_PLATFORM, platform).await?;
        }
        self.click(ADD_SUBMIT).await
    }

    /// Adds a title through the form and waits until its row shows and the name field was
    /// cleared (the form's sign of success).
    pub async fn add_title(&self, title: &NewTitle<'_>) -> Result<()> {
        self.submit_title(title).await?;
        let name = title.name.to_string();
        self.wait_until(
            &format!("a row named {name:?} and an empty name field"),
            WAIT,
            || async {
                Ok(self.row_names().await?.contains(&name)
                    && self.value(ADD_NAME).await?.is_empty())
            },
        )
        .await
    }

    /// The names of the rows the list shows now, top to bottom. Read in one script so a
    /// re-render cannot leave us holding rows that are gone.
    pub async fn row_names(&self) -> Result<Vec<String>> {
        Ok(self
            .rows()
            .await?
            .into_iter()
            .map(|(_, name)| name)
            .collect())
    }

    /// `(data-id, name)` of every row shown now, top to bottom.
    pub async fn rows(&self) -> Result<Vec<(String, String)>> {
        const ROWS: &str = "return Array.from(document.querySelectorAll(arguments[0]),
            (row) => [row.dataset.id, row.querySelector(arguments[1])?.innerText ?? null]);";
        let answer = self
            .client()
            .execute(ROWS, vec![ROW.into(), ROW_NAME.into()])
            .await
            .map_err(|e| HarnessError::webdriver("reading the rows", e))?;
        let rows = answer.as_array().cloned().unwrap_or_default();
        Ok(rows
            .iter()
            .map(|row| {
                let field = |i: usize| row[i].as_str().unwrap_or_default().to_string();
                (field(0), field(1))
            })
            .collect())
    }

    /// Waits until the list shows exactly `names`, in any order.
    pub async fn wait_for_rows(&self, names: &[&str]) -> Result<()> {
        let mut want: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        want.sort();
        self.wait_until(&format!("rows {want:?}"), WAIT, || async {
            let mut have = self.row_names().await?;
            have.sort();
            Ok(have == want)
        })
        .await
    }

    /// Clicks the remove button of the row named `name` (a real WebDriver click).
    pub async fn remove_row(&self, name: &str) -> Result<()> {
        self.wait_until(&format!("a row named {name:?} to remove"), WAIT, || async {
            let Some((id, _)) = self.rows().await?.into_iter().find(|(_, n)| n == name) else {
                return Ok(false);
            };
            let button = self
                .find(&format!(r#"{ROW}[data-id="{id}"] {REMOVE}"#))
                .await?;
            button
                .click()
                .await
                .map_err(|e| HarnessError::webdriver(format!("click remove of {name:?}"), e))?;
            Ok(true)
        })
        .await
    }

    /// The add form's error text as shown ("" when none is visible).
    pub async fn add_error(&self) -> Result<String> {
        if self.is_visible(ADD_ERROR).await? {
            Ok(self.text(ADD_ERROR).await?.trim().to_string())
        } else {
            Ok(String::new())
        }
    }
}
