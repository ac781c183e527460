//! Bytes from the network to UTF-8 text. Feeds still come in Latin-1,
//! Windows-1252 and UTF-16, announced by a byte-order mark, the XML
//! declaration, the HTTP header or not at all.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;
use std::sync::OnceLock;

/// Decodes an XML or JSON document. Order of trust: byte-order mark, the
/// document's own XML declaration, the HTTP charset, UTF-8 when the bytes are
/// valid UTF-8, else Windows-1252 (the superset browsers use for Latin-1).
/// The XML declaration of the result says UTF-8, so that a parser reading it
/// does not decode a second time.
pub fn decode_text(body: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(body)
        .map(|(enc, _)| enc)
        .or_else(|| utf16_without_bom(body))
        .or_else(|| xml_declared(body))
        .or_else(|| content_type.and_then(http_charset))
        .unwrap_or_else(|| utf8_or_1252(body));
    let (text, _, _) = encoding.decode(body);
    let text = text.trim_start_matches('\u{feff}');
    relabel_declaration(text)
}

/// Decodes an HTML page: byte-order mark, the HTTP charset, a `<meta>`
/// charset near the top, UTF-8 when valid, else Windows-1252.
pub fn decode_html(body: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(body)
        .map(|(enc, _)| enc)
        .or_else(|| content_type.and_then(http_charset))
        .or_else(|| meta_charset(body))
        .unwrap_or_else(|| utf8_or_1252(body));
    let (text, _, _) = encoding.decode(body);
    text.trim_start_matches('\u{feff}').to_owned()
}

/// `<?xml` written in UTF-16 without a byte-order mark.
fn utf16_without_bom(body: &[u8]) -> Option<&'static Encoding> {
    match body {
        [b'<', 0, b'?', 0, ..] => Some(UTF_16LE),
        [0, b'<', 0, b'?', ..] => Some(UTF_16BE),
        _ => None,
    }
}

fn xml_declared(body: &[u8]) -> Option<&'static Encoding> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| {
            Regex::new(r#"^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"#).ok()
        })
        .as_ref()?;
    let head = &body[..body.len().min(512)];
    let label = re.captures(head)?.get(1)?.as_bytes();
    usable(Encoding::for_label(label)?)
}

fn meta_charset(body: &[u8]) -> Option<&'static Encoding> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)"#).ok())
        .as_ref()?;
    let head = &body[..body.len().min(4096)];
    let label = re.captures(head)?.get(1)?.as_bytes();
    usable(Encoding::for_label(label)?)
}

fn http_charset(content_type: &str) -> Option<&'static Encoding> {
    let lower = content_type.to_ascii_lowercase();
    let value = lower
        .split(';')
        .find_map(|part| part.trim().strip_prefix("charset="))?;
    usable(Encoding::for_label(
        value.trim_matches(['"', '\'', ' ']).as_bytes(),
    )?)
}

/// A declared UTF-16 in an ASCII-readable header is a lie (the bytes we just
/// read were single-byte); trust the bytes instead.
fn usable(encoding: &'static Encoding) -> Option<&'static Encoding> {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        None
    } else {
        Some(encoding)
    }
}

fn utf8_or_1252(body: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(body).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    }
}

/// Rewrites `encoding="..."` in the XML declaration to UTF-8.
fn relabel_declaration(text: &str) -> String {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            regex::Regex::new(r#"^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']"#).ok()
        })
        .as_ref()
    else {
        return text.to_owned();
    };
    re.replace(text, r#"${1}"UTF-8""#).into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn latin1_declared_in_xml_is_decoded() {
        let body =
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Am\xe9lie</title></rss>";
        let text = decode_text(body, Some("text/xml"));
        assert!(text.contains("Amélie"), "{text}");
        assert!(
            text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            "{text}"
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss>Amélie</rss>";
        let le: Vec<u8> = doc.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let mut with_bom = vec![0xff, 0xfe];
        with_bom.extend_from_slice(&le);
        for body in [&le, &with_bom] {
            let text = decode_text(body, None);
            assert!(text.contains("<rss>Amélie</rss>"), "{text}");
            assert!(text.contains("encoding=\"UTF-8\""), "{text}");
        }
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_1252() {
        assert_eq!(decode_text(b"caf\xe9", None), "café");
        assert_eq!(decode_text("café".as_bytes(), None), "café");
    }

    #[test]
    fn html_meta_and_http_charset() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Am\xe9lie</body></html>";
        assert!(decode_html(page, Some("text/html")).contains("Amélie"));
        assert!(
            decode_html(b"Am\xe9lie", Some("text/html; charset=ISO-8859-1")).contains("Amélie")
        );
    }
}
