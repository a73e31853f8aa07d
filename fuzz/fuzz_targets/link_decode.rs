//! Arbitrary text as a share-link fragment: `article_lens::link::decode` must answer `Ok` or
//! `Err`, never panic. Each input is tried as it is and behind both valid prefixes, so the
//! payload decoders see the mutations rather than only the prefix check. What decodes must
//! be sound: a summary passes `validate_summary`, and re-encoding an article or a summary
//! gives a link that decodes to the same thing.
#![no_main]

use article_lens::link::{self, Fragment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    for fragment in [
        input.to_string(),
        format!("{}{input}", link::ARTICLE_PREFIX),
        format!("{}{input}", link::SUMMARY_PREFIX),
    ] {
        match link::decode(&fragment) {
            Err(e) => assert!(!e.message().is_empty(), "an error without a message"),
            Ok(Fragment::Article(text)) => {
                let again = link::decode(&link::encode_article(&text));
                assert_eq!(
                    again,
                    Ok(Fragment::Article(text)),
                    "article does not re-encode"
                );
            }
            Ok(Fragment::Summary(summary)) => {
                assert_eq!(
                    link::validate_summary(&summary),
                    Ok(()),
                    "decoded an invalid summary"
                );
                let again = link::decode(&link::encode_summary(&summary));
                assert_eq!(
                    again,
                    Ok(Fragment::Summary(summary)),
                    "summary does not re-encode"
                );
            }
        }
    }
});
