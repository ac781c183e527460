//! Turns what the user picked (a path, or bytes dropped on the window) into
//! named files: the file itself, or the members of an export ZIP. Also
//! decodes text the way the services write it: UTF-8 with or without a BOM,
//! UTF-16 with a BOM, or Latin-1 / Windows-1252 from older spreadsheets.

use super::error::ImportError;
use std::io::Read;
use std::path::Path;

/// What to import: a file on disk or bytes already in memory (a drop on the
/// window). `name` is used in messages and to recognise the file.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    Path(&'a Path),
    Bytes { name: &'a str, bytes: &'a [u8] },
}

impl<'a> From<&'a Path> for Input<'a> {
    fn from(p: &'a Path) -> Self {
        Input::Path(p)
    }
}

impl<'a> From<&'a std::path::PathBuf> for Input<'a> {
    fn from(p: &'a std::path::PathBuf) -> Self {
        Input::Path(p.as_path())
    }
}

/// One file to read: a plain file, or one member of an archive.
pub(crate) struct Member {
    /// The member's path inside the archive, or the file's own name.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Member {
    /// Lower-case last path component: "watchlist.csv".
    pub fn base(&self) -> String {
        self.path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.path)
            .to_ascii_lowercase()
    }

    /// True for a member inside a folder of the archive ("lists/x.csv").
    pub fn nested(&self) -> bool {
        self.path.trim_start_matches("./").contains(['/', '\\'])
    }
}

pub(crate) struct Loaded {
    /// How messages name the whole input: the file name.
    pub file: String,
    pub zipped: bool,
    pub members: Vec<Member>,
}

impl Loaded {
    /// How messages name one member: "export.zip/watched.csv" or "watched.csv".
    pub fn name_of(&self, m: &Member) -> String {
        if self.zipped {
            format!("{}/{}", self.file, m.path)
        } else {
            self.file.clone()
        }
    }
}

/// A single member may not unpack to more than this, nor all of them together
/// to more than [`MAX_TOTAL`]: a hostile archive cannot fill the memory.
const MAX_MEMBER: u64 = 256 * 1024 * 1024;
const MAX_TOTAL: u64 = 1024 * 1024 * 1024;

pub(crate) fn load(input: Input) -> Result<Loaded, ImportError> {
    let (file, bytes) = match input {
        Input::Path(path) => {
            let bytes = std::fs::read(path).map_err(|source| ImportError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            (name, bytes)
        }
        Input::Bytes { name, bytes } => (name.to_string(), bytes.to_vec()),
    };
    let looks_zip = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06");
    if looks_zip || file.to_ascii_lowercase().ends_with(".zip") {
        let members = unzip(&file, &bytes)?;
        return Ok(Loaded {
            file,
            zipped: true,
            members,
        });
    }
    Ok(Loaded {
        members: vec![Member {
            path: file.clone(),
            bytes,
        }],
        file,
        zipped: false,
    })
}

fn unzip(file: &str, bytes: &[u8]) -> Result<Vec<Member>, ImportError> {
    let bad = |reason: String| ImportError::Zip {
        file: file.to_string(),
        reason,
    };
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let mut members = Vec::new();
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| bad(e.to_string()))?;
        if entry.is_dir() {
            continue;
        }
        let path = entry.name().to_string();
        // macOS adds resource forks next to every file; they are not data.
        if path.starts_with("__MACOSX/")
            || path.rsplit('/').next().is_some_and(|b| b.starts_with("._"))
        {
            continue;
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(MAX_MEMBER + 1)
            .read_to_end(&mut data)
            .map_err(|e| bad(format!("{path}: {e}")))?;
        total += data.len() as u64;
        if data.len() as u64 > MAX_MEMBER || total > MAX_TOTAL {
            return Err(bad(format!(
                "{path} unpacks to more than an export can hold"
            )));
        }
        members.push(Member { path, bytes: data });
    }
    Ok(members)
}

/// Text of a file whatever its encoding: a UTF-8 BOM is dropped, UTF-16 with a
/// BOM is decoded, valid UTF-8 is taken as is, anything else is read as
/// Windows-1252 (the superset of Latin-1 that spreadsheets on Windows write).
///
/// Line ends become `\n`: the CSV reader miscounts lines after a CRLF, and
/// messages must name the line an editor shows.
pub(crate) fn decode(bytes: &[u8]) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        enc.decode_with_bom_removal(bytes).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_decode_to_the_same_text() {
        assert_eq!(decode("Amélie".as_bytes()), "Amélie");
        assert_eq!(decode(b"\xEF\xBB\xBFAm\xC3\xA9lie"), "Amélie");
        assert_eq!(decode(b"Am\xE9lie"), "Amélie");
        assert_eq!(decode(b"\xFF\xFEA\0m\0\xE9\0"), "Amé");
        assert_eq!(decode(b"a,b\r\n1,2\r3,4"), "a,b\n1,2\n3,4");
    }
}
