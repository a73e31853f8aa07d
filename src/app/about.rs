//! The About panel: what the page detects and how, its data and their licences.

use leptos::prelude::*;

use super::state::SAMPLE_ATTRIBUTION;

/// A `<details>` panel explaining the analysis, the data sources and privacy.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <details class="about" data-testid="about">
            <summary>"About Article Lens"</summary>
            <div class="about-body">
                <h2>"What it finds"</h2>
                <ul>
                    <li><strong>"Actors"</strong>": people and organizations, with every mention of one merged, and their role and affiliation when the text gives them."</li>
                    <li><strong>"Quotes"</strong>": every quotation with its speaker and the reporting verb, including quotes attributed with “he said” or “the minister added”; unnamed sources are shown as anonymous. Reported speech (“the ministry said it would review the contract”) is found too and shown as the reporter’s words, without quotation marks."</li>
                    <li><strong>"Sources"</strong>": who is quoted and how much: quotes, reported statements and quoted words per source, named or anonymous. A person’s gender is counted only when the text states it (a pronoun that refers to them, “Mrs”, “spokeswoman”), never guessed from a first name."</li>
                    <li><strong>"Places"</strong>": countries, cities, regions and geographic features, with their country and spellings merged."</li>
                </ul>
                <h2>"How"</h2>
                <p>
                    "The analysis runs in your browser. Names are found twice: by rules with word lists (titles, roles, reporting verbs, organization words, first names) "
                    "and a gazetteer of place names, and by a small statistical tagger (an averaged perceptron trained on the openly licensed GUM corpus) that reads a word’s shape and context; "
                    "one chooser keeps the rules’ names, lets the tagger overrule names the rules guessed from capital letters alone, and lets it complete cut-short person names and add names the rules missed. "
                    "Quotation marks are paired and each quote is given to the best-scoring speaker. "
                    "No server is involved, so results can be checked against the marked article, and they can be wrong."
                </p>
                <h2>"Privacy"</h2>
                <p>
                    "Nothing leaves your browser. The text you paste is analysed on this page and kept only in this browser’s storage; "
                    "share links carry their content after the “#”, which browsers never send to a server."
                </p>
                <h2>"Data and licences"</h2>
                <ul data-testid="about-licences">
                    <li>"Place data © GeoNames (geonames.org), CC BY 4.0"</li>
                    <li>"First names: US Census 1990, public domain"</li>
                    <li>"Word lists: written for this project, MIT"</li>
                    <li>"Name tagger trained on names from the GUM corpus (Georgetown University Multilayer corpus, Amir Zeldes and contributors): annotations CC BY 4.0, texts CC BY / CC BY-SA as listed in GUM"</li>
                    <li>{SAMPLE_ATTRIBUTION.trim()}</li>
                </ul>
            </div>
        </details>
    }
}
