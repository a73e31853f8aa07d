//! CSV (RFC 4180) fields, rows and tables: the one writer behind the app's CSV exports and the
//! command line's tables.

/// One CSV field: quoted when it holds a comma, a quote mark, a line break or leading or
/// trailing space, with quote marks doubled inside.
pub fn field(value: &str) -> String {
    let needs_quotes = value.contains([',', '"', '\n', '\r'])
        || value.starts_with(char::is_whitespace)
        || value.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// One row, ending with CR LF.
pub fn row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// A header line (written as given) and the rows.
pub fn table(header: &str, rows: Vec<Vec<String>>) -> String {
    let mut out = String::from(header);
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&row(&r));
    }
    out
}
