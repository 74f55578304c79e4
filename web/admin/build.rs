//! The console's message keys come from its English catalogue (`i18n/en`).
//!
//! The console's linker keeps its relocations: web/build.sh's splitter reads
//! them to cut the module into a shell and one chunk per screen.

fn main() {
    latchkey_i18n::build_keys(std::path::Path::new("i18n"), "latchkey_web::i18n::Key");
    println!("cargo::rustc-link-arg-bins=--emit-relocs");
}
