//! The portal's message keys, from its English catalogue (`i18n/en`).

fn main() {
    latchkey_i18n::build_keys(std::path::Path::new("i18n"), "latchkey_web::i18n::Key");
}
