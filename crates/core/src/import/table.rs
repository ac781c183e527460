//! A CSV file with a header row, read by column name so that services may add
//! or reorder columns. Quoted fields with commas and line breaks, CRLF and LF
//! work; a quote left open or a row with the wrong number of fields is an
//! error naming the line and the field.

use super::error::{ImportError, Place};

pub(crate) struct Table<'a> {
    pub file: String,
    pub headers: Vec<String>,
    format: &'static str,
    reader: csv::Reader<&'a [u8]>,
}

impl<'a> Table<'a> {
    pub fn open(
        file: String,
        text: &'a str,
        format: &'static str,
    ) -> Result<Table<'a>, ImportError> {
        if let Some((line, field)) = unclosed_quote(text) {
            let mut headers = csv::ReaderBuilder::new().from_reader(text.as_bytes());
            let name = headers
                .headers()
                .ok()
                .and_then(|h| h.get(field).map(|s| s.trim().to_string()))
                .filter(|_| line > 1)
                .unwrap_or_else(|| format!("column {}", field + 1));
            return Err(ImportError::field(
                &file,
                Place::Line(line),
                &name,
                "a quotation mark opens here and is never closed",
            ));
        }
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| ImportError::Syntax {
                file: file.clone(),
                place: Place::Line(1),
                message: format!("the header row cannot be read ({e})"),
            })?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
            .collect();
        if headers.iter().all(|h| h.is_empty()) {
            return Err(ImportError::Empty {
                file,
                reason: "the file is empty".into(),
            });
        }
        Ok(Table {
            file,
            headers,
            format,
            reader,
        })
    }

    /// Index of a column, ignoring case and surrounding spaces.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.col(name).is_some()
    }

    /// Indexes of columns the format cannot do without.
    pub fn require<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N], ImportError> {
        let missing: Vec<String> = names
            .iter()
            .filter(|n| self.col(n).is_none())
            .map(|n| n.to_string())
            .collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns {
                file: self.file.clone(),
                format: self.format.to_string(),
                missing,
                found: self.found(),
            });
        }
        Ok(names.map(|n| self.col(n).unwrap_or_default()))
    }

    fn found(&self) -> String {
        let shown: Vec<String> = self
            .headers
            .iter()
            .take(8)
            .map(|h| {
                let h: String = h.chars().take(40).collect();
                format!("\"{h}\"")
            })
            .collect();
        let more = if self.headers.len() > 8 { ", ..." } else { "" };
        format!("{}{more}", shown.join(", "))
    }

    /// Reads the next row into `rec`; returns its line number, or `None` at the end.
    pub fn next(&mut self, rec: &mut csv::StringRecord) -> Result<Option<u64>, ImportError> {
        match self.reader.read_record(rec) {
            Ok(true) => Ok(Some(rec.position().map(|p| p.line()).unwrap_or(0))),
            Ok(false) => Ok(None),
            Err(e) => Err(self.explain(e)),
        }
    }

    fn explain(&self, e: csv::Error) -> ImportError {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                let (expected_len, len) = (*expected_len as usize, *len as usize);
                if len < expected_len {
                    let field = self.headers.get(len).cloned().unwrap_or_default();
                    ImportError::field(
                        &self.file,
                        Place::Line(line),
                        &field,
                        format!("the row ends before this field ({len} of {expected_len} fields)"),
                    )
                } else {
                    ImportError::Syntax {
                        file: self.file.clone(),
                        place: Place::Line(line),
                        message: format!(
                            "the row has {len} fields but the header names {expected_len} \
                             (an unquoted comma?)"
                        ),
                    }
                }
            }
            _ => ImportError::Syntax {
                file: self.file.clone(),
                place: Place::Line(line),
                message: e.to_string(),
            },
        }
    }
}

/// Finds a quotation mark that opens a field and is never closed, which a CSV
/// reader would otherwise take as "the rest of the file is one field".
/// Returns the line where it opens and the field's position on that row.
fn unclosed_quote(text: &str) -> Option<(u64, usize)> {
    let bytes = text.as_bytes();
    let (mut line, mut field) = (1u64, 0usize);
    let mut at_start = true;
    let mut open: Option<(u64, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if open.is_some() {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => open = None,
                b'\n' => line += 1,
                _ => {}
            }
        } else {
            match b {
                b'"' if at_start => {
                    open = Some((line, field));
                    at_start = false;
                }
                b',' => {
                    field += 1;
                    at_start = true;
                }
                b'\n' => {
                    line += 1;
                    field = 0;
                    at_start = true;
                }
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                    line += 1;
                    field = 0;
                    at_start = true;
                }
                b'\r' => {}
                _ => at_start = false,
            }
        }
        i += 1;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_quote_is_found_where_it_opens() {
        assert_eq!(unclosed_quote("a,b\n1,\"x, y\"\n2,\"z\n"), Some((3, 1)));
        assert_eq!(
            unclosed_quote("a,b\r\n1,\"x\r\ny\"\r\n2,\"\"\"q\"\"\"\r\n"),
            None
        );
    }
}
