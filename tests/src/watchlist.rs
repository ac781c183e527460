//! The watchlist screen as a user works it, through the selectors the UI promises (the
//! contract between ui/ and these tests; nothing else of the page is relied on).

use fantoccini::Locator;

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

    /// The names of the rows the list shows now, top to bottom.
    pub async fn row_names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for row in self.find_all(ROW).await? {
            let name = row
                .find(Locator::Css(ROW_NAME))
                .await
                .map_err(|e| HarnessError::webdriver(format!("{ROW_NAME} in a row"), e))?
                .text()
                .await
                .map_err(|e| HarnessError::webdriver(format!("text of {ROW_NAME}"), e))?;
            names.push(name);
        }
        Ok(names)
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

    /// Clicks the remove button of the row named `name`.
    pub async fn remove_row(&self, name: &str) -> Result<()> {
        for row in self.find_all(ROW).await? {
            let row_name = row
                .find(Locator::Css(ROW_NAME))
                .await
                .map_err(|e| HarnessError::webdriver(format!("{ROW_NAME} in a row"), e))?
                .text()
                .await
                .map_err(|e| HarnessError::webdriver(format!("text of {ROW_NAME}"), e))?;
            if row_name == name {
                let button = row
                    .find(Locator::Css(REMOVE))
                    .await
                    .map_err(|e| HarnessError::webdriver(format!("{REMOVE} of {name:?}"), e))?;
                return button
                    .click()
                    .await
                    .map_err(|e| HarnessError::webdriver(format!("click remove of {name:?}"), e));
            }
        }
        Err(self
            .timed_out(
                format!("a row named {name:?} to remove"),
                std::time::Duration::ZERO,
            )
            .await)
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
