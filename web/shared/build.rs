//! The shared widgets' message keys, from their English catalogue.

fn main() {
    latchkey_i18n::build_keys(std::path::Path::new("i18n"), "Key");
}
