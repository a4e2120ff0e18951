//! Any bytes, read as a plain-text article and as JSON Lines: records, errors and
//! warnings come out, never a panic.
#![no_main]

use diplograph::read::{read_records, Layout};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for layout in [Layout::Text, Layout::JsonLines] {
        let mut reader = data;
        read_records(&mut reader, "fuzz-input", layout, &mut |_| true);
    }
});
