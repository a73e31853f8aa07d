//! (in progress)
pub fn mount() {}
