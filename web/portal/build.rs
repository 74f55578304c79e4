//! The portal's message keys come from its English catalogue (`i18n/en`).
//!
//! The portal's linker keeps its relocations, as the console's does:
//! web/build.sh's splitter reads them to cut the module into a shell (the
//! sign-in page) and one chunk per page.

fn main() {
    latchkey_i18n::build_keys(std::path::Path::new("i18n"), "latchkey_web::i18n::Key");
    println!("cargo::rustc-link-arg-bins=--emit-relocs");
}
