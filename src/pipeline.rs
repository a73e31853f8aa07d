//! The pipeline: text → tokens → entities → places → quotes → summary.
use crate::summary::Summary;

/// Analyses an article. Deterministic: the same text always gives the same summary.
pub fn analyze(_text: &str) -> Summary {
    Summary::default()
}
